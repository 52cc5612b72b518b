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

namespace KeeperSuite.Contracts.Market.ContractDefinition
{


    public partial class MarketDeployment : MarketDeploymentBase
    {
        public MarketDeployment() : base(BYTECODE) { }
        public MarketDeployment(string byteCode) : base(byteCode) { }
    }

    public class MarketDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public MarketDeploymentBase() : base(BYTECODE) { }
        public MarketDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "pool_", 1)]
        public virtual string Pool { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
        [Parameter("tuple", "params", 3)]
        public virtual MarketParams Params { get; set; }
    }

    public partial class CloseFactorFunction : CloseFactorFunctionBase { }

    [Function("CLOSE_FACTOR", "uint256")]
    public class CloseFactorFunctionBase : FunctionMessage
    {

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

    public partial class MaxCloseFactorHfThresholdFunction : MaxCloseFactorHfThresholdFunctionBase { }

    [Function("MAX_CLOSE_FACTOR_HF_THRESHOLD", "uint256")]
    public class MaxCloseFactorHfThresholdFunctionBase : FunctionMessage
    {

    }

    public partial class MaxDustWholeUnitsFunction : MaxDustWholeUnitsFunctionBase { }

    [Function("MAX_DUST_WHOLE_UNITS", "uint256")]
    public class MaxDustWholeUnitsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxInsuranceCutFunction : MaxInsuranceCutFunctionBase { }

    [Function("MAX_INSURANCE_CUT", "uint256")]
    public class MaxInsuranceCutFunctionBase : FunctionMessage
    {

    }

    public partial class MaxLiquidationBonusFunction : MaxLiquidationBonusFunctionBase { }

    [Function("MAX_LIQUIDATION_BONUS", "uint256")]
    public class MaxLiquidationBonusFunctionBase : FunctionMessage
    {

    }

    public partial class MaxLiquidationThresholdFunction : MaxLiquidationThresholdFunctionBase { }

    [Function("MAX_LIQUIDATION_THRESHOLD", "uint256")]
    public class MaxLiquidationThresholdFunctionBase : FunctionMessage
    {

    }

    public partial class MinBonusShareFunction : MinBonusShareFunctionBase { }

    [Function("MIN_BONUS_SHARE", "uint256")]
    public class MinBonusShareFunctionBase : FunctionMessage
    {

    }

    public partial class MinCloseFactorHfThresholdFunction : MinCloseFactorHfThresholdFunctionBase { }

    [Function("MIN_CLOSE_FACTOR_HF_THRESHOLD", "uint256")]
    public class MinCloseFactorHfThresholdFunctionBase : FunctionMessage
    {

    }

    public partial class MinMaxLtvFunction : MinMaxLtvFunctionBase { }

    [Function("MIN_MAX_LTV", "uint256")]
    public class MinMaxLtvFunctionBase : FunctionMessage
    {

    }

    public partial class OracleGasLimitFunction : OracleGasLimitFunctionBase { }

    [Function("ORACLE_GAS_LIMIT", "uint256")]
    public class OracleGasLimitFunctionBase : FunctionMessage
    {

    }

    public partial class PauserRoleFunction : PauserRoleFunctionBase { }

    [Function("PAUSER_ROLE", "bytes32")]
    public class PauserRoleFunctionBase : FunctionMessage
    {

    }

    public partial class BorrowFunction : BorrowFunctionBase { }

    [Function("borrow")]
    public class BorrowFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("address", "receiver", 3)]
        public virtual string Receiver { get; set; }
    }

    public partial class CloseFunction : CloseFunctionBase { }

    [Function("close")]
    public class CloseFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
    }

    public partial class CollateralFunction : CollateralFunctionBase { }

    [Function("collateral", typeof(CollateralOutputDTO))]
    public class CollateralFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class CollateralCountFunction : CollateralCountFunctionBase { }

    [Function("collateralCount", "uint32")]
    public class CollateralCountFunctionBase : FunctionMessage
    {

    }

    public partial class CollateralPriceFunction : CollateralPriceFunctionBase { }

    [Function("collateralPrice", typeof(CollateralPriceOutputDTO))]
    public class CollateralPriceFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class CollateralValueFunction : CollateralValueFunctionBase { }

    [Function("collateralValue", typeof(CollateralValueOutputDTO))]
    public class CollateralValueFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class DebtAssetFunction : DebtAssetFunctionBase { }

    [Function("debtAsset", "address")]
    public class DebtAssetFunctionBase : FunctionMessage
    {

    }

    public partial class DebtDecimalsFunction : DebtDecimalsFunctionBase { }

    [Function("debtDecimals", "uint8")]
    public class DebtDecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DebtOfFunction : DebtOfFunctionBase { }

    [Function("debtOf", "uint256")]
    public class DebtOfFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class DepositFunction : DepositFunctionBase { }

    [Function("deposit")]
    public class DepositFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class EffectiveBonusFunction : EffectiveBonusFunctionBase { }

    [Function("effectiveBonus", "uint256")]
    public class EffectiveBonusFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "collateralValue_", 2)]
        public virtual BigInteger Collateralvalue { get; set; }
        [Parameter("uint256", "debt", 3)]
        public virtual BigInteger Debt { get; set; }
    }

    public partial class ExtSloadsFunction : ExtSloadsFunctionBase { }

    [Function("extSloads", "bytes32[]")]
    public class ExtSloadsFunctionBase : FunctionMessage
    {
        [Parameter("bytes32[]", "slots", 1)]
        public virtual List<byte[]> Slots { get; set; }
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

    public partial class HealthFactorFunction : HealthFactorFunctionBase { }

    [Function("healthFactor", typeof(HealthFactorOutputDTO))]
    public class HealthFactorFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class LiquidateFunction : LiquidateFunctionBase { }

    [Function("liquidate", typeof(LiquidateOutputDTO))]
    public class LiquidateFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "maxRepay", 3)]
        public virtual BigInteger MaxRepay { get; set; }
    }

    public partial class LiquidateBatchFunction : LiquidateBatchFunctionBase { }

    [Function("liquidateBatch", typeof(LiquidateBatchOutputDTO))]
    public class LiquidateBatchFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "orders", 1)]
        public virtual List<LiquidationOrder> Orders { get; set; }
    }

    public partial class ListCollateralFunction : ListCollateralFunctionBase { }

    [Function("listCollateral", "uint32")]
    public class ListCollateralFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "oracle", 2)]
        public virtual string Oracle { get; set; }
        [Parameter("tuple", "params", 3)]
        public virtual CollateralParams Params { get; set; }
    }

    public partial class MarketParamsFunction : MarketParamsFunctionBase { }

    [Function("marketParams", typeof(MarketParamsOutputDTO))]
    public class MarketParamsFunctionBase : FunctionMessage
    {

    }

    public partial class OpenFunction : OpenFunctionBase { }

    [Function("open")]
    public class OpenFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "collateralAmount", 2)]
        public virtual BigInteger CollateralAmount { get; set; }
        [Parameter("uint256", "borrowAssets", 3)]
        public virtual BigInteger BorrowAssets { get; set; }
        [Parameter("address", "receiver", 4)]
        public virtual string Receiver { get; set; }
    }

    public partial class PauseFunction : PauseFunctionBase { }

    [Function("pause")]
    public class PauseFunctionBase : FunctionMessage
    {

    }

    public partial class PausedFunction : PausedFunctionBase { }

    [Function("paused", "bool")]
    public class PausedFunctionBase : FunctionMessage
    {

    }

    public partial class PoolFunction : PoolFunctionBase { }

    [Function("pool", "address")]
    public class PoolFunctionBase : FunctionMessage
    {

    }

    public partial class PositionFunction : PositionFunctionBase { }

    [Function("position", typeof(PositionOutputDTO))]
    public class PositionFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class PreviewLiquidationFunction : PreviewLiquidationFunctionBase { }

    [Function("previewLiquidation", typeof(PreviewLiquidationOutputDTO))]
    public class PreviewLiquidationFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("address", "liquidator", 3)]
        public virtual string Liquidator { get; set; }
        [Parameter("uint256", "maxRepay", 4)]
        public virtual BigInteger MaxRepay { get; set; }
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

    public partial class RepayFunction : RepayFunctionBase { }

    [Function("repay", "uint256")]
    public class RepayFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 3)]
        public virtual BigInteger Assets { get; set; }
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

    public partial class SetCollateralOracleFunction : SetCollateralOracleFunctionBase { }

    [Function("setCollateralOracle")]
    public class SetCollateralOracleFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "oracle", 2)]
        public virtual string Oracle { get; set; }
    }

    public partial class SetCollateralParamsFunction : SetCollateralParamsFunctionBase { }

    [Function("setCollateralParams")]
    public class SetCollateralParamsFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("tuple", "params", 2)]
        public virtual CollateralParams Params { get; set; }
    }

    public partial class SetMarketParamsFunction : SetMarketParamsFunctionBase { }

    [Function("setMarketParams")]
    public class SetMarketParamsFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual MarketParams Params { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class UnpauseFunction : UnpauseFunctionBase { }

    [Function("unpause")]
    public class UnpauseFunctionBase : FunctionMessage
    {

    }

    public partial class WithdrawFunction : WithdrawFunctionBase { }

    [Function("withdraw")]
    public class WithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("address", "receiver", 3)]
        public virtual string Receiver { get; set; }
    }

    public partial class BorrowedEventDTO : BorrowedEventDTOBase { }

    [Event("Borrowed")]
    public class BorrowedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "receiver", 3, false )]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "assets", 4, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "scaledDebt", 5, false )]
        public virtual BigInteger ScaledDebt { get; set; }
    }

    public partial class CollateralDepositedEventDTO : CollateralDepositedEventDTOBase { }

    [Event("CollateralDeposited")]
    public class CollateralDepositedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "payer", 3, false )]
        public virtual string Payer { get; set; }
        [Parameter("uint256", "amount", 4, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "collateral", 5, false )]
        public virtual BigInteger Collateral { get; set; }
    }

    public partial class CollateralListedEventDTO : CollateralListedEventDTOBase { }

    [Event("CollateralListed")]
    public class CollateralListedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "token", 2, true )]
        public virtual string Token { get; set; }
        [Parameter("address", "oracle", 3, false )]
        public virtual string Oracle { get; set; }
        [Parameter("uint8", "decimals", 4, false )]
        public virtual byte Decimals { get; set; }
    }

    public partial class CollateralOracleSetEventDTO : CollateralOracleSetEventDTOBase { }

    [Event("CollateralOracleSet")]
    public class CollateralOracleSetEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "oracle", 2, false )]
        public virtual string Oracle { get; set; }
    }

    public partial class CollateralParamsSetEventDTO : CollateralParamsSetEventDTOBase { }

    [Event("CollateralParamsSet")]
    public class CollateralParamsSetEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "maxLtv", 2, false )]
        public virtual BigInteger MaxLtv { get; set; }
        [Parameter("uint256", "liquidationThreshold", 3, false )]
        public virtual BigInteger LiquidationThreshold { get; set; }
        [Parameter("uint256", "liquidationBonus", 4, false )]
        public virtual BigInteger LiquidationBonus { get; set; }
        [Parameter("uint256", "debtCeiling", 5, false )]
        public virtual BigInteger DebtCeiling { get; set; }
        [Parameter("uint256", "dust", 6, false )]
        public virtual BigInteger Dust { get; set; }
    }

    public partial class CollateralWithdrawnEventDTO : CollateralWithdrawnEventDTOBase { }

    [Event("CollateralWithdrawn")]
    public class CollateralWithdrawnEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "receiver", 3, false )]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "amount", 4, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "collateral", 5, false )]
        public virtual BigInteger Collateral { get; set; }
    }

    public partial class LiquidatedEventDTO : LiquidatedEventDTOBase { }

    [Event("Liquidated")]
    public class LiquidatedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "liquidator", 3, true )]
        public virtual string Liquidator { get; set; }
        [Parameter("uint256", "repaid", 4, false )]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "seized", 5, false )]
        public virtual BigInteger Seized { get; set; }
        [Parameter("uint256", "fee", 6, false )]
        public virtual BigInteger Fee { get; set; }
    }

    public partial class LiquidationSkippedEventDTO : LiquidationSkippedEventDTOBase { }

    [Event("LiquidationSkipped")]
    public class LiquidationSkippedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint8", "reason", 3, false )]
        public virtual byte Reason { get; set; }
    }

    public partial class MarketParamsSetEventDTO : MarketParamsSetEventDTOBase { }

    [Event("MarketParamsSet")]
    public class MarketParamsSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "closeFactorHfThreshold", 1, false )]
        public virtual BigInteger CloseFactorHfThreshold { get; set; }
        [Parameter("uint256", "insuranceCut", 2, false )]
        public virtual BigInteger InsuranceCut { get; set; }
        [Parameter("uint256", "smallPositionValue", 3, false )]
        public virtual BigInteger SmallPositionValue { get; set; }
    }

    public partial class PausedEventDTO : PausedEventDTOBase { }

    [Event("Paused")]
    public class PausedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, false )]
        public virtual string Account { get; set; }
    }

    public partial class PositionClosedEventDTO : PositionClosedEventDTOBase { }

    [Event("PositionClosed")]
    public class PositionClosedEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
    }

    public partial class RepaidEventDTO : RepaidEventDTOBase { }

    [Event("Repaid")]
    public class RepaidEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "payer", 3, false )]
        public virtual string Payer { get; set; }
        [Parameter("uint256", "assets", 4, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "scaledDebt", 5, false )]
        public virtual BigInteger ScaledDebt { get; set; }
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

    public partial class UnpausedEventDTO : UnpausedEventDTOBase { }

    [Event("Unpaused")]
    public class UnpausedEventDTOBase : IEventDTO
    {
        [Parameter("address", "account", 1, false )]
        public virtual string Account { get; set; }
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

    public partial class CollateralAlreadyListedError : CollateralAlreadyListedErrorBase { }

    [Error("CollateralAlreadyListed")]
    public class CollateralAlreadyListedErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class DebtBelowDustError : DebtBelowDustErrorBase { }

    [Error("DebtBelowDust")]
    public class DebtBelowDustErrorBase : IErrorDTO
    {
        [Parameter("uint256", "debt", 1)]
        public virtual BigInteger Debt { get; set; }
        [Parameter("uint256", "dust", 2)]
        public virtual BigInteger Dust { get; set; }
    }

    public partial class DebtCeilingExceededError : DebtCeilingExceededErrorBase { }

    [Error("DebtCeilingExceeded")]
    public class DebtCeilingExceededErrorBase : IErrorDTO
    {
        [Parameter("uint256", "totalDebt", 1)]
        public virtual BigInteger TotalDebt { get; set; }
        [Parameter("uint256", "debtCeiling", 2)]
        public virtual BigInteger DebtCeiling { get; set; }
    }

    public partial class EnforcedPauseError : EnforcedPauseErrorBase { }
    [Error("EnforcedPause")]
    public class EnforcedPauseErrorBase : IErrorDTO
    {
    }

    public partial class ExpectedPauseError : ExpectedPauseErrorBase { }
    [Error("ExpectedPause")]
    public class ExpectedPauseErrorBase : IErrorDTO
    {
    }

    public partial class InsufficientCollateralError : InsufficientCollateralErrorBase { }

    [Error("InsufficientCollateral")]
    public class InsufficientCollateralErrorBase : IErrorDTO
    {
        [Parameter("uint256", "requested", 1)]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "available", 2)]
        public virtual BigInteger Available { get; set; }
    }

    public partial class MaxRepayTooLowError : MaxRepayTooLowErrorBase { }

    [Error("MaxRepayTooLow")]
    public class MaxRepayTooLowErrorBase : IErrorDTO
    {
        [Parameter("uint256", "required", 1)]
        public virtual BigInteger Required { get; set; }
        [Parameter("uint256", "maxRepay", 2)]
        public virtual BigInteger MaxRepay { get; set; }
    }

    public partial class NoDebtError : NoDebtErrorBase { }

    [Error("NoDebt")]
    public class NoDebtErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class OracleInvalidError : OracleInvalidErrorBase { }

    [Error("OracleInvalid")]
    public class OracleInvalidErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
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

    public partial class PoolScaledDebtMismatchError : PoolScaledDebtMismatchErrorBase { }

    [Error("PoolScaledDebtMismatch")]
    public class PoolScaledDebtMismatchErrorBase : IErrorDTO
    {
        [Parameter("uint256", "expected", 1)]
        public virtual BigInteger Expected { get; set; }
        [Parameter("uint256", "actual", 2)]
        public virtual BigInteger Actual { get; set; }
    }

    public partial class PositionEmptyError : PositionEmptyErrorBase { }

    [Error("PositionEmpty")]
    public class PositionEmptyErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
    }

    public partial class PositionHealthyError : PositionHealthyErrorBase { }

    [Error("PositionHealthy")]
    public class PositionHealthyErrorBase : IErrorDTO
    {
        [Parameter("uint256", "healthFactor", 1)]
        public virtual BigInteger HealthFactor { get; set; }
    }

    public partial class ReentrancyGuardReentrantCallError : ReentrancyGuardReentrantCallErrorBase { }
    [Error("ReentrancyGuardReentrantCall")]
    public class ReentrancyGuardReentrantCallErrorBase : IErrorDTO
    {
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

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class SelfLiquidationError : SelfLiquidationErrorBase { }
    [Error("SelfLiquidation")]
    public class SelfLiquidationErrorBase : IErrorDTO
    {
    }

    public partial class UnhealthyError : UnhealthyErrorBase { }

    [Error("Unhealthy")]
    public class UnhealthyErrorBase : IErrorDTO
    {
        [Parameter("uint256", "debt", 1)]
        public virtual BigInteger Debt { get; set; }
        [Parameter("uint256", "maxDebt", 2)]
        public virtual BigInteger MaxDebt { get; set; }
    }

    public partial class UnknownCollateralError : UnknownCollateralErrorBase { }

    [Error("UnknownCollateral")]
    public class UnknownCollateralErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class UnsupportedDecimalsError : UnsupportedDecimalsErrorBase { }

    [Error("UnsupportedDecimals")]
    public class UnsupportedDecimalsErrorBase : IErrorDTO
    {
        [Parameter("uint8", "decimals", 1)]
        public virtual byte Decimals { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class ZeroAmountError : ZeroAmountErrorBase { }
    [Error("ZeroAmount")]
    public class ZeroAmountErrorBase : IErrorDTO
    {
    }

    public partial class CloseFactorOutputDTO : CloseFactorOutputDTOBase { }

    [FunctionOutput]
    public class CloseFactorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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

    public partial class MaxCloseFactorHfThresholdOutputDTO : MaxCloseFactorHfThresholdOutputDTOBase { }

    [FunctionOutput]
    public class MaxCloseFactorHfThresholdOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxDustWholeUnitsOutputDTO : MaxDustWholeUnitsOutputDTOBase { }

    [FunctionOutput]
    public class MaxDustWholeUnitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxInsuranceCutOutputDTO : MaxInsuranceCutOutputDTOBase { }

    [FunctionOutput]
    public class MaxInsuranceCutOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxLiquidationBonusOutputDTO : MaxLiquidationBonusOutputDTOBase { }

    [FunctionOutput]
    public class MaxLiquidationBonusOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxLiquidationThresholdOutputDTO : MaxLiquidationThresholdOutputDTOBase { }

    [FunctionOutput]
    public class MaxLiquidationThresholdOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinBonusShareOutputDTO : MinBonusShareOutputDTOBase { }

    [FunctionOutput]
    public class MinBonusShareOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinCloseFactorHfThresholdOutputDTO : MinCloseFactorHfThresholdOutputDTOBase { }

    [FunctionOutput]
    public class MinCloseFactorHfThresholdOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinMaxLtvOutputDTO : MinMaxLtvOutputDTOBase { }

    [FunctionOutput]
    public class MinMaxLtvOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class OracleGasLimitOutputDTO : OracleGasLimitOutputDTOBase { }

    [FunctionOutput]
    public class OracleGasLimitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PauserRoleOutputDTO : PauserRoleOutputDTOBase { }

    [FunctionOutput]
    public class PauserRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }





    public partial class CollateralOutputDTO : CollateralOutputDTOBase { }

    [FunctionOutput]
    public class CollateralOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Collateral ReturnValue1 { get; set; }
    }

    public partial class CollateralCountOutputDTO : CollateralCountOutputDTOBase { }

    [FunctionOutput]
    public class CollateralCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint32", "", 1)]
        public virtual uint ReturnValue1 { get; set; }
    }

    public partial class CollateralPriceOutputDTO : CollateralPriceOutputDTOBase { }

    [FunctionOutput]
    public class CollateralPriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "price", 1)]
        public virtual BigInteger Price { get; set; }
        [Parameter("bool", "valid", 2)]
        public virtual bool Valid { get; set; }
    }

    public partial class CollateralValueOutputDTO : CollateralValueOutputDTOBase { }

    [FunctionOutput]
    public class CollateralValueOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "value", 1)]
        public virtual BigInteger Value { get; set; }
        [Parameter("bool", "valid", 2)]
        public virtual bool Valid { get; set; }
    }

    public partial class DebtAssetOutputDTO : DebtAssetOutputDTOBase { }

    [FunctionOutput]
    public class DebtAssetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class DebtDecimalsOutputDTO : DebtDecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DebtDecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class DebtOfOutputDTO : DebtOfOutputDTOBase { }

    [FunctionOutput]
    public class DebtOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class EffectiveBonusOutputDTO : EffectiveBonusOutputDTOBase { }

    [FunctionOutput]
    public class EffectiveBonusOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "bonus", 1)]
        public virtual BigInteger Bonus { get; set; }
    }

    public partial class ExtSloadsOutputDTO : ExtSloadsOutputDTOBase { }

    [FunctionOutput]
    public class ExtSloadsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32[]", "words", 1)]
        public virtual List<byte[]> Words { get; set; }
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

    public partial class HealthFactorOutputDTO : HealthFactorOutputDTOBase { }

    [FunctionOutput]
    public class HealthFactorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "hf", 1)]
        public virtual BigInteger Hf { get; set; }
        [Parameter("bool", "valid", 2)]
        public virtual bool Valid { get; set; }
    }

    public partial class LiquidateOutputDTO : LiquidateOutputDTOBase { }

    [FunctionOutput]
    public class LiquidateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "result", 1)]
        public virtual LiquidationResult Result { get; set; }
    }

    public partial class LiquidateBatchOutputDTO : LiquidateBatchOutputDTOBase { }

    [FunctionOutput]
    public class LiquidateBatchOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "results", 1)]
        public virtual List<LiquidationResult> Results { get; set; }
    }



    public partial class MarketParamsOutputDTO : MarketParamsOutputDTOBase { }

    [FunctionOutput]
    public class MarketParamsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "closeFactorHfThreshold", 1)]
        public virtual ulong CloseFactorHfThreshold { get; set; }
        [Parameter("uint64", "insuranceCut", 2)]
        public virtual ulong InsuranceCut { get; set; }
        [Parameter("uint128", "smallPositionValue", 3)]
        public virtual BigInteger SmallPositionValue { get; set; }
    }





    public partial class PausedOutputDTO : PausedOutputDTOBase { }

    [FunctionOutput]
    public class PausedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class PoolOutputDTO : PoolOutputDTOBase { }

    [FunctionOutput]
    public class PoolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class PositionOutputDTO : PositionOutputDTOBase { }

    [FunctionOutput]
    public class PositionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Position ReturnValue1 { get; set; }
    }

    public partial class PreviewLiquidationOutputDTO : PreviewLiquidationOutputDTOBase { }

    [FunctionOutput]
    public class PreviewLiquidationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "result", 1)]
        public virtual LiquidationResult Result { get; set; }
    }













    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }




}
