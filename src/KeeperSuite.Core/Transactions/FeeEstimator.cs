using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Transactions;

/// <summary>EIP-1559 fees in wei.</summary>
public readonly record struct Fees(BigInteger MaxFeePerGas, BigInteger MaxPriorityFeePerGas)
{
    /// <summary>Both fees raised by at least <paramref name="percent"/> (rounded up), then capped.</summary>
    public Fees Bump(decimal percent, BigInteger cap)
    {
        var scale = new BigInteger(percent * 1000m);
        static BigInteger Up(BigInteger value, BigInteger scale) => (value * (100_000 + scale) + 99_999) / 100_000;
        var maxFee = BigInteger.Min(cap, Up(MaxFeePerGas, scale));
        var tip = BigInteger.Min(maxFee, Up(MaxPriorityFeePerGas, scale));
        return new Fees(maxFee, tip);
    }

    /// <summary>
    /// What replaces a pending transaction signed with <paramref name="pending"/>: each fee bumped by
    /// <paramref name="percent"/>, or the <paramref name="current"/> estimate where that is higher (a base fee that rose
    /// more than the bump), under <paramref name="cap"/>; the tip never above the max fee. Check the result with
    /// <see cref="Replaces"/>: at the cap the bump may not be enough for a node to take it.
    /// </summary>
    public static Fees Replacement(Fees pending, Fees current, decimal percent, BigInteger cap)
    {
        var bumped = pending.Bump(percent, cap);
        var maxFee = BigInteger.Max(bumped.MaxFeePerGas, BigInteger.Min(current.MaxFeePerGas, cap));
        var tip = BigInteger.Max(bumped.MaxPriorityFeePerGas, current.MaxPriorityFeePerGas);
        return new Fees(maxFee, BigInteger.Min(tip, maxFee));
    }

    /// <summary>True when both fees are at least <paramref name="percent"/> above <paramref name="old"/> (what nodes require).</summary>
    public bool Replaces(Fees old, decimal percent)
    {
        var scale = new BigInteger(percent * 1000m);
        return MaxFeePerGas * 100_000 >= old.MaxFeePerGas * (100_000 + scale)
            && MaxPriorityFeePerGas * 100_000 >= old.MaxPriorityFeePerGas * (100_000 + scale);
    }
}

/// <summary>
/// Fees from <c>eth_feeHistory</c>: the next block's base fee doubled (room for six full blocks) plus the chosen
/// percentile of recent tips, both under <c>Keeper:Fees</c> caps.
/// </summary>
public sealed class FeeEstimator(ChainConnection connection, IOptions<KeeperOptions> options)
{
    private static readonly BigInteger Gwei = BigInteger.Pow(10, 9);

    public BigInteger MaxFeeCap => ToWei(options.Value.Fees.MaxFeePerGasGwei);

    public BigInteger TipCap => ToWei(options.Value.Fees.MaxPriorityFeePerGasGwei);

    /// <summary>Base fee of the next block from the last history, for the profit check and <c>status</c>.</summary>
    public BigInteger LastBaseFee { get; private set; }

    private PassFees? _pass;

    /// <summary>
    /// Starts a pass at <paramref name="block"/>: until the next pass, <see cref="EstimateAsync"/> answers from one
    /// <c>eth_feeHistory</c> (the profit check and every send of the pass share it instead of one request each).
    /// </summary>
    public void BeginPass(ulong block) => Volatile.Write(ref _pass, new PassFees());

    public async Task<Fees> EstimateAsync()
    {
        var pass = Volatile.Read(ref _pass);
        if (pass?.Fees is { } cached)
            return cached;
        var estimate = await ReadAsync();
        if (pass is not null)
            pass.Fees = estimate;
        return estimate;
    }

    private sealed class PassFees
    {
        public Fees? Fees { get; set; }
    }

    private async Task<Fees> ReadAsync()
    {
        var fees = options.Value.Fees;
        var history = await connection.Context.Web3.Eth.FeeHistory.SendRequestAsync(
            new HexBigInteger(fees.FeeHistoryBlocks), BlockParameter.CreateLatest(), [fees.TipPercentile]);
        var baseFee = history?.BaseFeePerGas is { Length: > 0 } bases ? bases[^1].Value : BigInteger.Zero;
        var tips = (history?.Reward ?? []).Where(r => r is { Length: > 0 } && r[0] is not null).Select(r => r[0].Value).Order().ToList();
        var tip = tips.Count > 0 ? tips[tips.Count / 2] : Gwei;
        LastBaseFee = baseFee;
        tip = BigInteger.Min(BigInteger.Max(tip, BigInteger.One), TipCap);
        var maxFee = BigInteger.Min(MaxFeeCap, baseFee * 2 + tip);
        return new Fees(maxFee, BigInteger.Min(tip, maxFee));
    }

    public static BigInteger ToWei(decimal gwei) => new BigInteger(gwei * 1_000_000_000m);
}
