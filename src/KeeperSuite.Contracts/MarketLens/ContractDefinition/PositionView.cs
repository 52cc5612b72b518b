using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class PositionView : PositionViewBase { }

    public class PositionViewBase 
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "collateral", 3)]
        public virtual BigInteger Collateral { get; set; }
        [Parameter("uint256", "scaledDebt", 4)]
        public virtual BigInteger ScaledDebt { get; set; }
        [Parameter("uint256", "debt", 5)]
        public virtual BigInteger Debt { get; set; }
        [Parameter("uint256", "collateralValue", 6)]
        public virtual BigInteger CollateralValue { get; set; }
        [Parameter("uint256", "healthFactor", 7)]
        public virtual BigInteger HealthFactor { get; set; }
        [Parameter("uint256", "maxBorrow", 8)]
        public virtual BigInteger MaxBorrow { get; set; }
        [Parameter("bool", "liquidatable", 9)]
        public virtual bool Liquidatable { get; set; }
        [Parameter("bool", "oracleValid", 10)]
        public virtual bool OracleValid { get; set; }
    }
}
