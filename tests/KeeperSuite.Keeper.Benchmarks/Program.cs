using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Core.Transactions;
using KeeperSuite.Devnet;
using KeeperSuite.Keeper;
using KeeperSuite.Keeper.Benchmarks;
using KeeperSuite.Testing;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Erc20 = KeeperSuite.Contracts.MockERC20.ContractDefinition;

// Usage: dotnet run -c Release --project tests/KeeperSuite.Keeper.Benchmarks -- [all|scan|reaction|profile|local] [--sizes 1000,10000] [--reaction-at 10000] [--naive-max 10000]
//        [--node hardhat|anvil] [--json summary.json]
//        profile: only warm scans, many of them (--scans 300), the keeper's CPU per scan measured over all of them; with
//        --trace-wait S it prints its pid and waits S seconds first, so a profiler (`perf record -p <pid>`) can attach.
//        local: the local health step alone (HealthMath, then HealthScanner.ComputeLocal), no node.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
string Opt(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
var sizes = Opt("sizes", "1000,10000").Split(',').Select(int.Parse).ToArray();
var reactionAt = int.Parse(Opt("reaction-at", sizes.Contains(10_000) ? "10000" : sizes.Max().ToString()));
var naiveMax = int.Parse(Opt("naive-max", "10000"));
var repeats = int.Parse(Opt("repeats", "3"));
// --set Key=Value (repeatable): a keeper setting for every keeper the benchmark starts, e.g. --set Keeper:Scan:ChunksPerBatch=2
var common = args.Select((a, i) => (a, i)).Where(p => p.a == "--set" && p.i + 1 < args.Length)
    .Select(p => args[p.i + 1].Split('=', 2)).Select(kv => (Key: kv[0], Value: kv[1])).ToArray();
var nodeKind = Opt("node", "hardhat") switch
{
    "hardhat" => NodeKind.Hardhat,
    "anvil" => NodeKind.Anvil,
    var other => throw new ArgumentException($"--node must be hardhat or anvil, not {other}"),
};
var jsonFile = Opt("json", "");
var summary = new BenchSummary { Node = nodeKind.ToString().ToLowerInvariant(), Positions = reactionAt };
var doScan = what is "all" or "scan";
var doReaction = what is "all" or "reaction";
var doProfile = what is "profile";
var profileScans = int.Parse(Opt("scans", "300"));
var traceWait = int.Parse(Opt("trace-wait", "0"));

const string KeeperKey = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"; // hardhat account #2, public test key
const string KeeperVariable = "KEEPER_BENCH_KEY";
Environment.SetEnvironmentVariable(KeeperVariable, KeeperKey);
var keeperAddress = new Account(KeeperKey, 31337).Address;
var report = new List<string>();
void Report(string line)
{
    Console.WriteLine(line);
    report.Add(line);
}
static double Ms(long fromTicks, long toTicks) => (toTicks - fromTicks) * 1000.0 / Stopwatch.Frequency;
static double Median(IEnumerable<double> values)
{
    var s = values.OrderBy(v => v).ToArray();
    return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load {File.ReadAllText("/proc/loadavg").Trim()}");
if (what is "local")
{
    // The keeper's local health step alone, no node: at each of --sizes (e.g. 10000,100000).
    foreach (var size in sizes)
        LocalComputeBench(size);
    return 0;
}
var setup = Stopwatch.StartNew();
await using var chain = new BenchChain(nodeKind);
await chain.StartAsync();
await chain.FundAsync(keeperAddress, 100_000_000);
{
    var keeperWeb3 = new Web3(new Account(KeeperKey, 31337), new RpcClient(chain.Url));
    keeperWeb3.TransactionManager.UseLegacyAsDefault = false;
    await keeperWeb3.Eth.GetContractTransactionHandler<Erc20.ApproveFunction>().SendRequestAndWaitForReceiptAsync(
        chain.Contract("DebtAsset"), new Erc20.ApproveFunction { Spender = chain.Contract("Market"), Value = Nethereum.ABI.IntType.MAX_UINT256_VALUE });
}
Report($"node: {nodeKind}");
LocalComputeBench(100_000);
Report($"setup (node, deploy.js, pool funded, factory): {setup.Elapsed.TotalSeconds:F1} s");

Dictionary<string, string?> Settings(string stateDir, params (string Key, string Value)[] extra)
{
    var d = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["Rpc:Endpoints:0"] = chain.Url.ToString(),
        ["Keeper:DeploymentsFile"] = chain.DeploymentsFile,
        ["Keeper:Signer:PrivateKeyEnvironmentVariable"] = KeeperVariable,
        ["Keeper:StateDirectory"] = stateDir,
        ["Keeper:Confirmations"] = "0",
        ["Keeper:Metrics:Enabled"] = "false",
    };
    foreach (var (k, v) in common.Concat(extra))
        d[k] = v;
    return d;
}
static string NewDir(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

// The reaction set first: 1,000 WBTC positions (0.05 WBTC = 3,000 USDC each; liquidation threshold 75%) in three
// tiers, so a −10% / −15% / −22% WBTC move makes exactly 10 / 100 / 1,000 of them liquidatable.
var populate = Stopwatch.StartNew();
var firstBatch = await chain.OpenAsync("WBTC", 10, 0.05m, 2_070m);
await chain.OpenAsync("WBTC", 90, 0.05m, 1_950m);
await chain.OpenAsync("WBTC", 900, 0.05m, 1_800m);
Report($"populate: 1,000 WBTC positions in {populate.Elapsed.TotalSeconds:F1} s ({1000 / populate.Elapsed.TotalSeconds:F0} positions/s; {BenchChain.PositionsPerTx} per tx, {chain.LastGasUsed:N0} gas per tx of {BenchChain.PositionsPerTx})");

var scanRows = new List<string>();
var memRows = new List<string>();
var startRows = new List<string>();
foreach (var size in sizes)
{
    if (chain.Positions < size)
    {
        var add = size - chain.Positions;
        var took = await chain.OpenAsync("WETH", add, 1m, 500m);
        Report($"populate: +{add:N0} WETH positions in {took.TotalSeconds:F1} s ({add / took.TotalSeconds:F0} positions/s) -> {chain.Positions:N0}");
    }
    if (doScan)
        await ScanBenchAsync(size);
    if (doProfile)
        await ProfileBenchAsync(size);
    if (doReaction && size == reactionAt)
        await ReactionBenchAsync(size);
}

Console.WriteLine();
Console.WriteLine("## summary");
Console.WriteLine("| Positions | Batched scan (median of " + repeats + ") | HTTP requests | Per position | One eth_call per position | HTTP requests | Ratio |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in scanRows)
    Console.WriteLine(r);
Console.WriteLine();
foreach (var r in startRows)
    Console.WriteLine(r);
foreach (var r in memRows)
    Console.WriteLine(r);
Console.WriteLine();
Console.WriteLine("## all lines");
foreach (var r in report)
    Console.WriteLine(r);
if (jsonFile.Length > 0)
{
    await File.WriteAllTextAsync(jsonFile, summary.ToJson());
    Console.WriteLine($"summary written to {jsonFile}");
}
return 0;

// The keeper's hot loop alone: HealthMath on synthetic positions of all three decimals (no RPC), ns per position.
void LocalComputeBench(int count)
{
    var random = new Random(42);
    var terms = new[]
    {
        new HealthTerms(BigInteger.Parse("1050000000000000000000000000"), BigInteger.Parse("2000000000000000000000"), 850_000_000_000_000_000UL, 30),
        new HealthTerms(BigInteger.Parse("1050000000000000000000000000"), BigInteger.Parse("60000000000000000000000"), 750_000_000_000_000_000UL, 20),
        new HealthTerms(BigInteger.Parse("1050000000000000000000000000"), BigInteger.Parse("2500000000000000000000"), 800_000_000_000_000_000UL, 18),
    };
    var positions = Enumerable.Range(0, count).Select(i => (
        Collateral: (UInt128)random.NextInt64(1, 1L << 62),
        Scaled: (UInt128)random.NextInt64(1, 1_000_000_000_000L),
        Terms: i % 3)).ToArray();
    // Rounds as separate calls, so the loop is tier-1 compiled (as in a daemon after its first blocks), not on-stack
    // replaced; the figure is the median of ten rounds after forty and a pause for the background compilation.
    static int Round((UInt128 Collateral, UInt128 Scaled, int Terms)[] positions, HealthTerms[] terms)
    {
        var fast = 0;
        foreach (var (c, d, t) in positions)
        {
            if (HealthMath.TryFast(c, d, terms[t], out _, out _))
                fast++;
        }
        return fast;
    }
    var cpuRounds = new List<double>();
    var fastCount = 0;
    for (var round = 0; round < 50; round++)
    {
        if (round == 40)
            Thread.Sleep(500); // the tier-1 compilation queued by the first rounds finishes in the background
        var cpu0 = Environment.CpuUsage.TotalTime;
        fastCount = Round(positions, terms);
        cpuRounds.Add((Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds);
    }
    var cpuMs = Median(cpuRounds.TakeLast(10));
    Report($"local health compute (HealthMath, no RPC, one thread): {count:N0} positions in {cpuMs:F1} ms CPU ({cpuMs * 1_000_000 / count:F0} ns/position, median of 10 rounds after 40; {fastCount:N0} on the fast path; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");

    // The scan's whole local step on the same positions: the watched set as the index hands it out (sorted by collateral,
    // amounts alongside), HealthScanner.ComputeLocal filling the results and the candidate list, results allocated.
    var keys = positions.Select((p, i) => KeeperSuite.Core.Indexing.PositionKey.Of((uint)(p.Terms + 1), "0x" + i.ToString("x40"))).ToArray();
    System.Array.Sort(keys, PositionKeyOrder.Instance);
    var watched = new WatchedPositions(KeeperSuite.Core.Configuration.ShardSpec.Whole, keys,
        keys.Select((k, i) => new WatchedAmounts(positions[i].Collateral, positions[i].Scaled, true)).ToArray());
    var termsById = Enumerable.Range(0, terms.Length).ToDictionary(t => (uint)(t + 1), t => new HealthScanner.CollateralTerms(terms[t], true));
    var threshold = HealthMath.Wad * 10_200 / 10_000;
    static int LocalStep(WatchedPositions watched, Dictionary<uint, HealthScanner.CollateralTerms> terms, BigInteger threshold)
    {
        var results = new PositionHealth[watched.Count];
        var toLens = new List<int>();
        HealthScanner.ComputeLocal(watched, terms, threshold, results, toLens);
        return toLens.Count;
    }
    var stepRounds = new List<double>();
    for (var round = 0; round < 50; round++)
    {
        if (round == 40)
            Thread.Sleep(500);
        var cpu0 = Environment.CpuUsage.TotalTime;
        LocalStep(watched, termsById, threshold);
        stepRounds.Add((Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds);
    }
    var stepMs = Median(stepRounds.TakeLast(10));
    Report($"local scan step (HealthScanner.ComputeLocal over the index's watched set, results allocated): {count:N0} positions in {stepMs:F1} ms CPU ({stepMs * 1_000_000 / count:F0} ns/position, median of 10 rounds after 40)");
}

async Task ProfileBenchAsync(int size)
{
    Console.WriteLine($"--- profile at {size:N0} positions");
    var head = await chain.HeadAsync();
    var dir = NewDir("keeper-bench-profile-");
    var keeper = await KeeperInstance.StartAsync(Settings(dir));
    await keeper.Get<LogIndexer>().SyncAsync(head, CancellationToken.None);
    var scanner = keeper.Get<HealthScanner>();
    for (var i = 0; i < 20; i++)
        await scanner.ScanAsync(head, CancellationToken.None); // JIT (tiered up), amounts read, connection warm
    if (traceWait > 0)
    {
        Console.WriteLine($"PROFILE pid {Environment.ProcessId}: attach now; scans start in {traceWait} s");
        await Task.Delay(TimeSpan.FromSeconds(traceWait));
    }
    var cpu = new List<double>();
    var wall = new List<double>();
    var gc0 = GC.CollectionCount(0);
    var alloc0 = GC.GetTotalAllocatedBytes(precise: false);
    var total0 = Environment.CpuUsage.TotalTime;
    var before = keeper.Requests.Count;
    ScanResult? last = null;
    for (var i = 0; i < profileScans; i++)
    {
        var c0 = Environment.CpuUsage.TotalTime;
        var s = Stopwatch.GetTimestamp();
        last = await scanner.ScanAsync(head, CancellationToken.None);
        wall.Add(Ms(s, Stopwatch.GetTimestamp()));
        cpu.Add((Environment.CpuUsage.TotalTime - c0).TotalMilliseconds);
    }
    var totalCpu = (Environment.CpuUsage.TotalTime - total0).TotalMilliseconds;
    var allocated = GC.GetTotalAllocatedBytes(precise: false) - alloc0;
    Report($"profile at {size:N0}: {profileScans} warm scans at block {head}: keeper CPU per scan mean {totalCpu / profileScans:F2} ms "
        + $"(median {Median(cpu):F1}), wall median {Median(wall):F1} ms; {(keeper.Requests.Count - before) / (double)profileScans:F1} HTTP requests, "
        + $"{allocated / profileScans / 1024.0:F0} KB allocated and {(GC.CollectionCount(0) - gc0) / (double)profileScans:F2} gen-0 GCs a scan; "
        + $"last scan: {last!.Positions.Count:N0} positions, {last.CrossChecked} cross-checked, {last.Liquidatable.Count()} liquidatable; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    await keeper.DisposeAsync();
    Directory.Delete(dir, recursive: true);
}

async Task ScanBenchAsync(int size)
{
    Console.WriteLine($"--- scan at {size:N0} positions");
    var head = await chain.HeadAsync();
    // Cold start in-process: host start (start-up checks) + index from the deploy block.
    var dir = NewDir("keeper-bench-state-");
    var t0 = Stopwatch.GetTimestamp();
    var keeper = await KeeperInstance.StartAsync(Settings(dir));
    var t1 = Stopwatch.GetTimestamp();
    await keeper.Get<LogIndexer>().SyncAsync(head, CancellationToken.None);
    var t2 = Stopwatch.GetTimestamp();
    var index = keeper.Get<PositionIndex>();
    Report($"cold start in-process at {size:N0}: host start {Ms(t0, t1):F0} ms, index {index.Count:N0} positions from the deploy block {Ms(t1, t2):F0} ms ({keeper.Requests.Count} HTTP requests)");

    var scanner = keeper.Get<HealthScanner>();
    var warm = await scanner.ScanAsync(head, CancellationToken.None); // JIT, connection warm-up
    if (warm.Positions.Count != size)
        throw new InvalidOperationException($"scan saw {warm.Positions.Count} positions, expected {size}");
    if (warm.FailedChunks != 0)
        Report($"first scan at {size:N0}: {warm.FailedChunks} chunks FAILED (their positions reported unknown, not healthy): {string.Join(" | ", keeper.Logs.Lines.Where(l => l.Event == "LogBatchFailed").Select(l => l.Message).Take(2))}");
    var times = new List<double>();
    var cpu = new List<double>();
    long requests = 0;
    for (var i = 0; i < repeats; i++)
    {
        var before = keeper.Requests.Count;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var s = Stopwatch.GetTimestamp();
        var result = await scanner.ScanAsync(head, CancellationToken.None);
        times.Add(Ms(s, Stopwatch.GetTimestamp()));
        if (result.FailedChunks != 0)
            Report($"scan run {i + 1} at {size:N0}: {result.FailedChunks} chunks failed");
        cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
        requests = keeper.Requests.Count - before;
        if (result.Positions.Count != size)
            throw new InvalidOperationException("scan lost positions");
    }
    var batched = Median(times);
    // Steady state: a daemon scans every block, so within its first minute every method of the scan is tier-1 compiled;
    // the runs above, right after the first scan, still pay the JIT's tier-up (background compilation is this process's
    // CPU too). The JSON's keeperCpuMs is the steady figure: the mean over 100 scans after 100 more warm-up scans and a
    // second for the background compilation to finish.
    for (var i = 0; i < 100; i++)
        await scanner.ScanAsync(head, CancellationToken.None);
    await Task.Delay(1000);
    var steady0 = Environment.CpuUsage.TotalTime;
    for (var i = 0; i < 100; i++)
        await scanner.ScanAsync(head, CancellationToken.None);
    var steadyCpu = (Environment.CpuUsage.TotalTime - steady0).TotalMilliseconds / 100;
    if (size == reactionAt)
        summary.Scan = new(batched, steadyCpu, requests, 0);
    Report($"batched scan at {size:N0}: median {batched:F0} ms (runs {string.Join(", ", times.Select(t => t.ToString("F0")))}), {requests} HTTP requests, {batched * 1000 / size:F1} µs/position; keeper CPU per scan (this process, all threads) median {Median(cpu):F0} ms right after the first scan (runs {string.Join(", ", cpu.Select(t => t.ToString("F1")))}), {steadyCpu:F1} ms steady (mean of 100 after 101 scans)");

    // Where the batched time goes: one chunk's eth_call straight to the node (plain Nethereum RpcClient, raw hex, no
    // decoding), and its gas.
    {
        var chunk = index.Watched(KeeperSuite.Core.Configuration.ShardSpec.Whole).Keys.Take(500).Select(k => new KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey { CollateralId = k.CollateralId, Owner = k.Owner }).ToList();
        var fn = new HealthFactorsFunction { Keys = chunk };
        var callInput = new CallInput(Nethereum.Hex.HexConvertors.Extensions.HexByteConvertorExtensions.ToHex(fn.GetCallData(), true), chain.Contract("MarketLens"));
        var rawTimes = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var s0 = Stopwatch.GetTimestamp();
            await chain.Admin.Eth.Transactions.Call.SendRequestAsync(callInput, new BlockParameter(new HexBigInteger(head)));
            rawTimes.Add(Ms(s0, Stopwatch.GetTimestamp()));
        }
        var gasOfChunk = await chain.Admin.Eth.Transactions.EstimateGas.SendRequestAsync(callInput);
        if (size == reactionAt)
            summary.Scan = summary.Scan with { LensGasPerPosition = (double)(gasOfChunk.Value / chunk.Count) };
        Report($"one healthFactors chunk of {chunk.Count} straight to the node: median {Median(rawTimes):F0} ms, {gasOfChunk.Value:N0} gas ({gasOfChunk.Value / chunk.Count:N0} per position)");
    }

    // Naive: one eth_call (MarketLens.healthFactors of one key) per position, sequential, through the same client.
    var context = keeper.Get<ChainConnection>().Context;
    var keys = index.Watched(KeeperSuite.Core.Configuration.ShardSpec.Whole).Keys;
    var sample = keys.Take(Math.Min(naiveMax, keys.Count)).ToList();
    var at = new BlockParameter(new HexBigInteger(head));
    var handler = context.Web3.Eth.GetContractQueryHandler<HealthFactorsFunction>();
    HealthFactorsFunction One(KeeperSuite.Core.Indexing.PositionKey k) => new() { Keys = [new KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey { CollateralId = k.CollateralId, Owner = k.Owner }] };
    await handler.QueryDeserializingToObjectAsync<HealthFactorsOutputDTO>(One(sample[0]), context.Deployment.Lens, at);
    var nb = keeper.Requests.Count;
    var ns = Stopwatch.GetTimestamp();
    foreach (var k in sample)
        await handler.QueryDeserializingToObjectAsync<HealthFactorsOutputDTO>(One(k), context.Deployment.Lens, at);
    var naiveMs = Ms(ns, Stopwatch.GetTimestamp());
    var naiveRequests = keeper.Requests.Count - nb;
    var extrapolated = sample.Count < size;
    var naiveTotal = naiveMs * size / sample.Count;
    Report($"naive scan at {size:N0}: {naiveMs:F0} ms for {sample.Count:N0} positions{(extrapolated ? $" (extrapolated to {naiveTotal:F0} ms)" : "")}, {naiveRequests} HTTP requests, {naiveMs * 1000 / sample.Count:F0} µs/position; batched is {naiveTotal / batched:F0}x faster");
    scanRows.Add($"| {size:N0} | {batched:F0} ms | {requests} | {batched * 1000 / size:F1} µs | {naiveTotal:F0} ms{(extrapolated ? " (extrap.)" : "")} | {(extrapolated ? $"{size:N0}" : naiveRequests.ToString())} | {naiveTotal / batched:F0}× |");
    await keeper.DisposeAsync();

    // Warm restart in-process: the index from SQLite, then catch up and scan.
    head = await chain.HeadAsync();
    var w0 = Stopwatch.GetTimestamp();
    var again = await KeeperInstance.StartAsync(Settings(dir));
    var w1 = Stopwatch.GetTimestamp();
    await again.Get<LogIndexer>().SyncAsync(head, CancellationToken.None);
    var w2 = Stopwatch.GetTimestamp();
    var first = await again.Get<HealthScanner>().ScanAsync(head, CancellationToken.None);
    var w3 = Stopwatch.GetTimestamp();
    Report($"warm restart in-process at {size:N0}: host start {Ms(w0, w1):F0} ms, load {again.Get<PositionIndex>().Count:N0} positions from SQLite + sync {Ms(w1, w2):F0} ms, first scan {Ms(w2, w3):F0} ms ({first.Positions.Count:N0}); total {Ms(w0, w3):F0} ms");
    await again.DisposeAsync();
    startRows.Add($"in-process at {size:N0}: cold = start {Ms(t0, t1):F0} + index {Ms(t1, t2):F0} ms; warm = start {Ms(w0, w1):F0} + load/sync {Ms(w1, w2):F0} + scan {Ms(w2, w3):F0} ms");

    // The real executable: `keeper run --once --dry-run`, cold (fresh state) then warm; wall time and peak RSS.
    var processDir = NewDir("keeper-bench-proc-");
    var cold = await RunKeeperProcessAsync(processDir);
    var warmRun = await RunKeeperProcessAsync(processDir);
    Report($"keeper process at {size:N0} (run --once --dry-run): cold {cold.Wall:F2} s wall, peak RSS {cold.RssMb:F0} MB; warm {warmRun.Wall:F2} s wall, peak RSS {warmRun.RssMb:F0} MB; {cold.PassLine}");
    if (size == reactionAt)
    {
        summary.ColdStart = new(cold.Wall * 1000, cold.RssMb);
        summary.WarmStart = new(warmRun.Wall * 1000, warmRun.RssMb);
    }
    memRows.Add($"process at {size:N0}: cold {cold.Wall:F2} s / {cold.RssMb:F0} MB peak RSS; warm {warmRun.Wall:F2} s / {warmRun.RssMb:F0} MB");
    foreach (var d in new[] { dir, processDir })
        Directory.Delete(d, recursive: true);
}

async Task<(double Wall, double RssMb, string PassLine)> RunKeeperProcessAsync(string stateDir)
{
    var dll = Path.Combine(RepositoryLocator.Root, "src", "KeeperSuite.Keeper", "bin", "Release", "net10.0", "keeper.dll");
    if (!File.Exists(dll))
        throw new InvalidOperationException($"{dll} is missing: run with -c Release");
    var info = new ProcessStartInfo("/usr/bin/time")
    {
        RedirectStandardError = true,
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    foreach (var a in new[] { "-f", "TIME %e %M", "dotnet", dll, "run", "--once", "--dry-run" })
        info.ArgumentList.Add(a);
    foreach (var (k, v) in Settings(stateDir))
    {
        info.ArgumentList.Add("--" + k);
        info.ArgumentList.Add(v!);
    }
    info.Environment[KeeperVariable] = KeeperKey;
    using var p = Process.Start(info)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEndAsync();
    await p.WaitForExitAsync();
    var err = await stderr;
    var output = await stdout;
    var timeLine = err.Split('\n').LastOrDefault(l => l.StartsWith("TIME ", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("no time output: " + err + output);
    var parts = timeLine.Split(' ');
    if (p.ExitCode != 0)
        throw new InvalidOperationException($"keeper exited {p.ExitCode}: {err}\n{output}");
    var pass = (output + err).Split('\n').FirstOrDefault(l => l.Contains("pass at block", StringComparison.Ordinal))?.Trim() ?? "";
    var idx = pass.IndexOf("pass at block", StringComparison.Ordinal);
    return (double.Parse(parts[1]), double.Parse(parts[2]) / 1024.0, idx >= 0 ? pass[idx..] : pass);
}

async Task ReactionBenchAsync(int size)
{
    Console.WriteLine($"--- reaction at {size:N0} positions");
    // A keeper state indexed before any transaction, copied for each run (each run reverts the chain).
    var baseDir = NewDir("keeper-bench-react-");
    {
        await using var k = await KeeperInstance.StartAsync(Settings(baseDir));
        await k.Get<LogIndexer>().SyncAsync(await chain.HeadAsync(), CancellationToken.None);
    }
    var runs = new (int N, decimal Percent, string Label, (string, string)[] Extra)[]
    {
        (10, 90m, "tuned", Tuned()),
        (100, 85m, "tuned", Tuned()),
        (1000, 78m, "tuned", Tuned()),
        (1000, 78m, "defaults (MaxBatchSize 25, MaxInFlight 4)", []),
    };
    foreach (var run in runs)
        await ReactOnceAsync(size, baseDir, run.N, run.Percent, run.Label, run.Extra);
    Directory.Delete(baseDir, recursive: true);

    static (string, string)[] Tuned() =>
    [
        ("Keeper:Liquidation:MaxBatchSize", "100"),
        ("Keeper:Liquidation:MaxInFlight", "16"),
    ];
}

async Task ReactOnceAsync(int size, string baseDir, int n, decimal percent, string label, (string, string)[] extra)
{
    var snapshot = await chain.Rpc<string>("evm_snapshot");
    var dir = NewDir("keeper-bench-run-");
    foreach (var f in Directory.GetFiles(baseDir))
        File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
    var keeper = await KeeperInstance.StartAsync(Settings(dir, extra), RpcDescriber.Describe);
    await keeper.Get<TransactionManager>().RecoverAsync(CancellationToken.None);
    var pass = keeper.Get<KeeperPass>();
    // The daemon's own head source (newHeads over WebSocket, polling when it is not offered), as KeeperWorker uses it.
    var heads = keeper.Get<HeadSource>();
    var warmHead = await heads.NextAsync(null, CancellationToken.None);
    await pass.RunAsync(warmHead, CancellationToken.None); // warm: JIT, index current, nothing to do
    for (var i = 0; i < 100 && !heads.Subscribed; i++)
        await Task.Delay(100);

    // The price update waits in the mempool; the timed block is the evm_mine that includes it (automine stays off, so the
    // keeper's transactions are accepted, not mined, during the pass).
    await chain.Rpc<object>("evm_setAutomine", false);
    await chain.SendPriceAsync("WBTC", percent);
    keeper.Logs.Lines.Clear();
    keeper.Requests.Spans.Clear();
    keeper.Requests.Recording = true;
    var nextHead = heads.NextAsync(warmHead, CancellationToken.None);
    var requestsBefore = keeper.Requests.Count;
    var t0 = Stopwatch.GetTimestamp();
    await chain.Rpc<object>("evm_mine");
    var crashBlock = await nextHead;
    var tHead = Stopwatch.GetTimestamp();
    var passSummary = await pass.RunAsync(crashBlock, CancellationToken.None);
    var tEnd = Stopwatch.GetTimestamp();
    keeper.Requests.Recording = false;
    var lines = keeper.Logs.Lines.ToList();
    var sent = lines.Where(l => l.Event == "LogSent").ToList();
    var passLine = lines.FirstOrDefault(l => l.Event == "LogPass");
    var scanMs = passLine?.State.FirstOrDefault(kv => kv.Key == "ScanMs").Value is double d ? d : double.NaN;
    var firstSent = sent.Count > 0 ? Ms(t0, sent[0].Ticks) : double.NaN;
    var lastSent = sent.Count > 0 ? Ms(t0, sent[^1].Ticks) : double.NaN;
    var gaps = sent.Zip(sent.Skip(1), (a, b) => Ms(a.Ticks, b.Ticks)).ToList();
    var hashes = sent.Select(l => l.State.First(kv => kv.Key == "Hash").Value!.ToString()!).ToList();
    // Where the milliseconds go: every HTTP request of the pass, from the head's arrival, with what it asked; the gaps
    // between requests are the keeper's own work (decoding, local health, signing, SQLite).
    var timeline = keeper.Requests.Spans.OrderBy(r => r.Start)
        .Select(r => $"{Ms(tHead, r.Start),6:F0}-{Ms(tHead, r.End),6:F0} ms  {r.What}").ToList();
    Report($"  head: block {crashBlock} mined -> noticed {Ms(t0, tHead):F0} ms ({(heads.Subscribed ? "newHeads over WebSocket" : "polling")}); pass timeline from the head (ms):");
    foreach (var t in timeline)
        Report("    " + t);
    foreach (var s in sent.Take(3).Concat(sent.Skip(3).TakeLast(1)))
        Report($"    {Ms(tHead, s.Ticks),6:F0} ms  sent: {s.Message}");

    // Mine what was sent and read the receipts: gas through the keeper's real calls.
    await chain.Rpc<object>("evm_mine");
    BigInteger gas = 0;
    var liquidated = 0;
    var ok = 0;
    var perTx = new List<string>();
    foreach (var h in hashes)
    {
        var r = await chain.Admin.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(h);
        if (r is null)
            continue;
        gas += r.GasUsed.Value;
        if (r.Status.Value == 1)
            ok++;
        var count = r.DecodeAllEvents<KeeperSuite.Contracts.Market.ContractDefinition.LiquidatedEventDTO>().Count;
        liquidated += count;
        perTx.Add($"{count} pos {r.GasUsed.Value:N0} gas");
    }
    if (n == 1000 && label == "tuned")
        summary.Reaction = new(n, firstSent, lastSent, keeper.Requests.Count - requestsBefore);
    Report($"reaction at {size:N0} positions, {n:N0} liquidatable ({label}): pass saw {passSummary.Liquidatable} liquidatable, sent {passSummary.LiquidationsSent} positions in {sent.Count} txs; "
        + $"block -> first tx sent {firstSent:F0} ms, -> all sent {lastSent:F0} ms, pass returned {Ms(t0, tEnd):F0} ms (scan {scanMs:F0} ms); "
        + $"{keeper.Requests.Count - requestsBefore} HTTP requests; gaps between sends median {(gaps.Count > 0 ? Median(gaps) : 0):F0} ms; "
        + $"mined: {ok}/{hashes.Count} succeeded, {liquidated} Liquidated events, gas {gas:N0} ({(liquidated > 0 ? gas / liquidated : 0):N0} per position) [{string.Join("; ", perTx.Take(3))}{(perTx.Count > 3 ? "; ..." : "")}]");
    await keeper.DisposeAsync();
    Directory.Delete(dir, recursive: true);
    await chain.RevertAsync(snapshot);
}

