using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.FlashLiquidator.ContractDefinition
{
    public partial class LiquidationOrder : LiquidationOrderBase { }

    public class LiquidationOrderBase 
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "owner", 2)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "maxRepay", 3)]
        public virtual BigInteger MaxRepay { get; set; }
    }
}
