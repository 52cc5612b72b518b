using System.Globalization;
using System.Numerics;
using System.Text;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using KeeperSuite.Testing.Fuzz;
using Newtonsoft.Json.Linq;

namespace KeeperSuite.Core.Tests.Fuzz;

/// <summary>
/// Valid JSON-RPC answers to the requests the keeper sends (shaped like Hardhat's), and seeded ways to break them: in
/// the JSON-RPC envelope (ids, result/error), in the result's types and numbers, and at the HTTP layer.
/// </summary>
public sealed class RpcAnswers(Random random, Mutator mutator)
{
    public const string Hash = "0x3a5177c33bcd74ec2a37e0064f3efbae46712addfe661697d1bed822f93a97dd";
    public const string Address = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    /// <summary>Words of Waterfall.waterfallState()'s static tuple (12 state fields, 10 round, 9 auction).</summary>
    public const int WaterfallWords = 31;

    private static readonly string[] HostileValues =
    [
        "null", "0", "-1", "\"-0x1\"", "\"0x\"", "\"0xZZ\"", "\"0x" + new string('f', 80) + "\"", "\"0x" + new string('9', 70) + "\"", "1e309", "-1e309",
        "18446744073709551616", "\"\"", "true", "[]", "{}", "[null]", "{\"a\":1}", "\"0x1\"", "\"latest\"", "\"\\u0000\"", "123456789012345678901234567890",
        "0.5", "\"0x0.1\"", "\"  0x1\"", "\"0x-1\"", "\"1\"", "\"0X10\"", "[[]]", "[\"0x1\",{}]",
    ];

    private static readonly string[] HostileErrors =
    [
        "{\"code\":-32000,\"message\":\"nonce too low\"}", "{\"code\":3,\"message\":\"execution reverted\",\"data\":\"0x08c379a0\"}",
        "{\"code\":-32603,\"message\":\"Internal\",\"data\":{\"message\":\"x\",\"data\":\"0xZZ\"}}", "{\"code\":0}", "{\"code\":2147483648,\"message\":\"big\"}",
        "{\"code\":\"-32000\",\"message\":\"string code\"}", "{\"code\":-32000.5,\"message\":\"float code\"}", "{\"code\":-32005,\"message\":\"limit exceeded\"}",
        "{\"code\":-32000,\"message\":null,\"data\":[1,2,3]}", "{}", "\"oops\"", "null", "[]", "{\"code\":-32000,\"message\":\"already known\"}",
        "{\"code\":-32003,\"message\":\"replacement transaction underpriced\"}", "{\"code\":-1,\"message\":\"" + new string('e', 5000) + "\"}",
        "{\"code\":3,\"message\":\"reverted\",\"data\":\"0x\"}", "{\"code\":3,\"message\":\"reverted\",\"data\":12}",
    ];

    /// <summary>The 4-byte selector (0x-hex) of Waterfall.waterfallState(): every other eth_call is answered as MarketLens.healthFactors.</summary>
    public string WaterfallSelector { get; init; } = "0x";

    /// <summary>The valid result for one request, as Hardhat would answer it.</summary>
    public JToken ValidResult(string method, JArray parameters) => method switch
    {
        "eth_blockNumber" => Quantity(100 + random.Next(1_000_000)),
        "eth_chainId" => "0x7a69",
        "eth_getTransactionCount" => Quantity(random.Next(1000)),
        "eth_getBlockByNumber" => Block(),
        "eth_call" => (string?)parameters.FirstOrDefault()?["data"] is { } data && data.StartsWith(WaterfallSelector, StringComparison.OrdinalIgnoreCase)
            ? WaterfallState() : CallOutput(parameters),
        "eth_getLogs" => new JArray(Enumerable.Range(0, random.Next(4)).Select(_ => Log())),
        "eth_getTransactionReceipt" => random.Next(4) == 0 ? JValue.CreateNull() : Receipt(),
        "eth_feeHistory" => FeeHistory(),
        "eth_sendRawTransaction" => TransactionHashOf(parameters),
        "eth_getTransactionByHash" => random.Next(2) == 0 ? JValue.CreateNull() : new JObject { ["hash"] = Hash, ["nonce"] = "0x1", ["blockNumber"] = null },
        _ => JValue.CreateNull(),
    };

    /// <summary>A result broken in its type or value (hostile token, or a field of an object replaced or removed).</summary>
    public JToken BreakResult(JToken valid)
    {
        if (valid is JObject or JArray && random.Next(2) == 0)
        {
            var copy = valid.DeepClone();
            var nodes = ((JContainer)copy).Descendants().Where(t => t is JValue or JObject or JArray).ToList();
            if (nodes.Count == 0)
                return Hostile();
            var target = nodes[random.Next(nodes.Count)];
            if (target.Parent is JProperty property)
            {
                if (random.Next(3) == 0)
                    property.Remove();
                else
                    property.Value = Hostile();
                return copy;
            }
            if (target.Parent is JArray array)
            {
                array[array.IndexOf(target)] = Hostile();
                return copy;
            }
        }
        return Hostile();
    }

    public JToken Hostile() => JToken.Parse(HostileValues[random.Next(HostileValues.Length)]);

    public JToken HostileError() => JToken.Parse(HostileErrors[random.Next(HostileErrors.Length)]);

