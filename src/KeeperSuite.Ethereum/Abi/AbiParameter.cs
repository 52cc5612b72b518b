namespace KeeperSuite.Ethereum.Abi;

/// <summary>A named input or output of a function, event or error.</summary>
/// <param name="Name">Parameter name from the ABI (may be empty).</param>
/// <param name="Type">Parsed type; tuple components carry their names in <see cref="Components"/>.</param>
/// <param name="Indexed">For event parameters: whether the value is a topic.</param>
/// <param name="InternalType">Solidity's internalType (e.g. "struct Market.Position"), when the ABI has it.</param>
/// <param name="Components">For tuples (and arrays of tuples): the named components.</param>
public sealed record AbiParameter(
    string Name,
    AbiType Type,
    bool Indexed = false,
    string? InternalType = null,
    IReadOnlyList<AbiParameter>? Components = null)
{
    /// <summary>The parameter's name, or "arg{index}" when the ABI leaves it empty.</summary>
    public string NameOrPosition(int index) =>
        string.IsNullOrEmpty(Name) ? "arg" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Name;

    internal static string Signature(string name, IReadOnlyList<AbiParameter> parameters) =>
        name + "(" + string.Join(",", parameters.Select(p => p.Type.CanonicalName)) + ")";

    internal static AbiType[] Types(IReadOnlyList<AbiParameter> parameters) => parameters.Select(p => p.Type).ToArray();
}
