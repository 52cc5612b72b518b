using System.Globalization;
using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.WriteOff;
using Nethereum.RPC.Eth.DTOs;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;

namespace KeeperSuite.Keeper.Status;

/// <summary>
/// <c>keeper status</c>: brings the index up to date, scans once, and prints positions at risk, the oracles,
/// the waterfall (open deficits, the step due, fund, live auctions) and the keeper account. Read-only.
/// </summary>
public sealed class StatusReporter(
    ChainConnection connection,
    HeadTracker head,
    LogIndexer indexer,
    HealthScanner scanner,
    WaterfallReader waterfall)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger AtRisk = Wad * 11 / 10;

    public async Task PrintAsync(TextWriter console, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var context = connection.Context;
        var block = await head.ReadAsync(cancellationToken);
        await indexer.SyncAsync(block, cancellationToken);
        var scan = await scanner.ScanAsync(block, cancellationToken);
        var snapshot = await waterfall.ReadAsync();
        var debt = context.Deployment.DebtAsset;

        await console.WriteLineAsync($"KeeperSuite keeper — network {context.Deployment.Network}, chain {context.Deployment.ChainId}, block {block}, shard {context.Shard}");

        var oracles = new TextTable("Collaterals", "id", "symbol", "price", "oracle");
        foreach (var c in scan.Collaterals.Values.OrderBy(c => c.Id))
            oracles.AddRow(c.Id.ToString(CultureInfo.InvariantCulture), c.Symbol, Wads(c.Price), c.OracleValid ? "valid" : "INVALID: positions not judged");
        await oracles.WriteAsync(console);

        var risky = scan.Positions.Where(p => !p.Known || !p.OracleValid || p.HealthFactor < AtRisk).OrderBy(p => p.HealthFactor).ToList();
        var positions = new TextTable($"Positions at risk (health factor < 1.1): {risky.Count} of {scan.Positions.Count} watched", "collateral", "owner", "health factor", "state");
        foreach (var p in risky.Take(maxRows))
            positions.AddRow(p.Key.CollateralId.ToString(CultureInfo.InvariantCulture), p.Key.Owner,
                p.Known && p.OracleValid ? Wads(p.HealthFactor) : "?",
                !p.Known ? "unknown (read failed)" : !p.OracleValid ? "blind (oracle invalid)" : p.Liquidatable ? "liquidatable" : "at risk");
        await positions.WriteAsync(console);

        var deficits = new TextTable($"Waterfall: {snapshot.OpenDeficits} open deficits, uncovered {Units(snapshot.UncoveredDeficit, debt.Decimals)} {debt.Symbol}, insurance fund {Units(snapshot.FundBalance, debt.Decimals)} {debt.Symbol}", "step due", "what");
        foreach (var step in snapshot.Due.Take(maxRows))
            deficits.AddRow(step.Intent.Name, step.Description);
        if (snapshot.Due.Count == 0)
            deficits.AddRow("-", snapshot.OpenDeficits == 0 ? "nothing to write off" : "waiting (auction live)");
        await deficits.WriteAsync(console);

        var auctions = new TextTable("Live auctions", "auction", "price", "floor", "lot left", "debt left", "deadline");
        foreach (var a in snapshot.Auctions)
            auctions.AddRow(a.AuctionId.ToString(CultureInfo.InvariantCulture), Price(a.Price, debt.Decimals), Price(a.Floor, debt.Decimals), Wads(a.LotLeft),
                Units(a.DebtLeft, debt.Decimals), DateTimeOffset.FromUnixTimeSeconds((long)a.Deadline).ToString("u", CultureInfo.InvariantCulture));
        await auctions.WriteAsync(console);

        var eth = context.Web3.Eth;
        var balance = await eth.GetBalance.SendRequestAsync(context.KeeperAddress);
        var nonce = await eth.Transactions.GetTransactionCount.SendRequestAsync(context.KeeperAddress, BlockParameter.CreateLatest());
        var debtBalance = await eth.GetContractQueryHandler<Erc20.BalanceOfFunction>()
            .QueryAsync<BigInteger>(debt.Address, new Erc20.BalanceOfFunction { Account = context.KeeperAddress });
        var account = new TextTable("Keeper account", "address", "native balance", $"{debt.Symbol} balance", "nonce");
        account.AddRow(context.KeeperAddress, Wads(balance.Value), Units(debtBalance, debt.Decimals), nonce.Value.ToString(CultureInfo.InvariantCulture));
        await account.WriteAsync(console);
        if (!scan.Complete)
            await console.WriteLineAsync("Not every position could be judged: the scan is incomplete (see above). This is not \"all healthy\".");
    }

    private static string Wads(BigInteger value) => value >= BigInteger.Pow(2, 255) ? "∞" : Units(value, 18);

    private static string Price(BigInteger value, byte decimals) => Units(value / Wad, decimals);

    private static string Units(BigInteger value, int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var whole = BigInteger.DivRem(value, scale, out var fraction);
        var digits = Math.Min(decimals, 4);
        var shown = fraction * BigInteger.Pow(10, digits) / scale;
        return digits == 0 ? whole.ToString(CultureInfo.InvariantCulture)
            : $"{whole.ToString(CultureInfo.InvariantCulture)}.{shown.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0')}";
    }
}
