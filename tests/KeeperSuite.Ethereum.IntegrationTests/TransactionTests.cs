using System.Numerics;
using KeeperSuite.Ethereum.Abi;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Ethereum.Signing;
using KeeperSuite.Testing;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>Signed transactions, a deployed MockERC20, its events and custom-error reverts, on a real hardhat node.</summary>
[Collection(SharedHardhatNode.Name)]
public sealed class TransactionTests : IDisposable
{
    private static readonly BigInteger OneEther = BigInteger.Pow(10, 18);
    private static readonly BigInteger Usdc = 1_000_000; // 6 decimals

    private readonly RpcTestHost _host;
    private readonly EthECKey _deployer = EthECKey.FromHex(HardhatNodeFixture.Account0PrivateKey);
    private readonly TransactionSender _sender;
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromMinutes(3));

    public TransactionTests(HardhatNodeFixture node)
    {
        _host = RpcTestHost.Create([node.Url]);
        _sender = new TransactionSender(_host.Client, _deployer);
    }

    private EthJsonRpcClient Client => _host.Client;

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose()
    {
        _host.Dispose();
        _deployer.Dispose();
        _testTimeout.Dispose();
    }

    [Fact]
    public async Task A_signed_1559_transfer_lands_and_its_receipt_reads_back()
    {
        var recipient = Address.Parse("0x000000000000000000000000000000000000beef");
        var before = await Client.GetBalanceAsync(recipient, null, Ct);

        var receipt = await _sender.SendAsync(recipient, [], OneEther / 100, Ct);

        Assert.True(receipt.Succeeded);
        Assert.Equal(_deployer.Address, receipt.From);
        Assert.Equal(recipient, receipt.To);
        Assert.Null(receipt.ContractAddress);
        Assert.Equal(21_000, receipt.GasUsed);
        Assert.True(receipt.EffectiveGasPrice > 0);
        Assert.Equal(2UL, receipt.Type);
        Assert.Empty(receipt.Logs);
        Assert.Equal(before + (OneEther / 100), await Client.GetBalanceAsync(recipient, null, Ct));
        var mined = await Client.GetTransactionByHashAsync(receipt.TransactionHash, Ct);
        Assert.Equal(receipt.BlockNumber, mined!.BlockNumber);
    }

    [Fact]
    public async Task While_a_transaction_is_pending_its_receipt_is_null_and_the_pending_nonce_counts_it()
    {
        await SetAutomineAsync(false);
        try
        {
            var latestNonce = await Client.GetTransactionCountAsync(_deployer.Address, BlockParameter.Latest, Ct);
            var signed = await _sender.SignAsync(HardhatNodeFixture.Account1Address, [], 1, Ct);
            var hash = await Client.SendRawTransactionAsync(signed.Raw, Ct);

            Assert.Null(await Client.GetTransactionReceiptAsync(hash, Ct));
            // Re-sending a transaction still in the mempool: Hardhat answers -32000 "Known transaction: 0x…", a success.
            Assert.Equal(hash, await Client.SendRawTransactionAsync(signed.Raw, Ct));
            Assert.Null((await Client.GetTransactionByHashAsync(hash, Ct))!.BlockNumber);
            Assert.Equal(latestNonce + 1, await Client.GetTransactionCountAsync(_deployer.Address, BlockParameter.Pending, Ct));
            Assert.Equal(latestNonce, await Client.GetTransactionCountAsync(_deployer.Address, BlockParameter.Latest, Ct));

            await Client.SendAsync(new RpcCall<string>(new RpcRequest("evm_mine"), r => r.GetRawText()), Ct);

            Assert.True((await Client.GetTransactionReceiptAsync(hash, Ct))!.Succeeded);
        }
        finally
        {
            await SetAutomineAsync(true);
        }
    }

    [Fact]
    public async Task Sending_the_same_signed_transaction_again_returns_its_hash_instead_of_failing()
    {
        var signed = await _sender.SignAsync(HardhatNodeFixture.Account1Address, [], 1, Ct);
        var first = await Client.SendRawTransactionAsync(signed.Raw, Ct);
        await _sender.WaitForReceiptAsync(first, Ct);

        // Hardhat now answers "Transaction nonce too low"; the lookup proves this very transaction spent the nonce.
        Assert.Equal(signed.HashHex, await Client.SendRawTransactionAsync(signed.Raw, Ct));
    }

    [Fact]
    public async Task A_different_transaction_reusing_a_spent_nonce_is_rejected_with_the_nodes_error()
    {
        var first = await _sender.SignAsync(HardhatNodeFixture.Account1Address, [], 1, Ct);
        await _sender.WaitForReceiptAsync(await Client.SendRawTransactionAsync(first.Raw, Ct), Ct);
        var (tx, _) = await ReSignWithValueAsync(first, 2);

        var e = await Assert.ThrowsAsync<RpcErrorException>(() => Client.SendRawTransactionAsync(tx.Raw, Ct));
        Assert.Contains("nonce", e.RpcMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MockERC20_deploys_mints_transfers_emits_decodable_events_and_reverts_with_a_decodable_custom_error()
    {
        var (bytecode, abiJson) = await HardhatProject.ReadArtifactAsync("contracts/mocks/MockERC20.sol", "MockERC20", Ct);
        var abi = ContractAbi.FromJson(abiJson);
        var holder = HardhatNodeFixture.Account1Address;

        // Deploy with a signed transaction (to = null): init code ‖ abi.encode(name, symbol, decimals).
        var initCode = Hex.Decode(bytecode).Concat(AbiEncoder.Encode(["string", "string", "uint8"], "Mock USD", "mUSD", 6)).ToArray();
        var deployment = await _sender.SendAsync(null, initCode, 0, Ct);
        Assert.True(deployment.Succeeded);
        var token = deployment.ContractAddress!.Value;
        Assert.NotEmpty(await Client.GetCodeAsync(token, null, Ct));

        var mint = await _sender.SendAsync(token, abi.GetFunction("mint").EncodeCall(_deployer.Address, 1_000 * Usdc), 0, Ct);
        var transfer = await _sender.SendAsync(token, abi.GetFunction("transfer").EncodeCall(holder, 250 * Usdc), 0, Ct);
        Assert.True(mint.Succeeded && transfer.Succeeded);

        // eth_call reads state.
        var balanceOf = abi.GetFunction("balanceOf");
        var balance = balanceOf.DecodeOutput(await Client.CallAsync(new CallRequest { To = token, Data = balanceOf.EncodeCall(holder) }, null, Ct));
        Assert.Equal(250 * Usdc, (BigInteger)balance[0]!);

        // eth_getLogs over the deployment..transfer range, filtered by address and Transfer topic.
        var transferEvent = abi.GetEvent("Transfer");
        var logs = await Client.GetLogsAsync(
            new LogFilter
            {
                FromBlock = BlockParameter.FromNumber(deployment.BlockNumber),
                ToBlock = BlockParameter.FromNumber(transfer.BlockNumber),
                Addresses = [token],
                Topics = [[transferEvent.Topic0Hex]],
            },
            Ct);
        Assert.Equal(2, logs.Count);
        var minted = transferEvent.Decode(logs[0].Topics.Select(Hex.Decode).ToArray(), logs[0].Data.Span);
        var moved = transferEvent.Decode(logs[1].Topics.Select(Hex.Decode).ToArray(), logs[1].Data.Span);
        Assert.Equal(Address.Zero, minted["from"]);
        Assert.Equal(_deployer.Address, minted["to"]);
        Assert.Equal(1_000 * Usdc, (BigInteger)minted["value"]!);
        Assert.Equal(_deployer.Address, moved["from"]);
        Assert.Equal(holder, moved["to"]);
        Assert.Equal(250 * Usdc, (BigInteger)moved["value"]!);
        Assert.Equal(transfer.TransactionHash, logs[1].TransactionHash);
        var receiptLog = Assert.Single(transfer.Logs);
        Assert.Equal(logs[1].LogIndex, receiptLog.LogIndex);
        Assert.Equal(logs[1].Topics, receiptLog.Topics);
        Assert.Equal(logs[1].Data.ToArray(), receiptLog.Data.ToArray());

        // Topic filters: null = any at that position, a list = OR.
        var toHolderOrNobody = await Client.GetLogsAsync(
            new LogFilter
            {
                FromBlock = BlockParameter.FromNumber(deployment.BlockNumber),
                ToBlock = BlockParameter.Latest,
                Addresses = [token, HardhatNodeFixture.Account0Address],
                Topics = [[transferEvent.Topic0Hex], null, [Topic(holder), Topic(Address.Parse("0x000000000000000000000000000000000000dead"))]],
            },
            Ct);
        Assert.Equal(transfer.TransactionHash, Assert.Single(toHolderOrNobody).TransactionHash);

        // Transferring more than the balance reverts with OZ's ERC20InsufficientBalance(sender, balance, needed),
        // from eth_call and from eth_estimateGas alike.
        var overdraw = new CallRequest { From = holder, To = token, Data = abi.GetFunction("transfer").EncodeCall(_deployer.Address, 300 * Usdc) };
        var fromCall = await Assert.ThrowsAsync<RpcErrorException>(() => Client.CallAsync(overdraw, null, Ct));
        var fromEstimate = await Assert.ThrowsAsync<RpcErrorException>(() => Client.EstimateGasAsync(overdraw, null, Ct));
        foreach (var revert in new[] { fromCall, fromEstimate })
        {
            Assert.NotNull(revert.RevertDataHex);
            var reason = Assert.IsType<RevertCustomError>(RevertDecoder.Decode(revert.GetRevertData(), abi));
            Assert.Equal("ERC20InsufficientBalance", reason.Name);
            Assert.Equal(holder, reason.NamedArguments["sender"]);
            Assert.Equal(250 * Usdc, (BigInteger)reason.NamedArguments["balance"]!);
            Assert.Equal(300 * Usdc, (BigInteger)reason.NamedArguments["needed"]!);
        }
    }

    private Task<string> SetAutomineAsync(bool on) =>
        Client.SendAsync(new RpcCall<string>(new RpcRequest("evm_setAutomine", [on]), r => r.GetRawText()), CancellationToken.None);

    private static string Topic(Address address) => Hex.Encode([.. new byte[12], .. address.ToArray()]);

    private async Task<(SignedTransaction Tx, Eip1559Transaction Unsigned)> ReSignWithValueAsync(SignedTransaction spent, BigInteger value)
    {
        var info = await Client.GetTransactionByHashAsync(spent.HashHex, Ct);
        var tip = await Client.MaxPriorityFeePerGasAsync(Ct);
        var baseFee = (await Client.GetBlockByNumberAsync(BlockParameter.Latest, Ct))!.BaseFeePerGas!.Value;
        var unsigned = new Eip1559Transaction(HardhatNodeFixture.ChainId, info!.Nonce, tip, (baseFee * 2) + tip, 21_000, info.To, value, []);
        return (TransactionSigner.Sign(unsigned, _deployer), unsigned);
    }
}
