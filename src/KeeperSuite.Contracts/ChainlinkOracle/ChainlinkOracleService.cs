using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using KeeperSuite.Contracts.ChainlinkOracle.ContractDefinition;

namespace KeeperSuite.Contracts.ChainlinkOracle
{
    public partial class ChainlinkOracleService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, ChainlinkOracleDeployment chainlinkOracleDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<ChainlinkOracleDeployment>().SendRequestAndWaitForReceiptAsync(chainlinkOracleDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, ChainlinkOracleDeployment chainlinkOracleDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<ChainlinkOracleDeployment>().SendRequestAsync(chainlinkOracleDeployment);
        }

        public static async Task<ChainlinkOracleService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, ChainlinkOracleDeployment chainlinkOracleDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, chainlinkOracleDeployment, cancellationTokenSource);
            return new ChainlinkOracleService(web3, receipt.ContractAddress);
        }

        public ChainlinkOracleService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> FeedGasLimitQueryAsync(FeedGasLimitFunction feedGasLimitFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedGasLimitFunction, BigInteger>(feedGasLimitFunction, blockParameter);
        }

        
        public Task<BigInteger> FeedGasLimitQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedGasLimitFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxStalenessBoundQueryAsync(MaxStalenessBoundFunction maxStalenessBoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStalenessBoundFunction, BigInteger>(maxStalenessBoundFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxStalenessBoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStalenessBoundFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinStalenessBoundQueryAsync(MinStalenessBoundFunction minStalenessBoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinStalenessBoundFunction, BigInteger>(minStalenessBoundFunction, blockParameter);
        }

        
        public Task<BigInteger> MinStalenessBoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinStalenessBoundFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> FeedQueryAsync(FeedFunction feedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedFunction, string>(feedFunction, blockParameter);
        }

        
        public Task<string> FeedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedFunction, string>(null, blockParameter);
        }

        public Task<byte> FeedDecimalsQueryAsync(FeedDecimalsFunction feedDecimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedDecimalsFunction, byte>(feedDecimalsFunction, blockParameter);
        }

        
        public Task<byte> FeedDecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeedDecimalsFunction, byte>(null, blockParameter);
        }

        public Task<BigInteger> MaxStalenessQueryAsync(MaxStalenessFunction maxStalenessFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStalenessFunction, BigInteger>(maxStalenessFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxStalenessQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxStalenessFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> PriceQueryAsync(PriceFunction priceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PriceFunction, BigInteger>(priceFunction, blockParameter);
        }

        
        public Task<BigInteger> PriceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PriceFunction, BigInteger>(null, blockParameter);
        }

        public Task<TryPriceOutputDTO> TryPriceQueryAsync(TryPriceFunction tryPriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<TryPriceFunction, TryPriceOutputDTO>(tryPriceFunction, blockParameter);
        }

        public Task<TryPriceOutputDTO> TryPriceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<TryPriceFunction, TryPriceOutputDTO>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(FeedGasLimitFunction),
                typeof(MaxStalenessBoundFunction),
                typeof(MinStalenessBoundFunction),
                typeof(FeedFunction),
                typeof(FeedDecimalsFunction),
                typeof(MaxStalenessFunction),
                typeof(PriceFunction),
                typeof(TryPriceFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {

            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(FeedCallFailedError),
                typeof(FeedDecimalsUnsupportedError),
                typeof(FuturePriceError),
                typeof(IncompleteRoundError),
                typeof(NonPositivePriceError),
                typeof(PriceOutOfRangeError),
                typeof(StalePriceError),
                typeof(StalenessOutOfBoundsError),
                typeof(ZeroFeedError)
            };
        }
    }
}
