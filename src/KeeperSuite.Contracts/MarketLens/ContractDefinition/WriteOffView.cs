using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class WriteOffView : WriteOffViewBase { }

    public class WriteOffViewBase 
    {
        [Parameter("uint8", "next", 1)]
        public virtual byte Next { get; set; }
        [Parameter("uint256[4]", "amounts", 2)]
        public virtual List<BigInteger> Amounts { get; set; }
        [Parameter("uint256[4]", "rewards", 3)]
        public virtual List<BigInteger> Rewards { get; set; }
        [Parameter("uint256", "auctionId", 4)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "auctionDebt", 5)]
        public virtual BigInteger AuctionDebt { get; set; }
        [Parameter("uint256", "price", 6)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "floor", 7)]
        public virtual BigInteger Floor { get; set; }
        [Parameter("uint256", "secondsToFloor", 8)]
        public virtual BigInteger SecondsToFloor { get; set; }
        [Parameter("uint256", "secondsToDeadline", 9)]
        public virtual BigInteger SecondsToDeadline { get; set; }
    }
}
