using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Nethereum.Hex.HexTypes;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>
/// Nethereum's <see cref="HexBigInteger"/> keeps the hex text it was given and converts it when <c>Value</c> is first
/// read, so "0xZZ" or an object in a quantity field would only fail later, in whatever code reads it. This reads every
/// quantity of a decoded result (the result itself, or any property, array or list of Nethereum's RPC DTOs, a few levels
/// deep) once, so a bad one fails while the answer is decoded.
/// </summary>
internal static class HexQuantityCheck
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// Throws the conversion's exception for the first quantity that does not convert. A result read as a quantity must
    /// be one: Nethereum's converter turns an object, an array or null there into a null quantity, which the caller's
    /// first <c>.Value</c> would turn into a NullReferenceException (no method the keeper reads as a quantity answers null).
    /// </summary>
    public static void Check(Type declared, object? value)
    {
        if (value is null && declared == typeof(HexBigInteger))
            throw new FormatException("no quantity where the method always answers one");
        Walk(value, 0);
    }

    private static void Walk(object? value, int depth)
    {
        switch (value)
        {
            case null or string:
                return;
            case HexBigInteger quantity:
                // An object or array where a quantity belongs leaves no hex text at all, which would read as 0.
                if (quantity.HexValue is not { } hex || !hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                    throw new FormatException($"a quantity must be 0x-prefixed hex, got {(quantity.HexValue is null ? "no text" : "\"" + quantity.HexValue + "\"")}");
                _ = quantity.Value;
                return;
            case IEnumerable items when depth < MaxDepth:
                foreach (var item in items)
                    Walk(item, depth + 1);
                return;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || type.Namespace?.StartsWith("Nethereum.RPC", StringComparison.Ordinal) != true)
            return;
        foreach (var property in Properties.GetOrAdd(type, Readable))
            Walk(property.GetValue(value), depth + 1);
    }

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && !p.PropertyType.IsPrimitive)
            .ToArray();
}
