namespace KeeperSuite.Ethereum.Abi;

internal static class SignatureParser
{
    // "name(type1,type2)" with unnamed parameters; the parameter list is parsed as a tuple type.
    public static (string Name, AbiParameter[] Inputs) Parse(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var open = signature.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !signature.EndsWith(')'))
            throw new FormatException($"'{signature}' is not a signature of the form name(type,...).");
        var tuple = (TupleType)AbiType.Parse(signature[open..]);
        return (signature[..open].Trim(), tuple.Components.Select(t => new AbiParameter("", t)).ToArray());
    }
}
