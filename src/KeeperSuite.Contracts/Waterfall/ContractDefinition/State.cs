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
        [Parameter("uint256", "uncoveredDeficit", 1)]
        public virtual BigInteger UncoveredDeficit { get; set; }
        [Parameter("uint256", "fundBalance", 2)]
        public virtual BigInteger FundBalance { get; set; }
        [Parameter("uint256", "skimmableReserves", 3)]
        public virtual BigInteger SkimmableReserves { get; set; }
        [Parameter("uint256", "deficitCount", 4)]
        public virtual BigInteger DeficitCount { get; set; }
        [Parameter("tuple[]", "deficits", 5)]
        public virtual List<DeficitView> Deficits { get; set; }
        [Parameter("tuple[]", "auctions", 6)]
        public virtual List<AuctionView> Auctions { get; set; }
    }
}
