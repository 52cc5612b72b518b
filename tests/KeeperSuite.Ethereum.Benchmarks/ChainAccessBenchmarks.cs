using System.Numerics;
using BenchmarkDotNet.Attributes;
using KeeperSuite.Contracts.Market.ContractDefinition;
using KeeperSuite.Testing;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.Model;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.Eth.Transactions;
using Nethereum.Signer;
using Nethereum.Util;

namespace KeeperSuite.Ethereum.Benchmarks;

/// <summary>ABI encode/decode of the keeper's hot call through the generated Nethereum message.</summary>
[MemoryDiagnoser]
public class AbiBenchmarks
{
    private LiquidateBatchFunction _batch = null!;
    private string _callData = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = new LiquidateBatchFunction
        {
            Orders = Enumerable.Range(1, 20).Select(i => new LiquidationOrder
            {
                CollateralId = (uint)(1 + (i % 3)),
                Owner = Sha3Keccack.Current.CalculateHash($"owner {i}")[24..].EnsureHexPrefix(),
                MaxRepay = new BigInteger(1_000_000) * i,
            }).ToList(),
        };
        _callData = _batch.GetCallData().ToHex(prefix: true);
    }

    /// <summary>liquidateBatch((uint32,address,uint256)[20]) call data from the generated message.</summary>
    [Benchmark]
    public byte[] EncodeLiquidateBatch() => _batch.GetCallData();

    /// <summary>Decode the same call data back into the generated message.</summary>
    [Benchmark]
    public LiquidateBatchFunction DecodeLiquidateBatch() =>
        new FunctionCallDecoder().DecodeFunctionInput<LiquidateBatchFunction>(_callData[..10], _callData);
}

/// <summary>EIP-1559 transaction signing with Nethereum.Signer.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private EthECKey _key = null!;
    private Transaction1559 _transaction = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = new EthECKey("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var call = new LiquidateFunction { CollateralId = 1, Owner = _key.GetPublicAddress(), MaxRepay = 1_000_000 }.GetCallData();
        _transaction = new Transaction1559(31337, 7, 1_000_000_000, 30_000_000_000, 500_000, _key.GetPublicAddress(), 0, call.ToHex(prefix: true), null);
    }

    /// <summary>Sign a type-2 liquidation transaction (RLP + Keccak + ECDSA) and encode it raw.</summary>
    [Benchmark]
    public string SignEip1559()
    {
        var transaction = new Transaction1559(_transaction.ChainId, _transaction.Nonce, _transaction.MaxPriorityFeePerGas, _transaction.MaxFeePerGas,
            _transaction.GasLimit, _transaction.ReceiverAddress, _transaction.Amount, _transaction.Data, null);
        new Transaction1559Signer().SignTransaction(_key, transaction);
        return transaction.GetRLPEncoded().ToHex();
    }
}

/// <summary>
/// One JSON-RPC batch of 100 eth_calls (the identity precompile, so every answer is distinct) to a local hardhat node:
/// our resilient client against Nethereum's plain RpcClient.
/// </summary>
// BenchmarkDotNet rejects sealed classes and stops the node through [GlobalCleanup], not IDisposable.
#pragma warning disable CA1001
[MemoryDiagnoser]
public class RpcBatchBenchmarks
#pragma warning restore CA1001
{
    private readonly HardhatNodeFixture _node = new();
    private RpcTestHost _host = null!;
    private RpcClient _plain = null!;
    private CallInput[] _calls = null!;

    [GlobalSetup]
    public void Setup()
    {
        _node.InitializeAsync().GetAwaiter().GetResult();
        _host = RpcTestHost.Create([_node.Url]);
        _plain = new RpcClient(_node.Url);
        _calls = Enumerable.Range(0, 100)
            .Select(i => new CallInput { To = "0x0000000000000000000000000000000000000004", Data = $"0x{i:x64}" }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        _node.DisposeAsync().GetAwaiter().GetResult();
    }

    /// <summary>100 eth_calls in one batch through ResilientRpcClient (Polly pipeline, id pairing).</summary>
    [Benchmark]
    public Task<List<string>> ResilientClient() => new EthCall(_host.Client).SendBatchRequestAsync(_calls, BlockParameter.CreateLatest());

    /// <summary>The same batch through Nethereum's RpcClient.</summary>
    [Benchmark(Baseline = true)]
    public Task<List<string>> NethereumRpcClient() => new EthCall(_plain).SendBatchRequestAsync(_calls, BlockParameter.CreateLatest());
}
