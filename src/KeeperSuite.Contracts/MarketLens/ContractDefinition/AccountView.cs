using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace KeeperSuite.Contracts.MarketLens.ContractDefinition
{
    public partial class AccountView : AccountViewBase { }

    public class AccountViewBase 
    {
        [Parameter("tuple[]", "positions", 1)]
        public virtual List<PositionView> Positions { get; set; }
        [Parameter("uint8[]", "oracleReasons", 2)]
        public virtual List<byte> OracleReasons { get; set; }
        [Parameter("uint256", "shares", 3)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "shareValue", 4)]
        public virtual BigInteger ShareValue { get; set; }
        [Parameter("uint256", "maxWithdraw", 5)]
        public virtual BigInteger MaxWithdraw { get; set; }
        [Parameter("uint256", "maxRedeem", 6)]
        public virtual BigInteger MaxRedeem { get; set; }
        [Parameter("uint256", "maxDeposit", 7)]
        public virtual BigInteger MaxDeposit { get; set; }
    }
}
