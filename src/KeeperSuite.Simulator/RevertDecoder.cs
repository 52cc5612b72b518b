using System.Globalization;
using KeeperSuite.Devnet;
using Nethereum.ABI.ABIDeserialisation;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Newtonsoft.Json.Linq;

namespace KeeperSuite.Simulator;

/// <summary>
/// Why a mined transaction reverted: its revert data from <c>debug_traceTransaction</c> (Hardhat and anvil both serve
/// it), decoded against every custom error in the repository's abi/*.json, e.g. <c>MaxRepayTooLow(required=…, maxRepay=…)</c>.
/// A receipt's status 0 says nothing more, and replaying the call a block later would read another state.
/// </summary>
public sealed class RevertDecoder
{
    private const string ErrorStringSelector = "08c379a0";
    private const string PanicSelector = "4e487b71";
    private readonly Dictionary<string, ErrorABI> _errors = new(StringComparer.OrdinalIgnoreCase);

    public RevertDecoder(string repositoryRoot)
    {
        var deserialiser = new ABIJsonDeserialiser();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repositoryRoot, "abi"), "*.json"))
            foreach (var error in deserialiser.DeserialiseContract(File.ReadAllText(file)).Errors)
                _errors.TryAdd(error.Sha3Signature, error);
    }

    /// <summary>The decoded reason of <paramref name="hash"/>'s revert, or a short hex of data it cannot name.</summary>
    public async Task<string> ReasonAsync(IClient client, string hash)
    {
        var trace = await client.SendRequestAsync<JObject>(new RpcRequest(Guid.NewGuid().ToString("N"), "debug_traceTransaction", hash,
            new { disableStorage = true, disableMemory = true, disableStack = true }));
        return Decode(trace["returnValue"]?.Value<string>() ?? "");
    }

    public string Decode(string revertData)
    {
        var hex = revertData.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? revertData[2..] : revertData;
        if (hex.Length < 8)
            return hex.Length == 0 ? "reverted without data (out of gas or a bare revert)" : "0x" + hex;
        var selector = hex[..8];
        var body = hex[8..].HexToByteArray();
        if (selector == ErrorStringSelector)
            return "Error(" + new ParameterDecoder().DecodeDefaultData(body, new Parameter("string", "message"))[0].Result + ")";
        if (selector == PanicSelector)
            return "Panic(" + new ParameterDecoder().DecodeDefaultData(body, new Parameter("uint256", "code"))[0].Result + ")";
        if (!_errors.TryGetValue(selector, out var error))
            return "unknown error 0x" + selector;
        var values = new ParameterDecoder().DecodeDefaultData(body, error.InputParameters);
        return error.Name + "(" + string.Join(", ", values.Select(v => v.Parameter.Name + "=" + Convert.ToString(v.Result, CultureInfo.InvariantCulture))) + ")";
    }
}
