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
using KeeperSuite.Contracts.Market.ContractDefinition;

namespace KeeperSuite.Contracts.Market
{
    public partial class MarketService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MarketDeployment marketDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MarketDeployment>().SendRequestAndWaitForReceiptAsync(marketDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MarketDeployment marketDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MarketDeployment>().SendRequestAsync(marketDeployment);
        }

        public static async Task<MarketService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MarketDeployment marketDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, marketDeployment, cancellationTokenSource);
            return new MarketService(web3, receipt.ContractAddress);
        }

        public MarketService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> CloseFactorQueryAsync(CloseFactorFunction closeFactorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CloseFactorFunction, BigInteger>(closeFactorFunction, blockParameter);
        }

        
        public Task<BigInteger> CloseFactorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CloseFactorFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<byte[]> GovernorRoleQueryAsync(GovernorRoleFunction governorRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(governorRoleFunction, blockParameter);
        }

        
        public Task<byte[]> GovernorRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxCloseFactorHfThresholdQueryAsync(MaxCloseFactorHfThresholdFunction maxCloseFactorHfThresholdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCloseFactorHfThresholdFunction, BigInteger>(maxCloseFactorHfThresholdFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCloseFactorHfThresholdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCloseFactorHfThresholdFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxDustWholeUnitsQueryAsync(MaxDustWholeUnitsFunction maxDustWholeUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDustWholeUnitsFunction, BigInteger>(maxDustWholeUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxDustWholeUnitsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDustWholeUnitsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxInsuranceCutQueryAsync(MaxInsuranceCutFunction maxInsuranceCutFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxInsuranceCutFunction, BigInteger>(maxInsuranceCutFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxInsuranceCutQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxInsuranceCutFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxLiquidationBonusQueryAsync(MaxLiquidationBonusFunction maxLiquidationBonusFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationBonusFunction, BigInteger>(maxLiquidationBonusFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxLiquidationBonusQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationBonusFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxLiquidationThresholdQueryAsync(MaxLiquidationThresholdFunction maxLiquidationThresholdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationThresholdFunction, BigInteger>(maxLiquidationThresholdFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxLiquidationThresholdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationThresholdFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinBonusShareQueryAsync(MinBonusShareFunction minBonusShareFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinBonusShareFunction, BigInteger>(minBonusShareFunction, blockParameter);
        }

        
        public Task<BigInteger> MinBonusShareQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinBonusShareFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinCloseFactorHfThresholdQueryAsync(MinCloseFactorHfThresholdFunction minCloseFactorHfThresholdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCloseFactorHfThresholdFunction, BigInteger>(minCloseFactorHfThresholdFunction, blockParameter);
        }

        
        public Task<BigInteger> MinCloseFactorHfThresholdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCloseFactorHfThresholdFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinMaxLtvQueryAsync(MinMaxLtvFunction minMaxLtvFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinMaxLtvFunction, BigInteger>(minMaxLtvFunction, blockParameter);
        }

        
        public Task<BigInteger> MinMaxLtvQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinMaxLtvFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> OracleGasLimitQueryAsync(OracleGasLimitFunction oracleGasLimitFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OracleGasLimitFunction, BigInteger>(oracleGasLimitFunction, blockParameter);
        }

        
        public Task<BigInteger> OracleGasLimitQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OracleGasLimitFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> PauserRoleQueryAsync(PauserRoleFunction pauserRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PauserRoleFunction, byte[]>(pauserRoleFunction, blockParameter);
        }

        
        public Task<byte[]> PauserRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PauserRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> BorrowRequestAsync(BorrowFunction borrowFunction)
        {
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(BorrowFunction borrowFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<string> BorrowRequestAsync(uint collateralId, BigInteger assets, string receiver)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.CollateralId = collateralId;
                borrowFunction.Assets = assets;
                borrowFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(uint collateralId, BigInteger assets, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.CollateralId = collateralId;
                borrowFunction.Assets = assets;
                borrowFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<string> CloseRequestAsync(CloseFunction closeFunction)
        {
             return ContractHandler.SendRequestAsync(closeFunction);
        }

        public Task<TransactionReceipt> CloseRequestAndWaitForReceiptAsync(CloseFunction closeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(closeFunction, cancellationToken);
        }

        public Task<string> CloseRequestAsync(uint collateralId, string receiver)
        {
            var closeFunction = new CloseFunction();
                closeFunction.CollateralId = collateralId;
                closeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(closeFunction);
        }

        public Task<TransactionReceipt> CloseRequestAndWaitForReceiptAsync(uint collateralId, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var closeFunction = new CloseFunction();
                closeFunction.CollateralId = collateralId;
                closeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(closeFunction, cancellationToken);
        }

        public Task<CollateralOutputDTO> CollateralQueryAsync(CollateralFunction collateralFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralFunction, CollateralOutputDTO>(collateralFunction, blockParameter);
        }

        public Task<CollateralOutputDTO> CollateralQueryAsync(uint collateralId, BlockParameter blockParameter = null)
        {
            var collateralFunction = new CollateralFunction();
                collateralFunction.CollateralId = collateralId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralFunction, CollateralOutputDTO>(collateralFunction, blockParameter);
        }

        public Task<uint> CollateralCountQueryAsync(CollateralCountFunction collateralCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralCountFunction, uint>(collateralCountFunction, blockParameter);
        }

        
        public Task<uint> CollateralCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralCountFunction, uint>(null, blockParameter);
        }

        public Task<CollateralPriceOutputDTO> CollateralPriceQueryAsync(CollateralPriceFunction collateralPriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralPriceFunction, CollateralPriceOutputDTO>(collateralPriceFunction, blockParameter);
        }

        public Task<CollateralPriceOutputDTO> CollateralPriceQueryAsync(uint collateralId, BlockParameter blockParameter = null)
        {
            var collateralPriceFunction = new CollateralPriceFunction();
                collateralPriceFunction.CollateralId = collateralId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralPriceFunction, CollateralPriceOutputDTO>(collateralPriceFunction, blockParameter);
        }

        public Task<CollateralValueOutputDTO> CollateralValueQueryAsync(CollateralValueFunction collateralValueFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralValueFunction, CollateralValueOutputDTO>(collateralValueFunction, blockParameter);
        }

        public Task<CollateralValueOutputDTO> CollateralValueQueryAsync(uint collateralId, BigInteger amount, BlockParameter blockParameter = null)
        {
            var collateralValueFunction = new CollateralValueFunction();
                collateralValueFunction.CollateralId = collateralId;
                collateralValueFunction.Amount = amount;
            
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralValueFunction, CollateralValueOutputDTO>(collateralValueFunction, blockParameter);
        }

        public Task<string> DebtAssetQueryAsync(DebtAssetFunction debtAssetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtAssetFunction, string>(debtAssetFunction, blockParameter);
        }

        
        public Task<string> DebtAssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtAssetFunction, string>(null, blockParameter);
        }

        public Task<byte> DebtDecimalsQueryAsync(DebtDecimalsFunction debtDecimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtDecimalsFunction, byte>(debtDecimalsFunction, blockParameter);
        }

        
        public Task<byte> DebtDecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtDecimalsFunction, byte>(null, blockParameter);
        }

        public Task<BigInteger> DebtOfQueryAsync(DebtOfFunction debtOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtOfFunction, BigInteger>(debtOfFunction, blockParameter);
        }

        
        public Task<BigInteger> DebtOfQueryAsync(uint collateralId, string owner, BlockParameter blockParameter = null)
        {
            var debtOfFunction = new DebtOfFunction();
                debtOfFunction.CollateralId = collateralId;
                debtOfFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<DebtOfFunction, BigInteger>(debtOfFunction, blockParameter);
        }

        public Task<string> DepositRequestAsync(DepositFunction depositFunction)
        {
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(DepositFunction depositFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<string> DepositRequestAsync(uint collateralId, string owner, BigInteger amount)
        {
            var depositFunction = new DepositFunction();
                depositFunction.CollateralId = collateralId;
                depositFunction.Owner = owner;
                depositFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(uint collateralId, string owner, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var depositFunction = new DepositFunction();
                depositFunction.CollateralId = collateralId;
                depositFunction.Owner = owner;
                depositFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<BigInteger> EffectiveBonusQueryAsync(EffectiveBonusFunction effectiveBonusFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EffectiveBonusFunction, BigInteger>(effectiveBonusFunction, blockParameter);
        }

        
        public Task<BigInteger> EffectiveBonusQueryAsync(uint collateralId, BigInteger collateralvalue, BigInteger debt, BlockParameter blockParameter = null)
        {
            var effectiveBonusFunction = new EffectiveBonusFunction();
                effectiveBonusFunction.CollateralId = collateralId;
                effectiveBonusFunction.Collateralvalue = collateralvalue;
                effectiveBonusFunction.Debt = debt;
            
            return ContractHandler.QueryAsync<EffectiveBonusFunction, BigInteger>(effectiveBonusFunction, blockParameter);
        }

        public Task<List<byte[]>> ExtSloadsQueryAsync(ExtSloadsFunction extSloadsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExtSloadsFunction, List<byte[]>>(extSloadsFunction, blockParameter);
        }

        
        public Task<List<byte[]>> ExtSloadsQueryAsync(List<byte[]> slots, BlockParameter blockParameter = null)
        {
            var extSloadsFunction = new ExtSloadsFunction();
                extSloadsFunction.Slots = slots;
            
            return ContractHandler.QueryAsync<ExtSloadsFunction, List<byte[]>>(extSloadsFunction, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        
        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;
            
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        
        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<HealthFactorOutputDTO> HealthFactorQueryAsync(HealthFactorFunction healthFactorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<HealthFactorFunction, HealthFactorOutputDTO>(healthFactorFunction, blockParameter);
        }

        public Task<HealthFactorOutputDTO> HealthFactorQueryAsync(uint collateralId, string owner, BlockParameter blockParameter = null)
        {
            var healthFactorFunction = new HealthFactorFunction();
                healthFactorFunction.CollateralId = collateralId;
                healthFactorFunction.Owner = owner;
            
            return ContractHandler.QueryDeserializingToObjectAsync<HealthFactorFunction, HealthFactorOutputDTO>(healthFactorFunction, blockParameter);
        }

        public Task<string> LiquidateRequestAsync(LiquidateFunction liquidateFunction)
        {
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(LiquidateFunction liquidateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> LiquidateRequestAsync(uint collateralId, string owner, BigInteger maxRepay)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.CollateralId = collateralId;
                liquidateFunction.Owner = owner;
                liquidateFunction.MaxRepay = maxRepay;
            
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(uint collateralId, string owner, BigInteger maxRepay, CancellationTokenSource cancellationToken = null)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.CollateralId = collateralId;
                liquidateFunction.Owner = owner;
                liquidateFunction.MaxRepay = maxRepay;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> LiquidateBatchRequestAsync(LiquidateBatchFunction liquidateBatchFunction)
        {
             return ContractHandler.SendRequestAsync(liquidateBatchFunction);
        }

        public Task<TransactionReceipt> LiquidateBatchRequestAndWaitForReceiptAsync(LiquidateBatchFunction liquidateBatchFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateBatchFunction, cancellationToken);
        }

        public Task<string> LiquidateBatchRequestAsync(List<LiquidationOrder> orders)
        {
            var liquidateBatchFunction = new LiquidateBatchFunction();
                liquidateBatchFunction.Orders = orders;
            
             return ContractHandler.SendRequestAsync(liquidateBatchFunction);
        }

        public Task<TransactionReceipt> LiquidateBatchRequestAndWaitForReceiptAsync(List<LiquidationOrder> orders, CancellationTokenSource cancellationToken = null)
        {
            var liquidateBatchFunction = new LiquidateBatchFunction();
                liquidateBatchFunction.Orders = orders;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateBatchFunction, cancellationToken);
        }

        public Task<string> ListCollateralRequestAsync(ListCollateralFunction listCollateralFunction)
        {
             return ContractHandler.SendRequestAsync(listCollateralFunction);
        }

        public Task<TransactionReceipt> ListCollateralRequestAndWaitForReceiptAsync(ListCollateralFunction listCollateralFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(listCollateralFunction, cancellationToken);
        }

        public Task<string> ListCollateralRequestAsync(string token, string oracle, CollateralParams @params)
        {
            var listCollateralFunction = new ListCollateralFunction();
                listCollateralFunction.Token = token;
                listCollateralFunction.Oracle = oracle;
                listCollateralFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(listCollateralFunction);
        }

        public Task<TransactionReceipt> ListCollateralRequestAndWaitForReceiptAsync(string token, string oracle, CollateralParams @params, CancellationTokenSource cancellationToken = null)
        {
            var listCollateralFunction = new ListCollateralFunction();
                listCollateralFunction.Token = token;
                listCollateralFunction.Oracle = oracle;
                listCollateralFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(listCollateralFunction, cancellationToken);
        }

        public Task<MarketParamsOutputDTO> MarketParamsQueryAsync(MarketParamsFunction marketParamsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketParamsFunction, MarketParamsOutputDTO>(marketParamsFunction, blockParameter);
        }

        public Task<MarketParamsOutputDTO> MarketParamsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketParamsFunction, MarketParamsOutputDTO>(null, blockParameter);
        }

        public Task<string> OpenRequestAsync(OpenFunction openFunction)
        {
             return ContractHandler.SendRequestAsync(openFunction);
        }

        public Task<TransactionReceipt> OpenRequestAndWaitForReceiptAsync(OpenFunction openFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openFunction, cancellationToken);
        }

        public Task<string> OpenRequestAsync(uint collateralId, BigInteger collateralAmount, BigInteger borrowAssets, string receiver)
        {
            var openFunction = new OpenFunction();
                openFunction.CollateralId = collateralId;
                openFunction.CollateralAmount = collateralAmount;
                openFunction.BorrowAssets = borrowAssets;
                openFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(openFunction);
        }

        public Task<TransactionReceipt> OpenRequestAndWaitForReceiptAsync(uint collateralId, BigInteger collateralAmount, BigInteger borrowAssets, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var openFunction = new OpenFunction();
                openFunction.CollateralId = collateralId;
                openFunction.CollateralAmount = collateralAmount;
                openFunction.BorrowAssets = borrowAssets;
                openFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openFunction, cancellationToken);
        }

        public Task<string> PauseRequestAsync(PauseFunction pauseFunction)
        {
             return ContractHandler.SendRequestAsync(pauseFunction);
        }

        public Task<string> PauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<PauseFunction>();
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(PauseFunction pauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(pauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<PauseFunction>(null, cancellationToken);
        }

        public Task<bool> PausedQueryAsync(PausedFunction pausedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedFunction, bool>(pausedFunction, blockParameter);
        }

        
        public Task<bool> PausedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedFunction, bool>(null, blockParameter);
        }

        public Task<string> PoolQueryAsync(PoolFunction poolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(poolFunction, blockParameter);
        }

        
        public Task<string> PoolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(null, blockParameter);
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

        public Task<PreviewLiquidationOutputDTO> PreviewLiquidationQueryAsync(PreviewLiquidationFunction previewLiquidationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewLiquidationFunction, PreviewLiquidationOutputDTO>(previewLiquidationFunction, blockParameter);
        }

        public Task<PreviewLiquidationOutputDTO> PreviewLiquidationQueryAsync(uint collateralId, string owner, string liquidator, BigInteger maxRepay, BlockParameter blockParameter = null)
        {
            var previewLiquidationFunction = new PreviewLiquidationFunction();
                previewLiquidationFunction.CollateralId = collateralId;
                previewLiquidationFunction.Owner = owner;
                previewLiquidationFunction.Liquidator = liquidator;
                previewLiquidationFunction.MaxRepay = maxRepay;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewLiquidationFunction, PreviewLiquidationOutputDTO>(previewLiquidationFunction, blockParameter);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RepayRequestAsync(RepayFunction repayFunction)
        {
             return ContractHandler.SendRequestAsync(repayFunction);
        }

        public Task<TransactionReceipt> RepayRequestAndWaitForReceiptAsync(RepayFunction repayFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayFunction, cancellationToken);
        }

        public Task<string> RepayRequestAsync(uint collateralId, string owner, BigInteger assets)
        {
            var repayFunction = new RepayFunction();
                repayFunction.CollateralId = collateralId;
                repayFunction.Owner = owner;
                repayFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(repayFunction);
        }

        public Task<TransactionReceipt> RepayRequestAndWaitForReceiptAsync(uint collateralId, string owner, BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var repayFunction = new RepayFunction();
                repayFunction.CollateralId = collateralId;
                repayFunction.Owner = owner;
                repayFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> SetCollateralOracleRequestAsync(SetCollateralOracleFunction setCollateralOracleFunction)
        {
             return ContractHandler.SendRequestAsync(setCollateralOracleFunction);
        }

        public Task<TransactionReceipt> SetCollateralOracleRequestAndWaitForReceiptAsync(SetCollateralOracleFunction setCollateralOracleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCollateralOracleFunction, cancellationToken);
        }

        public Task<string> SetCollateralOracleRequestAsync(uint collateralId, string oracle)
        {
            var setCollateralOracleFunction = new SetCollateralOracleFunction();
                setCollateralOracleFunction.CollateralId = collateralId;
                setCollateralOracleFunction.Oracle = oracle;
            
             return ContractHandler.SendRequestAsync(setCollateralOracleFunction);
        }

        public Task<TransactionReceipt> SetCollateralOracleRequestAndWaitForReceiptAsync(uint collateralId, string oracle, CancellationTokenSource cancellationToken = null)
        {
            var setCollateralOracleFunction = new SetCollateralOracleFunction();
                setCollateralOracleFunction.CollateralId = collateralId;
                setCollateralOracleFunction.Oracle = oracle;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCollateralOracleFunction, cancellationToken);
        }

        public Task<string> SetCollateralParamsRequestAsync(SetCollateralParamsFunction setCollateralParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setCollateralParamsFunction);
        }

        public Task<TransactionReceipt> SetCollateralParamsRequestAndWaitForReceiptAsync(SetCollateralParamsFunction setCollateralParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCollateralParamsFunction, cancellationToken);
        }

        public Task<string> SetCollateralParamsRequestAsync(uint collateralId, CollateralParams @params)
        {
            var setCollateralParamsFunction = new SetCollateralParamsFunction();
                setCollateralParamsFunction.CollateralId = collateralId;
                setCollateralParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(setCollateralParamsFunction);
        }

        public Task<TransactionReceipt> SetCollateralParamsRequestAndWaitForReceiptAsync(uint collateralId, CollateralParams @params, CancellationTokenSource cancellationToken = null)
        {
            var setCollateralParamsFunction = new SetCollateralParamsFunction();
                setCollateralParamsFunction.CollateralId = collateralId;
                setCollateralParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCollateralParamsFunction, cancellationToken);
        }

        public Task<string> SetMarketParamsRequestAsync(SetMarketParamsFunction setMarketParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setMarketParamsFunction);
        }

        public Task<TransactionReceipt> SetMarketParamsRequestAndWaitForReceiptAsync(SetMarketParamsFunction setMarketParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketParamsFunction, cancellationToken);
        }

        public Task<string> SetMarketParamsRequestAsync(MarketParams @params)
        {
            var setMarketParamsFunction = new SetMarketParamsFunction();
                setMarketParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(setMarketParamsFunction);
        }

        public Task<TransactionReceipt> SetMarketParamsRequestAndWaitForReceiptAsync(MarketParams @params, CancellationTokenSource cancellationToken = null)
        {
            var setMarketParamsFunction = new SetMarketParamsFunction();
                setMarketParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketParamsFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public Task<string> UnpauseRequestAsync(UnpauseFunction unpauseFunction)
        {
             return ContractHandler.SendRequestAsync(unpauseFunction);
        }

        public Task<string> UnpauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<UnpauseFunction>();
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(UnpauseFunction unpauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unpauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<UnpauseFunction>(null, cancellationToken);
        }

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WithdrawRequestAsync(uint collateralId, BigInteger amount, string receiver)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.CollateralId = collateralId;
                withdrawFunction.Amount = amount;
                withdrawFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(uint collateralId, BigInteger amount, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.CollateralId = collateralId;
                withdrawFunction.Amount = amount;
                withdrawFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(CloseFactorFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(GovernorRoleFunction),
                typeof(MaxCloseFactorHfThresholdFunction),
                typeof(MaxDustWholeUnitsFunction),
                typeof(MaxInsuranceCutFunction),
                typeof(MaxLiquidationBonusFunction),
                typeof(MaxLiquidationThresholdFunction),
                typeof(MinBonusShareFunction),
                typeof(MinCloseFactorHfThresholdFunction),
                typeof(MinMaxLtvFunction),
                typeof(OracleGasLimitFunction),
                typeof(PauserRoleFunction),
                typeof(BorrowFunction),
                typeof(CloseFunction),
                typeof(CollateralFunction),
                typeof(CollateralCountFunction),
                typeof(CollateralPriceFunction),
                typeof(CollateralValueFunction),
                typeof(DebtAssetFunction),
                typeof(DebtDecimalsFunction),
                typeof(DebtOfFunction),
                typeof(DepositFunction),
                typeof(EffectiveBonusFunction),
                typeof(ExtSloadsFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(HealthFactorFunction),
                typeof(LiquidateFunction),
                typeof(LiquidateBatchFunction),
                typeof(ListCollateralFunction),
                typeof(MarketParamsFunction),
                typeof(OpenFunction),
                typeof(PauseFunction),
                typeof(PausedFunction),
                typeof(PoolFunction),
                typeof(PositionFunction),
                typeof(PreviewLiquidationFunction),
                typeof(RenounceRoleFunction),
                typeof(RepayFunction),
                typeof(RevokeRoleFunction),
                typeof(SetCollateralOracleFunction),
                typeof(SetCollateralParamsFunction),
                typeof(SetMarketParamsFunction),
                typeof(SupportsInterfaceFunction),
                typeof(UnpauseFunction),
                typeof(WithdrawFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(BorrowedEventDTO),
                typeof(CollateralDepositedEventDTO),
                typeof(CollateralListedEventDTO),
                typeof(CollateralOracleSetEventDTO),
                typeof(CollateralParamsSetEventDTO),
                typeof(CollateralWithdrawnEventDTO),
                typeof(LiquidatedEventDTO),
                typeof(LiquidationSkippedEventDTO),
                typeof(MarketParamsSetEventDTO),
                typeof(PausedEventDTO),
                typeof(PositionClosedEventDTO),
                typeof(RepaidEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(UnpausedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(CollateralAlreadyListedError),
                typeof(DebtBelowDustError),
                typeof(DebtCeilingExceededError),
                typeof(EnforcedPauseError),
                typeof(ExpectedPauseError),
                typeof(InsufficientCollateralError),
                typeof(MaxRepayTooLowError),
                typeof(NoDebtError),
                typeof(OracleInvalidError),
                typeof(ParameterOutOfBoundsError),
                typeof(PoolScaledDebtMismatchError),
                typeof(PositionEmptyError),
                typeof(PositionHealthyError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError),
                typeof(SelfLiquidationError),
                typeof(UnhealthyError),
                typeof(UnknownCollateralError),
                typeof(UnsupportedDecimalsError),
                typeof(ZeroAddressError),
                typeof(ZeroAmountError)
            };
        }
    }
}
