using System.Globalization;
using System.Numerics;
using System.Text.Json;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Observability;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Core.WriteOff;
using Microsoft.Extensions.Options;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Keeper.Status;

/// <summary>
/// <c>keeper status</c>: brings the index up to date, scans once, and prints positions at risk, the oracles,
/// the waterfall (open deficits, the step due, fund, live auctions), the keeper account and the state folder's
/// transaction ledger (the daemon's sends, from the snapshot status works on) — as tables, or as one JSON
/// document (<c>--json</c>). Read-only: it loads no key; the account shown is <c>--address</c> or a keystore's stated
/// address, else none.
/// </summary>
public sealed class StatusReporter(
    ChainConnection connection,
    HeadTracker head,
    LogIndexer indexer,
    HealthScanner scanner,
    WaterfallReader waterfall,
    TransactionStore ledger,
    KeeperStartup startup,
    IOptions<KeeperOptions> options)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger AtRisk = Wad * 11 / 10;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task PrintAsync(TextWriter console, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var report = await ReadAsync(cancellationToken);
        await console.WriteLineAsync($"KeeperSuite keeper — network {report.Network}, chain {report.ChainId}, block {report.Block}, shard {report.Shard}");

        var oracles = new TextTable("Collaterals", "id", "symbol", "price", "oracle");
        foreach (var c in report.Collaterals)
            oracles.AddRow(c.Id.ToString(CultureInfo.InvariantCulture), c.Symbol, c.Price, c.OracleValid ? "valid" : "INVALID: positions not judged");
        await oracles.WriteAsync(console);

        var positions = new TextTable($"Positions at risk (health factor < 1.1): {report.AtRisk.Count} of {report.Watched} watched", "collateral", "owner", "health factor", "state");
        foreach (var p in report.AtRisk.Take(maxRows))
            positions.AddRow(p.CollateralId.ToString(CultureInfo.InvariantCulture), p.Owner, p.HealthFactor ?? "?", p.State);
        await positions.WriteAsync(console);

        var w = report.Waterfall;
        var deficits = new TextTable($"Waterfall: {w.OpenDeficits} open deficits, uncovered {w.Uncovered}, insurance fund {w.InsuranceFund}", "step due", "what");
        foreach (var step in w.Due.Take(maxRows))
            deficits.AddRow(step.Step, step.What);
        if (w.Due.Count == 0)
            deficits.AddRow("-", w.OpenDeficits == 0 ? "nothing to write off" : "waiting (auction live)");
        await deficits.WriteAsync(console);

        var auctions = new TextTable("Live auctions", "auction", "price", "floor", "lot left", "debt left", "deadline");
        foreach (var a in report.Auctions)
            auctions.AddRow(a.Auction, a.Price, a.Floor, a.LotLeft, a.DebtLeft, a.Deadline.ToString("u", CultureInfo.InvariantCulture));
        await auctions.WriteAsync(console);

        if (report.Account is { } account)
        {
            var table = new TextTable("Keeper account", "address", "native balance", "debt-asset balance", "nonce");
            table.AddRow(account.Address, account.NativeBalance, account.DebtAssetBalance, account.Nonce.ToString(CultureInfo.InvariantCulture));
            await table.WriteAsync(console);
        }
        else
        {
            await console.WriteLineAsync();
            await console.WriteLineAsync("Keeper account: not shown (give --address, or Keeper:Signer:KeystoreFile whose address is read without the password)");
        }
        var sent = report.Transactions;
        var ledgerTable = new TextTable(
            $"Transactions in the state folder's ledger: {(sent.ByStatus.Count == 0 ? "none" : string.Join(", ", sent.ByStatus.Select(s => $"{s.Value} {s.Key}")))}",
            "nonce", "what", "first sent at block", "attempts", "last hash");
        foreach (var t in sent.InFlight.Take(maxRows))
            ledgerTable.AddRow(t.Nonce.ToString(CultureInfo.InvariantCulture), t.What, t.FirstBlock.ToString(CultureInfo.InvariantCulture),
                t.Attempts.ToString(CultureInfo.InvariantCulture), t.LastHash);
        if (sent.InFlight.Count == 0)
            ledgerTable.AddRow("-", "nothing in flight", "", "", "");
        await ledgerTable.WriteAsync(console);

        if (!report.Complete)
            await console.WriteLineAsync("Not every position could be judged: the scan is incomplete (see above). This is not \"all healthy\".");
    }

    /// <summary>The same report as one JSON document, every row included; amounts are exact decimal strings in units.</summary>
    public async Task PrintJsonAsync(TextWriter console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var report = await ReadAsync(cancellationToken);
        await console.WriteLineAsync(JsonSerializer.Serialize(report, Json));
    }

    public async Task<StatusReport> ReadAsync(CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var block = await head.ReadAsync(cancellationToken);
        await indexer.SyncAsync(block, cancellationToken);
        var scan = await scanner.ScanAsync(block, cancellationToken);
        var snapshot = await waterfall.ReadAsync();
        var debt = context.Deployment.DebtAsset;
        string Debt(BigInteger v) => Amounts.Units(v, debt.Decimals, debt.Symbol);

        var collaterals = scan.Collaterals.Values.OrderBy(c => c.Id)
            .Select(c => new StatusCollateral(c.Id, c.Symbol, Wads(c.Price), c.OracleValid)).ToList();
        var atRisk = scan.Positions.Where(p => !p.Known || !p.OracleValid || p.HealthFactor < AtRisk).OrderBy(p => p.HealthFactor)
            .Select(p => new StatusPosition(p.Key.CollateralId, p.Key.Owner,
                p.Known && p.OracleValid ? Wads(p.HealthFactor) : null,
                !p.Known ? "unknown (read failed)" : !p.OracleValid ? "blind (oracle invalid)" : p.Liquidatable ? "liquidatable" : "at risk"))
            .ToList();
        var water = new StatusWaterfall(snapshot.OpenDeficits, Debt(snapshot.UncoveredDeficit), Debt(snapshot.FundBalance),
            snapshot.Due.Select(d => new StatusStep(d.Intent.Name, d.Description)).ToList());
        var auctions = snapshot.Auctions.Select(a => new StatusAuction(a.AuctionId.ToString(CultureInfo.InvariantCulture),
            Debt(a.Price / Wad), Debt(a.Floor / Wad), Wads(a.LotLeft), Debt(a.DebtLeft), DateTimeOffset.FromUnixTimeSeconds((long)a.Deadline))).ToList();

        StatusAccount? account = null;
        if (startup.ResolveAddress(options.Value.Signer) is { } address)
        {
            var eth = context.Web3.Eth;
            var balance = await eth.GetBalance.SendRequestAsync(address);
            var nonce = await eth.Transactions.GetTransactionCount.SendRequestAsync(address, BlockParameter.CreateLatest());
            var debtBalance = await eth.ERC20.GetContractService(debt.Address).BalanceOfQueryAsync(address);
            account = new StatusAccount(address, Amounts.Units(balance.Value, 18) + " ETH", Debt(debtBalance), (long)nonce.Value);
        }
        var counts = await ledger.CountByStatusAsync(cancellationToken);
        var inFlight = await ledger.LoadPendingAsync(cancellationToken);
        var transactions = new StatusTransactions(new SortedDictionary<string, int>(counts.ToDictionary(), StringComparer.Ordinal),
            inFlight.Select(t => new StatusInFlight(t.Nonce, t.Request.Description, t.FirstBlock, t.Attempts.Count, t.Latest.Hash)).ToList());
        return new StatusReport(context.Deployment.Network, context.Deployment.ChainId, block, context.Shard.ToString(),
            collaterals, scan.Positions.Count, atRisk, water, auctions, account, transactions, scan.Complete);
    }

    private static string Wads(BigInteger value) => value >= BigInteger.Pow(2, 255) ? "∞" : Amounts.Units(value, 18, separators: false);
}

