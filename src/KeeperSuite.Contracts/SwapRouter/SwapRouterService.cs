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
using KeeperSuite.Contracts.SwapRouter.ContractDefinition;

namespace KeeperSuite.Contracts.SwapRouter
{
    public partial class SwapRouterService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapRouterDeployment>().SendRequestAndWaitForReceiptAsync(swapRouterDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapRouterDeployment>().SendRequestAsync(swapRouterDeployment);
        }

        public static async Task<SwapRouterService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, swapRouterDeployment, cancellationTokenSource);
            return new SwapRouterService(web3, receipt.ContractAddress);
        }

        public SwapRouterService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> Weth9QueryAsync(Weth9Function weth9Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Weth9Function, string>(weth9Function, blockParameter);
        }

        
        public Task<string> Weth9QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Weth9Function, string>(null, blockParameter);
        }

        public Task<string> ExactInputRequestAsync(ExactInputFunction exactInputFunction)
        {
             return ContractHandler.SendRequestAsync(exactInputFunction);
        }

        public Task<TransactionReceipt> ExactInputRequestAndWaitForReceiptAsync(ExactInputFunction exactInputFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputFunction, cancellationToken);
        }

        public Task<string> ExactInputRequestAsync(ExactInputParams @params)
        {
            var exactInputFunction = new ExactInputFunction();
                exactInputFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactInputFunction);
        }

        public Task<TransactionReceipt> ExactInputRequestAndWaitForReceiptAsync(ExactInputParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactInputFunction = new ExactInputFunction();
                exactInputFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputFunction, cancellationToken);
        }

        public Task<string> ExactInputSingleRequestAsync(ExactInputSingleFunction exactInputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(exactInputSingleFunction);
        }

        public Task<TransactionReceipt> ExactInputSingleRequestAndWaitForReceiptAsync(ExactInputSingleFunction exactInputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputSingleFunction, cancellationToken);
        }

        public Task<string> ExactInputSingleRequestAsync(ExactInputSingleParams @params)
        {
            var exactInputSingleFunction = new ExactInputSingleFunction();
                exactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactInputSingleFunction);
        }

        public Task<TransactionReceipt> ExactInputSingleRequestAndWaitForReceiptAsync(ExactInputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactInputSingleFunction = new ExactInputSingleFunction();
                exactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputSingleFunction, cancellationToken);
        }

        public Task<string> ExactOutputRequestAsync(ExactOutputFunction exactOutputFunction)
        {
             return ContractHandler.SendRequestAsync(exactOutputFunction);
        }

        public Task<TransactionReceipt> ExactOutputRequestAndWaitForReceiptAsync(ExactOutputFunction exactOutputFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputFunction, cancellationToken);
        }

        public Task<string> ExactOutputRequestAsync(ExactOutputParams @params)
        {
            var exactOutputFunction = new ExactOutputFunction();
                exactOutputFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactOutputFunction);
        }

        public Task<TransactionReceipt> ExactOutputRequestAndWaitForReceiptAsync(ExactOutputParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactOutputFunction = new ExactOutputFunction();
                exactOutputFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputFunction, cancellationToken);
        }

        public Task<string> ExactOutputSingleRequestAsync(ExactOutputSingleFunction exactOutputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(exactOutputSingleFunction);
        }

        public Task<TransactionReceipt> ExactOutputSingleRequestAndWaitForReceiptAsync(ExactOutputSingleFunction exactOutputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputSingleFunction, cancellationToken);
        }

        public Task<string> ExactOutputSingleRequestAsync(ExactOutputSingleParams @params)
        {
            var exactOutputSingleFunction = new ExactOutputSingleFunction();
                exactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactOutputSingleFunction);
        }

        public Task<TransactionReceipt> ExactOutputSingleRequestAndWaitForReceiptAsync(ExactOutputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactOutputSingleFunction = new ExactOutputSingleFunction();
                exactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputSingleFunction, cancellationToken);
        }

        public Task<string> FactoryQueryAsync(FactoryFunction factoryFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FactoryFunction, string>(factoryFunction, blockParameter);
        }

        
        public Task<string> FactoryQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FactoryFunction, string>(null, blockParameter);
        }

        public Task<string> MulticallRequestAsync(MulticallFunction multicallFunction)
        {
             return ContractHandler.SendRequestAsync(multicallFunction);
        }

        public Task<TransactionReceipt> MulticallRequestAndWaitForReceiptAsync(MulticallFunction multicallFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(multicallFunction, cancellationToken);
        }

        public Task<string> MulticallRequestAsync(List<byte[]> data)
        {
            var multicallFunction = new MulticallFunction();
                multicallFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(multicallFunction);
        }

        public Task<TransactionReceipt> MulticallRequestAndWaitForReceiptAsync(List<byte[]> data, CancellationTokenSource cancellationToken = null)
        {
            var multicallFunction = new MulticallFunction();
                multicallFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(multicallFunction, cancellationToken);
        }

        public Task<string> RefundETHRequestAsync(RefundETHFunction refundETHFunction)
        {
             return ContractHandler.SendRequestAsync(refundETHFunction);
        }

        public Task<string> RefundETHRequestAsync()
        {
             return ContractHandler.SendRequestAsync<RefundETHFunction>();
        }

        public Task<TransactionReceipt> RefundETHRequestAndWaitForReceiptAsync(RefundETHFunction refundETHFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(refundETHFunction, cancellationToken);
        }

        public Task<TransactionReceipt> RefundETHRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<RefundETHFunction>(null, cancellationToken);
        }

        public Task<string> SweepTokenRequestAsync(SweepTokenFunction sweepTokenFunction)
        {
             return ContractHandler.SendRequestAsync(sweepTokenFunction);
        }

        public Task<TransactionReceipt> SweepTokenRequestAndWaitForReceiptAsync(SweepTokenFunction sweepTokenFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepTokenFunction, cancellationToken);
        }

        public Task<string> SweepTokenRequestAsync(string token, BigInteger amountMinimum, string recipient)
        {
            var sweepTokenFunction = new SweepTokenFunction();
                sweepTokenFunction.Token = token;
                sweepTokenFunction.AmountMinimum = amountMinimum;
                sweepTokenFunction.Recipient = recipient;
            
             return ContractHandler.SendRequestAsync(sweepTokenFunction);
        }

        public Task<TransactionReceipt> SweepTokenRequestAndWaitForReceiptAsync(string token, BigInteger amountMinimum, string recipient, CancellationTokenSource cancellationToken = null)
        {
            var sweepTokenFunction = new SweepTokenFunction();
                sweepTokenFunction.Token = token;
                sweepTokenFunction.AmountMinimum = amountMinimum;
                sweepTokenFunction.Recipient = recipient;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepTokenFunction, cancellationToken);
        }

        public Task<string> SweepTokenWithFeeRequestAsync(SweepTokenWithFeeFunction sweepTokenWithFeeFunction)
        {
             return ContractHandler.SendRequestAsync(sweepTokenWithFeeFunction);
        }

        public Task<TransactionReceipt> SweepTokenWithFeeRequestAndWaitForReceiptAsync(SweepTokenWithFeeFunction sweepTokenWithFeeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepTokenWithFeeFunction, cancellationToken);
        }

        public Task<string> SweepTokenWithFeeRequestAsync(string token, BigInteger amountMinimum, string recipient, BigInteger feeBips, string feeRecipient)
        {
            var sweepTokenWithFeeFunction = new SweepTokenWithFeeFunction();
                sweepTokenWithFeeFunction.Token = token;
                sweepTokenWithFeeFunction.AmountMinimum = amountMinimum;
                sweepTokenWithFeeFunction.Recipient = recipient;
                sweepTokenWithFeeFunction.FeeBips = feeBips;
                sweepTokenWithFeeFunction.FeeRecipient = feeRecipient;
            
             return ContractHandler.SendRequestAsync(sweepTokenWithFeeFunction);
        }

        public Task<TransactionReceipt> SweepTokenWithFeeRequestAndWaitForReceiptAsync(string token, BigInteger amountMinimum, string recipient, BigInteger feeBips, string feeRecipient, CancellationTokenSource cancellationToken = null)
        {
            var sweepTokenWithFeeFunction = new SweepTokenWithFeeFunction();
                sweepTokenWithFeeFunction.Token = token;
                sweepTokenWithFeeFunction.AmountMinimum = amountMinimum;
                sweepTokenWithFeeFunction.Recipient = recipient;
                sweepTokenWithFeeFunction.FeeBips = feeBips;
                sweepTokenWithFeeFunction.FeeRecipient = feeRecipient;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepTokenWithFeeFunction, cancellationToken);
        }

        public Task<string> UniswapV3SwapCallbackRequestAsync(UniswapV3SwapCallbackFunction uniswapV3SwapCallbackFunction)
        {
             return ContractHandler.SendRequestAsync(uniswapV3SwapCallbackFunction);
        }

        public Task<TransactionReceipt> UniswapV3SwapCallbackRequestAndWaitForReceiptAsync(UniswapV3SwapCallbackFunction uniswapV3SwapCallbackFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(uniswapV3SwapCallbackFunction, cancellationToken);
        }

        public Task<string> UniswapV3SwapCallbackRequestAsync(BigInteger amount0Delta, BigInteger amount1Delta, byte[] data)
        {
            var uniswapV3SwapCallbackFunction = new UniswapV3SwapCallbackFunction();
                uniswapV3SwapCallbackFunction.Amount0Delta = amount0Delta;
                uniswapV3SwapCallbackFunction.Amount1Delta = amount1Delta;
                uniswapV3SwapCallbackFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(uniswapV3SwapCallbackFunction);
        }

        public Task<TransactionReceipt> UniswapV3SwapCallbackRequestAndWaitForReceiptAsync(BigInteger amount0Delta, BigInteger amount1Delta, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var uniswapV3SwapCallbackFunction = new UniswapV3SwapCallbackFunction();
                uniswapV3SwapCallbackFunction.Amount0Delta = amount0Delta;
                uniswapV3SwapCallbackFunction.Amount1Delta = amount1Delta;
                uniswapV3SwapCallbackFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(uniswapV3SwapCallbackFunction, cancellationToken);
        }

        public Task<string> UnwrapWETH9RequestAsync(UnwrapWETH9Function unwrapWETH9Function)
        {
             return ContractHandler.SendRequestAsync(unwrapWETH9Function);
        }

        public Task<TransactionReceipt> UnwrapWETH9RequestAndWaitForReceiptAsync(UnwrapWETH9Function unwrapWETH9Function, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unwrapWETH9Function, cancellationToken);
        }

        public Task<string> UnwrapWETH9RequestAsync(BigInteger amountMinimum, string recipient)
        {
            var unwrapWETH9Function = new UnwrapWETH9Function();
                unwrapWETH9Function.AmountMinimum = amountMinimum;
                unwrapWETH9Function.Recipient = recipient;
            
             return ContractHandler.SendRequestAsync(unwrapWETH9Function);
        }

        public Task<TransactionReceipt> UnwrapWETH9RequestAndWaitForReceiptAsync(BigInteger amountMinimum, string recipient, CancellationTokenSource cancellationToken = null)
        {
            var unwrapWETH9Function = new UnwrapWETH9Function();
                unwrapWETH9Function.AmountMinimum = amountMinimum;
                unwrapWETH9Function.Recipient = recipient;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unwrapWETH9Function, cancellationToken);
        }

        public Task<string> UnwrapWETH9WithFeeRequestAsync(UnwrapWETH9WithFeeFunction unwrapWETH9WithFeeFunction)
        {
             return ContractHandler.SendRequestAsync(unwrapWETH9WithFeeFunction);
        }

        public Task<TransactionReceipt> UnwrapWETH9WithFeeRequestAndWaitForReceiptAsync(UnwrapWETH9WithFeeFunction unwrapWETH9WithFeeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unwrapWETH9WithFeeFunction, cancellationToken);
        }

        public Task<string> UnwrapWETH9WithFeeRequestAsync(BigInteger amountMinimum, string recipient, BigInteger feeBips, string feeRecipient)
        {
            var unwrapWETH9WithFeeFunction = new UnwrapWETH9WithFeeFunction();
                unwrapWETH9WithFeeFunction.AmountMinimum = amountMinimum;
                unwrapWETH9WithFeeFunction.Recipient = recipient;
                unwrapWETH9WithFeeFunction.FeeBips = feeBips;
                unwrapWETH9WithFeeFunction.FeeRecipient = feeRecipient;
            
             return ContractHandler.SendRequestAsync(unwrapWETH9WithFeeFunction);
        }

        public Task<TransactionReceipt> UnwrapWETH9WithFeeRequestAndWaitForReceiptAsync(BigInteger amountMinimum, string recipient, BigInteger feeBips, string feeRecipient, CancellationTokenSource cancellationToken = null)
        {
            var unwrapWETH9WithFeeFunction = new UnwrapWETH9WithFeeFunction();
                unwrapWETH9WithFeeFunction.AmountMinimum = amountMinimum;
                unwrapWETH9WithFeeFunction.Recipient = recipient;
                unwrapWETH9WithFeeFunction.FeeBips = feeBips;
                unwrapWETH9WithFeeFunction.FeeRecipient = feeRecipient;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unwrapWETH9WithFeeFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(Weth9Function),
                typeof(ExactInputFunction),
                typeof(ExactInputSingleFunction),
                typeof(ExactOutputFunction),
                typeof(ExactOutputSingleFunction),
                typeof(FactoryFunction),
                typeof(MulticallFunction),
                typeof(RefundETHFunction),
                typeof(SweepTokenFunction),
                typeof(SweepTokenWithFeeFunction),
                typeof(UniswapV3SwapCallbackFunction),
                typeof(UnwrapWETH9Function),
                typeof(UnwrapWETH9WithFeeFunction)
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
