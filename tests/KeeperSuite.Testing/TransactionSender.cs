using System.Numerics;
using KeeperSuite.Ethereum;
using KeeperSuite.Ethereum.JsonRpc;
using KeeperSuite.Ethereum.Signing;

namespace KeeperSuite.Testing;

/// <summary>Signs EIP-1559 transactions with one key (nonce, gas and fees from the node) and waits for receipts.</summary>
public sealed class TransactionSender(EthJsonRpcClient client, EthECKey key)
{
    private static readonly TimeSpan ReceiptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReceiptPoll = TimeSpan.FromMilliseconds(50);

    public async Task<SignedTransaction> SignAsync(Address? to, byte[] data, BigInteger value, CancellationToken ct)
    {
        var call = new CallRequest { From = key.Address, To = to, Data = data, Value = value };
        var gas = await client.EstimateGasAsync(call, null, ct);
        var nonce = await client.GetTransactionCountAsync(key.Address, BlockParameter.Pending, ct);
        var tip = await client.MaxPriorityFeePerGasAsync(ct);
        var baseFee = (await client.GetBlockByNumberAsync(BlockParameter.Latest, ct))!.BaseFeePerGas!.Value;
        var transaction = new Eip1559Transaction(
            HardhatChainId, nonce, tip, (baseFee * 2) + tip, gas * 12 / 10, to, value, data);
        return TransactionSigner.Sign(transaction, key);
    }

    public async Task<TransactionReceipt> SendAsync(Address? to, byte[] data, BigInteger value, CancellationToken ct)
    {
        var signed = await SignAsync(to, data, value, ct);
        var hash = await client.SendRawTransactionAsync(signed.Raw, ct);
        if (!string.Equals(signed.HashHex, hash, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"The node answered hash {hash} for a transaction we signed as {signed.HashHex}.");
        return await WaitForReceiptAsync(hash, ct);
    }

    public async Task<TransactionReceipt> WaitForReceiptAsync(string hash, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReceiptTimeout);
        while (true)
        {
            if (await client.GetTransactionReceiptAsync(hash, timeout.Token) is { } receipt)
                return receipt;
            await Task.Delay(ReceiptPoll, timeout.Token);
        }
    }

    private static BigInteger HardhatChainId => HardhatNodeFixture.ChainId;
}
