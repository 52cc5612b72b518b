using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class PoolDetails : PoolDetailsBase { }

    public class PoolDetailsBase 
    {
        [Parameter("uint256", "entryPricePerShare", 1)]
        public virtual BigInteger EntryPricePerShare { get; set; }
        [Parameter("uint256", "exitPricePerShare", 2)]
        public virtual BigInteger ExitPricePerShare { get; set; }
        [Parameter("uint256", "recoveryInSight", 3)]
        public virtual BigInteger RecoveryInSight { get; set; }
        [Parameter("uint256", "lockedRecovery", 4)]
        public virtual BigInteger LockedRecovery { get; set; }
        [Parameter("uint256", "recoveryUnlockEnd", 5)]
        public virtual BigInteger RecoveryUnlockEnd { get; set; }
        [Parameter("bool", "entriesOpen", 6)]
        public virtual bool EntriesOpen { get; set; }
        [Parameter("uint32", "exitsPausedBy", 7)]
        public virtual uint ExitsPausedBy { get; set; }
        [Parameter("uint256", "borrowRatePerSecond", 8)]
        public virtual BigInteger BorrowRatePerSecond { get; set; }
        [Parameter("uint256", "borrowApr", 9)]
        public virtual BigInteger BorrowApr { get; set; }
        [Parameter("uint256", "supplyApr", 10)]
        public virtual BigInteger SupplyApr { get; set; }
        [Parameter("uint256", "utilization", 11)]
        public virtual BigInteger Utilization { get; set; }
        [Parameter("uint256", "reserveFactor", 12)]
        public virtual BigInteger ReserveFactor { get; set; }
    }
}
