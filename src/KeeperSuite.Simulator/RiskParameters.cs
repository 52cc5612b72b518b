using System.Globalization;
using System.Numerics;
using KeeperSuite.Core.Chain;
using Auction = KeeperSuite.Contracts.DebtAuction.ContractDefinition;
using Mkt = KeeperSuite.Contracts.Market.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// The parameters a run or a sweep (<c>--set name=value</c>, <c>--sweep name=v1,v2,…</c>) may change. <c>drop</c> and
/// <c>fund</c> shape the scenario and the seed; the others are set on chain by the governor (the deployer) after seeding
/// and before the path, through the contracts' own bounded setters, so a value out of bounds fails with the contract's error.
/// </summary>
public static class RiskParameters
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    /// <summary>Name → what it is (units), for --help and errors.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["drop"] = "crash / no-bidders: the crashed collateral's fall (fraction, 0.4 = -40%)",
        ["fund"] = "insurance-fund deposit (whole debt-asset units)",
        ["liquidationBonus"] = "every collateral's liquidation bonus (fraction, 0.08 = 8%)",
        ["insuranceCut"] = "share of the bonus paid to the insurance fund (fraction)",
        ["auctionFloorRatio"] = "debt auction floor as a fraction of its start price",
        ["auctionDuration"] = "debt auction duration (seconds)",
        ["dexDepth"] = "DEX pools' depth: whole debt-asset units a sale must be worth to move a pool's price 2% (deployed: 1,000,000; thinner only)",
    };

    /// <summary>Options with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    /// <summary>Options with <paramref name="name"/> set to <paramref name="value"/>; every set value is kept in
    /// <see cref="SimulationOptions.Overrides"/> too, so the report names it (and a sweep's axis is found there).</summary>
    public static SimulationOptions With(SimulationOptions options, string name, double value)
    {
        if (!Known.ContainsKey(name))
            throw new ArgumentException($"unknown parameter '{name}' (known: {string.Join(", ", Known.Keys)})", nameof(name));
        var set = options with { Overrides = new Dictionary<string, double>(options.Overrides) { [name] = value } };
        return name switch
        {
            "drop" => set with { Drop = value },
            "fund" => set with { Fund = (long)Math.Round(value) },
            "dexDepth" => set with { DexDepth = value },
            _ => set,
        };
    }

    /// <summary>The value of <paramref name="name"/> when it was set for this run, null when left at its default.</summary>
    public static double? Value(SimulationOptions options, string name) => options.Overrides.TryGetValue(name, out var v) ? v : null;

    /// <summary>Parameters applied on chain here (drop and fund shape the path and the seed instead; dexDepth thins the pools, <see cref="SimulationDex.SetDepthAsync"/>).</summary>
    private static bool OnChain(string name) => name is not ("drop" or "fund" or "dexDepth");

    public static async Task ApplyAsync(ChainDriver driver, Deployment deployment, SimulationOptions options, RevertDecoder decoder, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in options.Overrides.Where(o => OnChain(o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await ApplyOneAsync(driver, deployment, name, value);
            }
            catch (Exception e) when (e is not OperationCanceledException and not SimulationException)
            {
                var reason = e is Nethereum.Contracts.SmartContractCustomErrorRevertException custom ? decoder.Decode(custom.ExceptionEncodedData) : e.Message.Split('\n')[0];
                throw new SimulationException(string.Create(CultureInfo.InvariantCulture, $"setting {name}={value} on chain failed: {reason}"));
            }
        }
    }

    private static async Task ApplyOneAsync(ChainDriver driver, Deployment deployment, string name, double value)
    {
        var eth = driver.Admin.Eth;
        var wad = new BigInteger(Math.Round(value * 1e6)) * Wad / 1_000_000;
        switch (name)
        {
            case "liquidationBonus":
                foreach (var c in deployment.Collaterals)
                {
                    var current = await eth.GetContractQueryHandler<Mkt.CollateralFunction>().QueryDeserializingToObjectAsync<Mkt.CollateralOutputDTO>(
                        new Mkt.CollateralFunction { CollateralId = c.Id }, deployment.Market);
                    var p = current.ReturnValue1.Params;
                    p.LiquidationBonus = (ulong)wad;
                    await Send(eth.GetContractTransactionHandler<Mkt.SetCollateralParamsFunction>().SendRequestAndWaitForReceiptAsync(
                        deployment.Market, new Mkt.SetCollateralParamsFunction { CollateralId = c.Id, Params = p }));
                }
                break;
            case "insuranceCut":
                var market = await eth.GetContractQueryHandler<Mkt.MarketParamsFunction>().QueryDeserializingToObjectAsync<Mkt.MarketParamsOutputDTO>(
                    new Mkt.MarketParamsFunction(), deployment.Market);
                await Send(eth.GetContractTransactionHandler<Mkt.SetMarketParamsFunction>().SendRequestAndWaitForReceiptAsync(deployment.Market,
                    new Mkt.SetMarketParamsFunction
                    {
                        Params = new Mkt.MarketParams
                        {
                            CloseFactorHfThreshold = market.CloseFactorHfThreshold, InsuranceCut = (ulong)wad, SmallPositionValue = market.SmallPositionValue,
                        },
                    }));
                break;
            case "auctionFloorRatio":
                await Send(eth.GetContractTransactionHandler<Auction.SetFloorRatioFunction>().SendRequestAndWaitForReceiptAsync(deployment.Auction,
                    new Auction.SetFloorRatioFunction { FloorRatio = wad }));
                break;
            case "auctionDuration":
                await Send(eth.GetContractTransactionHandler<Auction.SetDurationFunction>().SendRequestAndWaitForReceiptAsync(deployment.Auction,
                    new Auction.SetDurationFunction { Duration = (ulong)Math.Round(value) }));
                break;
            default:
                throw new SimulationException($"unknown parameter '{name}'");
        }
    }

    private static async Task Send(Task<Nethereum.RPC.Eth.DTOs.TransactionReceipt> sending)
    {
        var receipt = await sending;
        if (receipt.Status?.Value != 1)
            throw new SimulationException($"parameter transaction {receipt.TransactionHash} reverted");
    }
}
