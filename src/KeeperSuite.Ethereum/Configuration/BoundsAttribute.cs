using System.Globalization;

namespace KeeperSuite.Ethereum.Configuration;

/// <summary>
/// A numeric or <see cref="TimeSpan"/> setting's allowed range, declared once on the property: the start-up validators
/// (<see cref="SettingBounds"/>) phrase their one-line refusal from it and <c>keeper run --help</c> prints it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class BoundsAttribute : Attribute
{
    /// <summary>An integer range, both ends included.</summary>
    public BoundsAttribute(long min, long max)
        : this(Text(min), Text(max))
    {
    }

    /// <summary>A fractional range, both ends included.</summary>
    public BoundsAttribute(double min, double max)
        : this(Text(min), Text(max))
    {
    }

    /// <summary>A lower bound only (e.g. an amount that must not be negative).</summary>
    public BoundsAttribute(double min)
        : this(Text(min), null)
    {
    }

    /// <summary>
    /// Ends as text, parsed as the property's type: <see cref="TimeSpan"/> (<c>"00:00:00.010"</c>) or a number; the text is
    /// also how the message prints them. <paramref name="max"/> null: no upper bound.
    /// </summary>
    public BoundsAttribute(string min, string? max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The lowest allowed value as written.</summary>
    public string Min { get; }

    /// <summary>The highest allowed value as written; null when there is none.</summary>
    public string? Max { get; }

    /// <summary>The lower end itself is refused ("greater than").</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Unit printed after the range: <c>blocks</c>, <c>basis points</c>, <c>gwei</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>What the lowest value means, printed after it: <c>0 (never)</c>.</summary>
    public string? MinMeaning { get; init; }

    /// <summary>Why the range is what it is, printed in parentheses at the end of the refusal.</summary>
    public string? Why { get; init; }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
