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

namespace KeeperSuite.Contracts.DebtAuction.ContractDefinition
{


    public partial class DebtAuctionDeployment : DebtAuctionDeploymentBase
    {
        public DebtAuctionDeployment() : base(BYTECODE) { }
        public DebtAuctionDeployment(string byteCode) : base(byteCode) { }
    }

    public class DebtAuctionDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public DebtAuctionDeploymentBase() : base(BYTECODE) { }
        public DebtAuctionDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "token_", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
        [Parameter("uint256", "minReferencePrice_", 3)]
        public virtual BigInteger Minreferenceprice { get; set; }
        [Parameter("uint256", "maxReferencePrice_", 4)]
        public virtual BigInteger Maxreferenceprice { get; set; }
        [Parameter("tuple", "config_", 5)]
        public virtual Config Config { get; set; }
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

    public partial class MaxBufFunction : MaxBufFunctionBase { }

    [Function("MAX_BUF", "uint256")]
    public class MaxBufFunctionBase : FunctionMessage
    {

    }

    public partial class MaxCutFunction : MaxCutFunctionBase { }

    [Function("MAX_CUT", "uint256")]
    public class MaxCutFunctionBase : FunctionMessage
    {

    }

    public partial class MaxDurationFunction : MaxDurationFunctionBase { }

    [Function("MAX_DURATION", "uint64")]
    public class MaxDurationFunctionBase : FunctionMessage
    {

    }

    public partial class MaxFloorRatioFunction : MaxFloorRatioFunctionBase { }

    [Function("MAX_FLOOR_RATIO", "uint256")]
    public class MaxFloorRatioFunctionBase : FunctionMessage
    {

    }

    public partial class MaxMintCapFunction : MaxMintCapFunctionBase { }

    [Function("MAX_MINT_CAP", "uint256")]
    public class MaxMintCapFunctionBase : FunctionMessage
    {

    }

    public partial class MaxStepFunction : MaxStepFunctionBase { }

    [Function("MAX_STEP", "uint64")]
    public class MaxStepFunctionBase : FunctionMessage
    {

    }

    public partial class MaxTauFunction : MaxTauFunctionBase { }

    [Function("MAX_TAU", "uint64")]
    public class MaxTauFunctionBase : FunctionMessage
    {

    }

    public partial class MinBufFunction : MinBufFunctionBase { }

    [Function("MIN_BUF", "uint256")]
    public class MinBufFunctionBase : FunctionMessage
    {

    }

    public partial class MinCutFunction : MinCutFunctionBase { }

    [Function("MIN_CUT", "uint256")]
    public class MinCutFunctionBase : FunctionMessage
    {

    }

    public partial class MinDurationFunction : MinDurationFunctionBase { }

    [Function("MIN_DURATION", "uint64")]
    public class MinDurationFunctionBase : FunctionMessage
    {

    }

    public partial class MinFloorRatioFunction : MinFloorRatioFunctionBase { }

    [Function("MIN_FLOOR_RATIO", "uint256")]
    public class MinFloorRatioFunctionBase : FunctionMessage
    {

    }

    public partial class MinMintCapFunction : MinMintCapFunctionBase { }

    [Function("MIN_MINT_CAP", "uint256")]
    public class MinMintCapFunctionBase : FunctionMessage
    {

    }

    public partial class MinStepFunction : MinStepFunctionBase { }

    [Function("MIN_STEP", "uint64")]
    public class MinStepFunctionBase : FunctionMessage
    {

    }

    public partial class MinTauFunction : MinTauFunctionBase { }

    [Function("MIN_TAU", "uint64")]
    public class MinTauFunctionBase : FunctionMessage
    {

    }

    public partial class AuctionFunction : AuctionFunctionBase { }

    [Function("auction", typeof(AuctionOutputDTO))]
    public class AuctionFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class AuctionCountFunction : AuctionCountFunctionBase { }

    [Function("auctionCount", "uint256")]
    public class AuctionCountFunctionBase : FunctionMessage
    {

    }

    public partial class CanSellFunction : CanSellFunctionBase { }

