using System.Reflection;
using KeeperSuite.Core.Configuration;

namespace KeeperSuite.Keeper;

/// <summary>
/// Configuration keys given on the command line (<c>--Keeper:Shard 1/2</c> or <c>--Keeper:Shard=1/2</c>), the last
/// and strongest configuration source. A key the keeper does not know is refused, so a typo never runs silently
/// with a default.
/// </summary>
public static class ConfigurationOverrides
{
    private static readonly string[] OpenSections = ["Logging:", "Rpc:"];
    private static readonly Lazy<HashSet<string>> KnownKeeperKeys = new(() =>
        Settings(new KeeperOptions(), KeeperOptions.Section).Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<string, string?> Parse(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || !token.Contains(':', StringComparison.Ordinal))
                throw new KeeperConfigurationException($"unknown option or argument '{token}'; run with --help for the options, or give a setting as --Section:Key value");
            var body = token[2..];
            string key, value;
            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
                (key, value) = (body[..equals], body[(equals + 1)..]);
            else if (i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                (key, value) = (body, tokens[++i]);
            else
                throw new KeeperConfigurationException($"option '{token}' needs a value, e.g. {token} <value>");
            if (!IsKnown(key))
                throw new KeeperConfigurationException($"unknown setting '{key}'; see the README's keeper configuration table for the keys");
            result[key] = value;
        }
        return result;
    }

    private static bool IsKnown(string key)
    {
        if (OpenSections.Any(s => key.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            return true;
        // Array-valued settings may be given by index (e.g. Rpc:Endpoints:0).
        return KnownKeeperKeys.Value.Contains(key);
    }

    /// <summary>Every setting with its default and meaning, for <c>--help</c> (one source: the options classes).</summary>
    public static string Describe()
    {
        var lines = new List<string>();
        foreach (var (key, value, property) in Settings(new KeeperOptions(), KeeperOptions.Section))
            lines.Add($"  {key}  [{Format(value)}]  {property.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description}");
        lines.Add("  Rpc:Endpoints:N  (required)  JSON-RPC URLs in failover order");
        foreach (var property in typeof(KeeperSuite.Ethereum.Resilience.RpcOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite))
            lines.Add($"  Rpc:{property.Name}  [{Format(property.GetValue(new KeeperSuite.Ethereum.Resilience.RpcOptions()))}]  see the README's resilience table");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Every leaf setting of an options object: its key, its default (the object's value) and its property.</summary>
    private static IEnumerable<(string Key, object? Value, PropertyInfo Property)> Settings(object instance, string prefix)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(instance);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && value is not null)
            {
                foreach (var nested in Settings(value, key))
                    yield return nested;
                continue;
            }
            yield return (key, value, property);
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "unset",
        string { Length: 0 } => "required",
        System.Collections.ICollection { Count: 0 } => "none",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
