using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class CollateralView : CollateralViewBase { }

    public class CollateralViewBase 
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "token", 2)]
        public virtual string Token { get; set; }
        [Parameter("uint8", "decimals", 3)]
        public virtual byte Decimals { get; set; }
        [Parameter("address", "oracle", 4)]
        public virtual string Oracle { get; set; }
        [Parameter("uint256", "price", 5)]
        public virtual BigInteger Price { get; set; }
        [Parameter("bool", "oracleValid", 6)]
        public virtual bool OracleValid { get; set; }
        [Parameter("tuple", "params", 7)]
        public virtual CollateralParams Params { get; set; }
        [Parameter("uint256", "totalCollateral", 8)]
        public virtual BigInteger TotalCollateral { get; set; }
        [Parameter("uint256", "totalDebt", 9)]
        public virtual BigInteger TotalDebt { get; set; }
    }
}
