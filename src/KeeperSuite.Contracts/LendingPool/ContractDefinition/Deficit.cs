using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.LendingPool.ContractDefinition
{
    public partial class Deficit : DeficitBase { }

    public class DeficitBase 
    {
        [Parameter("uint128", "original", 1)]
        public virtual BigInteger Original { get; set; }
        [Parameter("uint64", "recordedAt", 2)]
        public virtual ulong RecordedAt { get; set; }
        [Parameter("uint32", "collateralId", 3)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "borrower", 4)]
        public virtual string Borrower { get; set; }
    }
}
