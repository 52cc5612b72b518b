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
using KeeperSuite.Contracts.QuoterV2.ContractDefinition;

namespace KeeperSuite.Contracts.QuoterV2
{
    public partial class QuoterV2Service: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<QuoterV2Deployment>().SendRequestAndWaitForReceiptAsync(quoterV2Deployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment)
        {
            return web3.Eth.GetContractDeploymentHandler<QuoterV2Deployment>().SendRequestAsync(quoterV2Deployment);
        }

        public static async Task<QuoterV2Service> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, quoterV2Deployment, cancellationTokenSource);
            return new QuoterV2Service(web3, receipt.ContractAddress);
        }

        public QuoterV2Service(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<string> FactoryQueryAsync(FactoryFunction factoryFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FactoryFunction, string>(factoryFunction, blockParameter);
        }

        
        public Task<string> FactoryQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FactoryFunction, string>(null, blockParameter);
        }

        public Task<string> QuoteExactInputRequestAsync(QuoteExactInputFunction quoteExactInputFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactInputFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputRequestAndWaitForReceiptAsync(QuoteExactInputFunction quoteExactInputFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputFunction, cancellationToken);
        }

        public Task<string> QuoteExactInputRequestAsync(byte[] path, BigInteger amountIn)
        {
            var quoteExactInputFunction = new QuoteExactInputFunction();
                quoteExactInputFunction.Path = path;
                quoteExactInputFunction.AmountIn = amountIn;
            
             return ContractHandler.SendRequestAsync(quoteExactInputFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputRequestAndWaitForReceiptAsync(byte[] path, BigInteger amountIn, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactInputFunction = new QuoteExactInputFunction();
                quoteExactInputFunction.Path = path;
                quoteExactInputFunction.AmountIn = amountIn;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputFunction, cancellationToken);
        }

        public Task<string> QuoteExactInputSingleRequestAsync(QuoteExactInputSingleFunction quoteExactInputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactInputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputSingleRequestAndWaitForReceiptAsync(QuoteExactInputSingleFunction quoteExactInputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactInputSingleRequestAsync(QuoteExactInputSingleParams @params)
        {
            var quoteExactInputSingleFunction = new QuoteExactInputSingleFunction();
                quoteExactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(quoteExactInputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputSingleRequestAndWaitForReceiptAsync(QuoteExactInputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactInputSingleFunction = new QuoteExactInputSingleFunction();
                quoteExactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputRequestAsync(QuoteExactOutputFunction quoteExactOutputFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactOutputFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputRequestAndWaitForReceiptAsync(QuoteExactOutputFunction quoteExactOutputFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputRequestAsync(byte[] path, BigInteger amountOut)
        {
            var quoteExactOutputFunction = new QuoteExactOutputFunction();
                quoteExactOutputFunction.Path = path;
                quoteExactOutputFunction.AmountOut = amountOut;
            
             return ContractHandler.SendRequestAsync(quoteExactOutputFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputRequestAndWaitForReceiptAsync(byte[] path, BigInteger amountOut, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactOutputFunction = new QuoteExactOutputFunction();
                quoteExactOutputFunction.Path = path;
                quoteExactOutputFunction.AmountOut = amountOut;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputSingleRequestAsync(QuoteExactOutputSingleFunction quoteExactOutputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactOutputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputSingleRequestAndWaitForReceiptAsync(QuoteExactOutputSingleFunction quoteExactOutputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputSingleRequestAsync(QuoteExactOutputSingleParams @params)
        {
            var quoteExactOutputSingleFunction = new QuoteExactOutputSingleFunction();
                quoteExactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(quoteExactOutputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputSingleRequestAndWaitForReceiptAsync(QuoteExactOutputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactOutputSingleFunction = new QuoteExactOutputSingleFunction();
                quoteExactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputSingleFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(Weth9Function),
                typeof(FactoryFunction),
                typeof(QuoteExactInputFunction),
                typeof(QuoteExactInputSingleFunction),
                typeof(QuoteExactOutputFunction),
                typeof(QuoteExactOutputSingleFunction)
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
