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
using KeeperSuite.Contracts.LendingPool.ContractDefinition;

namespace KeeperSuite.Contracts.LendingPool
{
    public partial class LendingPoolService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, LendingPoolDeployment lendingPoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<LendingPoolDeployment>().SendRequestAndWaitForReceiptAsync(lendingPoolDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, LendingPoolDeployment lendingPoolDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<LendingPoolDeployment>().SendRequestAsync(lendingPoolDeployment);
        }

        public static async Task<LendingPoolService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, LendingPoolDeployment lendingPoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, lendingPoolDeployment, cancellationTokenSource);
            return new LendingPoolService(web3, receipt.ContractAddress);
        }

        public LendingPoolService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte> DecimalsOffsetQueryAsync(DecimalsOffsetFunction decimalsOffsetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsOffsetFunction, byte>(decimalsOffsetFunction, blockParameter);
        }

        
        public Task<byte> DecimalsOffsetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsOffsetFunction, byte>(null, blockParameter);
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

        public Task<BigInteger> MaxBaseRateQueryAsync(MaxBaseRateFunction maxBaseRateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBaseRateFunction, BigInteger>(maxBaseRateFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxBaseRateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxBaseRateFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxFlashFeeRateQueryAsync(MaxFlashFeeRateFunction maxFlashFeeRateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFlashFeeRateFunction, BigInteger>(maxFlashFeeRateFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxFlashFeeRateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFlashFeeRateFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxOptimalUtilizationQueryAsync(MaxOptimalUtilizationFunction maxOptimalUtilizationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxOptimalUtilizationFunction, BigInteger>(maxOptimalUtilizationFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxOptimalUtilizationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxOptimalUtilizationFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxReserveFactorQueryAsync(MaxReserveFactorFunction maxReserveFactorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReserveFactorFunction, BigInteger>(maxReserveFactorFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxReserveFactorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReserveFactorFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxSlope1QueryAsync(MaxSlope1Function maxSlope1Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlope1Function, BigInteger>(maxSlope1Function, blockParameter);
        }

        
        public Task<BigInteger> MaxSlope1QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlope1Function, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxSlope2QueryAsync(MaxSlope2Function maxSlope2Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlope2Function, BigInteger>(maxSlope2Function, blockParameter);
        }

        
        public Task<BigInteger> MaxSlope2QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxSlope2Function, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinOptimalUtilizationQueryAsync(MinOptimalUtilizationFunction minOptimalUtilizationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinOptimalUtilizationFunction, BigInteger>(minOptimalUtilizationFunction, blockParameter);
        }

        
        public Task<BigInteger> MinOptimalUtilizationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinOptimalUtilizationFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> RecoveryEpochQueryAsync(RecoveryEpochFunction recoveryEpochFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryEpochFunction, BigInteger>(recoveryEpochFunction, blockParameter);
        }

        
        public Task<BigInteger> RecoveryEpochQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryEpochFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> RecoveryUnlockPeriodQueryAsync(RecoveryUnlockPeriodFunction recoveryUnlockPeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryUnlockPeriodFunction, BigInteger>(recoveryUnlockPeriodFunction, blockParameter);
        }

        
        public Task<BigInteger> RecoveryUnlockPeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryUnlockPeriodFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> AccrueInterestRequestAsync(AccrueInterestFunction accrueInterestFunction)
        {
             return ContractHandler.SendRequestAsync(accrueInterestFunction);
        }

        public Task<string> AccrueInterestRequestAsync()
        {
             return ContractHandler.SendRequestAsync<AccrueInterestFunction>();
        }

        public Task<TransactionReceipt> AccrueInterestRequestAndWaitForReceiptAsync(AccrueInterestFunction accrueInterestFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(accrueInterestFunction, cancellationToken);
        }

        public Task<TransactionReceipt> AccrueInterestRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<AccrueInterestFunction>(null, cancellationToken);
        }

        public Task<BigInteger> AllowanceQueryAsync(AllowanceFunction allowanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        
        public Task<BigInteger> AllowanceQueryAsync(string owner, string spender, BlockParameter blockParameter = null)
        {
            var allowanceFunction = new AllowanceFunction();
                allowanceFunction.Owner = owner;
                allowanceFunction.Spender = spender;
            
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        public Task<string> ApproveRequestAsync(ApproveFunction approveFunction)
        {
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(ApproveFunction approveFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> ApproveRequestAsync(string spender, BigInteger value)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(string spender, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> AssetQueryAsync(AssetFunction assetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(assetFunction, blockParameter);
        }

        
        public Task<string> AssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> BalanceOfQueryAsync(BalanceOfFunction balanceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        
        public Task<BigInteger> BalanceOfQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var balanceOfFunction = new BalanceOfFunction();
                balanceOfFunction.Account = account;
            
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        public Task<string> BorrowRequestAsync(BorrowFunction borrowFunction)
        {
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(BorrowFunction borrowFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<string> BorrowRequestAsync(string receiver, BigInteger assets)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.Receiver = receiver;
                borrowFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(string receiver, BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.Receiver = receiver;
                borrowFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<BigInteger> BorrowIndexQueryAsync(BorrowIndexFunction borrowIndexFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowIndexFunction, BigInteger>(borrowIndexFunction, blockParameter);
        }

        
        public Task<BigInteger> BorrowIndexQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowIndexFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> BorrowRateAtQueryAsync(BorrowRateAtFunction borrowRateAtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowRateAtFunction, BigInteger>(borrowRateAtFunction, blockParameter);
        }

        
        public Task<BigInteger> BorrowRateAtQueryAsync(BigInteger utilizationWad, BlockParameter blockParameter = null)
        {
            var borrowRateAtFunction = new BorrowRateAtFunction();
                borrowRateAtFunction.UtilizationWad = utilizationWad;
            
            return ContractHandler.QueryAsync<BorrowRateAtFunction, BigInteger>(borrowRateAtFunction, blockParameter);
        }

        public Task<BigInteger> BorrowRatePerSecondQueryAsync(BorrowRatePerSecondFunction borrowRatePerSecondFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowRatePerSecondFunction, BigInteger>(borrowRatePerSecondFunction, blockParameter);
        }

        
        public Task<BigInteger> BorrowRatePerSecondQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowRatePerSecondFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> CashQueryAsync(CashFunction cashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CashFunction, BigInteger>(cashFunction, blockParameter);
        }

        
        public Task<BigInteger> CashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CashFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> ConvertToAssetsQueryAsync(ConvertToAssetsFunction convertToAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ConvertToAssetsFunction, BigInteger>(convertToAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> ConvertToAssetsQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var convertToAssetsFunction = new ConvertToAssetsFunction();
                convertToAssetsFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<ConvertToAssetsFunction, BigInteger>(convertToAssetsFunction, blockParameter);
        }

        public Task<BigInteger> ConvertToSharesQueryAsync(ConvertToSharesFunction convertToSharesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ConvertToSharesFunction, BigInteger>(convertToSharesFunction, blockParameter);
        }

        
        public Task<BigInteger> ConvertToSharesQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var convertToSharesFunction = new ConvertToSharesFunction();
                convertToSharesFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<ConvertToSharesFunction, BigInteger>(convertToSharesFunction, blockParameter);
        }

        public Task<BigInteger> CumulativeLossPerShareWadQueryAsync(CumulativeLossPerShareWadFunction cumulativeLossPerShareWadFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CumulativeLossPerShareWadFunction, BigInteger>(cumulativeLossPerShareWadFunction, blockParameter);
        }

        
        public Task<BigInteger> CumulativeLossPerShareWadQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CumulativeLossPerShareWadFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> CumulativeRecoveryPerShareWadQueryAsync(CumulativeRecoveryPerShareWadFunction cumulativeRecoveryPerShareWadFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CumulativeRecoveryPerShareWadFunction, BigInteger>(cumulativeRecoveryPerShareWadFunction, blockParameter);
        }

        
        public Task<BigInteger> CumulativeRecoveryPerShareWadQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CumulativeRecoveryPerShareWadFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }

        
        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<DeficitOutputDTO> DeficitQueryAsync(DeficitFunction deficitFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitFunction, DeficitOutputDTO>(deficitFunction, blockParameter);
        }

        public Task<DeficitOutputDTO> DeficitQueryAsync(BigInteger deficitId, BlockParameter blockParameter = null)
        {
            var deficitFunction = new DeficitFunction();
                deficitFunction.DeficitId = deficitId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitFunction, DeficitOutputDTO>(deficitFunction, blockParameter);
        }

        public Task<BigInteger> DeficitCountQueryAsync(DeficitCountFunction deficitCountFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DeficitCountFunction, BigInteger>(deficitCountFunction, blockParameter);
        }

        
        public Task<BigInteger> DeficitCountQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DeficitCountFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> DepositRequestAsync(DepositFunction depositFunction)
        {
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(DepositFunction depositFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<string> DepositRequestAsync(BigInteger assets, string receiver)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
                depositFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(BigInteger assets, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
                depositFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<bool> EntriesOpenQueryAsync(EntriesOpenFunction entriesOpenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EntriesOpenFunction, bool>(entriesOpenFunction, blockParameter);
        }

        
        public Task<bool> EntriesOpenQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EntriesOpenFunction, bool>(null, blockParameter);
        }

        public Task<BigInteger> EntryAssetsQueryAsync(EntryAssetsFunction entryAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EntryAssetsFunction, BigInteger>(entryAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> EntryAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EntryAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<uint> ExitsPausedByQueryAsync(ExitsPausedByFunction exitsPausedByFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExitsPausedByFunction, uint>(exitsPausedByFunction, blockParameter);
        }

        
        public Task<uint> ExitsPausedByQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ExitsPausedByFunction, uint>(null, blockParameter);
        }

        public Task<BigInteger> FlashFeeQueryAsync(FlashFeeFunction flashFeeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FlashFeeFunction, BigInteger>(flashFeeFunction, blockParameter);
        }

        
        public Task<BigInteger> FlashFeeQueryAsync(string token, BigInteger amount, BlockParameter blockParameter = null)
        {
            var flashFeeFunction = new FlashFeeFunction();
                flashFeeFunction.Token = token;
                flashFeeFunction.Amount = amount;
            
            return ContractHandler.QueryAsync<FlashFeeFunction, BigInteger>(flashFeeFunction, blockParameter);
        }

        public Task<BigInteger> FlashFeeRateQueryAsync(FlashFeeRateFunction flashFeeRateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FlashFeeRateFunction, BigInteger>(flashFeeRateFunction, blockParameter);
        }

        
        public Task<BigInteger> FlashFeeRateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FlashFeeRateFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> FlashLoanRequestAsync(FlashLoanFunction flashLoanFunction)
        {
             return ContractHandler.SendRequestAsync(flashLoanFunction);
        }

        public Task<TransactionReceipt> FlashLoanRequestAndWaitForReceiptAsync(FlashLoanFunction flashLoanFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(flashLoanFunction, cancellationToken);
        }

        public Task<string> FlashLoanRequestAsync(string receiver, string token, BigInteger amount, byte[] data)
        {
            var flashLoanFunction = new FlashLoanFunction();
                flashLoanFunction.Receiver = receiver;
                flashLoanFunction.Token = token;
                flashLoanFunction.Amount = amount;
                flashLoanFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(flashLoanFunction);
        }

        public Task<TransactionReceipt> FlashLoanRequestAndWaitForReceiptAsync(string receiver, string token, BigInteger amount, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var flashLoanFunction = new FlashLoanFunction();
                flashLoanFunction.Receiver = receiver;
                flashLoanFunction.Token = token;
                flashLoanFunction.Amount = amount;
                flashLoanFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(flashLoanFunction, cancellationToken);
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

        public Task<string> InsuranceFundQueryAsync(InsuranceFundFunction insuranceFundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<InsuranceFundFunction, string>(insuranceFundFunction, blockParameter);
        }

        
        public Task<string> InsuranceFundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<InsuranceFundFunction, string>(null, blockParameter);
        }

        public Task<ulong> LastAccrualQueryAsync(LastAccrualFunction lastAccrualFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastAccrualFunction, ulong>(lastAccrualFunction, blockParameter);
        }

        
        public Task<ulong> LastAccrualQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastAccrualFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> LockedRecoveryQueryAsync(LockedRecoveryFunction lockedRecoveryFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LockedRecoveryFunction, BigInteger>(lockedRecoveryFunction, blockParameter);
        }

        
        public Task<BigInteger> LockedRecoveryQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LockedRecoveryFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> MarketQueryAsync(MarketFunction marketFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(marketFunction, blockParameter);
        }

        
        public Task<string> MarketQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarketFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> MaxDepositQueryAsync(MaxDepositFunction maxDepositFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDepositFunction, BigInteger>(maxDepositFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxDepositQueryAsync(string returnValue1, BlockParameter blockParameter = null)
        {
            var maxDepositFunction = new MaxDepositFunction();
                maxDepositFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryAsync<MaxDepositFunction, BigInteger>(maxDepositFunction, blockParameter);
        }

        public Task<BigInteger> MaxFlashLoanQueryAsync(MaxFlashLoanFunction maxFlashLoanFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFlashLoanFunction, BigInteger>(maxFlashLoanFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxFlashLoanQueryAsync(string token, BlockParameter blockParameter = null)
        {
            var maxFlashLoanFunction = new MaxFlashLoanFunction();
                maxFlashLoanFunction.Token = token;
            
            return ContractHandler.QueryAsync<MaxFlashLoanFunction, BigInteger>(maxFlashLoanFunction, blockParameter);
        }

        public Task<BigInteger> MaxMintQueryAsync(MaxMintFunction maxMintFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMintFunction, BigInteger>(maxMintFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxMintQueryAsync(string returnValue1, BlockParameter blockParameter = null)
        {
            var maxMintFunction = new MaxMintFunction();
                maxMintFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryAsync<MaxMintFunction, BigInteger>(maxMintFunction, blockParameter);
        }

        public Task<BigInteger> MaxRedeemQueryAsync(MaxRedeemFunction maxRedeemFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRedeemFunction, BigInteger>(maxRedeemFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRedeemQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var maxRedeemFunction = new MaxRedeemFunction();
                maxRedeemFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<MaxRedeemFunction, BigInteger>(maxRedeemFunction, blockParameter);
        }

        public Task<BigInteger> MaxWithdrawQueryAsync(MaxWithdrawFunction maxWithdrawFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWithdrawFunction, BigInteger>(maxWithdrawFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxWithdrawQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var maxWithdrawFunction = new MaxWithdrawFunction();
                maxWithdrawFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<MaxWithdrawFunction, BigInteger>(maxWithdrawFunction, blockParameter);
        }

        public Task<string> MintRequestAsync(MintFunction mintFunction)
        {
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintFunction mintFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(BigInteger shares, string receiver)
        {
            var mintFunction = new MintFunction();
                mintFunction.Shares = shares;
                mintFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(BigInteger shares, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var mintFunction = new MintFunction();
                mintFunction.Shares = shares;
                mintFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> NameQueryAsync(NameFunction nameFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(nameFunction, blockParameter);
        }

        
        public Task<string> NameQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(null, blockParameter);
        }

        public Task<string> PayRewardRequestAsync(PayRewardFunction payRewardFunction)
        {
             return ContractHandler.SendRequestAsync(payRewardFunction);
        }

        public Task<TransactionReceipt> PayRewardRequestAndWaitForReceiptAsync(PayRewardFunction payRewardFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payRewardFunction, cancellationToken);
        }

        public Task<string> PayRewardRequestAsync(string to, BigInteger assets)
        {
            var payRewardFunction = new PayRewardFunction();
                payRewardFunction.To = to;
                payRewardFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(payRewardFunction);
        }

        public Task<TransactionReceipt> PayRewardRequestAndWaitForReceiptAsync(string to, BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var payRewardFunction = new PayRewardFunction();
                payRewardFunction.To = to;
                payRewardFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payRewardFunction, cancellationToken);
        }

        public Task<BigInteger> PreviewDepositQueryAsync(PreviewDepositFunction previewDepositFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewDepositFunction, BigInteger>(previewDepositFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewDepositQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var previewDepositFunction = new PreviewDepositFunction();
                previewDepositFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<PreviewDepositFunction, BigInteger>(previewDepositFunction, blockParameter);
        }

        public Task<BigInteger> PreviewMintQueryAsync(PreviewMintFunction previewMintFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewMintFunction, BigInteger>(previewMintFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewMintQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var previewMintFunction = new PreviewMintFunction();
                previewMintFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<PreviewMintFunction, BigInteger>(previewMintFunction, blockParameter);
        }

        public Task<BigInteger> PreviewRedeemQueryAsync(PreviewRedeemFunction previewRedeemFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewRedeemFunction, BigInteger>(previewRedeemFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewRedeemQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var previewRedeemFunction = new PreviewRedeemFunction();
                previewRedeemFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<PreviewRedeemFunction, BigInteger>(previewRedeemFunction, blockParameter);
        }

        public Task<BigInteger> PreviewWithdrawQueryAsync(PreviewWithdrawFunction previewWithdrawFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewWithdrawFunction, BigInteger>(previewWithdrawFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewWithdrawQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var previewWithdrawFunction = new PreviewWithdrawFunction();
                previewWithdrawFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<PreviewWithdrawFunction, BigInteger>(previewWithdrawFunction, blockParameter);
        }

        public Task<RateParamsOutputDTO> RateParamsQueryAsync(RateParamsFunction rateParamsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RateParamsFunction, RateParamsOutputDTO>(rateParamsFunction, blockParameter);
        }

        public Task<RateParamsOutputDTO> RateParamsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RateParamsFunction, RateParamsOutputDTO>(null, blockParameter);
        }

        public Task<string> RecordDeficitRequestAsync(RecordDeficitFunction recordDeficitFunction)
        {
             return ContractHandler.SendRequestAsync(recordDeficitFunction);
        }

        public Task<TransactionReceipt> RecordDeficitRequestAndWaitForReceiptAsync(RecordDeficitFunction recordDeficitFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordDeficitFunction, cancellationToken);
        }

        public Task<string> RecordDeficitRequestAsync(BigInteger scaledDebt, uint collateralId, string borrower)
        {
            var recordDeficitFunction = new RecordDeficitFunction();
                recordDeficitFunction.ScaledDebt = scaledDebt;
                recordDeficitFunction.CollateralId = collateralId;
                recordDeficitFunction.Borrower = borrower;
            
             return ContractHandler.SendRequestAsync(recordDeficitFunction);
        }

        public Task<TransactionReceipt> RecordDeficitRequestAndWaitForReceiptAsync(BigInteger scaledDebt, uint collateralId, string borrower, CancellationTokenSource cancellationToken = null)
        {
            var recordDeficitFunction = new RecordDeficitFunction();
                recordDeficitFunction.ScaledDebt = scaledDebt;
                recordDeficitFunction.CollateralId = collateralId;
                recordDeficitFunction.Borrower = borrower;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(recordDeficitFunction, cancellationToken);
        }

        public Task<BigInteger> RecoveryInSightQueryAsync(RecoveryInSightFunction recoveryInSightFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryInSightFunction, BigInteger>(recoveryInSightFunction, blockParameter);
        }

        
        public Task<BigInteger> RecoveryInSightQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryInSightFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> RecoveryUnlockEndQueryAsync(RecoveryUnlockEndFunction recoveryUnlockEndFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryUnlockEndFunction, BigInteger>(recoveryUnlockEndFunction, blockParameter);
        }

        
        public Task<BigInteger> RecoveryUnlockEndQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RecoveryUnlockEndFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> RedeemRequestAsync(RedeemFunction redeemFunction)
        {
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(RedeemFunction redeemFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
        }

        public Task<string> RedeemRequestAsync(BigInteger shares, string receiver, string owner)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.Shares = shares;
                redeemFunction.Receiver = receiver;
                redeemFunction.Owner = owner;
            
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(BigInteger shares, string receiver, string owner, CancellationTokenSource cancellationToken = null)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.Shares = shares;
                redeemFunction.Receiver = receiver;
                redeemFunction.Owner = owner;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
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

        public Task<string> RepayRequestAsync(BigInteger scaledDebt, BigInteger assets, BigInteger fee)
        {
            var repayFunction = new RepayFunction();
                repayFunction.ScaledDebt = scaledDebt;
                repayFunction.Assets = assets;
                repayFunction.Fee = fee;
            
             return ContractHandler.SendRequestAsync(repayFunction);
        }

        public Task<TransactionReceipt> RepayRequestAndWaitForReceiptAsync(BigInteger scaledDebt, BigInteger assets, BigInteger fee, CancellationTokenSource cancellationToken = null)
        {
            var repayFunction = new RepayFunction();
                repayFunction.ScaledDebt = scaledDebt;
                repayFunction.Assets = assets;
                repayFunction.Fee = fee;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayFunction, cancellationToken);
        }

        public Task<string> RepayDeficitsRequestAsync(RepayDeficitsFunction repayDeficitsFunction)
        {
             return ContractHandler.SendRequestAsync(repayDeficitsFunction);
        }

        public Task<TransactionReceipt> RepayDeficitsRequestAndWaitForReceiptAsync(RepayDeficitsFunction repayDeficitsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayDeficitsFunction, cancellationToken);
        }

        public Task<string> RepayDeficitsRequestAsync(BigInteger assets)
        {
            var repayDeficitsFunction = new RepayDeficitsFunction();
                repayDeficitsFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(repayDeficitsFunction);
        }

        public Task<TransactionReceipt> RepayDeficitsRequestAndWaitForReceiptAsync(BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var repayDeficitsFunction = new RepayDeficitsFunction();
                repayDeficitsFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayDeficitsFunction, cancellationToken);
        }

        public Task<BigInteger> ReserveFactorQueryAsync(ReserveFactorFunction reserveFactorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReserveFactorFunction, BigInteger>(reserveFactorFunction, blockParameter);
        }

        
        public Task<BigInteger> ReserveFactorQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReserveFactorFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> ReservesQueryAsync(ReservesFunction reservesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReservesFunction, BigInteger>(reservesFunction, blockParameter);
        }

        
        public Task<BigInteger> ReservesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReservesFunction, BigInteger>(null, blockParameter);
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

        public Task<string> SetFlashFeeRateRequestAsync(SetFlashFeeRateFunction setFlashFeeRateFunction)
        {
             return ContractHandler.SendRequestAsync(setFlashFeeRateFunction);
        }

        public Task<TransactionReceipt> SetFlashFeeRateRequestAndWaitForReceiptAsync(SetFlashFeeRateFunction setFlashFeeRateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFlashFeeRateFunction, cancellationToken);
        }

        public Task<string> SetFlashFeeRateRequestAsync(BigInteger rate)
        {
            var setFlashFeeRateFunction = new SetFlashFeeRateFunction();
                setFlashFeeRateFunction.Rate = rate;
            
             return ContractHandler.SendRequestAsync(setFlashFeeRateFunction);
        }

        public Task<TransactionReceipt> SetFlashFeeRateRequestAndWaitForReceiptAsync(BigInteger rate, CancellationTokenSource cancellationToken = null)
        {
            var setFlashFeeRateFunction = new SetFlashFeeRateFunction();
                setFlashFeeRateFunction.Rate = rate;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFlashFeeRateFunction, cancellationToken);
        }

        public Task<string> SetInsuranceFundRequestAsync(SetInsuranceFundFunction setInsuranceFundFunction)
        {
             return ContractHandler.SendRequestAsync(setInsuranceFundFunction);
        }

        public Task<TransactionReceipt> SetInsuranceFundRequestAndWaitForReceiptAsync(SetInsuranceFundFunction setInsuranceFundFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setInsuranceFundFunction, cancellationToken);
        }

        public Task<string> SetInsuranceFundRequestAsync(string fund)
        {
            var setInsuranceFundFunction = new SetInsuranceFundFunction();
                setInsuranceFundFunction.Fund = fund;
            
             return ContractHandler.SendRequestAsync(setInsuranceFundFunction);
        }

        public Task<TransactionReceipt> SetInsuranceFundRequestAndWaitForReceiptAsync(string fund, CancellationTokenSource cancellationToken = null)
        {
            var setInsuranceFundFunction = new SetInsuranceFundFunction();
                setInsuranceFundFunction.Fund = fund;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setInsuranceFundFunction, cancellationToken);
        }

        public Task<string> SetMarketRequestAsync(SetMarketFunction setMarketFunction)
        {
             return ContractHandler.SendRequestAsync(setMarketFunction);
        }

        public Task<TransactionReceipt> SetMarketRequestAndWaitForReceiptAsync(SetMarketFunction setMarketFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketFunction, cancellationToken);
        }

        public Task<string> SetMarketRequestAsync(string market)
        {
            var setMarketFunction = new SetMarketFunction();
                setMarketFunction.Market = market;
            
             return ContractHandler.SendRequestAsync(setMarketFunction);
        }

        public Task<TransactionReceipt> SetMarketRequestAndWaitForReceiptAsync(string market, CancellationTokenSource cancellationToken = null)
        {
            var setMarketFunction = new SetMarketFunction();
                setMarketFunction.Market = market;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketFunction, cancellationToken);
        }

        public Task<string> SetRateParamsRequestAsync(SetRateParamsFunction setRateParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setRateParamsFunction);
        }

        public Task<TransactionReceipt> SetRateParamsRequestAndWaitForReceiptAsync(SetRateParamsFunction setRateParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRateParamsFunction, cancellationToken);
        }

        public Task<string> SetRateParamsRequestAsync(RateParams @params)
        {
            var setRateParamsFunction = new SetRateParamsFunction();
                setRateParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(setRateParamsFunction);
        }

        public Task<TransactionReceipt> SetRateParamsRequestAndWaitForReceiptAsync(RateParams @params, CancellationTokenSource cancellationToken = null)
        {
            var setRateParamsFunction = new SetRateParamsFunction();
                setRateParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRateParamsFunction, cancellationToken);
        }

        public Task<string> SetReserveFactorRequestAsync(SetReserveFactorFunction setReserveFactorFunction)
        {
             return ContractHandler.SendRequestAsync(setReserveFactorFunction);
        }

        public Task<TransactionReceipt> SetReserveFactorRequestAndWaitForReceiptAsync(SetReserveFactorFunction setReserveFactorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReserveFactorFunction, cancellationToken);
        }

        public Task<string> SetReserveFactorRequestAsync(BigInteger reservefactor)
        {
            var setReserveFactorFunction = new SetReserveFactorFunction();
                setReserveFactorFunction.Reservefactor = reservefactor;
            
             return ContractHandler.SendRequestAsync(setReserveFactorFunction);
        }

        public Task<TransactionReceipt> SetReserveFactorRequestAndWaitForReceiptAsync(BigInteger reservefactor, CancellationTokenSource cancellationToken = null)
        {
            var setReserveFactorFunction = new SetReserveFactorFunction();
                setReserveFactorFunction.Reservefactor = reservefactor;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setReserveFactorFunction, cancellationToken);
        }

        public Task<string> SetWriteOffRequestAsync(SetWriteOffFunction setWriteOffFunction)
        {
             return ContractHandler.SendRequestAsync(setWriteOffFunction);
        }

        public Task<TransactionReceipt> SetWriteOffRequestAndWaitForReceiptAsync(SetWriteOffFunction setWriteOffFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWriteOffFunction, cancellationToken);
        }

        public Task<string> SetWriteOffRequestAsync(string writeoff, string fund)
        {
            var setWriteOffFunction = new SetWriteOffFunction();
                setWriteOffFunction.Writeoff = writeoff;
                setWriteOffFunction.Fund = fund;
            
             return ContractHandler.SendRequestAsync(setWriteOffFunction);
        }

        public Task<TransactionReceipt> SetWriteOffRequestAndWaitForReceiptAsync(string writeoff, string fund, CancellationTokenSource cancellationToken = null)
        {
            var setWriteOffFunction = new SetWriteOffFunction();
                setWriteOffFunction.Writeoff = writeoff;
                setWriteOffFunction.Fund = fund;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setWriteOffFunction, cancellationToken);
        }

        public Task<string> SkimReservesRequestAsync(SkimReservesFunction skimReservesFunction)
        {
             return ContractHandler.SendRequestAsync(skimReservesFunction);
        }

        public Task<string> SkimReservesRequestAsync()
        {
             return ContractHandler.SendRequestAsync<SkimReservesFunction>();
        }

        public Task<TransactionReceipt> SkimReservesRequestAndWaitForReceiptAsync(SkimReservesFunction skimReservesFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(skimReservesFunction, cancellationToken);
        }

        public Task<TransactionReceipt> SkimReservesRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<SkimReservesFunction>(null, cancellationToken);
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

        public Task<string> SymbolQueryAsync(SymbolFunction symbolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(symbolFunction, blockParameter);
        }

        
        public Task<string> SymbolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalAssetsQueryAsync(TotalAssetsFunction totalAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalAssetsFunction, BigInteger>(totalAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalDebtQueryAsync(TotalDebtFunction totalDebtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalDebtFunction, BigInteger>(totalDebtFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalDebtQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalDebtFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalLentQueryAsync(TotalLentFunction totalLentFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalLentFunction, BigInteger>(totalLentFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalLentQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalLentFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalScaledDebtQueryAsync(TotalScaledDebtFunction totalScaledDebtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalScaledDebtFunction, BigInteger>(totalScaledDebtFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalScaledDebtQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalScaledDebtFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyQueryAsync(TotalSupplyFunction totalSupplyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(totalSupplyFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalSupplyQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> TransferRequestAsync(TransferFunction transferFunction)
        {
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(TransferFunction transferFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferRequestAsync(string to, BigInteger value)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(TransferFromFunction transferFromFunction)
        {
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(TransferFromFunction transferFromFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(string from, string to, BigInteger value)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(string from, string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<BigInteger> UncoveredDeficitQueryAsync(UncoveredDeficitFunction uncoveredDeficitFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UncoveredDeficitFunction, BigInteger>(uncoveredDeficitFunction, blockParameter);
        }

        
        public Task<BigInteger> UncoveredDeficitQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UncoveredDeficitFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> UtilizationQueryAsync(UtilizationFunction utilizationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UtilizationFunction, BigInteger>(utilizationFunction, blockParameter);
        }

        
        public Task<BigInteger> UtilizationQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UtilizationFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WithdrawRequestAsync(BigInteger assets, string receiver, string owner)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Assets = assets;
                withdrawFunction.Receiver = receiver;
                withdrawFunction.Owner = owner;
            
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(BigInteger assets, string receiver, string owner, CancellationTokenSource cancellationToken = null)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Assets = assets;
                withdrawFunction.Receiver = receiver;
                withdrawFunction.Owner = owner;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WriteOffQueryAsync(WriteOffFunction writeOffFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WriteOffFunction, string>(writeOffFunction, blockParameter);
        }

        
        public Task<string> WriteOffQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WriteOffFunction, string>(null, blockParameter);
        }

        public Task<string> WriteOffDeficitsRequestAsync(WriteOffDeficitsFunction writeOffDeficitsFunction)
        {
             return ContractHandler.SendRequestAsync(writeOffDeficitsFunction);
        }

        public Task<TransactionReceipt> WriteOffDeficitsRequestAndWaitForReceiptAsync(WriteOffDeficitsFunction writeOffDeficitsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeOffDeficitsFunction, cancellationToken);
        }

        public Task<string> WriteOffDeficitsRequestAsync(BigInteger assets)
        {
            var writeOffDeficitsFunction = new WriteOffDeficitsFunction();
                writeOffDeficitsFunction.Assets = assets;
            
             return ContractHandler.SendRequestAsync(writeOffDeficitsFunction);
        }

        public Task<TransactionReceipt> WriteOffDeficitsRequestAndWaitForReceiptAsync(BigInteger assets, CancellationTokenSource cancellationToken = null)
        {
            var writeOffDeficitsFunction = new WriteOffDeficitsFunction();
                writeOffDeficitsFunction.Assets = assets;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(writeOffDeficitsFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DecimalsOffsetFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(GovernorRoleFunction),
                typeof(MaxBaseRateFunction),
                typeof(MaxFlashFeeRateFunction),
                typeof(MaxOptimalUtilizationFunction),
                typeof(MaxReserveFactorFunction),
                typeof(MaxSlope1Function),
                typeof(MaxSlope2Function),
                typeof(MinOptimalUtilizationFunction),
                typeof(RecoveryEpochFunction),
                typeof(RecoveryUnlockPeriodFunction),
                typeof(AccrueInterestFunction),
                typeof(AllowanceFunction),
                typeof(ApproveFunction),
                typeof(AssetFunction),
                typeof(BalanceOfFunction),
                typeof(BorrowFunction),
                typeof(BorrowIndexFunction),
                typeof(BorrowRateAtFunction),
                typeof(BorrowRatePerSecondFunction),
                typeof(CashFunction),
                typeof(ConvertToAssetsFunction),
                typeof(ConvertToSharesFunction),
                typeof(CumulativeLossPerShareWadFunction),
                typeof(CumulativeRecoveryPerShareWadFunction),
                typeof(DecimalsFunction),
                typeof(DeficitFunction),
                typeof(DeficitCountFunction),
                typeof(DepositFunction),
                typeof(EntriesOpenFunction),
                typeof(EntryAssetsFunction),
                typeof(ExitsPausedByFunction),
                typeof(FlashFeeFunction),
                typeof(FlashFeeRateFunction),
                typeof(FlashLoanFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(InsuranceFundFunction),
                typeof(LastAccrualFunction),
                typeof(LockedRecoveryFunction),
                typeof(MarketFunction),
                typeof(MaxDepositFunction),
                typeof(MaxFlashLoanFunction),
                typeof(MaxMintFunction),
                typeof(MaxRedeemFunction),
                typeof(MaxWithdrawFunction),
                typeof(MintFunction),
                typeof(NameFunction),
                typeof(PayRewardFunction),
                typeof(PreviewDepositFunction),
                typeof(PreviewMintFunction),
                typeof(PreviewRedeemFunction),
                typeof(PreviewWithdrawFunction),
                typeof(RateParamsFunction),
                typeof(RecordDeficitFunction),
                typeof(RecoveryInSightFunction),
                typeof(RecoveryUnlockEndFunction),
                typeof(RedeemFunction),
                typeof(RenounceRoleFunction),
                typeof(RepayFunction),
                typeof(RepayDeficitsFunction),
                typeof(ReserveFactorFunction),
                typeof(ReservesFunction),
                typeof(RevokeRoleFunction),
                typeof(SetFlashFeeRateFunction),
                typeof(SetInsuranceFundFunction),
                typeof(SetMarketFunction),
                typeof(SetRateParamsFunction),
                typeof(SetReserveFactorFunction),
                typeof(SetWriteOffFunction),
                typeof(SkimReservesFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SymbolFunction),
                typeof(TotalAssetsFunction),
                typeof(TotalDebtFunction),
                typeof(TotalLentFunction),
                typeof(TotalScaledDebtFunction),
                typeof(TotalSupplyFunction),
                typeof(TransferFunction),
                typeof(TransferFromFunction),
                typeof(UncoveredDeficitFunction),
                typeof(UtilizationFunction),
                typeof(WithdrawFunction),
                typeof(WriteOffFunction),
                typeof(WriteOffDeficitsFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ApprovalEventDTO),
                typeof(BorrowedEventDTO),
                typeof(DeficitRecordedEventDTO),
                typeof(DeficitsRepaidEventDTO),
                typeof(DeficitsWrittenOffEventDTO),
                typeof(DepositEventDTO),
                typeof(FlashFeeRateSetEventDTO),
                typeof(FlashLoanEventDTO),
                typeof(InsuranceFundSetEventDTO),
                typeof(InterestAccruedEventDTO),
                typeof(MarketSetEventDTO),
                typeof(RateParamsSetEventDTO),
                typeof(RecoveryLockedEventDTO),
                typeof(RepaidEventDTO),
                typeof(ReserveFactorSetEventDTO),
                typeof(ReservesSkimmedEventDTO),
                typeof(ReservesWrittenDownEventDTO),
                typeof(RewardPaidEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(TransferEventDTO),
                typeof(WithdrawEventDTO),
                typeof(WriteOffSetEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(DeficitRepaymentTooLargeError),
                typeof(ERC20InsufficientAllowanceError),
                typeof(ERC20InsufficientBalanceError),
                typeof(ERC20InvalidApproverError),
                typeof(ERC20InvalidReceiverError),
                typeof(ERC20InvalidSenderError),
                typeof(ERC20InvalidSpenderError),
                typeof(ERC4626ExceededMaxDepositError),
                typeof(ERC4626ExceededMaxMintError),
                typeof(ERC4626ExceededMaxRedeemError),
                typeof(ERC4626ExceededMaxWithdrawError),
                typeof(ExitsPausedError),
                typeof(FlashLoanActiveError),
                typeof(FlashLoanRejectedError),
                typeof(FlashLoanTooLargeError),
                typeof(InsufficientCashError),
                typeof(InsuranceFundLockedError),
                typeof(InsuranceFundNotSetError),
                typeof(MarketAlreadySetError),
                typeof(NotMarketError),
                typeof(NotWriteOffError),
                typeof(ParameterOutOfBoundsError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(RepaymentTooSmallError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError),
                typeof(ScaledDebtExceedsTotalError),
                typeof(UnknownDeficitError),
                typeof(UnsupportedFlashTokenError),
                typeof(WriteOffAlreadySetError),
                typeof(ZeroAddressError),
                typeof(ZeroAmountError)
            };
        }
    }
}
