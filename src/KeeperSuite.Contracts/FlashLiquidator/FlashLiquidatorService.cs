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
using KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;

namespace KeeperSuite.Contracts.FlashLiquidator
{
    public partial class FlashLiquidatorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, FlashLiquidatorDeployment flashLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<FlashLiquidatorDeployment>().SendRequestAndWaitForReceiptAsync(flashLiquidatorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, FlashLiquidatorDeployment flashLiquidatorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<FlashLiquidatorDeployment>().SendRequestAsync(flashLiquidatorDeployment);
        }

        public static async Task<FlashLiquidatorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, FlashLiquidatorDeployment flashLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, flashLiquidatorDeployment, cancellationTokenSource);
            return new FlashLiquidatorService(web3, receipt.ContractAddress);
        }

        public FlashLiquidatorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> BpsQueryAsync(BpsFunction bpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BpsFunction, BigInteger>(bpsFunction, blockParameter);
        }

        
        public Task<BigInteger> BpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxSlippageBpsQueryAsync(MaxSlippageBpsFunction maxSlippageBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlippageBpsFunction, BigInteger>(maxSlippageBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxSlippageBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlippageBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> DebtAssetQueryAsync(DebtAssetFunction debtAssetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtAssetFunction, string>(debtAssetFunction, blockParameter);
        }

        
        public Task<string> DebtAssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtAssetFunction, string>(null, blockParameter);
        }

        public Task<string> FlashLiquidateRequestAsync(FlashLiquidateFunction flashLiquidateFunction)
        {
             return ContractHandler.SendRequestAsync(flashLiquidateFunction);
        }

        public Task<TransactionReceipt> FlashLiquidateRequestAndWaitForReceiptAsync(FlashLiquidateFunction flashLiquidateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(flashLiquidateFunction, cancellationToken);
        }

        public Task<string> FlashLiquidateRequestAsync(List<LiquidationOrder> orders, List<Sale> sales, BigInteger borrowAmount, BigInteger slippageBps, BigInteger minProfit)
        {
            var flashLiquidateFunction = new FlashLiquidateFunction();
                flashLiquidateFunction.Orders = orders;
                flashLiquidateFunction.Sales = sales;
                flashLiquidateFunction.BorrowAmount = borrowAmount;
                flashLiquidateFunction.SlippageBps = slippageBps;
                flashLiquidateFunction.MinProfit = minProfit;
            
             return ContractHandler.SendRequestAsync(flashLiquidateFunction);
        }

        public Task<TransactionReceipt> FlashLiquidateRequestAndWaitForReceiptAsync(List<LiquidationOrder> orders, List<Sale> sales, BigInteger borrowAmount, BigInteger slippageBps, BigInteger minProfit, CancellationTokenSource cancellationToken = null)
        {
            var flashLiquidateFunction = new FlashLiquidateFunction();
                flashLiquidateFunction.Orders = orders;
                flashLiquidateFunction.Sales = sales;
                flashLiquidateFunction.BorrowAmount = borrowAmount;
                flashLiquidateFunction.SlippageBps = slippageBps;
                flashLiquidateFunction.MinProfit = minProfit;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(flashLiquidateFunction, cancellationToken);
        }

        public Task<string> LenderQueryAsync(LenderFunction lenderFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LenderFunction, string>(lenderFunction, blockParameter);
        }

        
        public Task<string> LenderQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LenderFunction, string>(null, blockParameter);
        }

        public Task<string> MarketQueryAsync(MarketFunction marketFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(marketFunction, blockParameter);
        }

        
        public Task<string> MarketQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(null, blockParameter);
        }

        public Task<string> OnFlashLoanRequestAsync(OnFlashLoanFunction onFlashLoanFunction)
        {
             return ContractHandler.SendRequestAsync(onFlashLoanFunction);
        }

        public Task<TransactionReceipt> OnFlashLoanRequestAndWaitForReceiptAsync(OnFlashLoanFunction onFlashLoanFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onFlashLoanFunction, cancellationToken);
        }

        public Task<string> OnFlashLoanRequestAsync(string initiator, string token, BigInteger amount, BigInteger fee, byte[] data)
        {
            var onFlashLoanFunction = new OnFlashLoanFunction();
                onFlashLoanFunction.Initiator = initiator;
                onFlashLoanFunction.Token = token;
                onFlashLoanFunction.Amount = amount;
                onFlashLoanFunction.Fee = fee;
                onFlashLoanFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(onFlashLoanFunction);
        }

        public Task<TransactionReceipt> OnFlashLoanRequestAndWaitForReceiptAsync(string initiator, string token, BigInteger amount, BigInteger fee, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var onFlashLoanFunction = new OnFlashLoanFunction();
                onFlashLoanFunction.Initiator = initiator;
                onFlashLoanFunction.Token = token;
                onFlashLoanFunction.Amount = amount;
                onFlashLoanFunction.Fee = fee;
                onFlashLoanFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onFlashLoanFunction, cancellationToken);
        }

        public Task<string> OwnerQueryAsync(OwnerFunction ownerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(ownerFunction, blockParameter);
        }

        
        public Task<string> OwnerQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OwnerFunction, string>(null, blockParameter);
        }

        public Task<string> RenounceOwnershipRequestAsync(RenounceOwnershipFunction renounceOwnershipFunction)
        {
             return ContractHandler.SendRequestAsync(renounceOwnershipFunction);
        }

        public Task<string> RenounceOwnershipRequestAsync()
        {
             return ContractHandler.SendRequestAsync<RenounceOwnershipFunction>();
        }

        public Task<TransactionReceipt> RenounceOwnershipRequestAndWaitForReceiptAsync(RenounceOwnershipFunction renounceOwnershipFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceOwnershipFunction, cancellationToken);
        }

        public Task<TransactionReceipt> RenounceOwnershipRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<RenounceOwnershipFunction>(null, cancellationToken);
        }

        public Task<string> RouterQueryAsync(RouterFunction routerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RouterFunction, string>(routerFunction, blockParameter);
        }

        
        public Task<string> RouterQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RouterFunction, string>(null, blockParameter);
        }

        public Task<string> SweepRequestAsync(SweepFunction sweepFunction)
        {
             return ContractHandler.SendRequestAsync(sweepFunction);
        }

        public Task<TransactionReceipt> SweepRequestAndWaitForReceiptAsync(SweepFunction sweepFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepFunction, cancellationToken);
        }

        public Task<string> SweepRequestAsync(string token, string to)
        {
            var sweepFunction = new SweepFunction();
                sweepFunction.Token = token;
                sweepFunction.To = to;
            
             return ContractHandler.SendRequestAsync(sweepFunction);
        }

        public Task<TransactionReceipt> SweepRequestAndWaitForReceiptAsync(string token, string to, CancellationTokenSource cancellationToken = null)
        {
            var sweepFunction = new SweepFunction();
                sweepFunction.Token = token;
                sweepFunction.To = to;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepFunction, cancellationToken);
        }

        public Task<string> TransferOwnershipRequestAsync(TransferOwnershipFunction transferOwnershipFunction)
        {
             return ContractHandler.SendRequestAsync(transferOwnershipFunction);
        }

        public Task<TransactionReceipt> TransferOwnershipRequestAndWaitForReceiptAsync(TransferOwnershipFunction transferOwnershipFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferOwnershipFunction, cancellationToken);
        }

        public Task<string> TransferOwnershipRequestAsync(string newOwner)
        {
            var transferOwnershipFunction = new TransferOwnershipFunction();
                transferOwnershipFunction.NewOwner = newOwner;
            
             return ContractHandler.SendRequestAsync(transferOwnershipFunction);
        }

        public Task<TransactionReceipt> TransferOwnershipRequestAndWaitForReceiptAsync(string newOwner, CancellationTokenSource cancellationToken = null)
        {
            var transferOwnershipFunction = new TransferOwnershipFunction();
                transferOwnershipFunction.NewOwner = newOwner;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferOwnershipFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BpsFunction),
                typeof(MaxSlippageBpsFunction),
                typeof(DebtAssetFunction),
                typeof(FlashLiquidateFunction),
                typeof(LenderFunction),
                typeof(MarketFunction),
                typeof(OnFlashLoanFunction),
                typeof(OwnerFunction),
                typeof(RenounceOwnershipFunction),
                typeof(RouterFunction),
                typeof(SweepFunction),
                typeof(TransferOwnershipFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(CollateralSoldEventDTO),
                typeof(FlashLiquidatedEventDTO),
                typeof(OwnershipTransferredEventDTO),
                typeof(SweptEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(CollateralNotSoldError),
                typeof(NothingToLiquidateError),
                typeof(OracleInvalidError),
                typeof(OwnableInvalidOwnerError),
                typeof(OwnableUnauthorizedAccountError),
                typeof(PartialFillError),
                typeof(ProfitTooLowError),
                typeof(SafeERC20FailedOperationError),
                typeof(SaleBelowMinimumError),
                typeof(SaleShortfallError),
                typeof(SlippageTooHighError),
                typeof(UnknownCollateralError),
                typeof(UntrustedInitiatorError),
                typeof(UntrustedLenderError),
                typeof(WrongLoanTokenError),
                typeof(ZeroAddressError)
            };
        }
    }
}
