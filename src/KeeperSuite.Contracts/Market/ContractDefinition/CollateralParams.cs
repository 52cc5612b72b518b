using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Market.ContractDefinition
{
    public partial class CollateralParams : CollateralParamsBase { }

    public class CollateralParamsBase 
    {
        [Parameter("uint64", "maxLtv", 1)]
        public virtual ulong MaxLtv { get; set; }
        [Parameter("uint64", "liquidationThreshold", 2)]
        public virtual ulong LiquidationThreshold { get; set; }
        [Parameter("uint64", "liquidationBonus", 3)]
        public virtual ulong LiquidationBonus { get; set; }
        [Parameter("uint128", "debtCeiling", 4)]
        public virtual BigInteger DebtCeiling { get; set; }
        [Parameter("uint128", "dust", 5)]
        public virtual BigInteger Dust { get; set; }
    }
}
