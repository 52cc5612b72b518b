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
using KeeperSuite.Contracts.MockAggregator.ContractDefinition;

namespace KeeperSuite.Contracts.MockAggregator
{
    public partial class MockAggregatorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MockAggregatorDeployment>().SendRequestAndWaitForReceiptAsync(mockAggregatorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MockAggregatorDeployment>().SendRequestAsync(mockAggregatorDeployment);
        }

        public static async Task<MockAggregatorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, mockAggregatorDeployment, cancellationTokenSource);
            return new MockAggregatorService(web3, receipt.ContractAddress);
        }

        public MockAggregatorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }

        
        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<string> DescriptionQueryAsync(DescriptionFunction descriptionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DescriptionFunction, string>(descriptionFunction, blockParameter);
        }

        
        public Task<string> DescriptionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DescriptionFunction, string>(null, blockParameter);
        }

        public Task<GetRoundDataOutputDTO> GetRoundDataQueryAsync(GetRoundDataFunction getRoundDataFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetRoundDataFunction, GetRoundDataOutputDTO>(getRoundDataFunction, blockParameter);
        }

        public Task<GetRoundDataOutputDTO> GetRoundDataQueryAsync(BigInteger roundId, BlockParameter blockParameter = null)
        {
            var getRoundDataFunction = new GetRoundDataFunction();
                getRoundDataFunction.RoundId = roundId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetRoundDataFunction, GetRoundDataOutputDTO>(getRoundDataFunction, blockParameter);
        }

        public Task<BigInteger> LatestRoundQueryAsync(LatestRoundFunction latestRoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestRoundFunction, BigInteger>(latestRoundFunction, blockParameter);
        }

        
        public Task<BigInteger> LatestRoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestRoundFunction, BigInteger>(null, blockParameter);
        }

        public Task<LatestRoundDataOutputDTO> LatestRoundDataQueryAsync(LatestRoundDataFunction latestRoundDataFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<LatestRoundDataFunction, LatestRoundDataOutputDTO>(latestRoundDataFunction, blockParameter);
        }

        public Task<LatestRoundDataOutputDTO> LatestRoundDataQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<LatestRoundDataFunction, LatestRoundDataOutputDTO>(null, blockParameter);
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

        public Task<string> SetAnswerRequestAsync(SetAnswerFunction setAnswerFunction)
        {
             return ContractHandler.SendRequestAsync(setAnswerFunction);
        }

        public Task<TransactionReceipt> SetAnswerRequestAndWaitForReceiptAsync(SetAnswerFunction setAnswerFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAnswerFunction, cancellationToken);
        }

        public Task<string> SetAnswerRequestAsync(BigInteger answer)
        {
            var setAnswerFunction = new SetAnswerFunction();
                setAnswerFunction.Answer = answer;
            
             return ContractHandler.SendRequestAsync(setAnswerFunction);
        }

        public Task<TransactionReceipt> SetAnswerRequestAndWaitForReceiptAsync(BigInteger answer, CancellationTokenSource cancellationToken = null)
        {
            var setAnswerFunction = new SetAnswerFunction();
                setAnswerFunction.Answer = answer;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAnswerFunction, cancellationToken);
        }

        public Task<string> SetRoundDataRequestAsync(SetRoundDataFunction setRoundDataFunction)
        {
             return ContractHandler.SendRequestAsync(setRoundDataFunction);
        }

        public Task<TransactionReceipt> SetRoundDataRequestAndWaitForReceiptAsync(SetRoundDataFunction setRoundDataFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRoundDataFunction, cancellationToken);
        }

        public Task<string> SetRoundDataRequestAsync(BigInteger roundId, BigInteger answer, BigInteger startedAt, BigInteger updatedAt, BigInteger answeredInRound)
        {
            var setRoundDataFunction = new SetRoundDataFunction();
                setRoundDataFunction.RoundId = roundId;
                setRoundDataFunction.Answer = answer;
                setRoundDataFunction.StartedAt = startedAt;
                setRoundDataFunction.UpdatedAt = updatedAt;
                setRoundDataFunction.AnsweredInRound = answeredInRound;
            
             return ContractHandler.SendRequestAsync(setRoundDataFunction);
        }

        public Task<TransactionReceipt> SetRoundDataRequestAndWaitForReceiptAsync(BigInteger roundId, BigInteger answer, BigInteger startedAt, BigInteger updatedAt, BigInteger answeredInRound, CancellationTokenSource cancellationToken = null)
        {
            var setRoundDataFunction = new SetRoundDataFunction();
                setRoundDataFunction.RoundId = roundId;
                setRoundDataFunction.Answer = answer;
                setRoundDataFunction.StartedAt = startedAt;
                setRoundDataFunction.UpdatedAt = updatedAt;
                setRoundDataFunction.AnsweredInRound = answeredInRound;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRoundDataFunction, cancellationToken);
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

        public Task<BigInteger> VersionQueryAsync(VersionFunction versionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, BigInteger>(versionFunction, blockParameter);
        }

        
        public Task<BigInteger> VersionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, BigInteger>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DecimalsFunction),
                typeof(DescriptionFunction),
                typeof(GetRoundDataFunction),
                typeof(LatestRoundFunction),
                typeof(LatestRoundDataFunction),
                typeof(OwnerFunction),
                typeof(RenounceOwnershipFunction),
                typeof(SetAnswerFunction),
                typeof(SetRoundDataFunction),
                typeof(TransferOwnershipFunction),
                typeof(VersionFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AnswerUpdatedEventDTO),
                typeof(OwnershipTransferredEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(NoDataError),
                typeof(OwnableInvalidOwnerError),
                typeof(OwnableUnauthorizedAccountError)
            };
        }
    }
}
