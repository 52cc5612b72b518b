using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class PoolView : PoolViewBase { }

    public class PoolViewBase 
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("uint256", "totalAssets", 2)]
        public virtual BigInteger TotalAssets { get; set; }
        [Parameter("uint256", "totalSupply", 3)]
        public virtual BigInteger TotalSupply { get; set; }
        [Parameter("uint256", "cash", 4)]
        public virtual BigInteger Cash { get; set; }
        [Parameter("uint256", "totalDebt", 5)]
        public virtual BigInteger TotalDebt { get; set; }
        [Parameter("uint256", "reserves", 6)]
        public virtual BigInteger Reserves { get; set; }
        [Parameter("uint256", "uncoveredDeficit", 7)]
        public virtual BigInteger UncoveredDeficit { get; set; }
        [Parameter("uint256", "totalLent", 8)]
        public virtual BigInteger TotalLent { get; set; }
        [Parameter("uint256", "utilization", 9)]
        public virtual BigInteger Utilization { get; set; }
        [Parameter("uint256", "borrowRatePerSecond", 10)]
        public virtual BigInteger BorrowRatePerSecond { get; set; }
        [Parameter("uint256", "borrowIndex", 11)]
        public virtual BigInteger BorrowIndex { get; set; }
        [Parameter("uint256", "deficitCount", 12)]
        public virtual BigInteger DeficitCount { get; set; }
        [Parameter("address", "insuranceFund", 13)]
        public virtual string InsuranceFund { get; set; }
        [Parameter("uint256", "lockedRecovery", 14)]
        public virtual BigInteger LockedRecovery { get; set; }
        [Parameter("uint256", "entryAssets", 15)]
        public virtual BigInteger EntryAssets { get; set; }
        [Parameter("uint64", "lastAccrual", 16)]
        public virtual ulong LastAccrual { get; set; }
    }
}
