using System.Globalization;
using System.Numerics;
using KeeperSuite.Keeper.Chain;
using KeeperSuite.Keeper.Indexing;
using KeeperSuite.Keeper.Scanning;
using KeeperSuite.Keeper.WriteOff;
using Nethereum.RPC.Eth.DTOs;
using Spectre.Console;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;

namespace KeeperSuite.Keeper.Cli;

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

    public async Task PrintAsync(IAnsiConsole console, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var context = connection.Context;
        var block = await head.ReadAsync(cancellationToken);
        await indexer.SyncAsync(block, cancellationToken);
        var scan = await scanner.ScanAsync(block, cancellationToken);
        var snapshot = await waterfall.ReadAsync();
        var debt = context.Deployment.DebtAsset;

        console.MarkupLine($"[bold]KeeperSuite keeper[/] — network {Markup.Escape(context.Deployment.Network)}, chain {context.Deployment.ChainId}, block {block}, shard {context.Shard}");

        var oracles = new Table().Title("Collaterals").AddColumns("id", "symbol", "price", "oracle");
        foreach (var c in scan.Collaterals.Values.OrderBy(c => c.Id))
            oracles.AddRow(c.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Symbol), Wads(c.Price), c.OracleValid ? "[green]valid[/]" : "[red]INVALID: positions not judged[/]");
        console.Write(oracles);

        var risky = scan.Positions.Where(p => !p.Known || !p.OracleValid || p.HealthFactor < AtRisk).OrderBy(p => p.HealthFactor).ToList();
        var positions = new Table().Title($"Positions at risk (health factor < 1.1): {risky.Count} of {scan.Positions.Count} watched").AddColumns("collateral", "owner", "health factor", "state");
        foreach (var p in risky.Take(maxRows))
            positions.AddRow(p.Key.CollateralId.ToString(CultureInfo.InvariantCulture), p.Key.Owner,
                p.Known && p.OracleValid ? Wads(p.HealthFactor) : "?",
                !p.Known ? "[yellow]unknown (read failed)[/]" : !p.OracleValid ? "[red]blind (oracle invalid)[/]" : p.Liquidatable ? "[red]liquidatable[/]" : "at risk");
        console.Write(positions);

        var deficits = new Table().Title($"Waterfall: {snapshot.OpenDeficits} open deficits, uncovered {Units(snapshot.UncoveredDeficit, debt.Decimals)} {Markup.Escape(debt.Symbol)}, insurance fund {Units(snapshot.FundBalance, debt.Decimals)} {Markup.Escape(debt.Symbol)}")
            .AddColumns("step due", "what");
        foreach (var step in snapshot.Due.Take(maxRows))
            deficits.AddRow(step.Step, Markup.Escape(step.Description));
        if (snapshot.Due.Count == 0)
            deficits.AddRow("-", snapshot.OpenDeficits == 0 ? "nothing to write off" : "waiting (auction live)");
        console.Write(deficits);

        var auctions = new Table().Title("Live auctions").AddColumns("auction", "price", "floor", "lot left", "debt left", "deadline");
        foreach (var a in snapshot.Auctions)
            auctions.AddRow(a.AuctionId.ToString(CultureInfo.InvariantCulture), Price(a.Price, debt.Decimals), Price(a.Floor, debt.Decimals), Wads(a.LotLeft),
                Units(a.DebtLeft, debt.Decimals), DateTimeOffset.FromUnixTimeSeconds((long)a.Deadline).ToString("u", CultureInfo.InvariantCulture));
        console.Write(auctions);

        var eth = context.Web3.Eth;
        var balance = await eth.GetBalance.SendRequestAsync(context.KeeperAddress);
        var nonce = await eth.Transactions.GetTransactionCount.SendRequestAsync(context.KeeperAddress, BlockParameter.CreateLatest());
        var debtBalance = await eth.GetContractQueryHandler<Erc20.BalanceOfFunction>()
            .QueryAsync<BigInteger>(debt.Address, new Erc20.BalanceOfFunction { Account = context.KeeperAddress });
        var account = new Table().Title("Keeper account").AddColumns("address", "native balance", $"{Markup.Escape(debt.Symbol)} balance", "nonce");
        account.AddRow(context.KeeperAddress, Wads(balance.Value), Units(debtBalance, debt.Decimals), nonce.Value.ToString(CultureInfo.InvariantCulture));
        console.Write(account);
        if (!scan.Complete)
            console.MarkupLine("[red]Not every position could be judged: the scan is incomplete (see above). This is not \"all healthy\".[/]");
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
