using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.LendingPool.ContractDefinition
{
    public partial class RateParams : RateParamsBase { }

    public class RateParamsBase 
    {
        [Parameter("uint64", "baseRate", 1)]
        public virtual ulong BaseRate { get; set; }
        [Parameter("uint64", "slope1", 2)]
        public virtual ulong Slope1 { get; set; }
        [Parameter("uint64", "slope2", 3)]
        public virtual ulong Slope2 { get; set; }
        [Parameter("uint64", "optimalUtilization", 4)]
        public virtual ulong OptimalUtilization { get; set; }
    }
}
