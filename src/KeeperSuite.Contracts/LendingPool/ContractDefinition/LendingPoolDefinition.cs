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

namespace KeeperSuite.Contracts.LendingPool.ContractDefinition
{


    public partial class LendingPoolDeployment : LendingPoolDeploymentBase
    {
        public LendingPoolDeployment() : base(BYTECODE) { }
        public LendingPoolDeployment(string byteCode) : base(byteCode) { }
    }

    public class LendingPoolDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public LendingPoolDeploymentBase() : base(BYTECODE) { }
        public LendingPoolDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "asset_", 1)]
        public virtual string Asset { get; set; }
        [Parameter("string", "name_", 2)]
        public virtual string Name { get; set; }
        [Parameter("string", "symbol_", 3)]
        public virtual string Symbol { get; set; }
        [Parameter("address", "admin", 4)]
        public virtual string Admin { get; set; }
        [Parameter("tuple", "params", 5)]
        public virtual RateParams Params { get; set; }
        [Parameter("uint256", "reserveFactor_", 6)]
        public virtual BigInteger Reservefactor { get; set; }
    }

    public partial class DecimalsOffsetFunction : DecimalsOffsetFunctionBase { }

    [Function("DECIMALS_OFFSET", "uint8")]
    public class DecimalsOffsetFunctionBase : FunctionMessage
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

    public partial class MaxBaseRateFunction : MaxBaseRateFunctionBase { }

    [Function("MAX_BASE_RATE", "uint256")]
    public class MaxBaseRateFunctionBase : FunctionMessage
    {

    }

    public partial class MaxFlashFeeRateFunction : MaxFlashFeeRateFunctionBase { }

    [Function("MAX_FLASH_FEE_RATE", "uint256")]
    public class MaxFlashFeeRateFunctionBase : FunctionMessage
    {

    }

    public partial class MaxOptimalUtilizationFunction : MaxOptimalUtilizationFunctionBase { }

    [Function("MAX_OPTIMAL_UTILIZATION", "uint256")]
    public class MaxOptimalUtilizationFunctionBase : FunctionMessage
    {

    }

    public partial class MaxReserveFactorFunction : MaxReserveFactorFunctionBase { }

    [Function("MAX_RESERVE_FACTOR", "uint256")]
    public class MaxReserveFactorFunctionBase : FunctionMessage
    {

    }

    public partial class MaxSlope1Function : MaxSlope1FunctionBase { }

    [Function("MAX_SLOPE1", "uint256")]
    public class MaxSlope1FunctionBase : FunctionMessage
    {

    }

    public partial class MaxSlope2Function : MaxSlope2FunctionBase { }

    [Function("MAX_SLOPE2", "uint256")]
    public class MaxSlope2FunctionBase : FunctionMessage
    {

    }

    public partial class MinOptimalUtilizationFunction : MinOptimalUtilizationFunctionBase { }

    [Function("MIN_OPTIMAL_UTILIZATION", "uint256")]
    public class MinOptimalUtilizationFunctionBase : FunctionMessage
    {

    }

    public partial class RecoveryEpochFunction : RecoveryEpochFunctionBase { }

    [Function("RECOVERY_EPOCH", "uint256")]
    public class RecoveryEpochFunctionBase : FunctionMessage
    {

    }

    public partial class RecoveryUnlockPeriodFunction : RecoveryUnlockPeriodFunctionBase { }

    [Function("RECOVERY_UNLOCK_PERIOD", "uint256")]
    public class RecoveryUnlockPeriodFunctionBase : FunctionMessage
    {

    }

    public partial class AccrueInterestFunction : AccrueInterestFunctionBase { }

    [Function("accrueInterest", "uint256")]
    public class AccrueInterestFunctionBase : FunctionMessage
    {

    }

    public partial class AllowanceFunction : AllowanceFunctionBase { }

    [Function("allowance", "uint256")]
    public class AllowanceFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve", "bool")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class AssetFunction : AssetFunctionBase { }

    [Function("asset", "address")]
    public class AssetFunctionBase : FunctionMessage
    {

    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class BorrowFunction : BorrowFunctionBase { }

    [Function("borrow", "uint256")]
    public class BorrowFunctionBase : FunctionMessage
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class BorrowIndexFunction : BorrowIndexFunctionBase { }

    [Function("borrowIndex", "uint256")]
    public class BorrowIndexFunctionBase : FunctionMessage
    {

    }

    public partial class BorrowRateAtFunction : BorrowRateAtFunctionBase { }

    [Function("borrowRateAt", "uint256")]
    public class BorrowRateAtFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "utilizationWad", 1)]
        public virtual BigInteger UtilizationWad { get; set; }
    }

    public partial class BorrowRatePerSecondFunction : BorrowRatePerSecondFunctionBase { }

    [Function("borrowRatePerSecond", "uint256")]
    public class BorrowRatePerSecondFunctionBase : FunctionMessage
    {

    }

    public partial class CashFunction : CashFunctionBase { }

    [Function("cash", "uint256")]
    public class CashFunctionBase : FunctionMessage
    {

    }

    public partial class ConvertToAssetsFunction : ConvertToAssetsFunctionBase { }

    [Function("convertToAssets", "uint256")]
    public class ConvertToAssetsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class ConvertToSharesFunction : ConvertToSharesFunctionBase { }

    [Function("convertToShares", "uint256")]
    public class ConvertToSharesFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class CumulativeLossPerShareWadFunction : CumulativeLossPerShareWadFunctionBase { }

    [Function("cumulativeLossPerShareWad", "uint256")]
    public class CumulativeLossPerShareWadFunctionBase : FunctionMessage
    {

    }

    public partial class CumulativeRecoveryPerShareWadFunction : CumulativeRecoveryPerShareWadFunctionBase { }

    [Function("cumulativeRecoveryPerShareWad", "uint256")]
    public class CumulativeRecoveryPerShareWadFunctionBase : FunctionMessage
    {

    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DeficitFunction : DeficitFunctionBase { }

    [Function("deficit", typeof(DeficitOutputDTO))]
    public class DeficitFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
    }

    public partial class DeficitCountFunction : DeficitCountFunctionBase { }

    [Function("deficitCount", "uint256")]
    public class DeficitCountFunctionBase : FunctionMessage
    {

    }

    public partial class DepositFunction : DepositFunctionBase { }

    [Function("deposit", "uint256")]
    public class DepositFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
    }

    public partial class EntriesOpenFunction : EntriesOpenFunctionBase { }

    [Function("entriesOpen", "bool")]
    public class EntriesOpenFunctionBase : FunctionMessage
    {

    }

    public partial class EntryAssetsFunction : EntryAssetsFunctionBase { }

    [Function("entryAssets", "uint256")]
    public class EntryAssetsFunctionBase : FunctionMessage
    {

    }

    public partial class ExitsPausedByFunction : ExitsPausedByFunctionBase { }

    [Function("exitsPausedBy", "uint32")]
    public class ExitsPausedByFunctionBase : FunctionMessage
    {

    }

    public partial class FlashFeeFunction : FlashFeeFunctionBase { }

    [Function("flashFee", "uint256")]
    public class FlashFeeFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class FlashFeeRateFunction : FlashFeeRateFunctionBase { }

    [Function("flashFeeRate", "uint256")]
    public class FlashFeeRateFunctionBase : FunctionMessage
    {

    }

    public partial class FlashLoanFunction : FlashLoanFunctionBase { }

    [Function("flashLoan", "bool")]
    public class FlashLoanFunctionBase : FunctionMessage
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("address", "token", 2)]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("bytes", "data", 4)]
        public virtual byte[] Data { get; set; }
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

    public partial class InsuranceFundFunction : InsuranceFundFunctionBase { }

    [Function("insuranceFund", "address")]
    public class InsuranceFundFunctionBase : FunctionMessage
    {

    }

    public partial class LastAccrualFunction : LastAccrualFunctionBase { }

    [Function("lastAccrual", "uint64")]
    public class LastAccrualFunctionBase : FunctionMessage
    {

    }

    public partial class LockedRecoveryFunction : LockedRecoveryFunctionBase { }

    [Function("lockedRecovery", "uint256")]
    public class LockedRecoveryFunctionBase : FunctionMessage
    {

    }

    public partial class MarketFunction : MarketFunctionBase { }

    [Function("market", "address")]
    public class MarketFunctionBase : FunctionMessage
    {

    }

    public partial class MaxDepositFunction : MaxDepositFunctionBase { }

    [Function("maxDeposit", "uint256")]
    public class MaxDepositFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MaxFlashLoanFunction : MaxFlashLoanFunctionBase { }

    [Function("maxFlashLoan", "uint256")]
    public class MaxFlashLoanFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class MaxMintFunction : MaxMintFunctionBase { }

    [Function("maxMint", "uint256")]
    public class MaxMintFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MaxRedeemFunction : MaxRedeemFunctionBase { }

    [Function("maxRedeem", "uint256")]
    public class MaxRedeemFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class MaxWithdrawFunction : MaxWithdrawFunctionBase { }

    [Function("maxWithdraw", "uint256")]
    public class MaxWithdrawFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint", "uint256")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class PayRewardFunction : PayRewardFunctionBase { }

    [Function("payReward", "uint256")]
    public class PayRewardFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class PreviewDepositFunction : PreviewDepositFunctionBase { }

    [Function("previewDeposit", "uint256")]
    public class PreviewDepositFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class PreviewMintFunction : PreviewMintFunctionBase { }

    [Function("previewMint", "uint256")]
    public class PreviewMintFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class PreviewRedeemFunction : PreviewRedeemFunctionBase { }

    [Function("previewRedeem", "uint256")]
    public class PreviewRedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class PreviewWithdrawFunction : PreviewWithdrawFunctionBase { }

    [Function("previewWithdraw", "uint256")]
    public class PreviewWithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class RateParamsFunction : RateParamsFunctionBase { }

    [Function("rateParams", typeof(RateParamsOutputDTO))]
    public class RateParamsFunctionBase : FunctionMessage
    {

    }

    public partial class RecordDeficitFunction : RecordDeficitFunctionBase { }

    [Function("recordDeficit", typeof(RecordDeficitOutputDTO))]
    public class RecordDeficitFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "scaledDebt", 1)]
        public virtual BigInteger ScaledDebt { get; set; }
        [Parameter("uint32", "collateralId", 2)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "borrower", 3)]
        public virtual string Borrower { get; set; }
    }

    public partial class RecoveryInSightFunction : RecoveryInSightFunctionBase { }

    [Function("recoveryInSight", "uint256")]
    public class RecoveryInSightFunctionBase : FunctionMessage
    {

    }

    public partial class RecoveryUnlockEndFunction : RecoveryUnlockEndFunctionBase { }

    [Function("recoveryUnlockEnd", "uint256")]
    public class RecoveryUnlockEndFunctionBase : FunctionMessage
    {

    }

    public partial class RedeemFunction : RedeemFunctionBase { }

    [Function("redeem", "uint256")]
    public class RedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
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

    [Function("repay")]
    public class RepayFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "scaledDebt", 1)]
        public virtual BigInteger ScaledDebt { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "fee", 3)]
        public virtual BigInteger Fee { get; set; }
    }

    public partial class RepayDeficitsFunction : RepayDeficitsFunctionBase { }

    [Function("repayDeficits")]
    public class RepayDeficitsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class ReserveFactorFunction : ReserveFactorFunctionBase { }

    [Function("reserveFactor", "uint256")]
    public class ReserveFactorFunctionBase : FunctionMessage
    {

    }

    public partial class ReservesFunction : ReservesFunctionBase { }

    [Function("reserves", "uint256")]
    public class ReservesFunctionBase : FunctionMessage
    {

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

    public partial class SetFlashFeeRateFunction : SetFlashFeeRateFunctionBase { }

    [Function("setFlashFeeRate")]
    public class SetFlashFeeRateFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "rate", 1)]
        public virtual BigInteger Rate { get; set; }
    }

    public partial class SetInsuranceFundFunction : SetInsuranceFundFunctionBase { }

    [Function("setInsuranceFund")]
    public class SetInsuranceFundFunctionBase : FunctionMessage
    {
        [Parameter("address", "fund", 1)]
        public virtual string Fund { get; set; }
    }

    public partial class SetMarketFunction : SetMarketFunctionBase { }

    [Function("setMarket")]
    public class SetMarketFunctionBase : FunctionMessage
    {
        [Parameter("address", "market_", 1)]
        public virtual string Market { get; set; }
    }

    public partial class SetRateParamsFunction : SetRateParamsFunctionBase { }

    [Function("setRateParams")]
    public class SetRateParamsFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual RateParams Params { get; set; }
    }

    public partial class SetReserveFactorFunction : SetReserveFactorFunctionBase { }

    [Function("setReserveFactor")]
    public class SetReserveFactorFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "reserveFactor_", 1)]
        public virtual BigInteger Reservefactor { get; set; }
    }

    public partial class SetWriteOffFunction : SetWriteOffFunctionBase { }

    [Function("setWriteOff")]
    public class SetWriteOffFunctionBase : FunctionMessage
    {
        [Parameter("address", "writeOff_", 1)]
        public virtual string Writeoff { get; set; }
        [Parameter("address", "fund", 2)]
        public virtual string Fund { get; set; }
    }

    public partial class SkimReservesFunction : SkimReservesFunctionBase { }

    [Function("skimReserves", "uint256")]
    public class SkimReservesFunctionBase : FunctionMessage
    {

    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class SymbolFunction : SymbolFunctionBase { }

    [Function("symbol", "string")]
    public class SymbolFunctionBase : FunctionMessage
    {

    }

    public partial class TotalAssetsFunction : TotalAssetsFunctionBase { }

    [Function("totalAssets", "uint256")]
    public class TotalAssetsFunctionBase : FunctionMessage
    {

    }

    public partial class TotalDebtFunction : TotalDebtFunctionBase { }

    [Function("totalDebt", "uint256")]
    public class TotalDebtFunctionBase : FunctionMessage
    {

    }

    public partial class TotalLentFunction : TotalLentFunctionBase { }

    [Function("totalLent", "uint256")]
    public class TotalLentFunctionBase : FunctionMessage
    {

    }

    public partial class TotalScaledDebtFunction : TotalScaledDebtFunctionBase { }

    [Function("totalScaledDebt", "uint256")]
    public class TotalScaledDebtFunctionBase : FunctionMessage
    {

    }

    public partial class TotalSupplyFunction : TotalSupplyFunctionBase { }

    [Function("totalSupply", "uint256")]
    public class TotalSupplyFunctionBase : FunctionMessage
    {

    }

    public partial class TransferFunction : TransferFunctionBase { }

    [Function("transfer", "bool")]
    public class TransferFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferFromFunction : TransferFromFunctionBase { }

    [Function("transferFrom", "bool")]
    public class TransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class UncoveredDeficitFunction : UncoveredDeficitFunctionBase { }

    [Function("uncoveredDeficit", "uint256")]
    public class UncoveredDeficitFunctionBase : FunctionMessage
    {

    }

    public partial class UtilizationFunction : UtilizationFunctionBase { }

    [Function("utilization", "uint256")]
    public class UtilizationFunctionBase : FunctionMessage
    {

    }

    public partial class WithdrawFunction : WithdrawFunctionBase { }

    [Function("withdraw", "uint256")]
    public class WithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
    }

    public partial class WriteOffFunction : WriteOffFunctionBase { }

    [Function("writeOff", "address")]
    public class WriteOffFunctionBase : FunctionMessage
    {

    }

    public partial class WriteOffDeficitsFunction : WriteOffDeficitsFunctionBase { }

    [Function("writeOffDeficits")]
    public class WriteOffDeficitsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class ApprovalEventDTO : ApprovalEventDTOBase { }

    [Event("Approval")]
    public class ApprovalEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2, true )]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class BorrowedEventDTO : BorrowedEventDTOBase { }

    [Event("Borrowed")]
    public class BorrowedEventDTOBase : IEventDTO
    {
        [Parameter("address", "receiver", 1, true )]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "assets", 2, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "scaledDebt", 3, false )]
        public virtual BigInteger ScaledDebt { get; set; }
    }

    public partial class DeficitRecordedEventDTO : DeficitRecordedEventDTOBase { }

    [Event("DeficitRecorded")]
    public class DeficitRecordedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "deficitId", 1, true )]
        public virtual BigInteger DeficitId { get; set; }
        [Parameter("uint32", "collateralId", 2, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "borrower", 3, true )]
        public virtual string Borrower { get; set; }
        [Parameter("uint256", "assets", 4, false )]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class DeficitsRepaidEventDTO : DeficitsRepaidEventDTOBase { }

    [Event("DeficitsRepaid")]
    public class DeficitsRepaidEventDTOBase : IEventDTO
    {
        [Parameter("address", "payer", 1, true )]
        public virtual string Payer { get; set; }
        [Parameter("uint256", "assets", 2, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 3, false )]
        public virtual BigInteger UncoveredDeficit { get; set; }
    }

    public partial class DeficitsWrittenOffEventDTO : DeficitsWrittenOffEventDTOBase { }

    [Event("DeficitsWrittenOff")]
    public class DeficitsWrittenOffEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "assets", 1, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 2, false )]
        public virtual BigInteger UncoveredDeficit { get; set; }
    }

    public partial class DepositEventDTO : DepositEventDTOBase { }

    [Event("Deposit")]
    public class DepositEventDTOBase : IEventDTO
    {
        [Parameter("address", "sender", 1, true )]
        public virtual string Sender { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 3, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "shares", 4, false )]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class FlashFeeRateSetEventDTO : FlashFeeRateSetEventDTOBase { }

    [Event("FlashFeeRateSet")]
    public class FlashFeeRateSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "flashFeeRate", 1, false )]
        public virtual BigInteger FlashFeeRate { get; set; }
    }

    public partial class FlashLoanEventDTO : FlashLoanEventDTOBase { }

    [Event("FlashLoan")]
    public class FlashLoanEventDTOBase : IEventDTO
    {
        [Parameter("address", "receiver", 1, true )]
        public virtual string Receiver { get; set; }
        [Parameter("address", "initiator", 2, true )]
        public virtual string Initiator { get; set; }
        [Parameter("uint256", "amount", 3, false )]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "fee", 4, false )]
        public virtual BigInteger Fee { get; set; }
    }

    public partial class InsuranceFundSetEventDTO : InsuranceFundSetEventDTOBase { }

    [Event("InsuranceFundSet")]
    public class InsuranceFundSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "insuranceFund", 1, true )]
        public virtual string InsuranceFund { get; set; }
    }

    public partial class InterestAccruedEventDTO : InterestAccruedEventDTOBase { }

    [Event("InterestAccrued")]
    public class InterestAccruedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "borrowIndex", 1, false )]
        public virtual BigInteger BorrowIndex { get; set; }
        [Parameter("uint256", "interest", 2, false )]
        public virtual BigInteger Interest { get; set; }
        [Parameter("uint256", "toReserves", 3, false )]
        public virtual BigInteger ToReserves { get; set; }
    }

    public partial class MarketSetEventDTO : MarketSetEventDTOBase { }

    [Event("MarketSet")]
    public class MarketSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "market", 1, true )]
        public virtual string Market { get; set; }
    }

    public partial class RateParamsSetEventDTO : RateParamsSetEventDTOBase { }

    [Event("RateParamsSet")]
    public class RateParamsSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "baseRate", 1, false )]
        public virtual BigInteger BaseRate { get; set; }
        [Parameter("uint256", "slope1", 2, false )]
        public virtual BigInteger Slope1 { get; set; }
        [Parameter("uint256", "slope2", 3, false )]
        public virtual BigInteger Slope2 { get; set; }
        [Parameter("uint256", "optimalUtilization", 4, false )]
        public virtual BigInteger OptimalUtilization { get; set; }
    }

    public partial class RecoveryLockedEventDTO : RecoveryLockedEventDTOBase { }

    [Event("RecoveryLocked")]
    public class RecoveryLockedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "assets", 1, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "lockedTotal", 2, false )]
        public virtual BigInteger LockedTotal { get; set; }
        [Parameter("uint64", "unlockEnd", 3, false )]
        public virtual ulong UnlockEnd { get; set; }
    }

    public partial class RepaidEventDTO : RepaidEventDTOBase { }

    [Event("Repaid")]
    public class RepaidEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "assets", 1, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "scaledDebt", 2, false )]
        public virtual BigInteger ScaledDebt { get; set; }
        [Parameter("uint256", "fee", 3, false )]
        public virtual BigInteger Fee { get; set; }
    }

    public partial class ReserveFactorSetEventDTO : ReserveFactorSetEventDTOBase { }

    [Event("ReserveFactorSet")]
    public class ReserveFactorSetEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "reserveFactor", 1, false )]
        public virtual BigInteger ReserveFactor { get; set; }
    }

    public partial class ReservesSkimmedEventDTO : ReservesSkimmedEventDTOBase { }

    [Event("ReservesSkimmed")]
    public class ReservesSkimmedEventDTOBase : IEventDTO
    {
        [Parameter("address", "insuranceFund", 1, true )]
        public virtual string InsuranceFund { get; set; }
        [Parameter("uint256", "assets", 2, false )]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class ReservesWrittenDownEventDTO : ReservesWrittenDownEventDTOBase { }

    [Event("ReservesWrittenDown")]
    public class ReservesWrittenDownEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "assets", 1, false )]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class RewardPaidEventDTO : RewardPaidEventDTOBase { }

    [Event("RewardPaid")]
    public class RewardPaidEventDTOBase : IEventDTO
    {
        [Parameter("address", "to", 1, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "assets", 2, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 3, false )]
        public virtual BigInteger UncoveredDeficit { get; set; }
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

    public partial class TransferEventDTO : TransferEventDTOBase { }

    [Event("Transfer")]
    public class TransferEventDTOBase : IEventDTO
    {
        [Parameter("address", "from", 1, true )]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class WithdrawEventDTO : WithdrawEventDTOBase { }

    [Event("Withdraw")]
    public class WithdrawEventDTOBase : IEventDTO
    {
        [Parameter("address", "sender", 1, true )]
        public virtual string Sender { get; set; }
        [Parameter("address", "receiver", 2, true )]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 4, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "shares", 5, false )]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class WriteOffSetEventDTO : WriteOffSetEventDTOBase { }

    [Event("WriteOffSet")]
    public class WriteOffSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "writeOff", 1, true )]
        public virtual string WriteOff { get; set; }
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

    public partial class DeficitRepaymentTooLargeError : DeficitRepaymentTooLargeErrorBase { }

    [Error("DeficitRepaymentTooLarge")]
    public class DeficitRepaymentTooLargeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 2)]
        public virtual BigInteger UncoveredDeficit { get; set; }
    }

    public partial class ERC20InsufficientAllowanceError : ERC20InsufficientAllowanceErrorBase { }

    [Error("ERC20InsufficientAllowance")]
    public class ERC20InsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InsufficientBalanceError : ERC20InsufficientBalanceErrorBase { }

    [Error("ERC20InsufficientBalance")]
    public class ERC20InsufficientBalanceErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InvalidApproverError : ERC20InvalidApproverErrorBase { }

    [Error("ERC20InvalidApprover")]
    public class ERC20InvalidApproverErrorBase : IErrorDTO
    {
        [Parameter("address", "approver", 1)]
        public virtual string Approver { get; set; }
    }

    public partial class ERC20InvalidReceiverError : ERC20InvalidReceiverErrorBase { }

    [Error("ERC20InvalidReceiver")]
    public class ERC20InvalidReceiverErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class ERC20InvalidSenderError : ERC20InvalidSenderErrorBase { }

    [Error("ERC20InvalidSender")]
    public class ERC20InvalidSenderErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
    }

    public partial class ERC20InvalidSpenderError : ERC20InvalidSpenderErrorBase { }

    [Error("ERC20InvalidSpender")]
    public class ERC20InvalidSpenderErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
    }

    public partial class ERC4626ExceededMaxDepositError : ERC4626ExceededMaxDepositErrorBase { }

    [Error("ERC4626ExceededMaxDeposit")]
    public class ERC4626ExceededMaxDepositErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxMintError : ERC4626ExceededMaxMintErrorBase { }

    [Error("ERC4626ExceededMaxMint")]
    public class ERC4626ExceededMaxMintErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "shares", 2)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxRedeemError : ERC4626ExceededMaxRedeemErrorBase { }

    [Error("ERC4626ExceededMaxRedeem")]
    public class ERC4626ExceededMaxRedeemErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "shares", 2)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxWithdrawError : ERC4626ExceededMaxWithdrawErrorBase { }

    [Error("ERC4626ExceededMaxWithdraw")]
    public class ERC4626ExceededMaxWithdrawErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ExitsPausedError : ExitsPausedErrorBase { }

    [Error("ExitsPaused")]
    public class ExitsPausedErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class FlashLoanActiveError : FlashLoanActiveErrorBase { }
    [Error("FlashLoanActive")]
    public class FlashLoanActiveErrorBase : IErrorDTO
    {
    }

    public partial class FlashLoanRejectedError : FlashLoanRejectedErrorBase { }

    [Error("FlashLoanRejected")]
    public class FlashLoanRejectedErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class FlashLoanTooLargeError : FlashLoanTooLargeErrorBase { }

    [Error("FlashLoanTooLarge")]
    public class FlashLoanTooLargeErrorBase : IErrorDTO
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "available", 2)]
        public virtual BigInteger Available { get; set; }
    }

    public partial class InsufficientCashError : InsufficientCashErrorBase { }

    [Error("InsufficientCash")]
    public class InsufficientCashErrorBase : IErrorDTO
    {
        [Parameter("uint256", "requested", 1)]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "available", 2)]
        public virtual BigInteger Available { get; set; }
    }

    public partial class InsuranceFundLockedError : InsuranceFundLockedErrorBase { }

    [Error("InsuranceFundLocked")]
    public class InsuranceFundLockedErrorBase : IErrorDTO
    {
        [Parameter("address", "insuranceFund", 1)]
        public virtual string InsuranceFund { get; set; }
    }

    public partial class InsuranceFundNotSetError : InsuranceFundNotSetErrorBase { }
    [Error("InsuranceFundNotSet")]
    public class InsuranceFundNotSetErrorBase : IErrorDTO
    {
    }

    public partial class MarketAlreadySetError : MarketAlreadySetErrorBase { }

    [Error("MarketAlreadySet")]
    public class MarketAlreadySetErrorBase : IErrorDTO
    {
        [Parameter("address", "market", 1)]
        public virtual string Market { get; set; }
    }

    public partial class NotMarketError : NotMarketErrorBase { }

    [Error("NotMarket")]
    public class NotMarketErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class NotWriteOffError : NotWriteOffErrorBase { }

    [Error("NotWriteOff")]
    public class NotWriteOffErrorBase : IErrorDTO
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

    public partial class ReentrancyGuardReentrantCallError : ReentrancyGuardReentrantCallErrorBase { }
    [Error("ReentrancyGuardReentrantCall")]
    public class ReentrancyGuardReentrantCallErrorBase : IErrorDTO
    {
    }

    public partial class RepaymentTooSmallError : RepaymentTooSmallErrorBase { }

    [Error("RepaymentTooSmall")]
    public class RepaymentTooSmallErrorBase : IErrorDTO
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "required", 2)]
        public virtual BigInteger Required { get; set; }
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

    public partial class ScaledDebtExceedsTotalError : ScaledDebtExceedsTotalErrorBase { }

    [Error("ScaledDebtExceedsTotal")]
    public class ScaledDebtExceedsTotalErrorBase : IErrorDTO
    {
        [Parameter("uint256", "scaledDebt", 1)]
        public virtual BigInteger ScaledDebt { get; set; }
        [Parameter("uint256", "totalScaledDebt", 2)]
        public virtual BigInteger TotalScaledDebt { get; set; }
    }

    public partial class UnknownDeficitError : UnknownDeficitErrorBase { }

    [Error("UnknownDeficit")]
    public class UnknownDeficitErrorBase : IErrorDTO
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
    }

    public partial class UnsupportedFlashTokenError : UnsupportedFlashTokenErrorBase { }

    [Error("UnsupportedFlashToken")]
    public class UnsupportedFlashTokenErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class WriteOffAlreadySetError : WriteOffAlreadySetErrorBase { }

    [Error("WriteOffAlreadySet")]
    public class WriteOffAlreadySetErrorBase : IErrorDTO
    {
        [Parameter("address", "writeOff", 1)]
        public virtual string WriteOff { get; set; }
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

    public partial class DecimalsOffsetOutputDTO : DecimalsOffsetOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOffsetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
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

    public partial class MaxBaseRateOutputDTO : MaxBaseRateOutputDTOBase { }

    [FunctionOutput]
    public class MaxBaseRateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxFlashFeeRateOutputDTO : MaxFlashFeeRateOutputDTOBase { }

    [FunctionOutput]
    public class MaxFlashFeeRateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxOptimalUtilizationOutputDTO : MaxOptimalUtilizationOutputDTOBase { }

    [FunctionOutput]
    public class MaxOptimalUtilizationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxReserveFactorOutputDTO : MaxReserveFactorOutputDTOBase { }

    [FunctionOutput]
    public class MaxReserveFactorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxSlope1OutputDTO : MaxSlope1OutputDTOBase { }

    [FunctionOutput]
    public class MaxSlope1OutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxSlope2OutputDTO : MaxSlope2OutputDTOBase { }

    [FunctionOutput]
    public class MaxSlope2OutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinOptimalUtilizationOutputDTO : MinOptimalUtilizationOutputDTOBase { }

    [FunctionOutput]
    public class MinOptimalUtilizationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RecoveryEpochOutputDTO : RecoveryEpochOutputDTOBase { }

    [FunctionOutput]
    public class RecoveryEpochOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RecoveryUnlockPeriodOutputDTO : RecoveryUnlockPeriodOutputDTOBase { }

    [FunctionOutput]
    public class RecoveryUnlockPeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class AllowanceOutputDTO : AllowanceOutputDTOBase { }

    [FunctionOutput]
    public class AllowanceOutputDTOBase : IFunctionOutputDTO 
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

    public partial class BalanceOfOutputDTO : BalanceOfOutputDTOBase { }

    [FunctionOutput]
    public class BalanceOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class BorrowIndexOutputDTO : BorrowIndexOutputDTOBase { }

    [FunctionOutput]
    public class BorrowIndexOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class BorrowRateAtOutputDTO : BorrowRateAtOutputDTOBase { }

    [FunctionOutput]
    public class BorrowRateAtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "rateRay", 1)]
        public virtual BigInteger RateRay { get; set; }
    }

    public partial class BorrowRatePerSecondOutputDTO : BorrowRatePerSecondOutputDTOBase { }

    [FunctionOutput]
    public class BorrowRatePerSecondOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "rateRay", 1)]
        public virtual BigInteger RateRay { get; set; }
    }

    public partial class CashOutputDTO : CashOutputDTOBase { }

    [FunctionOutput]
    public class CashOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ConvertToAssetsOutputDTO : ConvertToAssetsOutputDTOBase { }

    [FunctionOutput]
    public class ConvertToAssetsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ConvertToSharesOutputDTO : ConvertToSharesOutputDTOBase { }

    [FunctionOutput]
    public class ConvertToSharesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CumulativeLossPerShareWadOutputDTO : CumulativeLossPerShareWadOutputDTOBase { }

    [FunctionOutput]
    public class CumulativeLossPerShareWadOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CumulativeRecoveryPerShareWadOutputDTO : CumulativeRecoveryPerShareWadOutputDTOBase { }

    [FunctionOutput]
    public class CumulativeRecoveryPerShareWadOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class DeficitOutputDTO : DeficitOutputDTOBase { }

    [FunctionOutput]
    public class DeficitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual Deficit ReturnValue1 { get; set; }
    }

    public partial class DeficitCountOutputDTO : DeficitCountOutputDTOBase { }

    [FunctionOutput]
    public class DeficitCountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class EntriesOpenOutputDTO : EntriesOpenOutputDTOBase { }

    [FunctionOutput]
    public class EntriesOpenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }

    public partial class EntryAssetsOutputDTO : EntryAssetsOutputDTOBase { }

    [FunctionOutput]
    public class EntryAssetsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ExitsPausedByOutputDTO : ExitsPausedByOutputDTOBase { }

    [FunctionOutput]
    public class ExitsPausedByOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint32", "", 1)]
        public virtual uint ReturnValue1 { get; set; }
    }

    public partial class FlashFeeOutputDTO : FlashFeeOutputDTOBase { }

    [FunctionOutput]
    public class FlashFeeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class FlashFeeRateOutputDTO : FlashFeeRateOutputDTOBase { }

    [FunctionOutput]
    public class FlashFeeRateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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

    public partial class InsuranceFundOutputDTO : InsuranceFundOutputDTOBase { }

    [FunctionOutput]
    public class InsuranceFundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class LastAccrualOutputDTO : LastAccrualOutputDTOBase { }

    [FunctionOutput]
    public class LastAccrualOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint64", "", 1)]
        public virtual ulong ReturnValue1 { get; set; }
    }

    public partial class LockedRecoveryOutputDTO : LockedRecoveryOutputDTOBase { }

    [FunctionOutput]
    public class LockedRecoveryOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "locked", 1)]
        public virtual BigInteger Locked { get; set; }
    }

    public partial class MarketOutputDTO : MarketOutputDTOBase { }

    [FunctionOutput]
    public class MarketOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MaxDepositOutputDTO : MaxDepositOutputDTOBase { }

    [FunctionOutput]
    public class MaxDepositOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxFlashLoanOutputDTO : MaxFlashLoanOutputDTOBase { }

    [FunctionOutput]
    public class MaxFlashLoanOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxMintOutputDTO : MaxMintOutputDTOBase { }

    [FunctionOutput]
    public class MaxMintOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxRedeemOutputDTO : MaxRedeemOutputDTOBase { }

    [FunctionOutput]
    public class MaxRedeemOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxWithdrawOutputDTO : MaxWithdrawOutputDTOBase { }

    [FunctionOutput]
    public class MaxWithdrawOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class PreviewDepositOutputDTO : PreviewDepositOutputDTOBase { }

    [FunctionOutput]
    public class PreviewDepositOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewMintOutputDTO : PreviewMintOutputDTOBase { }

    [FunctionOutput]
    public class PreviewMintOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewRedeemOutputDTO : PreviewRedeemOutputDTOBase { }

    [FunctionOutput]
    public class PreviewRedeemOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewWithdrawOutputDTO : PreviewWithdrawOutputDTOBase { }

    [FunctionOutput]
    public class PreviewWithdrawOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RateParamsOutputDTO : RateParamsOutputDTOBase { }

    [FunctionOutput]
    public class RateParamsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual RateParams ReturnValue1 { get; set; }
    }

    public partial class RecordDeficitOutputDTO : RecordDeficitOutputDTOBase { }

    [FunctionOutput]
    public class RecordDeficitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class RecoveryInSightOutputDTO : RecoveryInSightOutputDTOBase { }

    [FunctionOutput]
    public class RecoveryInSightOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class RecoveryUnlockEndOutputDTO : RecoveryUnlockEndOutputDTOBase { }

    [FunctionOutput]
    public class RecoveryUnlockEndOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "end", 1)]
        public virtual BigInteger End { get; set; }
    }









    public partial class ReserveFactorOutputDTO : ReserveFactorOutputDTOBase { }

    [FunctionOutput]
    public class ReserveFactorOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ReservesOutputDTO : ReservesOutputDTOBase { }

    [FunctionOutput]
    public class ReservesOutputDTOBase : IFunctionOutputDTO 
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

    public partial class SymbolOutputDTO : SymbolOutputDTOBase { }

    [FunctionOutput]
    public class SymbolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalAssetsOutputDTO : TotalAssetsOutputDTOBase { }

    [FunctionOutput]
    public class TotalAssetsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TotalDebtOutputDTO : TotalDebtOutputDTOBase { }

    [FunctionOutput]
    public class TotalDebtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TotalLentOutputDTO : TotalLentOutputDTOBase { }

    [FunctionOutput]
    public class TotalLentOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TotalScaledDebtOutputDTO : TotalScaledDebtOutputDTOBase { }

    [FunctionOutput]
    public class TotalScaledDebtOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TotalSupplyOutputDTO : TotalSupplyOutputDTOBase { }

    [FunctionOutput]
    public class TotalSupplyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class UncoveredDeficitOutputDTO : UncoveredDeficitOutputDTOBase { }

    [FunctionOutput]
    public class UncoveredDeficitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class UtilizationOutputDTO : UtilizationOutputDTOBase { }

    [FunctionOutput]
    public class UtilizationOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "wad", 1)]
        public virtual BigInteger Wad { get; set; }
    }



    public partial class WriteOffOutputDTO : WriteOffOutputDTOBase { }

    [FunctionOutput]
    public class WriteOffOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }


}
