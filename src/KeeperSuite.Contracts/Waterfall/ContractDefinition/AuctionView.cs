using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Waterfall.ContractDefinition
{
    public partial class AuctionView : AuctionViewBase { }

    public class AuctionViewBase 
    {
        [Parameter("uint256", "auctionId", 1)]
        public virtual BigInteger AuctionId { get; set; }
        [Parameter("uint256", "price", 2)]
        public virtual BigInteger Price { get; set; }
        [Parameter("uint256", "floor", 3)]
        public virtual BigInteger Floor { get; set; }
        [Parameter("uint256", "lotLeft", 4)]
        public virtual BigInteger LotLeft { get; set; }
        [Parameter("uint256", "minted", 5)]
        public virtual BigInteger Minted { get; set; }
        [Parameter("uint256", "raised", 6)]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint256", "debtLeft", 7)]
        public virtual BigInteger DebtLeft { get; set; }
        [Parameter("uint64", "deadline", 8)]
        public virtual ulong Deadline { get; set; }
        [Parameter("bool", "canSell", 9)]
        public virtual bool CanSell { get; set; }
    }
}
