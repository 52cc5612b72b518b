using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace KeeperSuite.Contracts.Waterfall.ContractDefinition
{


    public partial class WaterfallDeployment : WaterfallDeploymentBase
    {
        public WaterfallDeployment() : base(BYTECODE) { }
        public WaterfallDeployment(string byteCode) : base(byteCode) { }
    }

    public class WaterfallDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public WaterfallDeploymentBase() : base(BYTECODE) { }
        public WaterfallDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "pool_", 1)]
        public virtual string Pool { get; set; }
        [Parameter("address", "fund_", 2)]
        public virtual string Fund { get; set; }
        [Parameter("address", "auction_", 3)]
        public virtual string Auction { get; set; }
        [Parameter("address", "admin", 4)]
        public virtual string Admin { get; set; }
        [Parameter("uint256", "tip_", 5)]
        public virtual BigInteger Tip { get; set; }
        [Parameter("uint256", "chip_", 6)]
        public virtual BigInteger Chip { get; set; }
        [Parameter("uint256", "rewardCap_", 7)]
        public virtual BigInteger Rewardcap { get; set; }
        [Parameter("uint256", "maxRewardShare_", 8)]
        public virtual BigInteger Maxrewardshare { get; set; }
        [Parameter("uint256", "minCover_", 9)]
        public virtual BigInteger Mincover { get; set; }
    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class GovernorRoleFunction : GovernorRoleFunctionBase { }

    [Function("GOVERNOR_ROLE", "bytes32")]
    public class GovernorRoleFunctionBase : FunctionMessage
    {

    }

    public partial class MaxChipFunction : MaxChipFunctionBase { }

    [Function("MAX_CHIP", "uint256")]
    public class MaxChipFunctionBase : FunctionMessage
    {

    }

    public partial class MaxMinCoverUnitsFunction : MaxMinCoverUnitsFunctionBase { }

    [Function("MAX_MIN_COVER_UNITS", "uint256")]
    public class MaxMinCoverUnitsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxRewardCapUnitsFunction : MaxRewardCapUnitsFunctionBase { }

    [Function("MAX_REWARD_CAP_UNITS", "uint256")]
    public class MaxRewardCapUnitsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxRewardShareBoundFunction : MaxRewardShareBoundFunctionBase { }

    [Function("MAX_REWARD_SHARE_BOUND", "uint256")]
    public class MaxRewardShareBoundFunctionBase : FunctionMessage
    {

    }

    public partial class MaxTipUnitsFunction : MaxTipUnitsFunctionBase { }

    [Function("MAX_TIP_UNITS", "uint256")]
    public class MaxTipUnitsFunctionBase : FunctionMessage
    {

    }

    public partial class AssetFunction : AssetFunctionBase { }

    [Function("asset", "address")]
    public class AssetFunctionBase : FunctionMessage
    {

    }

    public partial class AuctionFunction : AuctionFunctionBase { }

    [Function("auction", "address")]
    public class AuctionFunctionBase : FunctionMessage
    {

    }

    public partial class AuctionDebtFunction : AuctionDebtFunctionBase { }

    [Function("auctionDebt", "uint256")]
    public class AuctionDebtFunctionBase : FunctionMessage
    {

    }

    public partial class ChipFunction : ChipFunctionBase { }

    [Function("chip", "uint256")]
    public class ChipFunctionBase : FunctionMessage
    {

    }

    public partial class CoverFunction : CoverFunctionBase { }

    [Function("cover", typeof(CoverOutputDTO))]
    public class CoverFunctionBase : FunctionMessage
    {

    }

    public partial class CurrentRoundFunction : CurrentRoundFunctionBase { }

    [Function("currentRound", "uint64")]
    public class CurrentRoundFunctionBase : FunctionMessage
    {

    }

    public partial class DeficitOutcomeFunction : DeficitOutcomeFunctionBase { }

    [Function("deficitOutcome", typeof(DeficitOutcomeOutputDTO))]
    public class DeficitOutcomeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
    }

    public partial class FundFunction : FundFunctionBase { }

    [Function("fund", "address")]
    public class FundFunctionBase : FunctionMessage
    {

    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GrantRoleFunction : GrantRoleFunctionBase { }

    [Function("grantRole")]
    public class GrantRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HasRoleFunction : HasRoleFunctionBase { }

    [Function("hasRole", "bool")]
    public class HasRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class IncentiveFunction : IncentiveFunctionBase { }

    [Function("incentive", "uint256")]
    public class IncentiveFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class LiveAuctionIdFunction : LiveAuctionIdFunctionBase { }

    [Function("liveAuctionId", "uint64")]
    public class LiveAuctionIdFunctionBase : FunctionMessage
    {

    }

    public partial class MaxRewardShareFunction : MaxRewardShareFunctionBase { }

    [Function("maxRewardShare", "uint256")]
    public class MaxRewardShareFunctionBase : FunctionMessage
    {

    }

    public partial class MinCoverFunction : MinCoverFunctionBase { }

    [Function("minCover", "uint256")]
    public class MinCoverFunctionBase : FunctionMessage
    {

    }

    public partial class NextStepFunction : NextStepFunctionBase { }

    [Function("nextStep", "uint8")]
    public class NextStepFunctionBase : FunctionMessage
    {

    }

    public partial class PoolFunction : PoolFunctionBase { }

    [Function("pool", "address")]
    public class PoolFunctionBase : FunctionMessage
    {

    }

    public partial class PreviewStepFunction : PreviewStepFunctionBase { }

    [Function("previewStep", typeof(PreviewStepOutputDTO))]
    public class PreviewStepFunctionBase : FunctionMessage
    {

    }

    public partial class RenounceRoleFunction : RenounceRoleFunctionBase { }

    [Function("renounceRole")]
    public class RenounceRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "callerConfirmation", 2)]
        public virtual string CallerConfirmation { get; set; }
    }

    public partial class RevokeRoleFunction : RevokeRoleFunctionBase { }

    [Function("revokeRole")]
    public class RevokeRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class RewardCapFunction : RewardCapFunctionBase { }

    [Function("rewardCap", "uint256")]
    public class RewardCapFunctionBase : FunctionMessage
    {

    }

    public partial class RoundFunction : RoundFunctionBase { }

    [Function("round", typeof(RoundOutputDTO))]
    public class RoundFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "roundId", 1)]
        public virtual BigInteger RoundId { get; set; }
    }

    public partial class SetIncentivesFunction : SetIncentivesFunctionBase { }

    [Function("setIncentives")]
    public class SetIncentivesFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "tip_", 1)]
        public virtual BigInteger Tip { get; set; }
        [Parameter("uint256", "chip_", 2)]
        public virtual BigInteger Chip { get; set; }
        [Parameter("uint256", "rewardCap_", 3)]
        public virtual BigInteger Rewardcap { get; set; }
        [Parameter("uint256", "maxRewardShare_", 4)]
        public virtual BigInteger Maxrewardshare { get; set; }
    }

    public partial class SetMinCoverFunction : SetMinCoverFunctionBase { }

    [Function("setMinCover")]
    public class SetMinCoverFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "minCover_", 1)]
        public virtual BigInteger Mincover { get; set; }
    }

    public partial class SettleFunction : SettleFunctionBase { }

    [Function("settle", "uint256")]
    public class SettleFunctionBase : FunctionMessage
    {

    }

    public partial class SettledDebtFunction : SettledDebtFunctionBase { }

    [Function("settledDebt", "uint128")]
    public class SettledDebtFunctionBase : FunctionMessage
    {

    }

    public partial class SocializeFunction : SocializeFunctionBase { }

    [Function("socialize", typeof(SocializeOutputDTO))]
    public class SocializeFunctionBase : FunctionMessage
    {

    }

    public partial class StartAuctionFunction : StartAuctionFunctionBase { }

    [Function("startAuction", typeof(StartAuctionOutputDTO))]
    public class StartAuctionFunctionBase : FunctionMessage
    {

    }

    public partial class StepRewardsFunction : StepRewardsFunctionBase { }

    [Function("stepRewards", typeof(StepRewardsOutputDTO))]
    public class StepRewardsFunctionBase : FunctionMessage
    {

    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class TakeFunction : TakeFunctionBase { }

    [Function("take", typeof(TakeOutputDTO))]
    public class TakeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "maxTokens", 2)]
        public virtual BigInteger MaxTokens { get; set; }
        [Parameter("uint256", "maxPrice", 3)]
        public virtual BigInteger MaxPrice { get; set; }
        [Parameter("address", "receiver", 4)]
        public virtual string Receiver { get; set; }
    }

    public partial class TipFunction : TipFunctionBase { }

    [Function("tip", "uint256")]
    public class TipFunctionBase : FunctionMessage
    {

    }

    public partial class UnitFunction : UnitFunctionBase { }

    [Function("unit", "uint256")]
    public class UnitFunctionBase : FunctionMessage
    {

    }

    public partial class WaterfallStateFunction : WaterfallStateFunctionBase { }

    [Function("waterfallState", typeof(WaterfallStateOutputDTO))]
    public class WaterfallStateFunctionBase : FunctionMessage
    {

    }

    public partial class AuctionSettledEventDTO : AuctionSettledEventDTOBase { }

    [Event("AuctionSettled")]
    public class AuctionSettledEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("uint256", "auctionId", 2, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("address", "keeper", 3, true )]
        public virtual string Keeper { get; set; }
        [Parameter("uint256", "raised", 4, false )]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "remaining", 5, false )]
        public virtual BigInteger Remaining { get; set; }
        [Parameter("uint256", "reward", 6, false )]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class AuctionStartedEventDTO : AuctionStartedEventDTOBase { }

    [Event("AuctionStarted")]
    public class AuctionStartedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("uint256", "auctionId", 2, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("address", "keeper", 3, true )]
        public virtual string Keeper { get; set; }
        [Parameter("uint256", "target", 4, false )]
        public virtual BigInteger Target { get; set; }
        [Parameter("uint256", "reward", 5, false )]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class AuctionTakenEventDTO : AuctionTakenEventDTOBase { }

    [Event("AuctionTaken")]
    public class AuctionTakenEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("uint256", "auctionId", 2, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("address", "taker", 3, true )]
        public virtual string Taker { get; set; }
        [Parameter("uint256", "tokens", 4, false )]
        public virtual BigInteger Tokens { get; set; }
        [Parameter("uint256", "paid", 5, false )]
        public virtual BigInteger Paid { get; set; }
        [Parameter("uint256", "remaining", 6, false )]
        public virtual BigInteger Remaining { get; set; }
    }

    public partial class CoveredEventDTO : CoveredEventDTOBase { }

    [Event("Covered")]
    public class CoveredEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("address", "keeper", 2, true )]
        public virtual string Keeper { get; set; }
        [Parameter("uint256", "covered", 3, false )]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint256", "remaining", 4, false )]
        public virtual BigInteger Remaining { get; set; }
        [Parameter("uint256", "reward", 5, false )]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class IncentivesSetEventDTO : IncentivesSetEventDTOBase { }

    [Event("IncentivesSet")]
    public class IncentivesSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "tip", 1, false )]
        public virtual BigInteger Tip { get; set; }
        [Parameter("uint256", "chip", 2, false )]
        public virtual BigInteger Chip { get; set; }
        [Parameter("uint256", "rewardCap", 3, false )]
        public virtual BigInteger RewardCap { get; set; }
        [Parameter("uint256", "maxRewardShare", 4, false )]
        public virtual BigInteger MaxRewardShare { get; set; }
    }

    public partial class MinCoverSetEventDTO : MinCoverSetEventDTOBase { }

    [Event("MinCoverSet")]
    public class MinCoverSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "minCover", 1, false )]
        public virtual BigInteger MinCover { get; set; }
    }

    public partial class RoleAdminChangedEventDTO : RoleAdminChangedEventDTOBase { }

    [Event("RoleAdminChanged")]
    public class RoleAdminChangedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("bytes32", "previousAdminRole", 2, true )]
        public virtual byte[] PreviousAdminRole { get; set; }
        [Parameter("bytes32", "newAdminRole", 3, true )]
        public virtual byte[] NewAdminRole { get; set; }
    }

    public partial class RoleGrantedEventDTO : RoleGrantedEventDTOBase { }

    [Event("RoleGranted")]
    public class RoleGrantedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoleRevokedEventDTO : RoleRevokedEventDTOBase { }

    [Event("RoleRevoked")]
    public class RoleRevokedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoundClosedEventDTO : RoundClosedEventDTOBase { }

    [Event("RoundClosed")]
    public class RoundClosedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("uint256", "firstDeficitId", 2, false )]
        public virtual BigInteger FirstDeficitId { get; set; }
        [Parameter("uint256", "lastDeficitId", 3, false )]
        public virtual BigInteger LastDeficitId { get; set; }
        [Parameter("uint256", "covered", 4, false )]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint256", "raised", 5, false )]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "socialized", 6, false )]
        public virtual BigInteger Socialized { get; set; }
        [Parameter("uint256", "rewards", 7, false )]
        public virtual BigInteger Rewards { get; set; }
        [Parameter("uint256", "lossPerShareWad", 8, false )]
        public virtual BigInteger LossPerShareWad { get; set; }
    }

    public partial class SocializedEventDTO : SocializedEventDTOBase { }

    [Event("Socialized")]
    public class SocializedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "roundId", 1, true )]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("address", "keeper", 2, true )]
        public virtual string Keeper { get; set; }
        [Parameter("uint256", "assets", 3, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "reward", 4, false )]
        public virtual BigInteger Reward { get; set; }
        [Parameter("uint256", "lossPerShareWad", 5, false )]
        public virtual BigInteger LossPerShareWad { get; set; }
    }

    public partial class AccessControlBadConfirmationError : AccessControlBadConfirmationErrorBase { }
    [Error("AccessControlBadConfirmation")]
    public class AccessControlBadConfirmationErrorBase : IErrorDTO
    {
    }

    public partial class AccessControlUnauthorizedAccountError : AccessControlUnauthorizedAccountErrorBase { }

    [Error("AccessControlUnauthorizedAccount")]
    public class AccessControlUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bytes32", "neededRole", 2)]
        public virtual byte[] NeededRole { get; set; }
    }

    public partial class AuctionNotLiveError : AuctionNotLiveErrorBase { }

    [Error("AuctionNotLive")]
    public class AuctionNotLiveErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class ParameterOutOfBoundsError : ParameterOutOfBoundsErrorBase { }

    [Error("ParameterOutOfBounds")]
    public class ParameterOutOfBoundsErrorBase : IErrorDTO
    {
        [Parameter("bytes32", "parameter", 1)]
        public virtual byte[] Parameter { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "min", 3)]
        public virtual BigInteger Min { get; set; }
        [Parameter("uint256", "max", 4)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ReentrancyGuardReentrantCallError : ReentrancyGuardReentrantCallErrorBase { }
    [Error("ReentrancyGuardReentrantCall")]
    public class ReentrancyGuardReentrantCallErrorBase : IErrorDTO
    {
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class StepDueError : StepDueErrorBase { }

    [Error("StepDue")]
    public class StepDueErrorBase : IErrorDTO
    {
        [Parameter("uint8", "due", 1)]
        public virtual byte Due { get; set; }
    }

    public partial class UnknownDeficitError : UnknownDeficitErrorBase { }

    [Error("UnknownDeficit")]
    public class UnknownDeficitErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class GovernorRoleOutputDTO : GovernorRoleOutputDTOBase { }

    [FunctionOutput]
    public class GovernorRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class MaxChipOutputDTO : MaxChipOutputDTOBase { }

    [FunctionOutput]
    public class MaxChipOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxMinCoverUnitsOutputDTO : MaxMinCoverUnitsOutputDTOBase { }

    [FunctionOutput]
    public class MaxMinCoverUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxRewardCapUnitsOutputDTO : MaxRewardCapUnitsOutputDTOBase { }

    [FunctionOutput]
    public class MaxRewardCapUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxRewardShareBoundOutputDTO : MaxRewardShareBoundOutputDTOBase { }

    [FunctionOutput]
    public class MaxRewardShareBoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxTipUnitsOutputDTO : MaxTipUnitsOutputDTOBase { }

    [FunctionOutput]
    public class MaxTipUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class AssetOutputDTO : AssetOutputDTOBase { }

    [FunctionOutput]
    public class AssetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class AuctionOutputDTO : AuctionOutputDTOBase { }

    [FunctionOutput]
    public class AuctionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class AuctionDebtOutputDTO : AuctionDebtOutputDTOBase { }

    [FunctionOutput]
    public class AuctionDebtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ChipOutputDTO : ChipOutputDTOBase { }

    [FunctionOutput]
    public class ChipOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CoverOutputDTO : CoverOutputDTOBase { }

    [FunctionOutput]
    public class CoverOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "covered", 1)]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint256", "reward", 2)]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class CurrentRoundOutputDTO : CurrentRoundOutputDTOBase { }

    [FunctionOutput]
    public class CurrentRoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class DeficitOutcomeOutputDTO : DeficitOutcomeOutputDTOBase { }

    [FunctionOutput]
    public class DeficitOutcomeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "roundId", 1)]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("bool", "closed", 2)]
        public virtual bool Closed { get; set; }
        [Parameter("uint256", "assets", 3)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "covered", 4)]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint256", "raised", 5)]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "socialized", 6)]
        public virtual BigInteger Socialized { get; set; }
    }

    public partial class FundOutputDTO : FundOutputDTOBase { }

    [FunctionOutput]
    public class FundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class IncentiveOutputDTO : IncentiveOutputDTOBase { }

    [FunctionOutput]
    public class IncentiveOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LiveAuctionIdOutputDTO : LiveAuctionIdOutputDTOBase { }

    [FunctionOutput]
    public class LiveAuctionIdOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MaxRewardShareOutputDTO : MaxRewardShareOutputDTOBase { }

    [FunctionOutput]
    public class MaxRewardShareOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinCoverOutputDTO : MinCoverOutputDTOBase { }

    [FunctionOutput]
    public class MinCoverOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class NextStepOutputDTO : NextStepOutputDTOBase { }

    [FunctionOutput]
    public class NextStepOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "step", 1)]
        public virtual byte Step { get; set; }
    }

    public partial class PoolOutputDTO : PoolOutputDTOBase { }

    [FunctionOutput]
    public class PoolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class PreviewStepOutputDTO : PreviewStepOutputDTOBase { }

    [FunctionOutput]
    public class PreviewStepOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "step", 1)]
        public virtual byte Step { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "reward", 3)]
        public virtual BigInteger Reward { get; set; }
    }





    public partial class RewardCapOutputDTO : RewardCapOutputDTOBase { }

    [FunctionOutput]
    public class RewardCapOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RoundOutputDTO : RoundOutputDTOBase { }

    [FunctionOutput]
    public class RoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Round ReturnValue1 { get; set; }
    }







    public partial class SettledDebtOutputDTO : SettledDebtOutputDTOBase { }

    [FunctionOutput]
    public class SettledDebtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint128", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class SocializeOutputDTO : SocializeOutputDTOBase { }

    [FunctionOutput]
    public class SocializeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "reward", 2)]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class StartAuctionOutputDTO : StartAuctionOutputDTOBase { }

    [FunctionOutput]
    public class StartAuctionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "target", 2)]
        public virtual BigInteger Target { get; set; }
        [Parameter("uint256", "reward", 3)]
        public virtual BigInteger Reward { get; set; }
    }

    public partial class StepRewardsOutputDTO : StepRewardsOutputDTOBase { }

    [FunctionOutput]
    public class StepRewardsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256[4]", "amounts", 1)]
        public virtual List<BigInteger> Amounts { get; set; }
        [Parameter("uint256[4]", "rewards", 2)]
        public virtual List<BigInteger> Rewards { get; set; }
    }

    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class TakeOutputDTO : TakeOutputDTOBase { }

    [FunctionOutput]
    public class TakeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "tokens", 1)]
        public virtual BigInteger Tokens { get; set; }
        [Parameter("uint256", "paid", 2)]
        public virtual BigInteger Paid { get; set; }
    }

    public partial class TipOutputDTO : TipOutputDTOBase { }

    [FunctionOutput]
    public class TipOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class UnitOutputDTO : UnitOutputDTOBase { }

    [FunctionOutput]
    public class UnitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class WaterfallStateOutputDTO : WaterfallStateOutputDTOBase { }

    [FunctionOutput]
    public class WaterfallStateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "st", 1)]
        public virtual State St { get; set; }
    }
}
