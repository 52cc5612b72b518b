using System.Numerics;
using BenchmarkDotNet.Attributes;
using KeeperSuite.Ethereum.Abi;
using KeeperSuite.Ethereum.Signing;

namespace KeeperSuite.Ethereum.Benchmarks;

/// <summary>ABI encode/decode of the keeper's hot calls.</summary>
[MemoryDiagnoser]
public class AbiBenchmarks
{
    private static readonly Address[] Owners = Enumerable.Range(1, 20)
        .Select(i => new Address(Keccak256.HashUtf8($"owner {i}").AsSpan(12))).ToArray();

    private readonly FunctionAbi _liquidateBatch = FunctionAbi.FromSignature(
        "liquidateBatch(uint256,address[],uint256[])", "uint256[]");

    private readonly AbiType[] _positionsType = [AbiType.Parse("(address,uint256,(uint256,uint256,bool)[],string)[]")];

    private object?[] _liquidateArgs = null!;
    private object?[] _positions = null!;
    private byte[] _liquidateCall = null!;
    private byte[] _positionsEncoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _liquidateArgs = [new BigInteger(2), Owners, Owners.Select((_, i) => (object?)new BigInteger(1_000_000 * (i + 1))).ToArray()];
        _liquidateCall = _liquidateBatch.EncodeCall(_liquidateArgs);
        _positions =
        [
            Owners.Take(10).Select((o, i) => (object?)new object?[]
            {
                o, new BigInteger(i) * BigInteger.Pow(10, 18),
                new object?[] { new object?[] { BigInteger.One, new BigInteger(2), true }, new object?[] { new BigInteger(3), new BigInteger(4), false } },
                "position " + i,
            }).ToArray(),
        ];
        _positionsEncoded = AbiEncoder.Encode(_positionsType, _positions);
    }

    /// <summary>liquidateBatch(uint256,address[20],uint256[20]) call data.</summary>
    [Benchmark]
    public byte[] EncodeLiquidateBatch() => _liquidateBatch.EncodeCall(_liquidateArgs);

    /// <summary>Decode the same call data back.</summary>
    [Benchmark]
    public object?[] DecodeLiquidateBatch() => _liquidateBatch.DecodeInput(_liquidateCall);

    /// <summary>10 structs (address, uint256, (uint256,uint256,bool)[2], string).</summary>
    [Benchmark]
    public byte[] EncodeNestedTuples() => AbiEncoder.Encode(_positionsType, _positions);

    /// <summary>Decode the nested tuples.</summary>
    [Benchmark]
    public object?[] DecodeNestedTuples() => AbiDecoder.Decode(_positionsType, _positionsEncoded);
}

/// <summary>Keccak-256 and transaction signing.</summary>
[MemoryDiagnoser]
public class CryptoBenchmarks
{
    private readonly byte[] _small = new byte[64];
    private readonly byte[] _large = new byte[4096];
    private EthECKey _key = null!;
    private Eip1559Transaction _transaction = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = EthECKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var call = FunctionAbi.FromSignature("liquidate(uint256,address,uint256)")
            .EncodeCall(BigInteger.One, _key.Address, new BigInteger(1_000_000));
        _transaction = new Eip1559Transaction(31337, 7, 1_000_000_000, 30_000_000_000, 500_000, _key.Address, 0, call);
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    /// <summary>Keccak-256 of 64 bytes (a mapping slot, an uncompressed public key).</summary>
    [Benchmark]
    public byte[] Keccak64Bytes() => Keccak256.Hash(_small);

    /// <summary>Keccak-256 of 4 KiB.</summary>
    [Benchmark]
    public byte[] Keccak4KiB() => Keccak256.Hash(_large);

    /// <summary>Sign an EIP-1559 liquidation transaction (RLP + Keccak + RFC 6979 ECDSA).</summary>
    [Benchmark]
    public SignedTransaction SignEip1559() => TransactionSigner.Sign(_transaction, _key);
}