/// <summary>What <c>keeper status</c> shows; amounts are decimal strings in whole units with their symbol.</summary>
public sealed record StatusReport(
    string Network,
    long ChainId,
    ulong Block,
    string Shard,
    IReadOnlyList<StatusCollateral> Collaterals,
    int Watched,
    IReadOnlyList<StatusPosition> AtRisk,
    StatusWaterfall Waterfall,
    IReadOnlyList<StatusAuction> Auctions,
    StatusAccount? Account,
    StatusTransactions Transactions,
    bool Complete);

public sealed record StatusCollateral(uint Id, string Symbol, string Price, bool OracleValid);

public sealed record StatusPosition(uint CollateralId, string Owner, string? HealthFactor, string State);

public sealed record StatusWaterfall(int OpenDeficits, string Uncovered, string InsuranceFund, IReadOnlyList<StatusStep> Due);

public sealed record StatusStep(string Step, string What);

public sealed record StatusAuction(string Auction, string Price, string Floor, string LotLeft, string DebtLeft, DateTimeOffset Deadline);

public sealed record StatusAccount(string Address, string NativeBalance, string DebtAssetBalance, long Nonce);

/// <summary>The state folder's ledger: every signed transaction counted by status, and those still in flight.</summary>
public sealed record StatusTransactions(IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<StatusInFlight> InFlight);

public sealed record StatusInFlight(long Nonce, string What, ulong FirstBlock, int Attempts, string LastHash);
