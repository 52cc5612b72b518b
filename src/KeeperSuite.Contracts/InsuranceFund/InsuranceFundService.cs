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
using KeeperSuite.Contracts.InsuranceFund.ContractDefinition;

namespace KeeperSuite.Contracts.InsuranceFund
{
    public partial class InsuranceFundService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, InsuranceFundDeployment insuranceFundDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<InsuranceFundDeployment>().SendRequestAndWaitForReceiptAsync(insuranceFundDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, InsuranceFundDeployment insuranceFundDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<InsuranceFundDeployment>().SendRequestAsync(insuranceFundDeployment);
        }

        public static async Task<InsuranceFundService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, InsuranceFundDeployment insuranceFundDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, insuranceFundDeployment, cancellationTokenSource);
            return new InsuranceFundService(web3, receipt.ContractAddress);
        }

        public InsuranceFundService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<string> AssetQueryAsync(AssetFunction assetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(assetFunction, blockParameter);
        }

        
        public Task<string> AssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> BalanceQueryAsync(BalanceFunction balanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceFunction, BigInteger>(balanceFunction, blockParameter);
        }

        
        public Task<BigInteger> BalanceQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> DepositRequestAsync(DepositFunction depositFunction)
        {
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(DepositFunction depositFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<string> DepositRequestAsync(BigInteger assets)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
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

        public Task<string> PayRequestAsync(PayFunction payFunction)
        {
             return ContractHandler.SendRequestAsync(payFunction);
        }

        public Task<TransactionReceipt> PayRequestAndWaitForReceiptAsync(PayFunction payFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payFunction, cancellationToken);
        }

        public Task<string> PayRequestAsync(string to, BigInteger assets)
        {
            var payFunction = new PayFunction();
                payFunction.To = to;
                payFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(payFunction);
        }

        public Task<TransactionReceipt> PayRequestAndWaitForReceiptAsync(string to, BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var payFunction = new PayFunction();
                payFunction.To = to;
                payFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payFunction, cancellationToken);
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

        public Task<string> SetWaterfallRequestAsync(SetWaterfallFunction setWaterfallFunction)
        {
             return ContractHandler.SendRequestAsync(setWaterfallFunction);
        }

        public Task<TransactionReceipt> SetWaterfallRequestAndWaitForReceiptAsync(SetWaterfallFunction setWaterfallFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWaterfallFunction, cancellationToken);
        }

        public Task<string> SetWaterfallRequestAsync(string waterfall)
        {
            var setWaterfallFunction = new SetWaterfallFunction();
                setWaterfallFunction.Waterfall = waterfall;
            
             return ContractHandler.SendRequestAsync(setWaterfallFunction);
        }

        public Task<TransactionReceipt> SetWaterfallRequestAndWaitForReceiptAsync(string waterfall, CancellationTokenSource cancellationToken = null)
        {
            var setWaterfallFunction = new SetWaterfallFunction();
                setWaterfallFunction.Waterfall = waterfall;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWaterfallFunction, cancellationToken);
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

        public Task<string> SyncRequestAsync(SyncFunction syncFunction)
        {
             return ContractHandler.SendRequestAsync(syncFunction);
        }

        public Task<string> SyncRequestAsync()
        {
             return ContractHandler.SendRequestAsync<SyncFunction>();
        }

        public Task<TransactionReceipt> SyncRequestAndWaitForReceiptAsync(SyncFunction syncFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(syncFunction, cancellationToken);
        }

        public Task<TransactionReceipt> SyncRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<SyncFunction>(null, cancellationToken);
        }

        public Task<BigInteger> TotalInflowsQueryAsync(TotalInflowsFunction totalInflowsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalInflowsFunction, BigInteger>(totalInflowsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalInflowsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalInflowsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalOutflowsQueryAsync(TotalOutflowsFunction totalOutflowsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalOutflowsFunction, BigInteger>(totalOutflowsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalOutflowsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalOutflowsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> UnbookedQueryAsync(UnbookedFunction unbookedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnbookedFunction, BigInteger>(unbookedFunction, blockParameter);
        }

        
        public Task<BigInteger> UnbookedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnbookedFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> WaterfallQueryAsync(WaterfallFunction waterfallFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WaterfallFunction, string>(waterfallFunction, blockParameter);
        }

        
        public Task<string> WaterfallQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WaterfallFunction, string>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(AssetFunction),
                typeof(BalanceFunction),
                typeof(DepositFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(PayFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SetWaterfallFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SyncFunction),
                typeof(TotalInflowsFunction),
                typeof(TotalOutflowsFunction),
                typeof(UnbookedFunction),
                typeof(WaterfallFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(DepositedEventDTO),
                typeof(InflowBookedEventDTO),
                typeof(PaidEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(WaterfallSetEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(InsufficientFundError),
                typeof(NotWaterfallError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(SafeERC20FailedOperationError),
                typeof(WaterfallAlreadySetError),
                typeof(ZeroAddressError),
                typeof(ZeroAmountError)
            };
        }
    }
}
