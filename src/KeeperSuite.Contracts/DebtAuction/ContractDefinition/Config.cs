using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.DebtAuction.ContractDefinition
{
    public partial class Config : ConfigBase { }

    public class ConfigBase 
    {
        [Parameter("uint256", "referencePrice", 1)]
        public virtual BigInteger ReferencePrice { get; set; }
        [Parameter("uint256", "buf", 2)]
        public virtual BigInteger Buf { get; set; }
        [Parameter("uint256", "floorRatio", 3)]
        public virtual BigInteger FloorRatio { get; set; }
        [Parameter("uint64", "duration", 4)]
        public virtual ulong Duration { get; set; }
        [Parameter("uint256", "mintCap", 5)]
        public virtual BigInteger MintCap { get; set; }
        [Parameter("tuple", "curve", 6)]
        public virtual Params Curve { get; set; }
    }
}
