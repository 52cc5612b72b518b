using System.Reflection;
using KeeperSuite.Keeper.Configuration;

namespace KeeperSuite.Keeper.Cli;

/// <summary>
/// Configuration keys given on the command line (<c>--Keeper:Shard 1/2</c> or <c>--Keeper:Shard=1/2</c>), the last
/// and strongest configuration source. A key the keeper does not know is refused, so a typo never runs silently
/// with a default.
/// </summary>
public static class ConfigurationOverrides
{
    private static readonly string[] OpenSections = ["Logging:", "Rpc:"];
    private static readonly Lazy<HashSet<string>> KnownKeeperKeys = new(() =>
        Keys(typeof(KeeperOptions), KeeperOptions.Section).ToHashSet(StringComparer.OrdinalIgnoreCase));

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

    private static IEnumerable<string> Keys(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsClass && propertyType != typeof(string))
            {
                foreach (var nested in Keys(propertyType, key))
                    yield return nested;
            }
            else
            {
                yield return key;
            }
        }
    }
}
