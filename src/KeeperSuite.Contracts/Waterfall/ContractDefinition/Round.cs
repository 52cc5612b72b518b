using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.Waterfall.ContractDefinition
{
    public partial class Round : RoundBase { }

    public class RoundBase 
    {
        [Parameter("uint64", "firstDeficitId", 1)]
        public virtual ulong FirstDeficitId { get; set; }
        [Parameter("uint64", "lastDeficitId", 2)]
        public virtual ulong LastDeficitId { get; set; }
        [Parameter("uint64", "openedAt", 3)]
        public virtual ulong OpenedAt { get; set; }
        [Parameter("uint64", "closedAt", 4)]
        public virtual ulong ClosedAt { get; set; }
        [Parameter("uint128", "covered", 5)]
        public virtual BigInteger Covered { get; set; }
        [Parameter("uint128", "raised", 6)]
        public virtual BigInteger Raised { get; set; }
        [Parameter("uint128", "socialized", 7)]
        public virtual BigInteger Socialized { get; set; }
        [Parameter("uint128", "rewards", 8)]
        public virtual BigInteger Rewards { get; set; }
        [Parameter("uint256", "lossIndexAtOpen", 9)]
        public virtual BigInteger LossIndexAtOpen { get; set; }
        [Parameter("uint256", "recoveryIndexAtOpen", 10)]
        public virtual BigInteger RecoveryIndexAtOpen { get; set; }
    }
}
