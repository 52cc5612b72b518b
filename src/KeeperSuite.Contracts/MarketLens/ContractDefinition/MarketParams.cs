using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class MarketParams : MarketParamsBase { }

    public class MarketParamsBase 
    {
        [Parameter("uint64", "closeFactorHfThreshold", 1)]
        public virtual ulong CloseFactorHfThreshold { get; set; }
        [Parameter("uint64", "insuranceCut", 2)]
        public virtual ulong InsuranceCut { get; set; }
        [Parameter("uint128", "smallPositionValue", 3)]
        public virtual BigInteger SmallPositionValue { get; set; }
    }
}
