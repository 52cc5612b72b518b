using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class OracleStatus : OracleStatusBase { }

    public class OracleStatusBase 
    {
        [Parameter("uint32", "collateralId", 1)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "oracle", 2)]
        public virtual string Oracle { get; set; }
        [Parameter("bool", "valid", 3)]
        public virtual bool Valid { get; set; }
        [Parameter("uint8", "reason", 4)]
        public virtual byte Reason { get; set; }
        [Parameter("uint256", "price", 5)]
        public virtual BigInteger Price { get; set; }
    }
}
