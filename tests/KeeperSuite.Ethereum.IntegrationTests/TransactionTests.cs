using System.Numerics;
using KeeperSuite.Contracts.MockERC20;
using KeeperSuite.Contracts.MockERC20.ContractDefinition;
using KeeperSuite.Devnet;
using KeeperSuite.Testing;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>
/// Transactions signed by a Nethereum <see cref="Account"/> and sent through the resilient client to a real hardhat node:
/// transfers, re-sends, a deployed MockERC20 with its events and custom-error reverts, and failover.
/// </summary>
[Collection(SharedHardhatNode.Name)]
public sealed class TransactionTests : IDisposable
{
    private static readonly BigInteger Usdc = 1_000_000; // 6 decimals

    private readonly HardhatNodeFixture _node;
    private readonly RpcTestHost _host;
    private readonly Account _deployer = new(HardhatNodeFixture.Account0PrivateKey, HardhatNodeFixture.ChainId);
    private readonly CancellationTokenSource _testTimeout = new(TimeSpan.FromMinutes(3));

    public TransactionTests(HardhatNodeFixture node)
    {
        _node = node;
        _host = RpcTestHost.Create([node.Url]);
    }

    private Web3 Web3 => _host.Web3(_deployer);

    private CancellationToken Ct => _testTimeout.Token;

    public void Dispose()
    {
        _host.Dispose();
        _testTimeout.Dispose();
    }

    [Fact]
    public async Task An_eip1559_transfer_signed_by_an_account_lands_and_its_receipt_reads_back()
    {
        const string recipient = "0x000000000000000000000000000000000000bEEF";
        var before = await Web3.Eth.GetBalance.SendRequestAsync(recipient);

        var receipt = await Web3.Eth.GetEtherTransferService().TransferEtherAndWaitForReceiptAsync(recipient, 0.01m);

        Assert.True(receipt.Succeeded());
        Assert.True(receipt.From.IsTheSameAddress(_deployer.Address));
        Assert.True(receipt.To.IsTheSameAddress(recipient));
        Assert.Null(receipt.ContractAddress);
        Assert.Equal(21_000, (int)receipt.GasUsed.Value);
        Assert.True(receipt.EffectiveGasPrice.Value > 0);
        Assert.Equal(2, (int)receipt.Type.Value);
        Assert.Empty(receipt.Logs);
        Assert.Equal(before.Value + Web3.Convert.ToWei(0.01m), (await Web3.Eth.GetBalance.SendRequestAsync(recipient)).Value);
        var mined = await Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(receipt.TransactionHash);
        Assert.Equal(receipt.BlockNumber.Value, mined.BlockNumber.Value);
    }

