using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Waterfall.ContractDefinition
{
    public partial class State : StateBase { }

    public class StateBase 
    {
        [Parameter("uint8", "next", 1)]
        public virtual byte Next { get; set; }
        [Parameter("uint8", "phase", 2)]
        public virtual byte Phase { get; set; }
        [Parameter("uint256", "nextAmount", 3)]
        public virtual BigInteger NextAmount { get; set; }
        [Parameter("uint256", "nextReward", 4)]
        public virtual BigInteger NextReward { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 5)]
        public virtual BigInteger UncoveredDeficit { get; set; }
        [Parameter("uint256", "openDebt", 6)]
        public virtual BigInteger OpenDebt { get; set; }
        [Parameter("uint256", "settledDebt", 7)]
        public virtual BigInteger SettledDebt { get; set; }
        [Parameter("uint256", "fundBalance", 8)]
        public virtual BigInteger FundBalance { get; set; }
        [Parameter("uint256", "skimmableReserves", 9)]
        public virtual BigInteger SkimmableReserves { get; set; }
        [Parameter("uint256", "lockedRecovery", 10)]
        public virtual BigInteger LockedRecovery { get; set; }
        [Parameter("uint256", "deficitCount", 11)]
        public virtual BigInteger DeficitCount { get; set; }
        [Parameter("uint256", "roundId", 12)]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("tuple", "round", 13)]
        public virtual Round Round { get; set; }
        [Parameter("tuple", "auction", 14)]
        public virtual AuctionView Auction { get; set; }
    }
}
