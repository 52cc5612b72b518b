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

namespace KeeperSuite.Contracts.FlashLiquidator.ContractDefinition
{


    public partial class FlashLiquidatorDeployment : FlashLiquidatorDeploymentBase
    {
        public FlashLiquidatorDeployment() : base(BYTECODE) { }
        public FlashLiquidatorDeployment(string byteCode) : base(byteCode) { }
    }

    public class FlashLiquidatorDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public FlashLiquidatorDeploymentBase() : base(BYTECODE) { }
        public FlashLiquidatorDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "lender_", 1)]
        public virtual string Lender { get; set; }
        [Parameter("address", "market_", 2)]
        public virtual string Market { get; set; }
        [Parameter("address", "router_", 3)]
        public virtual string Router { get; set; }
        [Parameter("address", "owner_", 4)]
        public virtual string Owner { get; set; }
    }

    public partial class BpsFunction : BpsFunctionBase { }

    [Function("BPS", "uint256")]
    public class BpsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxSlippageBpsFunction : MaxSlippageBpsFunctionBase { }

    [Function("MAX_SLIPPAGE_BPS", "uint256")]
    public class MaxSlippageBpsFunctionBase : FunctionMessage
    {

    }

    public partial class DebtAssetFunction : DebtAssetFunctionBase { }

    [Function("debtAsset", "address")]
    public class DebtAssetFunctionBase : FunctionMessage
    {

    }

    public partial class FlashLiquidateFunction : FlashLiquidateFunctionBase { }

    [Function("flashLiquidate", "uint256")]
    public class FlashLiquidateFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "orders", 1)]
        public virtual List<LiquidationOrder> Orders { get; set; }
        [Parameter("tuple[]", "sales", 2)]
        public virtual List<Sale> Sales { get; set; }
        [Parameter("uint256", "borrowAmount", 3)]
        public virtual BigInteger BorrowAmount { get; set; }
        [Parameter("uint256", "slippageBps", 4)]
        public virtual BigInteger SlippageBps { get; set; }
        [Parameter("uint256", "minProfit", 5)]
        public virtual BigInteger MinProfit { get; set; }
    }

    public partial class LenderFunction : LenderFunctionBase { }

    [Function("lender", "address")]
    public class LenderFunctionBase : FunctionMessage
    {

    }

    public partial class MarketFunction : MarketFunctionBase { }

    [Function("market", "address")]
    public class MarketFunctionBase : FunctionMessage
    {

    }

    public partial class OnFlashLoanFunction : OnFlashLoanFunctionBase { }

    [Function("onFlashLoan", "bytes32")]
    public class OnFlashLoanFunctionBase : FunctionMessage
    {
        [Parameter("address", "initiator", 1)]
        public virtual string Initiator { get; set; }
        [Parameter("address", "token", 2)]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("uint256", "fee", 4)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("bytes", "data", 5)]
        public virtual byte[] Data { get; set; }
    }

    public partial class OwnerFunction : OwnerFunctionBase { }

    [Function("owner", "address")]
    public class OwnerFunctionBase : FunctionMessage
    {

    }

    public partial class RenounceOwnershipFunction : RenounceOwnershipFunctionBase { }

    [Function("renounceOwnership")]
    public class RenounceOwnershipFunctionBase : FunctionMessage
    {

    }

    public partial class RouterFunction : RouterFunctionBase { }

    [Function("router", "address")]
    public class RouterFunctionBase : FunctionMessage
    {

    }

    public partial class SweepFunction : SweepFunctionBase { }

    [Function("sweep", "uint256")]
    public class SweepFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
    }

    public partial class TransferOwnershipFunction : TransferOwnershipFunctionBase { }

    [Function("transferOwnership")]
    public class TransferOwnershipFunctionBase : FunctionMessage
    {
        [Parameter("address", "newOwner", 1)]
        public virtual string NewOwner { get; set; }
    }

    public partial class CollateralSoldEventDTO : CollateralSoldEventDTOBase { }

    [Event("CollateralSold")]
    public class CollateralSoldEventDTOBase : IEventDTO
    {
        [Parameter("uint32", "collateralId", 1, true )]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "token", 2, true )]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amountIn", 3, false )]
        public virtual BigInteger AmountIn { get; set; }
        [Parameter("uint256", "amountOut", 4, false )]
        public virtual BigInteger AmountOut { get; set; }
        [Parameter("uint256", "minOut", 5, false )]
        public virtual BigInteger MinOut { get; set; }
    }

    public partial class FlashLiquidatedEventDTO : FlashLiquidatedEventDTOBase { }

    [Event("FlashLiquidated")]
    public class FlashLiquidatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "borrowed", 1, false )]
        public virtual BigInteger Borrowed { get; set; }
        [Parameter("uint256", "flashFee", 2, false )]
        public virtual BigInteger FlashFee { get; set; }
        [Parameter("uint256", "spent", 3, false )]
        public virtual BigInteger Spent { get; set; }
        [Parameter("uint256", "proceeds", 4, false )]
        public virtual BigInteger Proceeds { get; set; }
        [Parameter("uint256", "profit", 5, false )]
        public virtual BigInteger Profit { get; set; }
    }

    public partial class OwnershipTransferredEventDTO : OwnershipTransferredEventDTOBase { }

    [Event("OwnershipTransferred")]
    public class OwnershipTransferredEventDTOBase : IEventDTO
    {
        [Parameter("address", "previousOwner", 1, true )]
        public virtual string PreviousOwner { get; set; }
        [Parameter("address", "newOwner", 2, true )]
        public virtual string NewOwner { get; set; }
    }

    public partial class SweptEventDTO : SweptEventDTOBase { }

    [Event("Swept")]
    public class SweptEventDTOBase : IEventDTO
    {
        [Parameter("address", "token", 1, true )]
        public virtual string Token { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "amount", 3, false )]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class CollateralNotSoldError : CollateralNotSoldErrorBase { }

    [Error("CollateralNotSold")]
    public class CollateralNotSoldErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class NothingToLiquidateError : NothingToLiquidateErrorBase { }
    [Error("NothingToLiquidate")]
    public class NothingToLiquidateErrorBase : IErrorDTO
    {
    }

    public partial class OracleInvalidError : OracleInvalidErrorBase { }

    [Error("OracleInvalid")]
    public class OracleInvalidErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class OwnableInvalidOwnerError : OwnableInvalidOwnerErrorBase { }

    [Error("OwnableInvalidOwner")]
    public class OwnableInvalidOwnerErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class OwnableUnauthorizedAccountError : OwnableUnauthorizedAccountErrorBase { }

    [Error("OwnableUnauthorizedAccount")]
    public class OwnableUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class PartialFillError : PartialFillErrorBase { }

    [Error("PartialFill")]
    public class PartialFillErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "amountIn", 2)]
        public virtual BigInteger AmountIn { get; set; }
        [Parameter("uint256", "unsold", 3)]
        public virtual BigInteger Unsold { get; set; }
    }

    public partial class ProfitTooLowError : ProfitTooLowErrorBase { }

    [Error("ProfitTooLow")]
    public class ProfitTooLowErrorBase : IErrorDTO
    {
        [Parameter("uint256", "profit", 1)]
        public virtual BigInteger Profit { get; set; }
        [Parameter("uint256", "minProfit", 2)]
        public virtual BigInteger MinProfit { get; set; }
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class SaleBelowMinimumError : SaleBelowMinimumErrorBase { }

    [Error("SaleBelowMinimum")]
    public class SaleBelowMinimumErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint256", "amountOut", 2)]
        public virtual BigInteger AmountOut { get; set; }
        [Parameter("uint256", "minOut", 3)]
        public virtual BigInteger MinOut { get; set; }
    }

    public partial class SaleShortfallError : SaleShortfallErrorBase { }

    [Error("SaleShortfall")]
    public class SaleShortfallErrorBase : IErrorDTO
    {
        [Parameter("uint256", "available", 1)]
        public virtual BigInteger Available { get; set; }
        [Parameter("uint256", "owed", 2)]
        public virtual BigInteger Owed { get; set; }
    }

    public partial class SlippageTooHighError : SlippageTooHighErrorBase { }

    [Error("SlippageTooHigh")]
    public class SlippageTooHighErrorBase : IErrorDTO
    {
        [Parameter("uint256", "slippageBps", 1)]
        public virtual BigInteger SlippageBps { get; set; }
        [Parameter("uint256", "maxSlippageBps", 2)]
        public virtual BigInteger MaxSlippageBps { get; set; }
    }

    public partial class UnknownCollateralError : UnknownCollateralErrorBase { }

    [Error("UnknownCollateral")]
    public class UnknownCollateralErrorBase : IErrorDTO
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
    }

    public partial class UntrustedInitiatorError : UntrustedInitiatorErrorBase { }

    [Error("UntrustedInitiator")]
    public class UntrustedInitiatorErrorBase : IErrorDTO
    {
        [Parameter("address", "initiator", 1)]
        public virtual string Initiator { get; set; }
    }

    public partial class UntrustedLenderError : UntrustedLenderErrorBase { }

    [Error("UntrustedLender")]
    public class UntrustedLenderErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class WrongLoanTokenError : WrongLoanTokenErrorBase { }

    [Error("WrongLoanToken")]
    public class WrongLoanTokenErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class BpsOutputDTO : BpsOutputDTOBase { }

    [FunctionOutput]
    public class BpsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxSlippageBpsOutputDTO : MaxSlippageBpsOutputDTOBase { }

    [FunctionOutput]
    public class MaxSlippageBpsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DebtAssetOutputDTO : DebtAssetOutputDTOBase { }

    [FunctionOutput]
    public class DebtAssetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class LenderOutputDTO : LenderOutputDTOBase { }

    [FunctionOutput]
    public class LenderOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MarketOutputDTO : MarketOutputDTOBase { }

    [FunctionOutput]
    public class MarketOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class OwnerOutputDTO : OwnerOutputDTOBase { }

    [FunctionOutput]
    public class OwnerOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class RouterOutputDTO : RouterOutputDTOBase { }

    [FunctionOutput]
    public class RouterOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }




}
