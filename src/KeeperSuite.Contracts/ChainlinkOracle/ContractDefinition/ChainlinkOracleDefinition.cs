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

namespace KeeperSuite.Contracts.ChainlinkOracle.ContractDefinition
{


    public partial class ChainlinkOracleDeployment : ChainlinkOracleDeploymentBase
    {
        public ChainlinkOracleDeployment() : base(BYTECODE) { }
        public ChainlinkOracleDeployment(string byteCode) : base(byteCode) { }
    }

    public class ChainlinkOracleDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public ChainlinkOracleDeploymentBase() : base(BYTECODE) { }
        public ChainlinkOracleDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "feed_", 1)]
        public virtual string Feed { get; set; }
        [Parameter("uint256", "maxStaleness_", 2)]
        public virtual BigInteger Maxstaleness { get; set; }
    }

    public partial class FeedGasLimitFunction : FeedGasLimitFunctionBase { }

    [Function("FEED_GAS_LIMIT", "uint256")]
    public class FeedGasLimitFunctionBase : FunctionMessage
    {

    }

    public partial class MaxStalenessBoundFunction : MaxStalenessBoundFunctionBase { }

    [Function("MAX_STALENESS_BOUND", "uint256")]
    public class MaxStalenessBoundFunctionBase : FunctionMessage
    {

    }

    public partial class MinStalenessBoundFunction : MinStalenessBoundFunctionBase { }

    [Function("MIN_STALENESS_BOUND", "uint256")]
    public class MinStalenessBoundFunctionBase : FunctionMessage
    {

    }

    public partial class FeedFunction : FeedFunctionBase { }

    [Function("feed", "address")]
    public class FeedFunctionBase : FunctionMessage
    {

    }

    public partial class FeedDecimalsFunction : FeedDecimalsFunctionBase { }

    [Function("feedDecimals", "uint8")]
    public class FeedDecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxStalenessFunction : MaxStalenessFunctionBase { }

    [Function("maxStaleness", "uint256")]
    public class MaxStalenessFunctionBase : FunctionMessage
    {

    }

    public partial class PriceFunction : PriceFunctionBase { }

    [Function("price", "uint256")]
    public class PriceFunctionBase : FunctionMessage
    {

    }

    public partial class TryPriceFunction : TryPriceFunctionBase { }

    [Function("tryPrice", typeof(TryPriceOutputDTO))]
    public class TryPriceFunctionBase : FunctionMessage
    {

    }

    public partial class FeedCallFailedError : FeedCallFailedErrorBase { }
    [Error("FeedCallFailed")]
    public class FeedCallFailedErrorBase : IErrorDTO
    {
    }

    public partial class FeedDecimalsUnsupportedError : FeedDecimalsUnsupportedErrorBase { }

    [Error("FeedDecimalsUnsupported")]
    public class FeedDecimalsUnsupportedErrorBase : IErrorDTO
    {
        [Parameter("uint8", "decimals", 1)]
        public virtual byte Decimals { get; set; }
    }

    public partial class FuturePriceError : FuturePriceErrorBase { }

    [Error("FuturePrice")]
    public class FuturePriceErrorBase : IErrorDTO
    {
        [Parameter("uint256", "updatedAt", 1)]
        public virtual BigInteger UpdatedAt { get; set; }
        [Parameter("uint256", "nowTs", 2)]
        public virtual BigInteger NowTs { get; set; }
    }

    public partial class IncompleteRoundError : IncompleteRoundErrorBase { }

    [Error("IncompleteRound")]
    public class IncompleteRoundErrorBase : IErrorDTO
    {
        [Parameter("uint80", "roundId", 1)]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("uint80", "answeredInRound", 2)]
        public virtual BigInteger AnsweredInRound { get; set; }
        [Parameter("uint256", "updatedAt", 3)]
        public virtual BigInteger UpdatedAt { get; set; }
    }

    public partial class NonPositivePriceError : NonPositivePriceErrorBase { }

    [Error("NonPositivePrice")]
    public class NonPositivePriceErrorBase : IErrorDTO
    {
        [Parameter("int256", "answer", 1)]
        public virtual BigInteger Answer { get; set; }
    }

    public partial class PriceOutOfRangeError : PriceOutOfRangeErrorBase { }

    [Error("PriceOutOfRange")]
    public class PriceOutOfRangeErrorBase : IErrorDTO
    {
        [Parameter("int256", "answer", 1)]
        public virtual BigInteger Answer { get; set; }
    }

    public partial class StalePriceError : StalePriceErrorBase { }

    [Error("StalePrice")]
    public class StalePriceErrorBase : IErrorDTO
    {
        [Parameter("uint256", "updatedAt", 1)]
        public virtual BigInteger UpdatedAt { get; set; }
        [Parameter("uint256", "maxStaleness", 2)]
        public virtual BigInteger MaxStaleness { get; set; }
        [Parameter("uint256", "nowTs", 3)]
        public virtual BigInteger NowTs { get; set; }
    }

    public partial class StalenessOutOfBoundsError : StalenessOutOfBoundsErrorBase { }

    [Error("StalenessOutOfBounds")]
    public class StalenessOutOfBoundsErrorBase : IErrorDTO
    {
        [Parameter("uint256", "maxStaleness", 1)]
        public virtual BigInteger MaxStaleness { get; set; }
        [Parameter("uint256", "min", 2)]
        public virtual BigInteger Min { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ZeroFeedError : ZeroFeedErrorBase { }
    [Error("ZeroFeed")]
    public class ZeroFeedErrorBase : IErrorDTO
    {
    }

    public partial class FeedGasLimitOutputDTO : FeedGasLimitOutputDTOBase { }

    [FunctionOutput]
    public class FeedGasLimitOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxStalenessBoundOutputDTO : MaxStalenessBoundOutputDTOBase { }

    [FunctionOutput]
    public class MaxStalenessBoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinStalenessBoundOutputDTO : MinStalenessBoundOutputDTOBase { }

    [FunctionOutput]
    public class MinStalenessBoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class FeedOutputDTO : FeedOutputDTOBase { }

    [FunctionOutput]
    public class FeedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class FeedDecimalsOutputDTO : FeedDecimalsOutputDTOBase { }

    [FunctionOutput]
    public class FeedDecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class MaxStalenessOutputDTO : MaxStalenessOutputDTOBase { }

    [FunctionOutput]
    public class MaxStalenessOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PriceOutputDTO : PriceOutputDTOBase { }

    [FunctionOutput]
    public class PriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "priceWad", 1)]
        public virtual BigInteger PriceWad { get; set; }
    }

    public partial class TryPriceOutputDTO : TryPriceOutputDTOBase { }

    [FunctionOutput]
    public class TryPriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "priceWad", 1)]
        public virtual BigInteger PriceWad { get; set; }
        [Parameter("bool", "valid", 2)]
        public virtual bool Valid { get; set; }
    }
}
