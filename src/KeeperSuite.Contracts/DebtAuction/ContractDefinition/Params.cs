using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.DebtAuction.ContractDefinition
{
    public partial class Params : ParamsBase { }

    public class ParamsBase 
    {
        [Parameter("uint8", "kind", 1)]
        public virtual byte Kind { get; set; }
        [Parameter("uint64", "tau", 2)]
        public virtual ulong Tau { get; set; }
        [Parameter("uint64", "step", 3)]
        public virtual ulong Step { get; set; }
        [Parameter("uint96", "cut", 4)]
        public virtual BigInteger Cut { get; set; }
    }
}
