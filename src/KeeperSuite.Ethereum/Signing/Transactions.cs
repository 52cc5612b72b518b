using System.Numerics;

namespace KeeperSuite.Ethereum.Signing;

/// <summary>An unsigned transaction that <see cref="TransactionSigner"/> can sign.</summary>
public abstract record EthereumTransaction
{
    private protected EthereumTransaction()
    {
    }

    /// <summary>The bytes whose keccak256 is signed.</summary>
    public abstract byte[] GetSigningPayload();

    /// <summary>The raw signed transaction, as eth_sendRawTransaction takes it.</summary>
    public abstract byte[] EncodeSigned(EthECDSASignature signature);

    private protected static RlpItem RecipientItem(Address? to) => to is { } address ? RlpItem.From(address.ToArray()) : RlpItem.From([]);

    private protected static RlpItem DataItem(byte[]? data) => RlpItem.From(data ?? []);
}

/// <summary>A legacy (type 0) transaction signed with EIP-155 replay protection.</summary>
/// <param name="ChainId">Chain id (1 mainnet, 31337 Hardhat).</param>
/// <param name="Nonce">Sender nonce.</param>
/// <param name="GasPrice">Gas price in wei.</param>
/// <param name="GasLimit">Gas limit.</param>
/// <param name="To">Recipient; null creates a contract.</param>
/// <param name="Value">Wei sent.</param>
/// <param name="Data">Call data (empty for a plain transfer).</param>
public sealed record LegacyTransaction(
    BigInteger ChainId,
    BigInteger Nonce,
    BigInteger GasPrice,
    BigInteger GasLimit,
    Address? To,
    BigInteger Value,
    byte[] Data) : EthereumTransaction
{
    /// <summary>rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]) (EIP-155).</summary>
    public override byte[] GetSigningPayload() =>
        Rlp.Encode(RlpItem.List([.. Fields(), RlpItem.From(ChainId), RlpItem.From(BigInteger.Zero), RlpItem.From(BigInteger.Zero)]));

    /// <summary>rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s]) with v = recoveryId + chainId * 2 + 35.</summary>
    public override byte[] EncodeSigned(EthECDSASignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var v = signature.RecoveryId + (ChainId * 2) + 35;
        return Rlp.Encode(RlpItem.List([.. Fields(), RlpItem.From(v), RlpItem.From(signature.R), RlpItem.From(signature.S)]));
    }

    private RlpItem[] Fields() =>
        [RlpItem.From(Nonce), RlpItem.From(GasPrice), RlpItem.From(GasLimit), RecipientItem(To), RlpItem.From(Value), DataItem(Data)];
}

/// <summary>An EIP-1559 (type 2) transaction.</summary>
/// <param name="ChainId">Chain id.</param>
/// <param name="Nonce">Sender nonce.</param>
/// <param name="MaxPriorityFeePerGas">Tip per gas in wei.</param>
/// <param name="MaxFeePerGas">Fee cap per gas in wei.</param>
/// <param name="GasLimit">Gas limit.</param>
/// <param name="To">Recipient; null creates a contract.</param>
/// <param name="Value">Wei sent.</param>
/// <param name="Data">Call data.</param>
/// <param name="AccessList">EIP-2930 access list; null or empty for none.</param>
public sealed record Eip1559Transaction(
    BigInteger ChainId,
    BigInteger Nonce,
    BigInteger MaxPriorityFeePerGas,
    BigInteger MaxFeePerGas,
    BigInteger GasLimit,
    Address? To,
    BigInteger Value,
    byte[] Data,
    IReadOnlyList<AccessListItem>? AccessList = null) : EthereumTransaction
{
    /// <summary>The EIP-2718 transaction type byte.</summary>
    public const byte TransactionType = 0x02;

    /// <summary>0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList]).</summary>
    public override byte[] GetSigningPayload() => [TransactionType, .. Rlp.Encode(RlpItem.List(Fields()))];

    /// <summary>0x02 ‖ rlp([..., accessList, yParity, r, s]).</summary>
    public override byte[] EncodeSigned(EthECDSASignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return [TransactionType, .. Rlp.Encode(RlpItem.List([
            .. Fields(),
            RlpItem.From(signature.RecoveryId),
            RlpItem.From(signature.R),
            RlpItem.From(signature.S)]))];
    }

    private RlpItem[] Fields() =>
    [
        RlpItem.From(ChainId), RlpItem.From(Nonce), RlpItem.From(MaxPriorityFeePerGas), RlpItem.From(MaxFeePerGas),
        RlpItem.From(GasLimit), RecipientItem(To), RlpItem.From(Value), DataItem(Data),
        new RlpList((AccessList ?? []).Select(item => item.ToRlp()).ToArray()),
    ];
}

/// <summary>One EIP-2930 access-list entry.</summary>
/// <param name="Address">The accessed contract.</param>
/// <param name="StorageKeys">32-byte storage slots.</param>
public sealed record AccessListItem(Address Address, IReadOnlyList<byte[]> StorageKeys)
{
    internal RlpList ToRlp()
    {
        foreach (var key in StorageKeys)
        {
            if (key.Length != 32)
                throw new ArgumentException($"An access-list storage key is 32 bytes; got {key.Length}.");
        }
        return RlpItem.List(RlpItem.From(Address.ToArray()), new RlpList(StorageKeys.Select(k => (RlpItem)RlpItem.From(k)).ToArray()));
    }
}

/// <summary>A signed transaction ready for eth_sendRawTransaction.</summary>
/// <param name="Raw">The raw signed bytes.</param>
/// <param name="Hash">keccak256(Raw), the transaction hash.</param>
public sealed record SignedTransaction(byte[] Raw, byte[] Hash)
{
    /// <summary>Raw bytes as 0x-prefixed hex.</summary>
    public string RawHex => Hex.Encode(Raw);

    /// <summary>Hash as 0x-prefixed hex.</summary>
    public string HashHex => Hex.Encode(Hash);
}

/// <summary>Signs transactions (Nethereum: TransactionSigner / SignedTransactionManager).</summary>
public static class TransactionSigner
{
    /// <summary>Signs <paramref name="transaction"/> with <paramref name="key"/>: RFC 6979 nonce, low s.</summary>
    public static SignedTransaction Sign(EthereumTransaction transaction, EthECKey key)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.SignHash(Keccak256.Hash(transaction.GetSigningPayload()));
        if (signature.RecoveryId > 1)
            throw new InvalidOperationException("Signature recovery id above 1 cannot be expressed in a transaction.");
        var raw = transaction.EncodeSigned(signature);
        return new SignedTransaction(raw, Keccak256.Hash(raw));
    }
}
