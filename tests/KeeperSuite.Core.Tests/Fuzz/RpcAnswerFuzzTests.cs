using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Contracts.Waterfall.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Scanning;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using KeeperSuite.Testing.Fuzz;
using KeeperSuite.Testing.Http;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace KeeperSuite.Core.Tests.Fuzz;

/// <summary>
/// What a node answers, fuzzed through the real client stack: <see cref="ResilientRpcClient"/> (as the keeper wires it)
/// under Nethereum's Web3 calls and the keeper's <see cref="BatchCaller"/>, against <see cref="ScriptedHttpServer"/>
/// answering every request with a valid, broken or mutated answer (JSON-RPC envelope, result types and numbers, HTTP
/// status, content type, gzip header, truncated / endless / slow bodies, closed connections).
/// Each case must end with the value, or with an exception the keeper handles as a bad RPC answer
/// (<see cref="IsDocumented"/>): anything else, or a case slower than <see cref="FuzzCases.MaxPerCase"/>, fails with
/// the seed, the case number and the answers sent. When every answer in a case was valid, the call must succeed.
/// <c>RPC_FUZZ_CASES=1000000</c> runs the long version; <c>FUZZ_SEED</c> another seed; <c>RPC_FUZZ_CASE=n</c> one case.
/// </summary>
[Collection(RpcAnswerTiming.Name)]
public sealed class RpcAnswerFuzzTests(ITestOutputHelper output)
{
    public const int DefaultCases = 4_000;

    private static readonly string[] Calls =
    [
        "eth_blockNumber", "eth_getBlockByNumber", "eth_call healthFactors (batch)", "eth_call waterfallState", "eth_getLogs",
        "eth_getTransactionReceipt", "eth_feeHistory", "eth_sendRawTransaction", "eth_getTransactionCount", "eth_chainId",
    ];

    private static readonly int[] Statuses = [200, 201, 204, 301, 400, 401, 403, 404, 408, 413, 429, 500, 502, 503, 504, 599];

