using System.Globalization;
using System.Numerics;
using System.Text.Json;
using KeeperSuite.Ethereum.Signing;

namespace KeeperSuite.Ethereum.Tests;

public sealed class SigningTests
{
    private static readonly JsonElement Vectors_ = Vectors.Load("transactions.json");

    public static TheoryData<int> Transactions() => new(Enumerable.Range(0, Vectors_.GetProperty("transactions").GetArrayLength()));

    private static BigInteger Big(JsonElement tx, string name) =>
        BigInteger.Parse(tx.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static EthereumTransaction FromJson(JsonElement tx)
    {
        Address? to = tx.GetProperty("to").ValueKind == JsonValueKind.Null ? null : Address.Parse(tx.GetProperty("to").GetString()!);
        var data = Hex.Decode(tx.GetProperty("data").GetString()!);
        if (tx.GetProperty("type").GetInt32() == 0)
            return new LegacyTransaction(Big(tx, "chainId"), Big(tx, "nonce"), Big(tx, "gasPrice"), Big(tx, "gasLimit"), to, Big(tx, "value"), data);
        var accessList = tx.GetProperty("accessList").EnumerateArray()
            .Select(e => new AccessListItem(
                Address.Parse(e.GetProperty("address").GetString()!),
                e.GetProperty("storageKeys").EnumerateArray().Select(k => Hex.Decode(k.GetString()!)).ToArray()))
            .ToArray();
        return new Eip1559Transaction(Big(tx, "chainId"), Big(tx, "nonce"), Big(tx, "maxPriorityFeePerGas"), Big(tx, "maxFeePerGas"),
            Big(tx, "gasLimit"), to, Big(tx, "value"), data, accessList);
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public void Signed_raw_transaction_and_hash_equal_ethers_wallet(int index)
    {
        var vector = Vectors_.GetProperty("transactions")[index];
        using var key = EthECKey.FromHex(vector.GetProperty("privateKey").GetString()!);
        Assert.Equal(vector.GetProperty("address").GetString(), key.Address.ToString());

        var signed = TransactionSigner.Sign(FromJson(vector.GetProperty("tx")), key);

        Assert.Equal(vector.GetProperty("raw").GetString(), signed.RawHex);
        Assert.Equal(vector.GetProperty("hash").GetString(), signed.HashHex);
    }

    [Fact]
    public void Vectors_include_both_types_contract_creation_and_access_lists()
    {
        var txs = Vectors_.GetProperty("transactions").EnumerateArray().Select(v => FromJson(v.GetProperty("tx"))).ToList();
        Assert.Contains(txs, t => t is LegacyTransaction { To: null });
        Assert.Contains(txs, t => t is Eip1559Transaction { To: null });
        Assert.Contains(txs, t => t is Eip1559Transaction { AccessList.Count: > 0 });
        Assert.Contains(txs, t => t is LegacyTransaction { ChainId.IsOne: true });
    }

    [Fact]
    public void Personal_sign_matches_ethers_signMessage()
    {
        foreach (var vector in Vectors_.GetProperty("messages").EnumerateArray())
        {
            using var key = EthECKey.FromHex(vector.GetProperty("privateKey").GetString()!);
            var message = System.Text.Encoding.UTF8.GetBytes(vector.GetProperty("message").GetString()!);
            Assert.Equal(vector.GetProperty("signature").GetString(), Hex.Encode(key.SignMessage(message)));
        }
    }

    [Fact]
    public void Signatures_are_low_s_and_recover_to_the_signer()
    {
        using var key = EthECKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var halfN = BigInteger.Parse("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0", NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        for (var i = 0; i < 64; i++)
        {
            var hash = Keccak256.HashUtf8($"message {i}");
            var signature = key.SignHash(hash);
            Assert.True(signature.S <= halfN, $"s is high for message {i}");
            Assert.InRange(signature.RecoveryId, 0, 1);
            Assert.Equal(key.Address, EthECKey.RecoverAddress(hash, signature));
            Assert.Equal(signature, key.SignHash(hash)); // RFC 6979: deterministic
            Assert.NotEqual(key.Address, EthECKey.RecoverAddress(hash, signature with { RecoveryId = 1 - signature.RecoveryId }));
        }
    }

    [Fact]
    public void The_key_never_shows_in_ToString_and_is_zeroed_on_dispose()
    {
        const string secret = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
        var key = EthECKey.FromHex(secret);
        Assert.DoesNotContain(secret, key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ac0974", key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("redacted", key.ToString(), StringComparison.Ordinal);
        Assert.Contains(key.Address.ToString(), key.ToString(), StringComparison.Ordinal);

        var field = typeof(EthECKey).GetField("_privateKey", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var stored = (byte[])field.GetValue(key)!;
        Assert.Equal(secret, Convert.ToHexStringLower(stored));
        key.Dispose();
        Assert.All(stored, b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => key.SignHash(new byte[32]));
        Assert.Throws<ObjectDisposedException>(() => key.GetPrivateKeyBytes());
    }

    [Theory]
    [InlineData("0x1234")]
    [InlineData("not hex at all, definitely not a key")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    public void Bad_private_keys_are_rejected_without_echoing_them(string bad)
    {
        var e = Assert.Throws<FormatException>(() => EthECKey.FromHex(bad));
        Assert.DoesNotContain(bad.Length > 6 ? bad[2..] : bad, e.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generated_keys_sign_and_recover()
    {
        using var key = EthECKey.Generate();
        var hash = Keccak256.HashUtf8("x");
        Assert.Equal(key.Address, EthECKey.RecoverAddress(hash, key.SignHash(hash)));
    }
}
