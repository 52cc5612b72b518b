using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Ethereum.Configuration;
using KeeperSuite.Ethereum.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KeeperSuite.Keeper;

/// <summary>
/// Every setting the keeper reads — the <c>Keeper</c>, <c>Rpc</c> and <c>Logging</c> sections, derived from their
/// options classes — and the check that refuses any other key in any source (appsettings.json, the <c>--config</c>
/// file, <c>Keeper__</c>/<c>Rpc__</c>/<c>Logging__</c> environment variables, the command line), naming the key and
/// its source: a typo never runs silently with a default.
/// </summary>
public static class KnownSettings
{
    private const string AnyIndex = "#";
    private const string AnyName = "*";
    private static readonly string[] OwnSections = [KeeperOptions.Section, "Rpc", "Logging"];
    private static readonly Lazy<List<string[]>> Patterns = new(BuildPatterns);

    /// <summary>
    /// Checks the shape of the command-line settings (<c>--Section:Key value</c> or <c>--Section:Key=value</c>) that the
    /// framework's command-line provider then reads: it silently drops a key without a value or a bare word.
    /// </summary>
    public static void CheckCommandLine(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
                throw new KeeperConfigurationException($"unknown option or argument '{token}'; run with --help for the options, or give a setting as --Section:Key value");
            if (token.Contains('=', StringComparison.Ordinal))
                continue;
            if (i + 1 >= tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new KeeperConfigurationException($"option '{token}' needs a value, e.g. {token} <value>");
            i++;
        }
    }

    /// <summary>Refuses the first key no options class declares, in the order the sources were added.</summary>
    public static void Check(IConfigurationRoot configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var provider in configuration.Providers)
        {
            var source = provider switch
            {
                JsonConfigurationProvider json => (Func<string, string>?)(_ => json.Source.Path ?? "a JSON settings file"),
                CommandLineConfigurationProvider => _ => "command line",
                // The host's own DOTNET_/ASPNETCORE_ variables have a prefix and are not ours to judge.
                EnvironmentVariablesConfigurationProvider env when !env.ToString().Contains("Prefix: '", StringComparison.Ordinal) =>
                    key => "environment variable " + key.Replace(":", "__", StringComparison.Ordinal),
                _ => null,
            };
            if (source is null)
                continue;
            var checkAll = provider is not EnvironmentVariablesConfigurationProvider;
            foreach (var key in Keys(provider, null))
            {
                var segments = key.Split(':');
                if (!checkAll && !OwnSections.Contains(segments[0], StringComparer.OrdinalIgnoreCase))
                    continue;
                if (!IsKnown(segments))
                    throw new KeeperConfigurationException($"unknown setting '{key}' ({source(key)}); `keeper run --help` lists the settings");
            }
        }
    }

    /// <summary>Every <c>Keeper:</c> and <c>Rpc:</c> setting with its default, its declared range and its meaning, for <c>--help</c> (one source: the options classes).</summary>
    public static string Describe()
    {
        var lines = new List<string>();
        foreach (var (key, property, value) in SettingBounds.Properties(new KeeperOptions(), KeeperOptions.Section))
            lines.Add($"  {key}  [{Format(value)}{Range(property)}]  {property.GetCustomAttribute<DescriptionAttribute>()?.Description}");
        lines.Add("  Rpc:Endpoints:N  (required)  JSON-RPC URLs in failover order");
        foreach (var (key, property, value) in SettingBounds.Properties(new RpcOptions(), RpcOptions.SectionName).Where(s => s.Property.CanWrite))
            lines.Add($"  {key}  [{Format(value)}{Range(property)}]  see docs/integrator.md, JSON-RPC client and resilience");
        lines.Add("  Logging:LogLevel:<Category>, Logging:Console:FormatterName, Logging:Console:FormatterOptions:*  Microsoft.Extensions.Logging's console settings");
        return string.Join(Environment.NewLine, lines);
    }

    private static bool IsKnown(string[] key) => Patterns.Value.Any(pattern =>
        key.Length <= pattern.Length && key.Select((segment, i) => Matches(segment, pattern[i])).All(m => m));

    private static bool Matches(string segment, string pattern) => pattern switch
    {
        AnyIndex => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        AnyName => segment.Length > 0,
        _ => segment.Equals(pattern, StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>Every leaf key a provider holds (an empty section counts as a leaf).</summary>
    private static IEnumerable<string> Keys(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : parent + ":" + child;
            var any = false;
            foreach (var leaf in Keys(provider, path))
            {
                any = true;
                yield return leaf;
            }
            if (!any)
                yield return path;
        }
    }

    private static List<string[]> BuildPatterns()
    {
        var patterns = new List<string[]>();
        Add(patterns, [KeeperOptions.Section], typeof(KeeperOptions));
        Add(patterns, ["Rpc"], typeof(RpcOptions));
        patterns.Add(["Logging", "LogLevel", AnyName]);
        patterns.Add(["Logging", "Console", "LogLevel", AnyName]);
        Add(patterns, ["Logging", "Console"], typeof(ConsoleLoggerOptions));
        Add(patterns, ["Logging", "Console", "FormatterOptions"], typeof(SimpleConsoleFormatterOptions));
        Add(patterns, ["Logging", "Console", "FormatterOptions"], typeof(JsonConsoleFormatterOptions));
        return patterns;
    }

    /// <summary>The keys the configuration binder fills in <paramref name="type"/>: properties, list items by index, dictionary entries by name.</summary>
    private static void Add(List<string[]> patterns, string[] prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<ObsoleteAttribute>() is not null)
                continue;
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var key = (string[])[.. prefix, property.Name];
            if (propertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                if (!IsLeaf(propertyType))
                    Add(patterns, key, propertyType);
                else if (property.CanWrite)
                    patterns.Add(key);
            }
            else if (IsDictionary(propertyType))
                patterns.Add([.. key, AnyName]);
            else
                patterns.Add([.. key, AnyIndex]);
        }
    }

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    /// <summary>A value the binder sets from one string (an abstract type such as an encoder is not configurable key by key).</summary>
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri)
        || type.IsAbstract;

    /// <summary>The declared range after the default: <c>[2; 0 to 256 blocks]</c>.</summary>
    private static string Range(PropertyInfo property) =>
        property.GetCustomAttribute<BoundsAttribute>() is { } bounds ? "; " + SettingBounds.Describe(bounds) : "";

    private static string Format(object? value) => value switch
    {
        null => "unset",
        string { Length: 0 } => "required",
        ICollection { Count: 0 } => "none",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
