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
using KeeperSuite.Contracts.Waterfall.ContractDefinition;

namespace KeeperSuite.Contracts.Waterfall
{
    public partial class WaterfallService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, WaterfallDeployment waterfallDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<WaterfallDeployment>().SendRequestAndWaitForReceiptAsync(waterfallDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, WaterfallDeployment waterfallDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<WaterfallDeployment>().SendRequestAsync(waterfallDeployment);
        }

        public static async Task<WaterfallService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, WaterfallDeployment waterfallDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, waterfallDeployment, cancellationTokenSource);
            return new WaterfallService(web3, receipt.ContractAddress);
        }

        public WaterfallService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<byte[]> GovernorRoleQueryAsync(GovernorRoleFunction governorRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(governorRoleFunction, blockParameter);
        }

        
        public Task<byte[]> GovernorRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GovernorRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxChipQueryAsync(MaxChipFunction maxChipFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxChipFunction, BigInteger>(maxChipFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxChipQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxChipFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxMinCoverUnitsQueryAsync(MaxMinCoverUnitsFunction maxMinCoverUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMinCoverUnitsFunction, BigInteger>(maxMinCoverUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxMinCoverUnitsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMinCoverUnitsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxRewardCapUnitsQueryAsync(MaxRewardCapUnitsFunction maxRewardCapUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardCapUnitsFunction, BigInteger>(maxRewardCapUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRewardCapUnitsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardCapUnitsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxRewardShareBoundQueryAsync(MaxRewardShareBoundFunction maxRewardShareBoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardShareBoundFunction, BigInteger>(maxRewardShareBoundFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRewardShareBoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardShareBoundFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxTipUnitsQueryAsync(MaxTipUnitsFunction maxTipUnitsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxTipUnitsFunction, BigInteger>(maxTipUnitsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxTipUnitsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxTipUnitsFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> AssetQueryAsync(AssetFunction assetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(assetFunction, blockParameter);
        }

        
        public Task<string> AssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(null, blockParameter);
        }

        public Task<string> AuctionQueryAsync(AuctionFunction auctionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionFunction, string>(auctionFunction, blockParameter);
        }

        
        public Task<string> AuctionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> AuctionDebtQueryAsync(AuctionDebtFunction auctionDebtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionDebtFunction, BigInteger>(auctionDebtFunction, blockParameter);
        }

        
        public Task<BigInteger> AuctionDebtQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AuctionDebtFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> ChipQueryAsync(ChipFunction chipFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ChipFunction, BigInteger>(chipFunction, blockParameter);
        }

        
        public Task<BigInteger> ChipQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ChipFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> CoverRequestAsync(CoverFunction coverFunction)
        {
             return ContractHandler.SendRequestAsync(coverFunction);
        }

        public Task<string> CoverRequestAsync()
        {
             return ContractHandler.SendRequestAsync<CoverFunction>();
        }

        public Task<TransactionReceipt> CoverRequestAndWaitForReceiptAsync(CoverFunction coverFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(coverFunction, cancellationToken);
        }

        public Task<TransactionReceipt> CoverRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<CoverFunction>(null, cancellationToken);
        }

        public Task<ulong> CurrentRoundQueryAsync(CurrentRoundFunction currentRoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentRoundFunction, ulong>(currentRoundFunction, blockParameter);
        }

        
        public Task<ulong> CurrentRoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CurrentRoundFunction, ulong>(null, blockParameter);
        }

        public Task<DeficitOutcomeOutputDTO> DeficitOutcomeQueryAsync(DeficitOutcomeFunction deficitOutcomeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitOutcomeFunction, DeficitOutcomeOutputDTO>(deficitOutcomeFunction, blockParameter);
        }

        public Task<DeficitOutcomeOutputDTO> DeficitOutcomeQueryAsync(BigInteger deficitId, BlockParameter blockParameter = null)
        {
            var deficitOutcomeFunction = new DeficitOutcomeFunction();
                deficitOutcomeFunction.DeficitId = deficitId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<DeficitOutcomeFunction, DeficitOutcomeOutputDTO>(deficitOutcomeFunction, blockParameter);
        }

        public Task<string> FundQueryAsync(FundFunction fundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundFunction, string>(fundFunction, blockParameter);
        }

        
        public Task<string> FundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FundFunction, string>(null, blockParameter);
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

        public Task<BigInteger> IncentiveQueryAsync(IncentiveFunction incentiveFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IncentiveFunction, BigInteger>(incentiveFunction, blockParameter);
        }

        
        public Task<BigInteger> IncentiveQueryAsync(BigInteger amount, BlockParameter blockParameter = null)
        {
            var incentiveFunction = new IncentiveFunction();
                incentiveFunction.Amount = amount;
            
            return ContractHandler.QueryAsync<IncentiveFunction, BigInteger>(incentiveFunction, blockParameter);
        }

        public Task<ulong> LiveAuctionIdQueryAsync(LiveAuctionIdFunction liveAuctionIdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LiveAuctionIdFunction, ulong>(liveAuctionIdFunction, blockParameter);
        }

        
        public Task<ulong> LiveAuctionIdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LiveAuctionIdFunction, ulong>(null, blockParameter);
        }

        public Task<BigInteger> MaxRewardShareQueryAsync(MaxRewardShareFunction maxRewardShareFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardShareFunction, BigInteger>(maxRewardShareFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRewardShareQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRewardShareFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinCoverQueryAsync(MinCoverFunction minCoverFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCoverFunction, BigInteger>(minCoverFunction, blockParameter);
        }

        
        public Task<BigInteger> MinCoverQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCoverFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte> NextStepQueryAsync(NextStepFunction nextStepFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NextStepFunction, byte>(nextStepFunction, blockParameter);
        }

        
        public Task<byte> NextStepQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NextStepFunction, byte>(null, blockParameter);
        }

        public Task<string> PoolQueryAsync(PoolFunction poolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(poolFunction, blockParameter);
        }

        
        public Task<string> PoolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PoolFunction, string>(null, blockParameter);
        }

        public Task<PreviewStepOutputDTO> PreviewStepQueryAsync(PreviewStepFunction previewStepFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewStepFunction, PreviewStepOutputDTO>(previewStepFunction, blockParameter);
        }

        public Task<PreviewStepOutputDTO> PreviewStepQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PreviewStepFunction, PreviewStepOutputDTO>(null, blockParameter);
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

        public Task<BigInteger> RewardCapQueryAsync(RewardCapFunction rewardCapFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RewardCapFunction, BigInteger>(rewardCapFunction, blockParameter);
        }

        
        public Task<BigInteger> RewardCapQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RewardCapFunction, BigInteger>(null, blockParameter);
        }

        public Task<RoundOutputDTO> RoundQueryAsync(RoundFunction roundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<RoundFunction, RoundOutputDTO>(roundFunction, blockParameter);
        }

        public Task<RoundOutputDTO> RoundQueryAsync(BigInteger roundId, BlockParameter blockParameter = null)
        {
            var roundFunction = new RoundFunction();
                roundFunction.RoundId = roundId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<RoundFunction, RoundOutputDTO>(roundFunction, blockParameter);
        }

        public Task<string> SetIncentivesRequestAsync(SetIncentivesFunction setIncentivesFunction)
        {
             return ContractHandler.SendRequestAsync(setIncentivesFunction);
        }

        public Task<TransactionReceipt> SetIncentivesRequestAndWaitForReceiptAsync(SetIncentivesFunction setIncentivesFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setIncentivesFunction, cancellationToken);
        }

        public Task<string> SetIncentivesRequestAsync(BigInteger tip, BigInteger chip, BigInteger rewardcap, BigInteger maxrewardshare)
        {
            var setIncentivesFunction = new SetIncentivesFunction();
                setIncentivesFunction.Tip = tip;
                setIncentivesFunction.Chip = chip;
                setIncentivesFunction.Rewardcap = rewardcap;
                setIncentivesFunction.Maxrewardshare = maxrewardshare;
            
             return ContractHandler.SendRequestAsync(setIncentivesFunction);
        }

        public Task<TransactionReceipt> SetIncentivesRequestAndWaitForReceiptAsync(BigInteger tip, BigInteger chip, BigInteger rewardcap, BigInteger maxrewardshare, CancellationTokenSource cancellationToken = null)
        {
            var setIncentivesFunction = new SetIncentivesFunction();
                setIncentivesFunction.Tip = tip;
                setIncentivesFunction.Chip = chip;
                setIncentivesFunction.Rewardcap = rewardcap;
                setIncentivesFunction.Maxrewardshare = maxrewardshare;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setIncentivesFunction, cancellationToken);
        }

        public Task<string> SetMinCoverRequestAsync(SetMinCoverFunction setMinCoverFunction)
        {
             return ContractHandler.SendRequestAsync(setMinCoverFunction);
        }

        public Task<TransactionReceipt> SetMinCoverRequestAndWaitForReceiptAsync(SetMinCoverFunction setMinCoverFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMinCoverFunction, cancellationToken);
        }

        public Task<string> SetMinCoverRequestAsync(BigInteger mincover)
        {
            var setMinCoverFunction = new SetMinCoverFunction();
                setMinCoverFunction.Mincover = mincover;
            
             return ContractHandler.SendRequestAsync(setMinCoverFunction);
        }

        public Task<TransactionReceipt> SetMinCoverRequestAndWaitForReceiptAsync(BigInteger mincover, CancellationTokenSource cancellationToken = null)
        {
            var setMinCoverFunction = new SetMinCoverFunction();
                setMinCoverFunction.Mincover = mincover;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMinCoverFunction, cancellationToken);
        }

        public Task<string> SettleRequestAsync(SettleFunction settleFunction)
        {
             return ContractHandler.SendRequestAsync(settleFunction);
        }

        public Task<string> SettleRequestAsync()
        {
             return ContractHandler.SendRequestAsync<SettleFunction>();
        }

        public Task<TransactionReceipt> SettleRequestAndWaitForReceiptAsync(SettleFunction settleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(settleFunction, cancellationToken);
        }

        public Task<TransactionReceipt> SettleRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<SettleFunction>(null, cancellationToken);
        }

        public Task<BigInteger> SettledDebtQueryAsync(SettledDebtFunction settledDebtFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SettledDebtFunction, BigInteger>(settledDebtFunction, blockParameter);
        }

        
        public Task<BigInteger> SettledDebtQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SettledDebtFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> SocializeRequestAsync(SocializeFunction socializeFunction)
        {
             return ContractHandler.SendRequestAsync(socializeFunction);
        }

        public Task<string> SocializeRequestAsync()
        {
             return ContractHandler.SendRequestAsync<SocializeFunction>();
        }

        public Task<TransactionReceipt> SocializeRequestAndWaitForReceiptAsync(SocializeFunction socializeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(socializeFunction, cancellationToken);
        }

        public Task<TransactionReceipt> SocializeRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<SocializeFunction>(null, cancellationToken);
        }

        public Task<string> StartAuctionRequestAsync(StartAuctionFunction startAuctionFunction)
        {
             return ContractHandler.SendRequestAsync(startAuctionFunction);
        }

        public Task<string> StartAuctionRequestAsync()
        {
             return ContractHandler.SendRequestAsync<StartAuctionFunction>();
        }

        public Task<TransactionReceipt> StartAuctionRequestAndWaitForReceiptAsync(StartAuctionFunction startAuctionFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(startAuctionFunction, cancellationToken);
        }

        public Task<TransactionReceipt> StartAuctionRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<StartAuctionFunction>(null, cancellationToken);
        }

        public Task<StepRewardsOutputDTO> StepRewardsQueryAsync(StepRewardsFunction stepRewardsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<StepRewardsFunction, StepRewardsOutputDTO>(stepRewardsFunction, blockParameter);
        }

        public Task<StepRewardsOutputDTO> StepRewardsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<StepRewardsFunction, StepRewardsOutputDTO>(null, blockParameter);
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

        public Task<string> TakeRequestAsync(TakeFunction takeFunction)
        {
             return ContractHandler.SendRequestAsync(takeFunction);
        }

        public Task<TransactionReceipt> TakeRequestAndWaitForReceiptAsync(TakeFunction takeFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(takeFunction, cancellationToken);
        }

        public Task<string> TakeRequestAsync(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, string receiver)
        {
            var takeFunction = new TakeFunction();
                takeFunction.AuctionId = auctionId;
                takeFunction.MaxTokens = maxTokens;
                takeFunction.MaxPrice = maxPrice;
                takeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(takeFunction);
        }

        public Task<TransactionReceipt> TakeRequestAndWaitForReceiptAsync(BigInteger auctionId, BigInteger maxTokens, BigInteger maxPrice, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var takeFunction = new TakeFunction();
                takeFunction.AuctionId = auctionId;
                takeFunction.MaxTokens = maxTokens;
                takeFunction.MaxPrice = maxPrice;
                takeFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(takeFunction, cancellationToken);
        }

        public Task<BigInteger> TipQueryAsync(TipFunction tipFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TipFunction, BigInteger>(tipFunction, blockParameter);
        }

        
        public Task<BigInteger> TipQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TipFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> UnitQueryAsync(UnitFunction unitFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnitFunction, BigInteger>(unitFunction, blockParameter);
        }

        
        public Task<BigInteger> UnitQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UnitFunction, BigInteger>(null, blockParameter);
        }

        public Task<WaterfallStateOutputDTO> WaterfallStateQueryAsync(WaterfallStateFunction waterfallStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WaterfallStateFunction, WaterfallStateOutputDTO>(waterfallStateFunction, blockParameter);
        }

        public Task<WaterfallStateOutputDTO> WaterfallStateQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WaterfallStateFunction, WaterfallStateOutputDTO>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(GovernorRoleFunction),
                typeof(MaxChipFunction),
                typeof(MaxMinCoverUnitsFunction),
                typeof(MaxRewardCapUnitsFunction),
                typeof(MaxRewardShareBoundFunction),
                typeof(MaxTipUnitsFunction),
                typeof(AssetFunction),
                typeof(AuctionFunction),
                typeof(AuctionDebtFunction),
                typeof(ChipFunction),
                typeof(CoverFunction),
                typeof(CurrentRoundFunction),
                typeof(DeficitOutcomeFunction),
                typeof(FundFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(IncentiveFunction),
                typeof(LiveAuctionIdFunction),
                typeof(MaxRewardShareFunction),
                typeof(MinCoverFunction),
                typeof(NextStepFunction),
                typeof(PoolFunction),
                typeof(PreviewStepFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(RewardCapFunction),
                typeof(RoundFunction),
                typeof(SetIncentivesFunction),
                typeof(SetMinCoverFunction),
                typeof(SettleFunction),
                typeof(SettledDebtFunction),
                typeof(SocializeFunction),
                typeof(StartAuctionFunction),
                typeof(StepRewardsFunction),
                typeof(SupportsInterfaceFunction),
                typeof(TakeFunction),
                typeof(TipFunction),
                typeof(UnitFunction),
                typeof(WaterfallStateFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(AuctionSettledEventDTO),
                typeof(AuctionStartedEventDTO),
                typeof(AuctionTakenEventDTO),
                typeof(CoveredEventDTO),
                typeof(IncentivesSetEventDTO),
                typeof(MinCoverSetEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(RoundClosedEventDTO),
                typeof(SocializedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(AuctionNotLiveError),
                typeof(ParameterOutOfBoundsError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(SafeERC20FailedOperationError),
                typeof(StepDueError),
                typeof(UnknownDeficitError),
                typeof(ZeroAddressError)
            };
        }
    }
}
