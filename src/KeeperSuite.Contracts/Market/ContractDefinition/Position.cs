using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Market.ContractDefinition
{
    public partial class Position : PositionBase { }

    public class PositionBase 
    {
        [Parameter("uint128", "collateral", 1)]
        public virtual BigInteger Collateral { get; set; }
        [Parameter("uint128", "scaledDebt", 2)]
        public virtual BigInteger ScaledDebt { get; set; }
    }
}
