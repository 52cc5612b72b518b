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

namespace KeeperSuite.Contracts.SwapRouter.ContractDefinition
{


    public partial class SwapRouterDeployment : SwapRouterDeploymentBase
    {
        public SwapRouterDeployment() : base(BYTECODE) { }
        public SwapRouterDeployment(string byteCode) : base(byteCode) { }
    }

    public class SwapRouterDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public SwapRouterDeploymentBase() : base(BYTECODE) { }
        public SwapRouterDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "_factory", 1)]
        public virtual string Factory { get; set; }
        [Parameter("address", "_WETH9", 2)]
        public virtual string Weth9 { get; set; }
    }

    public partial class Weth9Function : Weth9FunctionBase { }

    [Function("WETH9", "address")]
    public class Weth9FunctionBase : FunctionMessage
    {

    }

    public partial class ExactInputFunction : ExactInputFunctionBase { }

    [Function("exactInput", "uint256")]
    public class ExactInputFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual ExactInputParams Params { get; set; }
    }

    public partial class ExactInputSingleFunction : ExactInputSingleFunctionBase { }

    [Function("exactInputSingle", "uint256")]
    public class ExactInputSingleFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual ExactInputSingleParams Params { get; set; }
    }

    public partial class ExactOutputFunction : ExactOutputFunctionBase { }

    [Function("exactOutput", "uint256")]
    public class ExactOutputFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual ExactOutputParams Params { get; set; }
    }

    public partial class ExactOutputSingleFunction : ExactOutputSingleFunctionBase { }

    [Function("exactOutputSingle", "uint256")]
    public class ExactOutputSingleFunctionBase : FunctionMessage
    {
        [Parameter("tuple", "params", 1)]
        public virtual ExactOutputSingleParams Params { get; set; }
    }

    public partial class FactoryFunction : FactoryFunctionBase { }

    [Function("factory", "address")]
    public class FactoryFunctionBase : FunctionMessage
    {

    }

    public partial class MulticallFunction : MulticallFunctionBase { }

    [Function("multicall", "bytes[]")]
    public class MulticallFunctionBase : FunctionMessage
    {
        [Parameter("bytes[]", "data", 1)]
        public virtual List<byte[]> Data { get; set; }
    }

    public partial class RefundETHFunction : RefundETHFunctionBase { }

    [Function("refundETH")]
    public class RefundETHFunctionBase : FunctionMessage
    {

    }

    public partial class SweepTokenFunction : SweepTokenFunctionBase { }

    [Function("sweepToken")]
    public class SweepTokenFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amountMinimum", 2)]
        public virtual BigInteger AmountMinimum { get; set; }
        [Parameter("address", "recipient", 3)]
        public virtual string Recipient { get; set; }
    }

    public partial class SweepTokenWithFeeFunction : SweepTokenWithFeeFunctionBase { }

    [Function("sweepTokenWithFee")]
    public class SweepTokenWithFeeFunctionBase : FunctionMessage
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("uint256", "amountMinimum", 2)]
        public virtual BigInteger AmountMinimum { get; set; }
        [Parameter("address", "recipient", 3)]
        public virtual string Recipient { get; set; }
        [Parameter("uint256", "feeBips", 4)]
        public virtual BigInteger FeeBips { get; set; }
        [Parameter("address", "feeRecipient", 5)]
        public virtual string FeeRecipient { get; set; }
    }

    public partial class UniswapV3SwapCallbackFunction : UniswapV3SwapCallbackFunctionBase { }

    [Function("uniswapV3SwapCallback")]
    public class UniswapV3SwapCallbackFunctionBase : FunctionMessage
    {
        [Parameter("int256", "amount0Delta", 1)]
        public virtual BigInteger Amount0Delta { get; set; }
        [Parameter("int256", "amount1Delta", 2)]
        public virtual BigInteger Amount1Delta { get; set; }
        [Parameter("bytes", "_data", 3)]
        public virtual byte[] Data { get; set; }
    }

    public partial class UnwrapWETH9Function : UnwrapWETH9FunctionBase { }

    [Function("unwrapWETH9")]
    public class UnwrapWETH9FunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amountMinimum", 1)]
        public virtual BigInteger AmountMinimum { get; set; }
        [Parameter("address", "recipient", 2)]
        public virtual string Recipient { get; set; }
    }

    public partial class UnwrapWETH9WithFeeFunction : UnwrapWETH9WithFeeFunctionBase { }

    [Function("unwrapWETH9WithFee")]
    public class UnwrapWETH9WithFeeFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amountMinimum", 1)]
        public virtual BigInteger AmountMinimum { get; set; }
        [Parameter("address", "recipient", 2)]
        public virtual string Recipient { get; set; }
        [Parameter("uint256", "feeBips", 3)]
        public virtual BigInteger FeeBips { get; set; }
        [Parameter("address", "feeRecipient", 4)]
        public virtual string FeeRecipient { get; set; }
    }

    public partial class Weth9OutputDTO : Weth9OutputDTOBase { }

    [FunctionOutput]
    public class Weth9OutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }









    public partial class FactoryOutputDTO : FactoryOutputDTOBase { }

    [FunctionOutput]
    public class FactoryOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }














}
