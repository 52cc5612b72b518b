using System.Numerics;
using KeeperSuite.Contracts.SwapRouter.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Erc20 = Nethereum.Contracts.Standards.ERC20.ContractDefinition;

namespace KeeperSuite.Core.Inventory;

/// <summary>
/// Inventory mode's refill: once the keeper holds more of a seized collateral than Keeper:Inventory:SellAbove is
/// worth, it sells all of it on the DEX for the debt asset (SwapRouter.exactInputSingle, minimum out = the oracle value
/// less Keeper:Inventory:MaxSlippageBps), so the budget that liquidations spend comes back. A quote worse than the
/// bound waits (arbitrage brings the pool back to the oracle); one sale per type is in flight at a time.
/// </summary>
public sealed partial class InventorySeller(
    ChainConnection connection,
    TransactionManager transactions,
    IOptions<KeeperOptions> options,
    DexQuotes quotes,
    DexMetrics metrics,
    ILogger<InventorySeller> logger)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    // Uniswap's deadline is a timestamp; the sale's bound is its minimum out, not its time.
    private static readonly BigInteger NoDeadline = BigInteger.Pow(2, 64);
    private readonly HashSet<string> _approved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="value"/> (debt-asset base units) of a held collateral is worth selling.</summary>
    public static bool ShouldSell(BigInteger value, decimal sellAbove, BigInteger debtUnit) =>
        sellAbove > 0 && value >= new BigInteger(sellAbove * 1_000_000m) * debtUnit / 1_000_000;

    /// <summary>Sells every collateral type held above the threshold. Returns the number of sales sent.</summary>
    public async Task<int> SellAsync(ScanResult scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var inventory = options.Value.Inventory;
        var dex = quotes.Dex;
        if (inventory.SellAbove <= 0 || dex is null)
            return 0;
        var context = connection.Context;
        var sent = 0;
        foreach (var pool in dex.Pools.Values.OrderBy(p => p.CollateralId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (transactions.IsInFlight(new PreparedSale(pool.CollateralId, 0))
                || !scan.Collaterals.TryGetValue(pool.CollateralId, out var status) || !status.OracleValid)
                continue;
            var held = await context.Web3.Eth.ERC20.GetContractService(pool.Collateral).BalanceOfQueryAsync(context.KeeperAddress);
            var value = held * status.Price * context.DebtUnit / BigInteger.Pow(10, status.Decimals) / Wad;
            if (held.IsZero || !ShouldSell(value, inventory.SellAbove, context.DebtUnit))
                continue;
            var quote = new SaleQuote(pool.CollateralId, held, await quotes.QuoteAsync(pool, held, scan.Block), value);
            metrics.Slippage(pool.CollateralId, quote.SlippageBps);
            if (!FlashPlanner.IsDeepEnough(quote, inventory.MaxSlippageBps))
            {
                metrics.InventorySale("skipped_slippage");
                LogTooThin(logger, held, status.Symbol, quote.AmountOut, value, quote.SlippageBps, inventory.MaxSlippageBps);
                continue;
            }
            if (!await EnsureApprovedAsync(pool.Collateral, status.Symbol, dex.Router, scan.Block, cancellationToken))
                continue;
            if (await SendSaleAsync(pool, dex.Router, quote, status.Symbol, FlashPlanner.MinimumOut(value, inventory.MaxSlippageBps), scan.Block, cancellationToken))
                sent++;
        }
        return sent;
    }

    /// <summary>Counts what every mined sale did.</summary>
    public void OnMined(IEnumerable<TxOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes.Where(o => o.Request.Intent is PreparedSale))
            metrics.InventorySale(outcome.Succeeded ? "confirmed" : "reverted");
    }

    private async Task<bool> SendSaleAsync(DexPool pool, string router, SaleQuote quote, string symbol, BigInteger minOut, ulong block, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var data = new ExactInputSingleFunction
        {
            Params = new ExactInputSingleParams
            {
                TokenIn = pool.Collateral, TokenOut = context.Deployment.DebtAsset.Address, Fee = pool.Fee, Recipient = context.KeeperAddress,
                Deadline = NoDeadline, AmountIn = quote.AmountIn, AmountOutMinimum = minOut, SqrtPriceLimitX96 = 0,
            },
        }.GetCallData().ToHex(true);
        BigInteger gas;
        try
        {
            gas = (await context.Web3.Eth.Transactions.EstimateGas.SendRequestAsync(new CallInput(data, router) { From = context.KeeperAddress })).Value;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An approval still in flight or a price that moved since the quote: the next pass tries again.
            LogSaleSimulationFailed(logger, e, symbol, e.Message.Split('\n')[0]);
            return false;
        }
        var tx = await transactions.SendAsync(
            new TxRequest(new PreparedSale(pool.CollateralId, quote.AmountIn), router, data, TxRequest.GasLimitFor(gas), $"sell {quote.AmountIn} {symbol} on the DEX"),
            block, cancellationToken);
        if (tx is null)
            return false;
        metrics.InventorySale("sent");
        LogSale(logger, quote.AmountIn, symbol, quote.AmountOut, minOut, quote.SlippageBps, tx.Latest.Hash);
        return true;
    }

    private async Task<bool> EnsureApprovedAsync(string token, string symbol, string router, ulong block, CancellationToken cancellationToken)
    {
        if (_approved.Contains(token))
            return true;
        var context = connection.Context;
        var allowance = await context.Web3.Eth.ERC20.GetContractService(token).AllowanceQueryAsync(context.KeeperAddress, router);
        if (allowance >= BigInteger.Pow(2, 200))
        {
            _approved.Add(token);
            return true;
        }
        var intent = new PreparedTokenApproval(token, router, $"DEX router for {symbol}");
        if (!transactions.IsInFlight(intent))
        {
            var data = new Erc20.ApproveFunction { Spender = router, Value = Nethereum.ABI.IntType.MAX_UINT256_VALUE }.GetCallData().ToHex(true);
            await transactions.SendAsync(new TxRequest(intent, token, data, 100_000, $"approve the DEX router for {symbol}"), block, cancellationToken);
        }
        // The sale goes once the approval is mined (a later pass).
        return false;
    }

    [LoggerMessage(EventId = 2501, Level = LogLevel.Information, Message = "inventory sale: {Amount} {Symbol} for about {Quote} of the debt asset (minimum {MinOut}, slippage {SlippageBps} bps) in tx {Hash}")]
    private static partial void LogSale(ILogger logger, BigInteger amount, string symbol, BigInteger quote, BigInteger minOut, int slippageBps, string hash);

    [LoggerMessage(EventId = 2502, Level = LogLevel.Warning, Message = "not selling {Amount} {Symbol}: the DEX quotes {Quote} against an oracle value of {Value} ({SlippageBps} bps below, bound {MaxBps}); waiting for the pool to recover")]
    private static partial void LogTooThin(ILogger logger, BigInteger amount, string symbol, BigInteger quote, BigInteger value, int slippageBps, int maxBps);

    [LoggerMessage(EventId = 2503, Level = LogLevel.Information, Message = "inventory sale of {Symbol} not sent: simulation failed ({Reason}); next pass")]
    private static partial void LogSaleSimulationFailed(ILogger logger, Exception exception, string symbol, string reason);
}
