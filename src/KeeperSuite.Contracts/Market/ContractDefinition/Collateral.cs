using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Market.ContractDefinition
{
    public partial class Collateral : CollateralBase { }

    public class CollateralBase 
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
        [Parameter("uint8", "decimals", 2)]
        public virtual byte Decimals { get; set; }
        [Parameter("address", "oracle", 3)]
        public virtual string Oracle { get; set; }
        [Parameter("tuple", "params", 4)]
        public virtual CollateralParams Params { get; set; }
        [Parameter("uint128", "totalCollateral", 5)]
        public virtual BigInteger TotalCollateral { get; set; }
        [Parameter("uint128", "totalScaledDebt", 6)]
        public virtual BigInteger TotalScaledDebt { get; set; }
    }
}
