using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using KeeperSuite.Core.Indexing;

namespace KeeperSuite.Core.Transactions;

/// <summary>
/// What a transaction is for: the decision that produced it, as a type (as Euler's liquidator hands a
/// <c>PreparedLiquidation</c> to its sender). The manager persists it with the transaction and hands it back with the
/// receipt, so the part that decided reads back exactly what it wrote — never a string parsed back. Two intents that
/// are equal act on the same thing: one of them in flight is enough.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PreparedLiquidation), "liquidation")]
[JsonDerivedType(typeof(PreparedWriteOffStep), "writeOffStep")]
[JsonDerivedType(typeof(PreparedBid), "bid")]
[JsonDerivedType(typeof(PreparedApproval), "approval")]
[JsonDerivedType(typeof(PreparedTokenApproval), "tokenApproval")]
[JsonDerivedType(typeof(PreparedSale), "sale")]
[JsonDerivedType(typeof(UntypedIntent), "untyped")]
public abstract record TxIntent
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new BigIntegerAsString() } };

    /// <summary>The part of the keeper it serves; each role has its own in-flight limit.</summary>
    [JsonIgnore]
    public abstract TxRole Role { get; }

    /// <summary>The form kept in the state database.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads back what <see cref="Serialize"/> wrote; a subject an older keeper wrote as free text stays <see cref="UntypedIntent"/>.</summary>
    public static TxIntent Deserialize(string stored, TxRole role)
    {
        if (!stored.StartsWith('{'))
            return new UntypedIntent(role, stored);
        return JsonSerializer.Deserialize<TxIntent>(stored, Json) ?? throw new JsonException("a transaction intent cannot be null");
    }

    private sealed class BigIntegerAsString : JsonConverter<BigInteger>
    {
        public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            BigInteger.Parse(reader.GetString() ?? throw new JsonException("expected a number as a string"), NumberStyles.None, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// A <c>liquidate</c> or <c>liquidateBatch</c> of <paramref name="Positions"/>, which may pull up to
/// <paramref name="Cost"/> of the debt asset (repayments with slack, plus fees): not spent yet, but not the budget's
/// to spend twice while it is in flight.
/// </summary>
public sealed record PreparedLiquidation(IReadOnlyList<PositionKey> Positions, BigInteger Cost) : TxIntent
{
    public override TxRole Role => TxRole.Liquidation;

    public bool Equals(PreparedLiquidation? other) => other is not null && Cost == other.Cost && Positions.SequenceEqual(other.Positions);

    public override int GetHashCode() => HashCode.Combine(Cost, Positions.Count);
}

/// <summary>The waterfall steps a keeper calls, as <c>Waterfall.waterfallState().next</c> names them.</summary>
public enum WriteOffStep
{
    Cover,
    StartAuction,
    Settle,
    Socialize,
}

/// <summary>
/// One waterfall step: <paramref name="Id"/> is the round it acts on (the auction for <see cref="WriteOffStep.Settle"/>).
/// </summary>
public sealed record PreparedWriteOffStep(WriteOffStep Step, BigInteger Id) : TxIntent
{
    public override TxRole Role => TxRole.WriteOff;

    /// <summary>The step as the contract's function and the <c>keeper_writeoff_steps</c> metric name it.</summary>
    public string Name => Step switch
    {
        WriteOffStep.Cover => "cover",
        WriteOffStep.StartAuction => "startAuction",
        WriteOffStep.Settle => "settle",
        _ => "socialize",
    };
}

/// <summary>A bid (<c>take</c>) in a live debt auction.</summary>
public sealed record PreparedBid(BigInteger AuctionId) : TxIntent
{
    public override TxRole Role => TxRole.WriteOff;
}

/// <summary>
/// A pending transaction recorded by a keeper before intents were typed (its subject was free text, e.g.
/// <c>liquidate 1:0xab..</c>): still re-broadcast and followed to its receipt, acted on by nobody.
/// </summary>
public sealed record UntypedIntent(TxRole RecordedRole, string Subject) : TxIntent
{
    public override TxRole Role => RecordedRole;
}

/// <summary>An unlimited debt-asset approval of <paramref name="Spender"/> (named <paramref name="Name"/> in logs).</summary>
public sealed record PreparedApproval(string Spender, string Name) : TxIntent
{
    public override TxRole Role => TxRole.Setup;
}

/// <summary>An unlimited approval of <paramref name="Spender"/> (named <paramref name="Name"/> in logs) for <paramref name="Token"/>.</summary>
public sealed record PreparedTokenApproval(string Token, string Spender, string Name) : TxIntent
{
    public override TxRole Role => TxRole.Setup;
}

/// <summary>
/// A DEX sale of <paramref name="Amount"/> seized collateral of type <paramref name="CollateralId"/> back into the debt
/// asset (inventory mode). One sale per type in flight is enough, whatever its amount: equality is by type.
/// </summary>
public sealed record PreparedSale(uint CollateralId, BigInteger Amount) : TxIntent
{
    public override TxRole Role => TxRole.Liquidation;

    public bool Equals(PreparedSale? other) => other is not null && CollateralId == other.CollateralId;

    public override int GetHashCode() => CollateralId.GetHashCode();
}
