using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.DebtAuction.ContractDefinition
{
    public partial class Auction : AuctionBase { }

    public class AuctionBase 
    {
        [Parameter("uint128", "top", 1)]
        public virtual BigInteger Top { get; set; }
        [Parameter("uint128", "floor", 2)]
        public virtual BigInteger Floor { get; set; }
        [Parameter("uint128", "mintCap", 3)]
        public virtual BigInteger MintCap { get; set; }
        [Parameter("uint128", "minted", 4)]
        public virtual BigInteger Minted { get; set; }
        [Parameter("uint128", "raised", 5)]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint64", "startedAt", 6)]
        public virtual ulong StartedAt { get; set; }
        [Parameter("uint64", "deadline", 7)]
        public virtual ulong Deadline { get; set; }
        [Parameter("tuple", "curve", 8)]
        public virtual Params Curve { get; set; }
        [Parameter("bool", "ended", 9)]
        public virtual bool Ended { get; set; }
        [Parameter("uint256", "target", 10)]
        public virtual BigInteger Target { get; set; }
    }
}
