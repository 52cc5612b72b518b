using System.Globalization;
using System.Text;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Devnet;
using KeeperSuite.Ethereum.Accounts;
using KeeperSuite.Ethereum.Resilience;
using KeeperSuite.Keeper;
using KeeperSuite.Testing;
using KeeperSuite.Testing.Fuzz;
using Microsoft.Extensions.Configuration;
using Nethereum.Hex.HexTypes;
using Nethereum.KeyStore;
using Nethereum.KeyStore.Model;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Xunit.Abstractions;

namespace KeeperSuite.Keeper.Tests.Fuzz;

/// <summary>
/// Random and mutated inputs for everything the keeper reads from outside: the deployments file, Market logs from a
/// node, command-line settings (parsed, bound, validated) and the keystore. Each may only fail with its documented
/// error type (<see cref="KeeperConfigurationException"/>, a refused binding, <see cref="KeeperKeyException"/>, or
/// null for a log it cannot use); anything else, or a case slower than <see cref="FuzzCases.MaxPerCase"/>, fails the
/// test with the input. <c>FUZZ_CASES=1000000</c> runs the long version (RELIABILITY.md).
/// </summary>
public sealed class KeeperInputFuzzTests(ITestOutputHelper output)
{
    private static readonly string ValidDeployment = """
        {"network":"custom","chainId":31337,"deployBlock":1,
         "contracts":{"LendingPool":{"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},"Market":{"address":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"},
          "MarketLens":{"address":"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"},"DebtAsset":{"address":"0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"},
          "Waterfall":{"address":"0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9"},"InsuranceFund":{"address":"0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"},
          "DebtAuction":{"address":"0x0165878A594ca255338adfa4d48449f69242Eb8F"},"RecoveryToken":{"address":"0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"}},
         "debtAsset":{"symbol":"USDC","decimals":6,"address":"0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"},
         "collaterals":[{"id":1,"symbol":"WETH","decimals":18,"token":"0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6","oracle":"0x8A791620dd6260079BF849Dc5567aDC3F2FdC318","aggregator":"0x610178dA211FEF7D417bC0e6FeD39F05609AD788"}]}
        """;

    private static readonly string[] SettingKeys =
    [
        "Keeper:DeploymentsFile", "Keeper:Confirmations", "Keeper:LogChunkBlocks", "Keeper:ReorgDepth", "Keeper:PollInterval", "Keeper:StaleHeadAfter",
        "Keeper:Shard", "Keeper:Scan:ChunkSize", "Keeper:Scan:ChunksPerBatch", "Keeper:Liquidation:MaxBatchSize", "Keeper:Liquidation:MaxGasPerTransaction",
        "Keeper:Liquidation:MinProfit", "Keeper:Liquidation:RepaySlackBps", "Keeper:Liquidation:NativeTokenPrice", "Keeper:Fees:MaxFeePerGasGwei",
        "Keeper:Fees:BumpPercent", "Keeper:Fees:TipPercentile", "Keeper:Fees:ReplaceAfterBlocks", "Keeper:WriteOff:Enabled", "Keeper:WriteOff:BidBudget",
        "Keeper:Metrics:Url", "Keeper:Metrics:MaxHeadLagBlocks", "Keeper:Signer:KeystoreFile", "Rpc:Endpoints:0", "Rpc:Endpoints:1", "Rpc:AttemptTimeout",
        "Rpc:RetryCount", "Rpc:BackoffBase", "Rpc:MaxBackoff", "Rpc:BreakerFailureRatio", "Rpc:BreakerMinimumThroughput", "Rpc:BreakerBreakDuration",
        "Rpc:SendRawTransactionAttempts", "Keeper:Nope", "Keeper", "Rpc:", "Keeper::Shard",
    ];

    private static readonly string[] SettingValues =
    [
        "0", "1", "-1", "2147483648", "99999999999999999999", "1e3", "0.5", "NaN", "abc", "", " ", "00:00:00", "-00:00:01", "10675199.02:48:05.4775808",
        "00:00:00.001", "1/2", "2/2", "0/0", "-1/3", "true", "maybe", "http://127.0.0.1:8545", "ftp://x", "http://", "not a url", "http://[::1", "\u0000",
        "79228162514264337593543950336", "--", "=",
    ];

    private static int Share(int percent) => Math.Max(1, FuzzCases.Total * percent / 100);

