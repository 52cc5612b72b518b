using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Market.ContractDefinition
{
    public partial class LiquidationResult : LiquidationResultBase { }

    public class LiquidationResultBase 
    {
        [Parameter("uint8", "status", 1)]
        public virtual byte Status { get; set; }
        [Parameter("uint256", "repaid", 2)]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "seized", 3)]
        public virtual BigInteger Seized { get; set; }
        [Parameter("uint256", "fee", 4)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint256", "deficitId", 5)]
        public virtual BigInteger DeficitId { get; set; }
        [Parameter("uint256", "deficitAssets", 6)]
        public virtual BigInteger DeficitAssets { get; set; }
    }
}