    [Function("canSell", "bool")]
    public class CanSellFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "debtLeft", 2)]
        public virtual BigInteger DebtLeft { get; set; }
    }

    public partial class CloseFunction : CloseFunctionBase { }

    [Function("close", "uint256")]
    public class CloseFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class ConfigFunction : ConfigFunctionBase { }

    [Function("config", typeof(ConfigOutputDTO))]
    public class ConfigFunctionBase : FunctionMessage
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

    public partial class KickFunction : KickFunctionBase { }

    [Function("kick", "uint256")]
    public class KickFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "target", 1)]
        public virtual BigInteger Target { get; set; }
    }

    public partial class MaxReferencePriceFunction : MaxReferencePriceFunctionBase { }

    [Function("maxReferencePrice", "uint256")]
    public class MaxReferencePriceFunctionBase : FunctionMessage
    {

    }

    public partial class MinReferencePriceFunction : MinReferencePriceFunctionBase { }

    [Function("minReferencePrice", "uint256")]
    public class MinReferencePriceFunctionBase : FunctionMessage
    {

    }

    public partial class PriceFunction : PriceFunctionBase { }

    [Function("price", "uint256")]
    public class PriceFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
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

    public partial class SetBufFunction : SetBufFunctionBase { }

    [Function("setBuf")]
    public class SetBufFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "buf", 1)]
        public virtual BigInteger Buf { get; set; }
    }

    public partial class SetCurveFunction : SetCurveFunctionBase { }

    [Function("setCurve")]
    public class SetCurveFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "curve", 1)]
        public virtual Params Curve { get; set; }
    }

    public partial class SetDurationFunction : SetDurationFunctionBase { }

    [Function("setDuration")]
    public class SetDurationFunctionBase : FunctionMessage
    {
        [Parameter("uint64", "duration", 1)]
        public virtual ulong Duration { get; set; }
    }

    public partial class SetFloorRatioFunction : SetFloorRatioFunctionBase { }

    [Function("setFloorRatio")]
    public class SetFloorRatioFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "floorRatio", 1)]
        public virtual BigInteger FloorRatio { get; set; }
    }

    public partial class SetMintCapFunction : SetMintCapFunctionBase { }

    [Function("setMintCap")]
    public class SetMintCapFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "mintCap", 1)]
        public virtual BigInteger MintCap { get; set; }
    }

    public partial class SetReferencePriceFunction : SetReferencePriceFunctionBase { }

    [Function("setReferencePrice")]
    public class SetReferencePriceFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "referencePrice", 1)]
        public virtual BigInteger ReferencePrice { get; set; }
    }

    public partial class SetWaterfallFunction : SetWaterfallFunctionBase { }

    [Function("setWaterfall")]
    public class SetWaterfallFunctionBase : FunctionMessage
    {
        [Parameter("address", "waterfall_", 1)]
        public virtual string Waterfall { get; set; }
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
        [Parameter("uint256", "debtLeft", 4)]
        public virtual BigInteger DebtLeft { get; set; }
        [Parameter("address", "receiver", 5)]
        public virtual string Receiver { get; set; }
    }

    public partial class TokenFunction : TokenFunctionBase { }

    [Function("token", "address")]
    public class TokenFunctionBase : FunctionMessage
    {

    }

    public partial class WaterfallFunction : WaterfallFunctionBase { }

    [Function("waterfall", "address")]
    public class WaterfallFunctionBase : FunctionMessage
    {

    }

    public partial class AuctionClosedEventDTO : AuctionClosedEventDTOBase { }

    [Event("AuctionClosed")]
    public class AuctionClosedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "auctionId", 1, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "raised", 2, false )]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "minted", 3, false )]
        public virtual BigInteger Minted { get; set; }
    }

    public partial class AuctionStartedEventDTO : AuctionStartedEventDTOBase { }

    [Event("AuctionStarted")]
    public class AuctionStartedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "auctionId", 1, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "target", 2, false )]
        public virtual BigInteger Target { get; set; }
        [Parameter("uint256", "top", 3, false )]
        public virtual BigInteger Top { get; set; }
        [Parameter("uint256", "floor", 4, false )]
        public virtual BigInteger Floor { get; set; }
        [Parameter("uint256", "mintCap", 5, false )]
        public virtual BigInteger MintCap { get; set; }
        [Parameter("uint64", "deadline", 6, false )]
        public virtual ulong Deadline { get; set; }
    }

    public partial class BufSetEventDTO : BufSetEventDTOBase { }

    [Event("BufSet")]
    public class BufSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "buf", 1, false )]
        public virtual BigInteger Buf { get; set; }
    }

    public partial class CurveSetEventDTO : CurveSetEventDTOBase { }

    [Event("CurveSet")]
    public class CurveSetEventDTOBase : IEventDTO
    {
        [Parameter("uint8", "kind", 1, false )]
        public virtual byte Kind { get; set; }
        [Parameter("uint64", "tau", 2, false )]
        public virtual ulong Tau { get; set; }
        [Parameter("uint64", "step", 3, false )]
        public virtual ulong Step { get; set; }
        [Parameter("uint96", "cut", 4, false )]
        public virtual BigInteger Cut { get; set; }
    }

    public partial class DurationSetEventDTO : DurationSetEventDTOBase { }

    [Event("DurationSet")]
    public class DurationSetEventDTOBase : IEventDTO
    {
        [Parameter("uint64", "duration", 1, false )]
        public virtual ulong Duration { get; set; }
    }

    public partial class FloorRatioSetEventDTO : FloorRatioSetEventDTOBase { }

    [Event("FloorRatioSet")]
    public class FloorRatioSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "floorRatio", 1, false )]
        public virtual BigInteger FloorRatio { get; set; }
    }

    public partial class MintCapSetEventDTO : MintCapSetEventDTOBase { }

    [Event("MintCapSet")]
    public class MintCapSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "mintCap", 1, false )]
        public virtual BigInteger MintCap { get; set; }
    }

    public partial class ReferencePriceSetEventDTO : ReferencePriceSetEventDTOBase { }

    [Event("ReferencePriceSet")]
    public class ReferencePriceSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "referencePrice", 1, false )]
        public virtual BigInteger ReferencePrice { get; set; }
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

    public partial class TakeEventDTO : TakeEventDTOBase { }

    [Event("Take")]
    public class TakeEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "auctionId", 1, true )]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("address", "receiver", 2, true )]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "tokens", 3, false )]
        public virtual BigInteger Tokens { get; set; }
        [Parameter("uint256", "paid", 4, false )]
        public virtual BigInteger Paid { get; set; }
        [Parameter("uint256", "price", 5, false )]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "debtLeft", 6, false )]
        public virtual BigInteger DebtLeft { get; set; }
    }

    public partial class WaterfallSetEventDTO : WaterfallSetEventDTOBase { }

    [Event("WaterfallSet")]
    public class WaterfallSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "waterfall", 1, true )]
        public virtual string Waterfall { get; set; }
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

    public partial class AuctionEndedError : AuctionEndedErrorBase { }

    [Error("AuctionEnded")]
    public class AuctionEndedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class AuctionPastDeadlineError : AuctionPastDeadlineErrorBase { }

    [Error("AuctionPastDeadline")]
    public class AuctionPastDeadlineErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint64", "deadline", 2)]
        public virtual ulong Deadline { get; set; }
    }

    public partial class LotExhaustedError : LotExhaustedErrorBase { }

    [Error("LotExhausted")]
    public class LotExhaustedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class NotWaterfallError : NotWaterfallErrorBase { }

    [Error("NotWaterfall")]
    public class NotWaterfallErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
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

    public partial class PriceAboveMaxError : PriceAboveMaxErrorBase { }

    [Error("PriceAboveMax")]
    public class PriceAboveMaxErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "price", 2)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "maxPrice", 3)]
        public virtual BigInteger MaxPrice { get; set; }
    }

    public partial class PriceBelowFloorError : PriceBelowFloorErrorBase { }

    [Error("PriceBelowFloor")]
    public class PriceBelowFloorErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "price", 2)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "floor", 3)]
        public virtual BigInteger Floor { get; set; }
    }

    public partial class SafeCastOverflowedUintDowncastError : SafeCastOverflowedUintDowncastErrorBase { }

    [Error("SafeCastOverflowedUintDowncast")]
    public class SafeCastOverflowedUintDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class UnknownAuctionError : UnknownAuctionErrorBase { }

    [Error("UnknownAuction")]
    public class UnknownAuctionErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
    }

    public partial class WaterfallAlreadySetError : WaterfallAlreadySetErrorBase { }

    [Error("WaterfallAlreadySet")]
    public class WaterfallAlreadySetErrorBase : IErrorDTO
    {
        [Parameter("address", "waterfall", 1)]
        public virtual string Waterfall { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class ZeroFillError : ZeroFillErrorBase { }

    [Error("ZeroFill")]
    public class ZeroFillErrorBase : IErrorDTO
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
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

    public partial class MaxBufOutputDTO : MaxBufOutputDTOBase { }

    [FunctionOutput]
    public class MaxBufOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxCutOutputDTO : MaxCutOutputDTOBase { }

    [FunctionOutput]
    public class MaxCutOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxDurationOutputDTO : MaxDurationOutputDTOBase { }

    [FunctionOutput]
    public class MaxDurationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MaxFloorRatioOutputDTO : MaxFloorRatioOutputDTOBase { }

    [FunctionOutput]
    public class MaxFloorRatioOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxMintCapOutputDTO : MaxMintCapOutputDTOBase { }

    [FunctionOutput]
    public class MaxMintCapOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxStepOutputDTO : MaxStepOutputDTOBase { }

    [FunctionOutput]
    public class MaxStepOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MaxTauOutputDTO : MaxTauOutputDTOBase { }

    [FunctionOutput]
    public class MaxTauOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MinBufOutputDTO : MinBufOutputDTOBase { }

    [FunctionOutput]
    public class MinBufOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinCutOutputDTO : MinCutOutputDTOBase { }

    [FunctionOutput]
    public class MinCutOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinDurationOutputDTO : MinDurationOutputDTOBase { }

    [FunctionOutput]
    public class MinDurationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MinFloorRatioOutputDTO : MinFloorRatioOutputDTOBase { }

    [FunctionOutput]
    public class MinFloorRatioOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinMintCapOutputDTO : MinMintCapOutputDTOBase { }

    [FunctionOutput]
    public class MinMintCapOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinStepOutputDTO : MinStepOutputDTOBase { }

    [FunctionOutput]
    public class MinStepOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class MinTauOutputDTO : MinTauOutputDTOBase { }

    [FunctionOutput]
    public class MinTauOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class AuctionOutputDTO : AuctionOutputDTOBase { }

    [FunctionOutput]
    public class AuctionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Auction ReturnValue1 { get; set; }
    }

    public partial class AuctionCountOutputDTO : AuctionCountOutputDTOBase { }

    [FunctionOutput]
    public class AuctionCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CanSellOutputDTO : CanSellOutputDTOBase { }

    [FunctionOutput]
    public class CanSellOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }



    public partial class ConfigOutputDTO : ConfigOutputDTOBase { }

    [FunctionOutput]
    public class ConfigOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Config ReturnValue1 { get; set; }
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



    public partial class MaxReferencePriceOutputDTO : MaxReferencePriceOutputDTOBase { }

    [FunctionOutput]
    public class MaxReferencePriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinReferencePriceOutputDTO : MinReferencePriceOutputDTOBase { }

    [FunctionOutput]
    public class MinReferencePriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PriceOutputDTO : PriceOutputDTOBase { }

    [FunctionOutput]
    public class PriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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

    public partial class TokenOutputDTO : TokenOutputDTOBase { }

    [FunctionOutput]
    public class TokenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class WaterfallOutputDTO : WaterfallOutputDTOBase { }

    [FunctionOutput]
    public class WaterfallOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }
}
