using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Testing;
using KeeperSuite.Testing.Http;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace KeeperSuite.Core.Tests.Fuzz;

/// <summary>
/// RPC answer fuzz, seed 424242 case 8505 (1,000,000-case run): a healthFactors answer whose first array claimed
/// 0x40144f08 (~10^9) elements in a few hundred bytes kept Nethereum's decoder busy past the 5 s case limit.
/// </summary>
[Collection(RpcAnswerTiming.Name)]
public sealed class AbiOutputBoundsTests
{
    private static string Words(params long[] words) => "0x" + string.Concat(words.Select(w => w.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Arrays_that_fit_their_answer_pass()
    {
        // (uint256[] [7], bool[] [1], bool[] [0]): offsets 0x60, 0xa0, 0xe0.
        var valid = Words(0x60, 0xa0, 0xe0, 1, 7, 1, 1, 1, 0);
        Assert.True(AbiOutputBounds.ArraysFit<HealthFactorsOutputDTO>(valid));
        Assert.Equal(7, (int)new HealthFactorsOutputDTO().DecodeOutput(valid).Hfs[0]);
    }

    [Theory]
    [InlineData(0x40144f08L, 0xa0L)] // the fuzz case: a huge length
    [InlineData(1L, 0x10000L)]       // an offset past the end
    public void An_array_longer_than_its_answer_is_refused_before_decoding(long firstLength, long secondOffset)
    {
        var broken = Words(0x60, secondOffset, 0xe0, firstLength, 7, 1, 1, 1, 0);
        Assert.False(AbiOutputBounds.ArraysFit<HealthFactorsOutputDTO>(broken));
    }

    [Fact]
    public async Task A_single_read_refuses_an_array_longer_than_its_answer_before_decoding()
    {
        // The scanner's collaterals() read (a tuple[]) goes through ContractReads, not BatchCaller: the same guard holds.
        await using var server = new ScriptedHttpServer();
        server.Responder = body =>
        {
            var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetRawText();
            var result = Words(0x20, 0x40144f08L, 1, 2, 3);
            return new Reply(200, "application/json", Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":\"{result}\"}}"));
        };
        using var host = RpcTestHost.Create([server.Url]);
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<RpcResultFormatException>(() => host.Web3().Eth.QueryAsync<CollateralsFunction, CollateralsOutputDTO>(
            new CollateralsFunction(), "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", BlockParameter.CreateLatest()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"refused after {clock.Elapsed.TotalSeconds:F1} s");
    }
}