    [Fact]
    public void Deployments_file_mutations_are_refused_only_as_configuration_errors()
    {
        Assert.NotNull(Deployment.Parse(Encoding.UTF8.GetBytes(ValidDeployment), "valid.json"));
        var mutator = new Mutator(FuzzCases.Seed);
        var accepted = 0;
        FuzzCases.Run(Share(30), _ =>
        {
            var input = mutator.Mutate(ValidDeployment);
            try
            {
                Deployment.Parse(Encoding.UTF8.GetBytes(input), "fuzz.json");
                accepted++;
            }
            catch (KeeperConfigurationException e)
            {
                Assert.StartsWith("Keeper:DeploymentsFile:", e.Message, StringComparison.Ordinal);
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message}\ninput: {FuzzCases.Shorten(input)}");
            }
            return input;
        });
        output.WriteLine($"deployments: {Share(30)} cases, {accepted} still valid");
    }

    [Fact]
    public void Random_logs_decode_to_an_event_or_null_and_never_throw()
    {
        var mutator = new Mutator(FuzzCases.Seed + 1);
        var random = mutator.Random;
        var topics = MarketEventDecoder.Topics;
        var decoded = 0;
        FuzzCases.Run(Share(35), _ =>
        {
            var count = random.Next(6);
            var logTopics = new object?[count];
            for (var t = 0; t < count; t++)
                logTopics[t] = random.Next(6) switch
                {
                    0 => topics[random.Next(topics.Count)],
                    1 => null,
                    2 => mutator.RandomHex(40),
                    3 => "0x" + new string('0', 24) + mutator.RandomHex(20)[2..].PadLeft(40, '0'),
                    4 => random.Next(),
                    _ => "0x" + new string('f', 64),
                };
            if (count > 0 && random.Next(2) == 0)
                logTopics[0] = topics[random.Next(topics.Count)];
            var log = new FilterLog
            {
                Topics = random.Next(20) == 0 ? null : logTopics!,
                Data = random.Next(10) == 0 ? null : mutator.RandomHex(200),
                BlockNumber = random.Next(15) == 0 ? null : new HexBigInteger(random.Next()),
                LogIndex = random.Next(15) == 0 ? null : new HexBigInteger(random.Next(1000)),
                Address = mutator.RandomHex(20),
            };
            var description = $"topics [{string.Join(", ", logTopics)}], data {log.Data}";
            try
            {
                if (MarketEventDecoder.Decode(log) is not null)
                    decoded++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message}\nlog: {FuzzCases.Shorten(description)}");
            }
            return description;
        });
        output.WriteLine($"logs: {Share(35)} cases, {decoded} decoded as position events");
    }

    [Fact]
    public void Random_settings_are_parsed_bound_and_validated_or_refused_with_the_key()
    {
        var random = new Random(FuzzCases.Seed + 2);
        var refused = 0;
        FuzzCases.Run(Share(30), caseNumber =>
        {
            var tokens = new List<string>();
            var n = random.Next(6);
            for (var t = 0; t < n; t++)
            {
                var key = SettingKeys[random.Next(SettingKeys.Length)];
                var value = SettingValues[random.Next(SettingValues.Length)];
                switch (random.Next(4))
                {
                    case 0: tokens.Add($"--{key}={value}"); break;
                    case 1: tokens.Add("--" + key); break;
                    case 2: tokens.Add(value); break;
                    default: tokens.AddRange(["--" + key, value]); break;
                }
            }
            var input = string.Join(' ', tokens);
            try
            {
                KnownSettings.CheckCommandLine(tokens);
                var configuration = new ConfigurationBuilder().AddCommandLine([.. tokens]).Build();
                KnownSettings.Check(configuration);
                var keeper = configuration.GetSection(KeeperOptions.Section).Get<KeeperOptions>() ?? new KeeperOptions();
                _ = new KeeperOptionsValidator().Validate(null, keeper);
                var rpc = configuration.GetSection(RpcOptions.SectionName).Get<RpcOptions>() ?? new RpcOptions();
                _ = new RpcOptionsValidator().Validate(null, rpc);
            }
            catch (KeeperConfigurationException)
            {
                refused++;
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
            {
                // What KeeperCommandLine reports as "error: ..." with exit code 2 (the message names the key).
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message}\nsettings: {input}");
            }
            return input;
        });
        output.WriteLine($"settings: {Share(30)} cases, {refused} refused");
    }

    [Fact]
    public async Task Keystore_mutations_are_refused_only_as_key_errors()
    {
        var key = EthECKey.GenerateKey();
        // Cheap scrypt parameters so a case costs microseconds; the file format is the same as a real keystore's.
        var keystore = new KeyStoreScryptService().EncryptAndGenerateKeyStoreAsJson("fuzz-password", key.GetPrivateKeyAsBytes(), key.GetPublicAddress(),
            new ScryptParams { Dklen = 32, N = 16, R = 1, P = 1 });
        var loader = new KeeperAccountLoader(name => name == "FUZZ_PASSWORD" ? "fuzz-password" : null);
        var directory = Directory.CreateTempSubdirectory("keeper-fuzz-");
        var file = Path.Combine(directory.FullName, "key.json");
        var options = new KeeperKeyOptions { KeystoreFile = file, PasswordEnvironmentVariable = "FUZZ_PASSWORD" };
        await File.WriteAllTextAsync(file, keystore);
        Assert.Equal(key.GetPublicAddress(), (await loader.LoadAsync(options, 31337, CancellationToken.None)).Address);
        var mutator = new Mutator(FuzzCases.Seed + 3);
        var cases = Share(5);
        var loaded = 0;
        try
        {
            for (var i = 0; i < cases; i++)
            {
                var input = mutator.Mutate(keystore);
                await File.WriteAllTextAsync(file, input);
                using var limit = new CancellationTokenSource(FuzzCases.MaxPerCase);
                try
                {
                    await loader.LoadAsync(options, 31337, CancellationToken.None).WaitAsync(limit.Token);
                    loaded++;
                }
                catch (KeeperKeyException)
                {
                }
                catch (OperationCanceledException) when (limit.IsCancellationRequested)
                {
                    Assert.Fail($"case {i} did not finish within {FuzzCases.MaxPerCase}: {FuzzCases.Shorten(input)}");
                }
                catch (Exception e)
                {
                    Assert.Fail($"{e.GetType().Name}: {e.Message}\nkeystore: {FuzzCases.Shorten(input)}");
                }
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
        output.WriteLine($"keystore: {cases} cases, {loaded} still loaded");
    }
}
