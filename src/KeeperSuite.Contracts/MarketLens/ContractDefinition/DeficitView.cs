using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class DeficitView : DeficitViewBase { }

    public class DeficitViewBase 
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint64", "recordedAt", 3)]
        public virtual ulong RecordedAt { get; set; }
        [Parameter("uint32", "collateralId", 4)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "borrower", 5)]
        public virtual string Borrower { get; set; }
        [Parameter("uint256", "roundId", 6)]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("bool", "closed", 7)]
        public virtual bool Closed { get; set; }
        [Parameter("uint256", "covered", 8)]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint256", "raised", 9)]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "socialized", 10)]
        public virtual BigInteger Socialized { get; set; }
    }
}
