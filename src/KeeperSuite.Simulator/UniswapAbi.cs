using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace KeeperSuite.Simulator;

// The few Uniswap v3 pool and position-manager calls the simulator makes (arbitrage, thinning a pool, reading sales),
// declared by hand from @uniswap/v3-core 1.0.1 and @uniswap/v3-periphery 1.4.4's ABIs: the keeper needs only the
// router and the quoter, so only those two are generated into KeeperSuite.Contracts.

[Function("slot0", typeof(Slot0Output))]
public sealed class Slot0Function : FunctionMessage;

[FunctionOutput]
public sealed class Slot0Output : IFunctionOutputDTO
{
    [Parameter("uint160", "sqrtPriceX96", 1)]
    public BigInteger SqrtPriceX96 { get; set; }

    [Parameter("int24", "tick", 2)]
    public int Tick { get; set; }

    [Parameter("uint16", "observationIndex", 3)]
    public ushort ObservationIndex { get; set; }

    [Parameter("uint16", "observationCardinality", 4)]
    public ushort ObservationCardinality { get; set; }

    [Parameter("uint16", "observationCardinalityNext", 5)]
    public ushort ObservationCardinalityNext { get; set; }

    [Parameter("uint8", "feeProtocol", 6)]
    public byte FeeProtocol { get; set; }

    [Parameter("bool", "unlocked", 7)]
    public bool Unlocked { get; set; }
}

[Function("liquidity", "uint128")]
public sealed class PoolLiquidityFunction : FunctionMessage;

[Event("Swap")]
public sealed class SwapEventDto : IEventDTO
{
    [Parameter("address", "sender", 1, true)]
    public string Sender { get; set; } = "";

    [Parameter("address", "recipient", 2, true)]
    public string Recipient { get; set; } = "";

    [Parameter("int256", "amount0", 3, false)]
    public BigInteger Amount0 { get; set; }

    [Parameter("int256", "amount1", 4, false)]
    public BigInteger Amount1 { get; set; }

    [Parameter("uint160", "sqrtPriceX96", 5, false)]
    public BigInteger SqrtPriceX96 { get; set; }

    [Parameter("uint128", "liquidity", 6, false)]
    public BigInteger Liquidity { get; set; }

    [Parameter("int24", "tick", 7, false)]
    public int Tick { get; set; }
}

[Function("balanceOf", "uint256")]
public sealed class PositionCountFunction : FunctionMessage
{
    [Parameter("address", "owner", 1)]
    public string Owner { get; set; } = "";
}

[Function("tokenOfOwnerByIndex", "uint256")]
public sealed class TokenOfOwnerByIndexFunction : FunctionMessage
{
    [Parameter("address", "owner", 1)]
    public string Owner { get; set; } = "";

    [Parameter("uint256", "index", 2)]
    public BigInteger Index { get; set; }
}

[Function("positions", typeof(PositionOutput))]
public sealed class PositionsFunction : FunctionMessage
{
    [Parameter("uint256", "tokenId", 1)]
    public BigInteger TokenId { get; set; }
}

[FunctionOutput]
public sealed class PositionOutput : IFunctionOutputDTO
{
    [Parameter("uint96", "nonce", 1)]
    public BigInteger Nonce { get; set; }

    [Parameter("address", "operator", 2)]
    public string Operator { get; set; } = "";

    [Parameter("address", "token0", 3)]
    public string Token0 { get; set; } = "";

    [Parameter("address", "token1", 4)]
    public string Token1 { get; set; } = "";

    [Parameter("uint24", "fee", 5)]
    public uint Fee { get; set; }

    [Parameter("int24", "tickLower", 6)]
    public int TickLower { get; set; }

    [Parameter("int24", "tickUpper", 7)]
    public int TickUpper { get; set; }

    [Parameter("uint128", "liquidity", 8)]
    public BigInteger Liquidity { get; set; }

    [Parameter("uint256", "feeGrowthInside0LastX128", 9)]
    public BigInteger FeeGrowthInside0LastX128 { get; set; }

    [Parameter("uint256", "feeGrowthInside1LastX128", 10)]
    public BigInteger FeeGrowthInside1LastX128 { get; set; }

    [Parameter("uint128", "tokensOwed0", 11)]
    public BigInteger TokensOwed0 { get; set; }

    [Parameter("uint128", "tokensOwed1", 12)]
    public BigInteger TokensOwed1 { get; set; }
}

public sealed class DecreaseLiquidityParams
{
    [Parameter("uint256", "tokenId", 1)]
    public BigInteger TokenId { get; set; }

    [Parameter("uint128", "liquidity", 2)]
    public BigInteger Liquidity { get; set; }

    [Parameter("uint256", "amount0Min", 3)]
    public BigInteger Amount0Min { get; set; }

    [Parameter("uint256", "amount1Min", 4)]
    public BigInteger Amount1Min { get; set; }

    [Parameter("uint256", "deadline", 5)]
    public BigInteger Deadline { get; set; }
}

[Function("decreaseLiquidity")]
public sealed class DecreaseLiquidityFunction : FunctionMessage
{
    [Parameter("tuple", "params", 1)]
    public DecreaseLiquidityParams Params { get; set; } = new();
}
