using KeeperSuite.Testing;
using Microsoft.Extensions.Options;

namespace KeeperSuite.Ethereum.Tests.JsonRpc;

/// <summary>Bad "Rpc" configuration fails at start-up with a message naming the key to fix.</summary>
public sealed class RpcOptionsTests
{
    [Fact]
    public void No_endpoint_is_rejected_with_a_message_that_says_what_to_fix()
    {
        var e = Assert.Throws<OptionsValidationException>(() => RpcTestHost.Create([]));
        Assert.Contains("Rpc:Endpoints must contain at least one absolute http(s) URL", e.Message);
    }

    [Theory]
    [InlineData("Endpoints:0", "ftp://example.org", "Rpc:Endpoints:0 must be an absolute http(s) URL")]
    [InlineData("Endpoints:0", "localhost:8545", "Rpc:Endpoints:0 must be an absolute http(s) URL")]
    [InlineData("AttemptTimeout", "00:00:00", "Rpc:AttemptTimeout must be between")]
    [InlineData("RetryCount", "-1", "Rpc:RetryCount must be between 0 and")]
    [InlineData("BreakerFailureRatio", "1.5", "Rpc:BreakerFailureRatio must be greater than 0 and at most 1")]
    [InlineData("BreakerMinimumThroughput", "1", "Rpc:BreakerMinimumThroughput must be at least 2")]
    [InlineData("BreakerBreakDuration", "00:00:00.100", "Rpc:BreakerBreakDuration must be at least")]
    [InlineData("MaxBackoff", "00:00:00.001", "Rpc:MaxBackoff must be at least Rpc:BackoffBase")]
    [InlineData("SendRawTransactionAttempts", "0", "Rpc:SendRawTransactionAttempts must be between 1 and")]
    [InlineData("MaxResponseBytes", "100", "Rpc:MaxResponseBytes must be at least 1024")]
    public void Each_bad_setting_is_named(string key, string value, string expected)
    {
        var e = Assert.Throws<OptionsValidationException>(() => RpcTestHost.Create([new Uri("http://127.0.0.1:8545/")], (key, value)));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Duplicate_endpoints_are_rejected()
    {
        var url = new Uri("http://127.0.0.1:8545/");
        var e = Assert.Throws<OptionsValidationException>(() => RpcTestHost.Create([url, url]));
        Assert.Contains("Rpc:Endpoints:0 and Rpc:Endpoints:1 are the same URL", e.Message);
    }

    [Fact]
    public void An_endpoint_url_never_appears_in_a_validation_message_because_it_may_hold_an_api_key()
    {
        var e = Assert.Throws<OptionsValidationException>(() =>
            RpcTestHost.Create([new Uri("http://127.0.0.1:8545/")], ("Endpoints:1", "wss://node.example/v3/SECRETKEY")));
        Assert.DoesNotContain("SECRETKEY", e.Message);
        Assert.Contains("Rpc:Endpoints:1", e.Message);
    }
}
