using Nethereum.JsonRpc.Client;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// A well-formed JSON-RPC answer whose result cannot be read as the type asked for (e.g. an object for
/// <c>eth_blockNumber</c>, "0xZZ" for a quantity): the endpoint gave no usable answer.
/// </summary>
public sealed class RpcResultFormatException : RpcTransportException
{
    /// <summary>JSON-RPC "parse error", given to a batch item whose result does not convert.</summary>
    public const int ParseErrorCode = -32700;

    /// <summary>Creates the exception for a result that did not convert to <paramref name="resultType"/>.</summary>
    public RpcResultFormatException(Type resultType, Exception innerException)
        : base(
            RpcTransportFailure.MalformedResponse,
            $"Malformed JSON-RPC result: it cannot be read as {resultType?.Name} ({innerException?.GetType().Name}: {innerException?.Message.Split('\n')[0]}).",
            null,
            null,
            innerException)
    {
        ResultType = resultType;
    }

    /// <summary>The type the result was to be read as.</summary>
    public Type? ResultType { get; }

    /// <summary>
    /// The exceptions Nethereum's result converters (Newtonsoft.Json, hex and number parsing) throw on a result of the
    /// wrong shape.
    /// </summary>
    /// <remarks>Nethereum wraps a failed Newtonsoft conversion in a plain <see cref="Exception"/> ("Unable to convert the result…").</remarks>
    public static bool IsConversionFailure(Exception e) =>
        e is Newtonsoft.Json.JsonException or FormatException or RpcResponseFormatException or ArgumentException or OverflowException
            or InvalidCastException or NullReferenceException or IndexOutOfRangeException
        || (e?.GetType() == typeof(Exception) && e.Message.StartsWith("Unable to convert the result", StringComparison.Ordinal));
}
