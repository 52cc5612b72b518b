using System.Globalization;
using System.Reflection;

namespace KeeperSuite.Ethereum.Configuration;

/// <summary>Checks an options object against the <see cref="BoundsAttribute"/> on its properties, nested option classes included.</summary>
public static class SettingBounds
{
    /// <summary>One refusal per value outside its declared range: the key, then what it must be, e.g. <c>Keeper:Confirmations must be between 0 and 256 blocks</c>.</summary>
    public static IEnumerable<(string Key, object Value, string Refusal)> Violations(object options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (key, property, value) in Properties(options, section))
        {
            var bounds = property.GetCustomAttribute<BoundsAttribute>();
            if (bounds is null || value is null || IsWithin(bounds, value))
                continue;
            yield return (key, value, $"{key} must {Phrase(bounds, Nullable.GetUnderlyingType(property.PropertyType) is not null)}");
        }
    }

    /// <summary>The range as <c>--help</c> prints it: <c>0 to 256 blocks</c>, <c>at least 0</c>, <c>greater than 0 gwei</c>.</summary>
    public static string Describe(BoundsAttribute bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var min = bounds.MinMeaning is null ? bounds.Min : $"{bounds.Min} ({bounds.MinMeaning})";
        var range = (bounds.MinExclusive, bounds.Max) switch
        {
            (false, null) => $"at least {min}",
            (true, null) => $"greater than {min}",
            (false, _) => $"{min} to {bounds.Max}",
            (true, _) => $"greater than {min}, at most {bounds.Max}",
        };
        return bounds.Unit is null ? range : $"{range} {bounds.Unit}";
    }

    /// <summary>The numeric and <see cref="TimeSpan"/> properties a bound can apply to.</summary>
    public static bool IsBoundable(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(TimeSpan);
    }

    /// <summary>Every leaf property of an options object with its configuration key, walking nested option classes.</summary>
    public static IEnumerable<(string Key, PropertyInfo Property, object? Value)> Properties(object options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;
            var key = $"{section}:{property.Name}";
            var value = property.GetValue(options);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && value is not null)
            {
                foreach (var nested in Properties(value, key))
                    yield return nested;
                continue;
            }
            yield return (key, property, value);
        }
    }

    private static string Phrase(BoundsAttribute bounds, bool optional)
    {
        var min = bounds.MinMeaning is null ? bounds.Min : $"{bounds.Min} ({bounds.MinMeaning})";
        var unit = bounds.Unit is null ? "" : " " + bounds.Unit;
        var phrase = (bounds.MinExclusive, bounds.Max) switch
        {
            (false, null) when bounds.Min == "0" => "not be negative",
            (false, null) => $"be at least {min}{unit}",
            (true, null) => $"be greater than {min}{unit}",
            (false, _) => $"be between {min} and {bounds.Max}{unit}",
            (true, _) => $"be greater than {min} and at most {bounds.Max}{unit}",
        };
        if (optional)
            phrase += " when set";
        return bounds.Why is null ? phrase : $"{phrase} ({bounds.Why})";
    }

    private static bool IsWithin(BoundsAttribute bounds, object value)
    {
        var type = value.GetType();
        var current = (IComparable)value;
        var low = current.CompareTo(Parse(bounds.Min, type));
        if (low < 0 || (low == 0 && bounds.MinExclusive))
            return false;
        return bounds.Max is null || current.CompareTo(Parse(bounds.Max, type)) <= 0;
    }

    private static object Parse(string text, Type type) =>
        type == typeof(TimeSpan)
            ? TimeSpan.Parse(text, CultureInfo.InvariantCulture)
            : Convert.ChangeType(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), type, CultureInfo.InvariantCulture);
}
