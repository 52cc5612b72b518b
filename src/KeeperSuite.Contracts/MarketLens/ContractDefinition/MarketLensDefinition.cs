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

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{


    public partial class MarketLensDeployment : MarketLensDeploymentBase
    {
        public MarketLensDeployment() : base(BYTECODE) { }
        public MarketLensDeployment(string byteCode) : base(byteCode) { }
    }

    public class MarketLensDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "";
        public MarketLensDeploymentBase() : base(BYTECODE) { }
        public MarketLensDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "market_", 1)]
        public virtual string Market { get; set; }
    }

    public partial class PositionsSlotFunction : PositionsSlotFunctionBase { }

    [Function("POSITIONS_SLOT", "uint256")]
    public class PositionsSlotFunctionBase : FunctionMessage
    {

    }

    public partial class AccountFunction : AccountFunctionBase { }

    [Function("account", typeof(AccountOutputDTO))]
    public class AccountFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class CollateralsFunction : CollateralsFunctionBase { }

    [Function("collaterals", typeof(CollateralsOutputDTO))]
    public class CollateralsFunctionBase : FunctionMessage
    {

    }

    public partial class DeficitsFunction : DeficitsFunctionBase { }

    [Function("deficits", typeof(DeficitsOutputDTO))]
    public class DeficitsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "from", 1)]
        public virtual BigInteger From { get; set; }
        [Parameter("uint256", "to", 2)]
        public virtual BigInteger To { get; set; }
    }

    public partial class HealthFactorsFunction : HealthFactorsFunctionBase { }

    [Function("healthFactors", typeof(HealthFactorsOutputDTO))]
    public class HealthFactorsFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "keys", 1)]
        public virtual List<PositionKey> Keys { get; set; }
    }

    public partial class MarketFunction : MarketFunctionBase { }

    [Function("market", "address")]
    public class MarketFunctionBase : FunctionMessage
    {

    }

    public partial class MarketStateFunction : MarketStateFunctionBase { }

    [Function("marketState", typeof(MarketStateOutputDTO))]
    public class MarketStateFunctionBase : FunctionMessage
    {

    }

    public partial class OracleStatusesFunction : OracleStatusesFunctionBase { }

    [Function("oracleStatuses", typeof(OracleStatusesOutputDTO))]
    public class OracleStatusesFunctionBase : FunctionMessage
    {

    }

    public partial class PoolFunction : PoolFunctionBase { }

    [Function("pool", "address")]
    public class PoolFunctionBase : FunctionMessage
    {

    }

    public partial class PoolDetailsFunction : PoolDetailsFunctionBase { }

    [Function("poolDetails", typeof(PoolDetailsOutputDTO))]
    public class PoolDetailsFunctionBase : FunctionMessage
    {

    }

    public partial class PoolStateFunction : PoolStateFunctionBase { }

    [Function("poolState", typeof(PoolStateOutputDTO))]
    public class PoolStateFunctionBase : FunctionMessage
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

    public partial class PositionsFunction : PositionsFunctionBase { }

    [Function("positions", typeof(PositionsOutputDTO))]
    public class PositionsFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "keys", 1)]
        public virtual List<PositionKey> Keys { get; set; }
    }

    public partial class PreviewLiquidationsFunction : PreviewLiquidationsFunctionBase { }

    [Function("previewLiquidations", typeof(PreviewLiquidationsOutputDTO))]
    public class PreviewLiquidationsFunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "keys", 1)]
        public virtual List<PositionKey> Keys { get; set; }
        [Parameter("address", "liquidator", 2)]
        public virtual string Liquidator { get; set; }
    }

    public partial class WriteOffStateFunction : WriteOffStateFunctionBase { }

    [Function("writeOffState", typeof(WriteOffStateOutputDTO))]
    public class WriteOffStateFunctionBase : FunctionMessage
    {

    }

    public partial class PositionsSlotOutputDTO : PositionsSlotOutputDTOBase { }

    [FunctionOutput]
    public class PositionsSlotOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class AccountOutputDTO : AccountOutputDTOBase { }

    [FunctionOutput]
    public class AccountOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "v", 1)]
        public virtual AccountView V { get; set; }
    }

    public partial class CollateralsOutputDTO : CollateralsOutputDTOBase { }

    [FunctionOutput]
    public class CollateralsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "views", 1)]
        public virtual List<CollateralView> Views { get; set; }
    }

    public partial class DeficitsOutputDTO : DeficitsOutputDTOBase { }

    [FunctionOutput]
    public class DeficitsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "views", 1)]
        public virtual List<DeficitView> Views { get; set; }
    }

    public partial class HealthFactorsOutputDTO : HealthFactorsOutputDTOBase { }

    [FunctionOutput]
    public class HealthFactorsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256[]", "hfs", 1)]
        public virtual List<BigInteger> Hfs { get; set; }
        [Parameter("bool[]", "liquidatable", 2)]
        public virtual List<bool> Liquidatable { get; set; }
        [Parameter("bool[]", "oracleValid", 3)]
        public virtual List<bool> OracleValid { get; set; }
    }

    public partial class MarketOutputDTO : MarketOutputDTOBase { }

    [FunctionOutput]
    public class MarketOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MarketStateOutputDTO : MarketStateOutputDTOBase { }

    [FunctionOutput]
    public class MarketStateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "params", 1)]
        public virtual MarketParams Params { get; set; }
        [Parameter("bool", "paused", 2)]
        public virtual bool Paused { get; set; }
        [Parameter("uint32", "collateralCount", 3)]
        public virtual uint CollateralCount { get; set; }
        [Parameter("uint256", "closeFactor", 4)]
        public virtual BigInteger CloseFactor { get; set; }
    }

    public partial class OracleStatusesOutputDTO : OracleStatusesOutputDTOBase { }

    [FunctionOutput]
    public class OracleStatusesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "statuses", 1)]
        public virtual List<OracleStatus> Statuses { get; set; }
    }

    public partial class PoolOutputDTO : PoolOutputDTOBase { }

    [FunctionOutput]
    public class PoolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class PoolDetailsOutputDTO : PoolDetailsOutputDTOBase { }

    [FunctionOutput]
    public class PoolDetailsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "d", 1)]
        public virtual PoolDetails D { get; set; }
    }

    public partial class PoolStateOutputDTO : PoolStateOutputDTOBase { }

    [FunctionOutput]
    public class PoolStateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "v", 1)]
        public virtual PoolView V { get; set; }
    }

    public partial class PositionOutputDTO : PositionOutputDTOBase { }

    [FunctionOutput]
    public class PositionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "v", 1)]
        public virtual PositionView V { get; set; }
    }

    public partial class PositionsOutputDTO : PositionsOutputDTOBase { }

    [FunctionOutput]
    public class PositionsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "views", 1)]
        public virtual List<PositionView> Views { get; set; }
    }

    public partial class PreviewLiquidationsOutputDTO : PreviewLiquidationsOutputDTOBase { }

    [FunctionOutput]
    public class PreviewLiquidationsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "previews", 1)]
        public virtual List<LiquidationPreview> Previews { get; set; }
    }

    public partial class WriteOffStateOutputDTO : WriteOffStateOutputDTOBase { }

    [FunctionOutput]
    public class WriteOffStateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "v", 1)]
        public virtual WriteOffView V { get; set; }
    }
}