    /// <summary>A broken envelope for one answer: missing/odd id, result and error both or neither, error objects of every shape.</summary>
    public JToken BreakEnvelope(JObject answer)
    {
        var copy = (JObject)answer.DeepClone();
        switch (random.Next(7))
        {
            case 0:
                copy.Remove("id");
                break;
            case 1:
                copy["id"] = Hostile();
                break;
            case 2:
                copy.Remove("result");
                copy["error"] = HostileError();
                break;
            case 3:
                copy["error"] = HostileError();
                break;
            case 4:
                copy.Remove("result");
                break;
            case 5:
                copy["id"] = (long?)copy["id"] + 1;
                break;
            default:
                copy.Remove("result");
                copy["id"] = null;
                copy["error"] = HostileError();
                break;
        }
        return copy;
    }

    /// <summary>Byte-level and tree-level mutation of the answer text (the shared <see cref="Mutator"/>).</summary>
    public string MutateText(string text) => mutator.Mutate(text);

    private JObject Block() => new()
    {
        ["number"] = Quantity(random.Next(1_000_000)),
        ["hash"] = Hash,
        ["parentHash"] = Hash,
        ["nonce"] = "0x0000000000000000",
        ["sha3Uncles"] = Hash,
        ["logsBloom"] = "0x" + new string('0', 512),
        ["transactionsRoot"] = Hash,
        ["stateRoot"] = Hash,
        ["receiptsRoot"] = Hash,
        ["miner"] = Address,
        ["difficulty"] = "0x0",
        ["totalDifficulty"] = "0x0",
        ["extraData"] = "0x",
        ["size"] = "0x220",
        ["gasLimit"] = "0x1c9c380",
        ["gasUsed"] = "0x0",
        ["timestamp"] = Quantity(1_700_000_000 + random.Next(1_000_000)),
        ["transactions"] = new JArray(Enumerable.Range(0, random.Next(3)).Select(_ => (JToken)Hash)),
        ["uncles"] = new JArray(),
        ["baseFeePerGas"] = Quantity(random.Next(1, 1_000_000_000)),
        ["mixHash"] = Hash,
    };

    private JObject Log() => new()
    {
        ["address"] = Address,
        // Market's Liquidated / Borrowed style topics: an event signature, a collateral id and an owner.
        ["topics"] = new JArray(Hash, Word(random.Next(3)), "0x000000000000000000000000" + Address[2..]),
        ["data"] = "0x" + string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => Word(random.Next(1000))[2..])),
        ["blockNumber"] = Quantity(random.Next(1_000_000)),
        ["transactionHash"] = Hash,
        ["transactionIndex"] = "0x0",
        ["blockHash"] = Hash,
        ["logIndex"] = Quantity(random.Next(10)),
        ["removed"] = false,
    };

    private JObject Receipt() => new()
    {
        ["transactionHash"] = Hash,
        ["transactionIndex"] = "0x0",
        ["blockHash"] = Hash,
        ["blockNumber"] = Quantity(random.Next(1_000_000)),
        ["from"] = Address,
        ["to"] = Address,
        ["cumulativeGasUsed"] = "0x5208",
        ["gasUsed"] = "0x5208",
        ["effectiveGasPrice"] = "0x3b9aca00",
        ["contractAddress"] = null,
        ["logs"] = new JArray(Enumerable.Range(0, random.Next(2)).Select(_ => Log())),
        ["logsBloom"] = "0x" + new string('0', 512),
        ["status"] = random.Next(2) == 0 ? "0x1" : "0x0",
        ["type"] = "0x2",
    };

    private JObject FeeHistory()
    {
        var blocks = random.Next(1, 11);
        return new JObject
        {
            ["oldestBlock"] = Quantity(random.Next(1_000_000)),
            ["baseFeePerGas"] = new JArray(Enumerable.Range(0, blocks + 1).Select(_ => (JToken)Quantity(random.Next(1, 1_000_000_000)))),
            ["gasUsedRatio"] = new JArray(Enumerable.Range(0, blocks).Select(_ => (JToken)random.NextDouble())),
            ["reward"] = new JArray(Enumerable.Range(0, blocks).Select(_ => (JToken)new JArray(Quantity(random.Next(1_000_000_000))))),
        };
    }

    /// <summary>MarketLens.healthFactors(keys) output: (uint256[] hfs, bool[] liquidatable, bool[] oracleValid) for 0-4 positions.</summary>
    private string CallOutput(JArray parameters)
    {
        _ = parameters;
        var n = random.Next(5);
        var hfs = Enumerable.Range(0, n).Select(_ => Word(random.Next(int.MaxValue))[2..]).ToList();
        var flags = Enumerable.Range(0, n).Select(_ => Word(random.Next(2))[2..]).ToList();
        var oracle = Enumerable.Range(0, n).Select(_ => Word(random.Next(2))[2..]).ToList();
        var first = 3 * 32;
        var second = first + 32 * (1 + n);
        var third = second + 32 * (1 + n);
        var text = new StringBuilder("0x")
            .Append(Word(first)[2..]).Append(Word(second)[2..]).Append(Word(third)[2..])
            .Append(Word(n)[2..]).Append(string.Concat(hfs))
            .Append(Word(n)[2..]).Append(string.Concat(flags))
            .Append(Word(n)[2..]).Append(string.Concat(oracle));
        return text.ToString();
    }

    /// <summary>Waterfall.waterfallState() output: a static tuple of 31 words (0 or 1 fits every field type).</summary>
    private string WaterfallState() => "0x" + string.Concat(Enumerable.Range(0, WaterfallWords).Select(_ => Word(random.Next(2))[2..]));

    private static string TransactionHashOf(JArray parameters)
    {
        var raw = (string?)parameters.FirstOrDefault() ?? "0x";
        return "0x" + Nethereum.Util.Sha3Keccack.Current.CalculateHashFromHex(raw);
    }

    public static string Quantity(long value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    public static string Word(BigInteger value) => "0x" + value.ToString("x64", CultureInfo.InvariantCulture)[^64..];
}