    private static readonly string LensAddress = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
    private static readonly string WaterfallAddress = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9";
    private static readonly string WaterfallSelector = new WaterfallStateFunction().GetCallData().ToHex(true)[..10];

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("RPC_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;

    /// <summary>Cases run concurrently (RPC_FUZZ_WORKERS, default 8): most of a case's time is waiting on sockets and timeouts.</summary>
    private static int Workers =>
        int.TryParse(Environment.GetEnvironmentVariable("RPC_FUZZ_WORKERS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 8;

    private static int? OnlyCase =>
        int.TryParse(Environment.GetEnvironmentVariable("RPC_FUZZ_CASE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// The exceptions the keeper treats as a bad RPC answer (a failed pass, retried at the next head; a failed read in the
    /// scanner, indexer or write-off driver): our client's <see cref="RpcException"/> family (no usable answer, a send
    /// whose outcome is unknown, a hash mismatch), and Nethereum's <see cref="RpcResponseException"/> (the node's JSON-RPC
    /// error) with the revert exceptions Nethereum raises from it for eth_call.
    /// </summary>
    public static bool IsDocumented(Exception e) =>
        e is RpcException or RpcResponseException or Nethereum.ABI.FunctionEncoding.SmartContractRevertException or SmartContractCustomErrorRevertException;

    [Fact]
    public async Task Every_answer_ends_as_a_value_or_a_documented_rpc_failure()
    {
        var seed = FuzzCases.Seed;
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var (first, count) = OnlyCase is { } only ? (only, 1) : (0, Cases);
        output.WriteLine($"seed {seed}, cases {first}..{first + count - 1}, {Workers} workers");
        // Workers share nothing but the tallies: each has its own server and client, and a case's answers depend only on
        // the seed and the case number, so any case can be re-run alone (RPC_FUZZ_CASE).
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => RunWorkerAsync(seed, first + w, first + count, Workers, outcomes, failures))));
        output.WriteLine($"{count} cases in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (outcome, n) in outcomes.OrderByDescending(o => o.Value))
            output.WriteLine($"  {outcome}: {n}");
        Assert.True(failures.Count == 0, "undocumented outcomes:\n" + string.Join("\n\n", failures));
    }

    private static async Task RunWorkerAsync(
        int seed, int from, int to, int step, System.Collections.Concurrent.ConcurrentDictionary<string, int> outcomes, List<string> failures)
    {
        await using var server = new ScriptedHttpServer();
        using var host = RpcTestHost.Create([server.Url],
            ("AttemptTimeout", "00:00:00.400"), ("RetryCount", "1"), ("BackoffBase", "00:00:00"), ("MaxBackoff", "00:00:00"),
            // Far above any valid answer here; an endless body is cut at this bound instead of at the default 64 MiB.
            ("MaxResponseBytes", "1048576"),
            // The breaker would turn most cases into "circuit open" without reading any answer: out of the way here.
            ("BreakerMinimumThroughput", int.MaxValue.ToString(CultureInfo.InvariantCulture)), ("SendRawTransactionAttempts", "2"));
        var web3 = host.Web3();
        var raw = SignedTransaction();
        for (var i = from; i < to; i += step)
        {
            var random = new Random(unchecked(seed * 1_000_003 + i));
            var answers = new RpcAnswers(random, new Mutator(random.Next())) { WaterfallSelector = WaterfallSelector };
            var sent = new List<string>();
            var allValid = true;
            server.Responder = body =>
            {
                var (reply, valid, description) = Answer(answers, random, body);
                allValid &= valid;
                lock (sent)
                    sent.Add(description);
                return reply;
            };
            var call = random.Next(Calls.Length);
            var caseClock = Stopwatch.StartNew();
            string outcome;
            try
            {
                await InvokeAsync(call, web3, host.Client, raw, random).WaitAsync(FuzzCases.MaxPerCase);
                outcome = "value";
            }
            catch (TimeoutException) when (caseClock.Elapsed >= FuzzCases.MaxPerCase)
            {
                Assert.Fail($"hang: seed {seed} case {i} ({Calls[call]}) still running after {FuzzCases.MaxPerCase}; answers: {Describe(sent)}");
                return;
            }
            catch (Exception e) when (IsDocumented(e))
            {
                // A valid answer may still come too late on a loaded machine: only a refusal of valid answers in time is a defect.
                Assert.False(allValid && sent.Count > 0 && e is not RpcTransportException { Failure: RpcTransportFailure.Timeout },
                    $"valid answers refused: seed {seed} case {i} ({Calls[call]}): {e.GetType().Name}: {e.Message}; answers: {Describe(sent)}");
                outcome = e is RpcTransportException t ? $"{e.GetType().Name}({t.Failure})" : e.GetType().Name;
            }
            catch (Exception e)
            {
                // Kept going, so one run lists every kind of undocumented failure (the first few with their inputs).
                outcome = $"UNDOCUMENTED {e.GetType().FullName} from {Calls[call]}";
                lock (failures)
                {
                    if (failures.Count < 10)
                        failures.Add($"seed {seed} case {i} ({Calls[call]}): {e.GetType().FullName}: {e.Message}\nanswers: {Describe(sent)}\n{e.InnerException?.GetType().FullName}: {e.InnerException?.Message}");
                }
            }
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Runs one of the keeper's calls; the value is thrown away (its type already decoded it).</summary>
    private static async Task InvokeAsync(int call, Web3 web3, ResilientRpcClient client, string raw, Random random)
    {
        var eth = web3.Eth;
        switch (call)
        {
            case 0:
                // Quantities are read as the keeper reads them (HeadTracker: .Value at once).
                _ = (await eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
                break;
            case 1:
                _ = await eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(new HexBigInteger(random.Next(1000))));
                break;
            case 2:
                var keys = Enumerable.Range(0, 1 + random.Next(3))
                    .Select(_ => new HealthFactorsFunction { Keys = [new KeeperSuite.Contracts.MarketLens.ContractDefinition.PositionKey { CollateralId = 1, Owner = RpcAnswers.Address }] })
                    .ToList();
                // Per-call failures come back as outcomes (documented), never as exceptions. Each answer is decoded by
                // Nethereum and by the scan's own codec: the codec may refuse more (a bool word other than 0 or 1), never
                // less, and what it reads Nethereum reads alike.
                var answers = await BatchCaller.CallRawAsync(client, [.. keys.Select(k => (LensAddress, BatchCaller.Data(k)))], BlockParameter.CreateLatest());
                foreach (var answer in answers)
                {
                    var nethereum = BatchCaller.Decode<HealthFactorsOutputDTO>(answer);
                    var scan = BatchCaller.Decode(answer, LensCodec.HealthFactors);
                    if (scan.Ok && !(nethereum.Ok && nethereum.Output!.Hfs.SequenceEqual(scan.Output!.Hfs)
                        && nethereum.Output.Liquidatable.SequenceEqual(scan.Output.Liquidatable) && nethereum.Output.OracleValid.SequenceEqual(scan.Output.OracleValid)))
                        throw new InvalidOperationException($"the scan's codec read an answer Nethereum reads otherwise ({nethereum.Error}): {answer.Output}");
                }
                break;
            case 3:
                // The keeper's own path (WaterfallReader): the ABI decoding of the result is part of reading the answer.
                _ = await eth.QueryAsync<WaterfallStateFunction, WaterfallStateOutputDTO>(new WaterfallStateFunction(), WaterfallAddress, BlockParameter.CreateLatest());
                break;
            case 4:
                var logs = await eth.Filters.GetLogs.SendRequestAsync(new NewFilterInput
                {
                    Address = [LensAddress],
                    FromBlock = new BlockParameter(new HexBigInteger(1)),
                    ToBlock = new BlockParameter(new HexBigInteger(100)),
                    Topics = [MarketEventDecoder.Topics.ToArray<object>()],
                });
                // The indexer decodes every log it gets: a log it cannot use is null, never an exception.
                foreach (var log in logs ?? [])
                    _ = log is null ? null : MarketEventDecoder.Decode(log);
                break;
            case 5:
                _ = await eth.Transactions.GetTransactionReceipt.SendRequestAsync(RpcAnswers.Hash);
                break;
            case 6:
                _ = await eth.FeeHistory.SendRequestAsync(new HexBigInteger(10), BlockParameter.CreateLatest(), [60m]);
                break;
            case 7:
                _ = await eth.Transactions.SendRawTransaction.SendRequestAsync(raw);
                break;
            case 8:
                _ = (await eth.Transactions.GetTransactionCount.SendRequestAsync(RpcAnswers.Address, BlockParameter.CreateLatest())).Value;
                break;
            default:
                _ = (await eth.ChainId.SendRequestAsync()).Value;
                break;
        }
    }

    /// <summary>One answer to <paramref name="body"/>: the reply, whether it was a valid answer, and a short description.</summary>
    private static (Reply Reply, bool Valid, string Description) Answer(RpcAnswers answers, Random random, string body)
    {
        JToken request;
        try
        {
            request = JToken.Parse(body);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return (new Reply(400, "text/plain", "bad request"u8.ToArray()), false, "400 (request not JSON)");
        }
        var valid = ValidAnswer(answers, request);
        var text = valid.ToString(Newtonsoft.Json.Formatting.None);
        var roll = random.Next(1000);
        (Reply, bool, string) Json(string json, string what) => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(json)), false, what + ": " + Short(json));
        return roll switch
        {
            < 150 => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(text)), true, "valid: " + Short(text)),
            < 400 => Json(BreakResults(answers, random, valid).ToString(Newtonsoft.Json.Formatting.None), "result broken"),
            < 550 => Json(BreakEnvelopes(answers, random, valid), "envelope broken"),
            < 800 => Json(answers.MutateText(text), "mutated"),
            < 850 => (new Reply(Statuses[random.Next(Statuses.Length)], "application/json", Encoding.UTF8.GetBytes(random.Next(2) == 0 ? text : "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"gateway\"}}"),
                ExtraHeader: random.Next(3) == 0 ? "Retry-After: " + random.Next(-5, 100).ToString(CultureInfo.InvariantCulture) : null), false, "status"),
            < 880 => (new Reply(200, random.Next(2) == 0 ? "text/html" : "application/octet-stream", Encoding.UTF8.GetBytes(random.Next(2) == 0 ? text : "<html>502</html>")), false, "content type"),
            < 900 => (new Reply(200, "application/json", Gzip(random, text), ExtraHeader: "Content-Encoding: gzip"), false, "gzip header"),
            < 930 => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(text[..random.Next(text.Length + 1)]), Delivery.Truncated), false, "truncated body"),
            < 950 => (new Reply(200, "application/json", [], Delivery.Close), false, "closed"),
            < 965 => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(text), Delivery.UntilClose), false, "body until close"),
            < 985 => (new Reply(200, "application/json", []), false, "empty body"),
            < 995 => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(text), Delivery.Slow, Pause: TimeSpan.FromMilliseconds(random.Next(100))), true, "slow within the timeout"),
            < 998 => (new Reply(200, "application/json", Encoding.UTF8.GetBytes(text), Delivery.Slow, Pause: TimeSpan.FromMilliseconds(500 + random.Next(1000))), false, "slower than the timeout"),
            _ => (new Reply(200, "application/json", Encoding.UTF8.GetBytes("[" + text + ","), Delivery.Endless), false, "endless body"),
        };
    }

    private static JToken ValidAnswer(RpcAnswers answers, JToken request)
    {
        JObject One(JToken r) => new()
        {
            ["jsonrpc"] = "2.0",
            ["id"] = r["id"]?.DeepClone(),
            ["result"] = answers.ValidResult((string?)r["method"] ?? "", r["params"] as JArray ?? []),
        };
        return request is JArray batch ? new JArray(batch.Select(One)) : One(request);
    }

    private static JToken BreakResults(RpcAnswers answers, Random random, JToken valid)
    {
        var copy = valid.DeepClone();
        var items = copy is JArray batch ? batch.OfType<JObject>().ToList() : [(JObject)copy];
        foreach (var item in items.Where(_ => random.Next(2) == 0).DefaultIfEmpty(items[0]))
            item["result"] = answers.BreakResult(item["result"] ?? JValue.CreateNull());
        return copy;
    }

    private static string BreakEnvelopes(RpcAnswers answers, Random random, JToken valid)
    {
        if (valid is not JArray batch)
            return answers.BreakEnvelope((JObject)valid).ToString(Newtonsoft.Json.Formatting.None);
        var items = batch.OfType<JObject>().Select(i => random.Next(2) == 0 ? answers.BreakEnvelope(i) : i).ToList();
        switch (random.Next(5))
        {
            case 0 when items.Count > 0:
                items.RemoveAt(random.Next(items.Count));
                break;
            case 1 when items.Count > 0:
                items.Add(items[random.Next(items.Count)].DeepClone());
                break;
            case 2:
                items.Reverse();
                break;
            case 3:
                return answers.BreakEnvelope(new JObject { ["jsonrpc"] = "2.0", ["id"] = null, ["result"] = null }).ToString(Newtonsoft.Json.Formatting.None);
        }
        return new JArray(items).ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>A gzip header over garbage, or real gzip of the answer (the client asks for no encoding, so neither is decoded).</summary>
    private static byte[] Gzip(Random random, string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(text));
        var bytes = buffer.ToArray();
        if (random.Next(2) == 0)
            random.NextBytes(bytes.AsSpan(Math.Min(10, bytes.Length)));
        return bytes;
    }

    private static string SignedTransaction()
    {
        var key = new EthECKey(HardhatNodeFixture.Account1PrivateKey);
        var signer = new Nethereum.Web3.Accounts.Account(key, 31337);
        var input = new TransactionInput
        {
            From = signer.Address, To = RpcAnswers.Address, Gas = new HexBigInteger(21_000), Value = new HexBigInteger(1), Nonce = new HexBigInteger(0),
            Type = new HexBigInteger(2), MaxFeePerGas = new HexBigInteger(BigInteger.Pow(10, 9)), MaxPriorityFeePerGas = new HexBigInteger(1),
        };
        var raw = ((Nethereum.Web3.Accounts.AccountSignerTransactionManager)signer.TransactionManager).SignTransaction(input);
        return raw.StartsWith("0x", StringComparison.Ordinal) ? raw : "0x" + raw;
    }

    private static string Describe(List<string> sent)
    {
        lock (sent)
            return sent.Count == 0 ? "(no request reached the server)" : string.Join(" | ", sent);
    }

    private static string Short(string text) => FuzzCases.Shorten(text);
}
