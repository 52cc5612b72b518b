using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class LiquidationPreview : LiquidationPreviewBase { }

    public class LiquidationPreviewBase 
    {
        [Parameter("uint8", "status", 1)]
        public virtual byte Status { get; set; }
        [Parameter("uint256", "repaid", 2)]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "seized", 3)]
        public virtual BigInteger Seized { get; set; }
        [Parameter("uint256", "seizedValue", 4)]
        public virtual BigInteger SeizedValue { get; set; }
        [Parameter("uint256", "fee", 5)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint256", "deficitAssets", 6)]
        public virtual BigInteger DeficitAssets { get; set; }
    }
}
