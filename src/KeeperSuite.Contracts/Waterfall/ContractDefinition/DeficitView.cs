using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Waterfall.ContractDefinition
{
    public partial class DeficitView : DeficitViewBase { }

    public class DeficitViewBase 
    {
        [Parameter("uint256", "deficitId", 1)]
        public virtual BigInteger DeficitId { get; set; }
        [Parameter("uint256", "remaining", 2)]
        public virtual BigInteger Remaining { get; set; }
        [Parameter("uint256", "original", 3)]
        public virtual BigInteger Original { get; set; }
        [Parameter("uint32", "collateralId", 4)]
        public virtual uint CollateralId { get; set; }
        [Parameter("address", "borrower", 5)]
        public virtual string Borrower { get; set; }
        [Parameter("uint8", "phase", 6)]
        public virtual byte Phase { get; set; }
        [Parameter("uint8", "next", 7)]
        public virtual byte Next { get; set; }
        [Parameter("uint256", "auctionId", 8)]
        public virtual BigInteger AuctionId { get; set; }
    }
}