    [Fact]
    public async Task While_a_transaction_is_pending_a_resend_is_recognised_as_already_known()
    {
        await SetAutomineAsync(false);
        try
        {
            var latestNonce = await NonceAsync(BlockParameter.CreateLatest());
            var signed = await SignTransferAsync(HardhatNodeFixture.Account1Address, 1);
            var hash = await _host.Client.SendRawTransactionAsync(signed, Ct);

            Assert.Equal(HashOf(signed), hash);
            Assert.Null(await Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash));
            // Re-sending a transaction still in the mempool: Hardhat answers -32000 "Known transaction: 0x…", a success.
            Assert.Equal(hash, await _host.Client.SendRawTransactionAsync(signed, Ct));
            Assert.Equal(latestNonce + 1, await NonceAsync(BlockParameter.CreatePending()));
            Assert.Equal(latestNonce, await NonceAsync(BlockParameter.CreateLatest()));

            await _host.Client.SendRequestAsync(new RpcRequest(1, "evm_mine"));

            Assert.True((await Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)).Succeeded());
        }
        finally
        {
            await SetAutomineAsync(true);
        }
    }

    [Fact]
    public async Task Sending_the_same_signed_transaction_after_it_was_mined_returns_its_hash_instead_of_failing()
    {
        var signed = await SignTransferAsync(HardhatNodeFixture.Account1Address, 1);
        var first = await Web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(signed);
        await Web3.TransactionReceiptPolling.PollForReceiptAsync(first);

        // Hardhat now answers "Transaction nonce too low"; the lookup proves this very transaction spent the nonce.
        Assert.Equal(first, await _host.Client.SendRawTransactionAsync(signed, Ct));
    }

    [Fact]
    public async Task A_different_transaction_reusing_a_spent_nonce_is_rejected_with_the_nodes_error()
    {
        var nonce = await NonceAsync(BlockParameter.CreatePending());
        var first = await SignTransferAsync(HardhatNodeFixture.Account1Address, 1, nonce);
        await Web3.TransactionReceiptPolling.PollForReceiptAsync(await _host.Client.SendRawTransactionAsync(first, Ct));
        var conflicting = await SignTransferAsync(HardhatNodeFixture.Account1Address, 2, nonce);

        var e = await Assert.ThrowsAsync<RpcResponseException>(() => _host.Client.SendRawTransactionAsync(conflicting, Ct));
        Assert.Contains("nonce", e.RpcError.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_send_goes_past_a_dead_first_endpoint_to_the_node()
    {
        using var host = RpcTestHost.Create([new Uri($"http://127.0.0.1:{FreePort.Next()}/"), _node.Url], ("RetryCount", "0"));

        var receipt = await host.Web3(_deployer).Eth.GetEtherTransferService()
            .TransferEtherAndWaitForReceiptAsync(HardhatNodeFixture.Account1Address, 0.001m);

        Assert.True(receipt.Succeeded());
    }

    [Fact]
    public async Task MockERC20_deploys_mints_transfers_emits_typed_events_and_reverts_with_a_typed_custom_error()
    {
        var (bytecode, _) = await HardhatProject.ReadArtifactAsync("contracts/mocks/MockERC20.sol", "MockERC20", Ct);
        const string holder = HardhatNodeFixture.Account1Address;

        var token = await MockERC20Service.DeployContractAndGetServiceAsync(
            Web3, new MockERC20Deployment(bytecode) { Name = "Mock USD", Symbol = "mUSD", Decimals = 6 });
        Assert.NotEqual("0x", await Web3.Eth.GetCode.SendRequestAsync(token.ContractAddress));
        var deployedAt = await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync();

        var mint = await token.MintRequestAndWaitForReceiptAsync(_deployer.Address, 1_000 * Usdc);
        var transfer = await token.TransferRequestAndWaitForReceiptAsync(holder, 250 * Usdc);
        Assert.True(mint.Succeeded() && transfer.Succeeded());
        Assert.Equal(250 * Usdc, await token.BalanceOfQueryAsync(holder));

        // eth_getLogs over the range, decoded into the generated event DTO.
        var transfers = Web3.Eth.GetEvent<TransferEventDTO>(token.ContractAddress);
        var logs = await transfers.GetAllChangesAsync(transfers.CreateFilterInput(new BlockParameter(deployedAt), BlockParameter.CreateLatest()));
        Assert.Equal(2, logs.Count);
        Assert.True(logs[0].Event.From.IsTheSameAddress(AddressUtil.ZERO_ADDRESS));
        Assert.Equal(1_000 * Usdc, logs[0].Event.Value);
        Assert.True(logs[1].Event.To.IsTheSameAddress(holder));
        Assert.Equal(transfer.TransactionHash, logs[1].Log.TransactionHash);
        Assert.Equal(250 * Usdc, Assert.Single(transfer.DecodeAllEvents<TransferEventDTO>()).Event.Value);

        // A topic filter on the indexed "to": only the transfer to the holder.
        var toHolder = await transfers.GetAllChangesAsync(transfers.CreateFilterInput<object, string>(
            null!, holder, new BlockParameter(deployedAt), BlockParameter.CreateLatest()));
        Assert.Equal(transfer.TransactionHash, Assert.Single(toHolder).Log.TransactionHash);

        // Overdrawing reverts with OZ's ERC20InsufficientBalance(sender, balance, needed), from eth_call and gas estimation alike.
        var overdraw = new TransferFunction { To = _deployer.Address, Value = 300 * Usdc, FromAddress = holder };
        var fromCall = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            Web3.Eth.GetContractQueryHandler<TransferFunction>().QueryAsync<bool>(token.ContractAddress, overdraw));
        var fromEstimate = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() =>
            Web3.Eth.GetContractTransactionHandler<TransferFunction>().EstimateGasAsync(token.ContractAddress, overdraw));
        foreach (var revert in new[] { fromCall, fromEstimate })
        {
            var error = revert.DecodeError<ERC20InsufficientBalanceError>();
            Assert.True(error.Sender.IsTheSameAddress(holder));
            Assert.Equal((250 * Usdc, 300 * Usdc), (error.Balance, error.Needed));
        }
    }

    private async Task<string> SignTransferAsync(string to, BigInteger wei, BigInteger? nonce = null)
    {
        var input = new TransactionInput { From = _deployer.Address, To = to, Value = new HexBigInteger(wei) };
        if (nonce is { } n)
            input.Nonce = new HexBigInteger(n);
        return (await Web3.TransactionManager.SignTransactionAsync(input)).EnsureHexPrefix();
    }

    private async Task<BigInteger> NonceAsync(BlockParameter block) =>
        (await Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(_deployer.Address, block)).Value;

    private static string HashOf(string signed) => Sha3Keccack.Current.CalculateHash(signed.HexToByteArray()).ToHex(prefix: true);

    private Task SetAutomineAsync(bool on) => _host.Client.SendRequestAsync(new RpcRequest(1, "evm_setAutomine", on));
}
