using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.FlashLiquidator.ContractDefinition
{
    public partial class Sale : SaleBase { }

    public class SaleBase 
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("uint24", "poolFee", 2)]
        public virtual uint PoolFee { get; set; }
    }
}
