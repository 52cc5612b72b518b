using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.Web3;
using Fund = KeeperSuite.Contracts.InsuranceFund.ContractDefinition;
using Pool = KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Simulator;

/// <summary>The pool and fund views the report compares before and after (base units; share price per whole share).</summary>
public sealed record PoolSnapshot(BigInteger FundBalance, BigInteger AssetsPerShare, BigInteger ShareUnit, BigInteger TotalSupply, BigInteger TotalAssets, BigInteger Reserves, BigInteger LockedRecovery, ulong Block)
{
    /// <summary>Assets per whole share in whole debt-asset units (the series the report plots).</summary>
    public static async Task<decimal> SharePriceAsync(Web3 web3, Deployment deployment, BigInteger unit)
    {
        var decimals = await web3.Eth.GetContractQueryHandler<Pool.DecimalsFunction>().QueryAsync<byte>(deployment.Pool, new Pool.DecimalsFunction());
        var perShare = await web3.Eth.GetContractQueryHandler<Pool.ConvertToAssetsFunction>()
            .QueryAsync<BigInteger>(deployment.Pool, new Pool.ConvertToAssetsFunction { Shares = BigInteger.Pow(10, decimals) });
        return (decimal)perShare / (decimal)unit;
    }

    public static async Task<PoolSnapshot> ReadAsync(Web3 web3, Deployment deployment)
    {
        var block = (ulong)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var fund = await web3.Eth.GetContractQueryHandler<Fund.BalanceFunction>().QueryAsync<BigInteger>(deployment.Fund, new Fund.BalanceFunction());
        var decimals = await web3.Eth.GetContractQueryHandler<Pool.DecimalsFunction>().QueryAsync<byte>(deployment.Pool, new Pool.DecimalsFunction());
        var shareUnit = BigInteger.Pow(10, decimals);
        var perShare = await web3.Eth.GetContractQueryHandler<Pool.ConvertToAssetsFunction>()
            .QueryAsync<BigInteger>(deployment.Pool, new Pool.ConvertToAssetsFunction { Shares = shareUnit });
        var supply = await web3.Eth.GetContractQueryHandler<Pool.TotalSupplyFunction>().QueryAsync<BigInteger>(deployment.Pool, new Pool.TotalSupplyFunction());
        var assets = await web3.Eth.GetContractQueryHandler<Pool.TotalAssetsFunction>().QueryAsync<BigInteger>(deployment.Pool, new Pool.TotalAssetsFunction());
        var reserves = await web3.Eth.GetContractQueryHandler<Pool.ReservesFunction>().QueryAsync<BigInteger>(deployment.Pool, new Pool.ReservesFunction());
        var locked = await web3.Eth.GetContractQueryHandler<Pool.LockedRecoveryFunction>().QueryAsync<BigInteger>(deployment.Pool, new Pool.LockedRecoveryFunction());
        return new PoolSnapshot(fund, perShare, shareUnit, supply, assets, reserves, locked, block);
    }
}
