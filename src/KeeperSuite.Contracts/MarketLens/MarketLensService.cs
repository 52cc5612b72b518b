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
using KeeperSuite.Contracts.MarketLens.ContractDefinition;

namespace KeeperSuite.Contracts.MarketLens
{
    public partial class MarketLensService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MarketLensDeployment marketLensDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MarketLensDeployment>().SendRequestAndWaitForReceiptAsync(marketLensDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MarketLensDeployment marketLensDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MarketLensDeployment>().SendRequestAsync(marketLensDeployment);
        }

        public static async Task<MarketLensService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MarketLensDeployment marketLensDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, marketLensDeployment, cancellationTokenSource);
            return new MarketLensService(web3, receipt.ContractAddress);
        }

        public MarketLensService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> PositionsSlotQueryAsync(PositionsSlotFunction positionsSlotFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PositionsSlotFunction, BigInteger>(positionsSlotFunction, blockParameter);
        }

        
        public Task<BigInteger> PositionsSlotQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PositionsSlotFunction, BigInteger>(null, blockParameter);
        }

        public Task<AccountOutputDTO> AccountQueryAsync(AccountFunction accountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AccountFunction, AccountOutputDTO>(accountFunction, blockParameter);
        }

        public Task<AccountOutputDTO> AccountQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var accountFunction = new AccountFunction();
                accountFunction.Owner = owner;
            
            return ContractHandler.QueryDeserializingToObjectAsync<AccountFunction, AccountOutputDTO>(accountFunction, blockParameter);
        }

        public Task<CollateralsOutputDTO> CollateralsQueryAsync(CollateralsFunction collateralsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralsFunction, CollateralsOutputDTO>(collateralsFunction, blockParameter);
        }

        public Task<CollateralsOutputDTO> CollateralsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralsFunction, CollateralsOutputDTO>(null, blockParameter);
        }

        public Task<DeficitsOutputDTO> DeficitsQueryAsync(DeficitsFunction deficitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitsFunction, DeficitsOutputDTO>(deficitsFunction, blockParameter);
        }

        public Task<DeficitsOutputDTO> DeficitsQueryAsync(BigInteger from, BigInteger to, BlockParameter blockParameter = null)
        {
            var deficitsFunction = new DeficitsFunction();
                deficitsFunction.From = from;
                deficitsFunction.To = to;
            
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitsFunction, DeficitsOutputDTO>(deficitsFunction, blockParameter);
        }

        public Task<HealthFactorsOutputDTO> HealthFactorsQueryAsync(HealthFactorsFunction healthFactorsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<HealthFactorsFunction, HealthFactorsOutputDTO>(healthFactorsFunction, blockParameter);
        }

        public Task<HealthFactorsOutputDTO> HealthFactorsQueryAsync(List<PositionKey> keys, BlockParameter blockParameter = null)
        {
            var healthFactorsFunction = new HealthFactorsFunction();
                healthFactorsFunction.Keys = keys;
            
            return ContractHandler.QueryDeserializingToObjectAsync<HealthFactorsFunction, HealthFactorsOutputDTO>(healthFactorsFunction, blockParameter);
        }

        public Task<string> MarketQueryAsync(MarketFunction marketFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(marketFunction, blockParameter);
        }

        
        public Task<string> MarketQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(null, blockParameter);
        }

        public Task<MarketStateOutputDTO> MarketStateQueryAsync(MarketStateFunction marketStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketStateFunction, MarketStateOutputDTO>(marketStateFunction, blockParameter);
        }

        public Task<MarketStateOutputDTO> MarketStateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketStateFunction, MarketStateOutputDTO>(null, blockParameter);
        }

        public Task<OracleStatusesOutputDTO> OracleStatusesQueryAsync(OracleStatusesFunction oracleStatusesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<OracleStatusesFunction, OracleStatusesOutputDTO>(oracleStatusesFunction, blockParameter);
        }

        public Task<OracleStatusesOutputDTO> OracleStatusesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<OracleStatusesFunction, OracleStatusesOutputDTO>(null, blockParameter);
        }

        public Task<string> PoolQueryAsync(PoolFunction poolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(poolFunction, blockParameter);
        }

        
        public Task<string> PoolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(null, blockParameter);
        }

        public Task<PoolDetailsOutputDTO> PoolDetailsQueryAsync(PoolDetailsFunction poolDetailsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PoolDetailsFunction, PoolDetailsOutputDTO>(poolDetailsFunction, blockParameter);
        }

        public Task<PoolDetailsOutputDTO> PoolDetailsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PoolDetailsFunction, PoolDetailsOutputDTO>(null, blockParameter);
        }

        public Task<PoolStateOutputDTO> PoolStateQueryAsync(PoolStateFunction poolStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PoolStateFunction, PoolStateOutputDTO>(poolStateFunction, blockParameter);
        }

        public Task<PoolStateOutputDTO> PoolStateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PoolStateFunction, PoolStateOutputDTO>(null, blockParameter);
        }

        public Task<PositionOutputDTO> PositionQueryAsync(PositionFunction positionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PositionFunction, PositionOutputDTO>(positionFunction, blockParameter);
        }

        public Task<PositionOutputDTO> PositionQueryAsync(uint collateralId, string owner, BlockParameter blockParameter = null)
        {
            var positionFunction = new PositionFunction();
                positionFunction.CollateralId = collateralId;
                positionFunction.Owner = owner;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PositionFunction, PositionOutputDTO>(positionFunction, blockParameter);
        }

        public Task<PositionsOutputDTO> PositionsQueryAsync(PositionsFunction positionsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PositionsFunction, PositionsOutputDTO>(positionsFunction, blockParameter);
        }

        public Task<PositionsOutputDTO> PositionsQueryAsync(List<PositionKey> keys, BlockParameter blockParameter = null)
        {
            var positionsFunction = new PositionsFunction();
                positionsFunction.Keys = keys;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PositionsFunction, PositionsOutputDTO>(positionsFunction, blockParameter);
        }

        public Task<PreviewLiquidationsOutputDTO> PreviewLiquidationsQueryAsync(PreviewLiquidationsFunction previewLiquidationsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewLiquidationsFunction, PreviewLiquidationsOutputDTO>(previewLiquidationsFunction, blockParameter);
        }

        public Task<PreviewLiquidationsOutputDTO> PreviewLiquidationsQueryAsync(List<PositionKey> keys, string liquidator, BlockParameter blockParameter = null)
        {
            var previewLiquidationsFunction = new PreviewLiquidationsFunction();
                previewLiquidationsFunction.Keys = keys;
                previewLiquidationsFunction.Liquidator = liquidator;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewLiquidationsFunction, PreviewLiquidationsOutputDTO>(previewLiquidationsFunction, blockParameter);
        }

        public Task<WriteOffStateOutputDTO> WriteOffStateQueryAsync(WriteOffStateFunction writeOffStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WriteOffStateFunction, WriteOffStateOutputDTO>(writeOffStateFunction, blockParameter);
        }

        public Task<WriteOffStateOutputDTO> WriteOffStateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WriteOffStateFunction, WriteOffStateOutputDTO>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(PositionsSlotFunction),
                typeof(AccountFunction),
                typeof(CollateralsFunction),
                typeof(DeficitsFunction),
                typeof(HealthFactorsFunction),
                typeof(MarketFunction),
                typeof(MarketStateFunction),
                typeof(OracleStatusesFunction),
                typeof(PoolFunction),
                typeof(PoolDetailsFunction),
                typeof(PoolStateFunction),
                typeof(PositionFunction),
                typeof(PositionsFunction),
                typeof(PreviewLiquidationsFunction),
                typeof(WriteOffStateFunction)
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

            };
        }
    }
}
