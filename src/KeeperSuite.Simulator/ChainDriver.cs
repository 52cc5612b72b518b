using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.NonceServices;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Agg = KeeperSuite.Contracts.MockAggregator.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>
/// The simulation's hand on the chain: posts oracle answers as the feeds' owner (the deployer), moves time and mines.
/// Automine is off while the scenario runs, so each block holds exactly what was sent since the last one.
/// </summary>
public sealed class ChainDriver
{
    private readonly Web3 _admin;
    private readonly IReadOnlyList<(string Feed, BigInteger Initial)> _feeds;

    private ChainDriver(Web3 admin, IReadOnlyList<(string, BigInteger)> feeds)
    {
        _admin = admin;
        _feeds = feeds;
    }

    public Web3 Admin => _admin;

    /// <summary>The local DEX and its arbitrageur, when the deployment has one (<see cref="AttachDexAsync"/>): every price post is followed by arbitrage.</summary>
    public SimulationDex? Dex { get; private set; }

    /// <summary>
    /// Attaches the deployments file's DEX (none recorded: nothing happens and seized collateral stays valued at the
    /// oracle price), thins its pools to <paramref name="depth"/> when given, and funds the arbitrageur. Automine on.
    /// </summary>
    public async Task<SimulationDex?> AttachDexAsync(Uri url, Deployment deployment, string deploymentsFile, EthECKey arbitrageurKey, double? depth, CancellationToken cancellationToken)
    {
        Dex = SimulationDex.Load(_admin, url, deployment, deploymentsFile, arbitrageurKey);
        if (Dex is null)
            return null;
        if (depth is { } d)
            await Dex.SetDepthAsync(d, cancellationToken);
        await Dex.PrepareAsync(cancellationToken);
        return Dex;
    }

    public static async Task<ChainDriver> ConnectAsync(Uri url, Deployment deployment)
    {
        var account = new Account(SimulationAccounts.DeployerKey, deployment.ChainId);
        var client = new RpcClient(url);
        // Pending txs of one block share the deployer: count nonces locally instead of asking the node each time.
        account.NonceService = new InMemoryNonceService(account.Address, client);
        var web3 = new Web3(account, client);
        web3.TransactionManager.UseLegacyAsDefault = false;
        var feeds = new List<(string, BigInteger)>();
        foreach (var c in deployment.Collaterals)
        {
            var feed = c.Aggregator ?? throw new SimulationException($"collateral {c.Symbol} has no mock aggregator in the deployments file");
            var round = await web3.Eth.GetContractQueryHandler<Agg.LatestRoundDataFunction>()
                .QueryDeserializingToObjectAsync<Agg.LatestRoundDataOutputDTO>(new Agg.LatestRoundDataFunction(), feed);
            feeds.Add((feed, round.ReturnValue2));
        }
        return new ChainDriver(web3, feeds);
    }

    /// <summary>Sends a new answer to every feed (pending until the next mine): the path's multiplier of the deployed price.
    /// Re-posted every block, so the answers stay fresh however far time jumps. With a DEX attached, the arbitrage
    /// that brings each pool to the new price follows in the same block (<see cref="SimulationDex.ArbitrageAsync"/>).</summary>
    public async Task PostPricesAsync(double[] multipliers, CancellationToken cancellationToken)
    {
        var handler = _admin.Eth.GetContractTransactionHandler<Agg.SetAnswerFunction>();
        var answers = new BigInteger[_feeds.Count];
        for (var i = 0; i < _feeds.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answer = BigInteger.Max(_feeds[i].Initial * new BigInteger(Math.Round(multipliers[i] * 1_000_000)) / 1_000_000, BigInteger.One);
            answers[i] = answer;
            // Feeds pay through congestion (as Chainlink's did on Black Thursday), so prices keep moving. Their tip
            // outbids every other sender's, so the block's price is set before anything else in it runs: the keeper's
            // liquidation sent after the previous block lands in this one, and when a block jumps days (slow-bleed)
            // a price posted after it would leave it reading an answer days stale (OracleInvalid).
            await handler.SendRequestAsync(_feeds[i].Feed, new Agg.SetAnswerFunction
            {
                Answer = answer,
                Gas = 400_000,
                MaxFeePerGas = UrgentMaxFee,
                MaxPriorityFeePerGas = FeedTip,
            });
        }
        if (Dex is not null)
            await Dex.ArbitrageAsync(answers, _feeds.Select(f => f.Initial).ToList(), cancellationToken);
    }

    /// <summary>The feeds' tip (wei): above any keeper's or bidder's cap, so price updates come first in their block.</summary>
    public static readonly BigInteger FeedTip = BigInteger.Pow(10, 9) * 500;

    /// <summary>A fee cap that clears any congestion a scenario makes (wei).</summary>
    public static readonly BigInteger UrgentMaxFee = BigInteger.Pow(10, 9) * 2_000;

    /// <summary>Makes the next block congested: its base fee is <paramref name="baseFee"/> wei.</summary>
    public Task CongestNextBlockAsync(BigInteger baseFee) => Rpc<object>("hardhat_setNextBlockBaseFeePerGas", new HexBigInteger(baseFee).HexValue);

    public Task SetAutomineAsync(bool on) => Rpc<object>("evm_setAutomine", on);

    public Task IncreaseTimeAsync(long seconds) => Rpc<object>("evm_increaseTime", seconds);

    public async Task<ulong> MineAsync()
    {
        await Rpc<object>("evm_mine");
        return (ulong)(await _admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
    }

    public async Task<ulong> BlockNumberAsync() => (ulong)(await _admin.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public async Task<ulong> TimestampAsync() =>
        (ulong)(await _admin.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest())).Timestamp.Value;

    /// <summary>Books the pool's pending interest (automine on: mined at once), so views and events agree to the unit.</summary>
    public async Task AccrueAsync(Deployment deployment) =>
        await _admin.Eth.GetContractTransactionHandler<Pool.AccrueInterestFunction>().SendRequestAndWaitForReceiptAsync(deployment.Pool, new Pool.AccrueInterestFunction());

    /// <summary>When the last recovery now locked in the pool has unlocked (0 when none is).</summary>
    public async Task<ulong> RecoveryUnlockEndAsync(Deployment deployment) =>
        (ulong)await _admin.Eth.GetContractQueryHandler<Pool.RecoveryUnlockEndFunction>().QueryAsync<BigInteger>(deployment.Pool, new Pool.RecoveryUnlockEndFunction());

    public async Task<BlockWithTransactionHashes> BlockAsync(ulong number) =>
        await _admin.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(number));

    private Task<T> Rpc<T>(string method, params object[] parameters) =>
        _admin.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString("N"), method, parameters));
}
