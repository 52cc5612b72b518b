// A real DEX on local chains: Uniswap v3 deployed from Uniswap's own npm artifacts (@uniswap/v3-core 1.0.1,
// @uniswap/v3-periphery 1.4.4), never from copies of ours, so the pools, the router and the quoter are the code
// that runs on mainnet (the pool's init-code hash matches the periphery's PoolAddress constant: checked below).
//
//   const dex = await deployDex(hre, signer);                     // factory, SwapRouter, QuoterV2, position manager
//   const p = await createPoolAtOraclePrice(dex, { collateral, debt, priceWad });
//   await addConcentratedLiquidity(dex, { ...p, priceWad, depth, signer });
//   await arbToOraclePrice(dex, { ...p, priceWad, signer });       // after an oracle move
//   const pools = await createMarketPools(dex, market, { signer, depth }); // all of the above, every listed collateral
//   dexDocument(dex, pools)                                          // addresses + pools as JSON (deployments file)
//
// Prices are the Market's: WAD whole debt-asset units per whole collateral token (Market.collateralPrice).
//
// Liquidity depth (what `depth` means): the position is concentrated around the price and sized so that selling
// collateral worth `depth` debt-asset units (at the price, before the pool's fee) moves the pool's price of the
// collateral down by `impactBps` (default 200 = 2%); buying moves it up about as much. It spans `rangeBps` (default
// 5000: from 0.5× to 1.5× the price), so a crash of up to 50% still finds liquidity after arbitrage; beyond the range
// the pool runs dry (a FlashLiquidator sale then reverts PartialFill instead of selling at any price). DEFAULT_DEPTH:
// 1,000,000 debt units per 2% per collateral (the order of Uniswap's mainnet USDC/WETH pools, a few million dollars
// per 2%). A thin pool for a scenario is the same call with a smaller depth or range. What the position costs, for
// the defaults: about 29 × depth of the debt asset (the side that buys collateral as its price falls) and
// collateral worth about 18 × depth (1 − √0.5 and 1 − 1/√1.5 of L√P resp. L/√P, with L ≈ 99 × the depth sale).
"use strict";

const FACTORY = require("@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json");
const POOL = require("@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json");
const ROUTER = require("@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json");
const QUOTER = require("@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json");
const POSITIONS = require("@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json");

const WAD = 10n ** 18n;
const Q96 = 2n ** 96n;
const Q192 = Q96 * Q96;
/** The periphery's PoolAddress.POOL_INIT_CODE_HASH (v3-periphery 1.4.4): the core pool artifact must hash to it. */
const POOL_INIT_CODE_HASH = "0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54";
/** Fee tier → tick spacing, as the factory enables them at deployment. */
const TICK_SPACING = { 500: 10, 3000: 60, 10000: 200 };
const DEFAULT_FEE = 3000; // 0.3%: Uniswap's tier for volatile pairs
const DEFAULT_IMPACT_BPS = 200;
const DEFAULT_RANGE_BPS = 5000;
const DEFAULT_DEPTH_WHOLE = 1_000_000n;
const MIN_TICK = -887272;
const MAX_TICK = 887272;
const FAR_DEADLINE = 2n ** 64n;

const ERC20_ABI = [
  "function decimals() view returns (uint8)",
  "function balanceOf(address) view returns (uint256)",
  "function allowance(address,address) view returns (uint256)",
  "function approve(address,uint256) returns (bool)",
  "function mint(address,uint256)",
];

/** Integer square root (floor), by Newton's method from above (each step stays >= the root until it settles). */
function sqrtBig(n) {
  if (n < 0n) throw new Error("sqrt of a negative number");
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length + 1) >> 1n); // 2^ceil(bits/2) >= sqrt(n)
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * sqrtPriceX96 of the (collateral, debt) pool at `priceWad` (whole debt units per whole collateral, WAD), in the
 * pool's own orientation (token1 per token0, raw units): collateral is token0 when its address is the lower one.
 */
function sqrtPriceX96At(priceWad, collateralDecimals, debtDecimals, collateralIsToken0) {
  const cd = 10n ** BigInt(collateralDecimals);
  const dd = 10n ** BigInt(debtDecimals);
  // raw debt per raw collateral = priceWad × 10^dd / (10^18 × 10^cd)
  return collateralIsToken0
    ? sqrtBig((priceWad * dd * Q192) / (WAD * cd))
    : sqrtBig((WAD * cd * Q192) / (priceWad * dd));
}

/** The pool's price as the Market states prices (WAD debt per whole collateral), rounded down. */
function priceWadAt(sqrtPriceX96, collateralDecimals, debtDecimals, collateralIsToken0) {
  const cd = 10n ** BigInt(collateralDecimals);
  const dd = 10n ** BigInt(debtDecimals);
  const p2 = sqrtPriceX96 * sqrtPriceX96; // raw token1/token0 × 2^192
  return collateralIsToken0 ? (p2 * WAD * cd) / (dd * Q192) : (Q192 * WAD * cd) / (p2 * dd);
}

const sqrtReal = (sqrtPriceX96) => Number(sqrtPriceX96) / 2 ** 96;
const tickAt = (sqrtPriceX96) => Math.floor(Math.log(sqrtReal(sqrtPriceX96) ** 2) / Math.log(1.0001));

function token(dex, address) {
  return new dex.ethers.Contract(address, ERC20_ABI, dex.signer);
}

/** Makes sure `signer` holds `amount` of `address` (minting the shortfall from a mock token) and approved `spender`. */
async function fundAndApprove(dex, address, signer, amount, spender) {
  const t = token(dex, address).connect(signer);
  const balance = await t.balanceOf(signer.address);
  if (balance < amount) {
    try {
      await (await t.mint(signer.address, amount - balance)).wait();
    } catch (e) {
      throw new Error(`${signer.address} holds ${balance} of ${address}, needs ${amount}, and the token cannot be minted (${e.shortMessage || e.message})`);
    }
  }
  if ((await t.allowance(signer.address, spender)) < amount) await (await t.approve(spender, dex.ethers.MaxUint256)).wait();
}

/**
 * Deploys Uniswap v3 from its npm artifacts: UniswapV3Factory, SwapRouter, QuoterV2 and the
 * NonfungiblePositionManager, plus the periphery's native-currency wrapper (our MockWETH9; the sales never use it).
 * The position manager's token descriptor is the zero address: its constructor accepts it, and only tokenURI
 * (an NFT's picture) would need one.
 * @returns {{ethers, signer, factory, router, quoter, positionManager, weth9, addresses}}
 */
async function deployDex(hre, signer) {
  const { ethers } = hre;
  signer = signer || (await ethers.getSigners())[0];
  if (ethers.keccak256(POOL.bytecode) !== POOL_INIT_CODE_HASH) {
    throw new Error("@uniswap/v3-core's pool bytecode does not hash to the periphery's POOL_INIT_CODE_HASH: the router could not find its pools");
  }
  const deploy = async (artifact, args) => {
    const c = await new ethers.ContractFactory(artifact.abi, artifact.bytecode, signer).deploy(...args);
    await c.waitForDeployment();
    return c;
  };
  const weth9 = await (await ethers.getContractFactory("MockWETH9", signer)).deploy();
  await weth9.waitForDeployment();
  const factory = await deploy(FACTORY, []);
  const f = await factory.getAddress();
  const w = await weth9.getAddress();
  const router = await deploy(ROUTER, [f, w]);
  const quoter = await deploy(QUOTER, [f, w]);
  const positionManager = await deploy(POSITIONS, [f, w, ethers.ZeroAddress]);
  const addresses = {
    factory: f, router: await router.getAddress(), quoter: await quoter.getAddress(),
    positionManager: await positionManager.getAddress(), weth9: w,
  };
  return { ethers, signer, factory, router, quoter, positionManager, weth9, addresses };
}

/**
 * Creates (or finds) the (collateral, debt) pool with fee tier `fee`, initialized at `priceWad` with the tokens'
 * own decimals and Uniswap's token order. An existing pool keeps its price (move it with arbToOraclePrice).
 * @returns {{pool, address, collateral, debt, fee, collateralIsToken0, collateralDecimals, debtDecimals}}
 */
async function createPoolAtOraclePrice(dex, { collateral, debt, priceWad, fee = DEFAULT_FEE }) {
  const { ethers } = dex;
  const collateralIsToken0 = BigInt(collateral) < BigInt(debt);
  const [token0, token1] = collateralIsToken0 ? [collateral, debt] : [debt, collateral];
  const collateralDecimals = Number(await token(dex, collateral).decimals());
  const debtDecimals = Number(await token(dex, debt).decimals());
  const sqrtPriceX96 = sqrtPriceX96At(priceWad, collateralDecimals, debtDecimals, collateralIsToken0);
  await (await dex.positionManager.createAndInitializePoolIfNecessary(token0, token1, fee, sqrtPriceX96)).wait();
  const address = await dex.factory.getPool(token0, token1, fee);
  const pool = new ethers.Contract(address, POOL.abi, dex.signer);
  return { pool, address, collateral, debt, fee, collateralIsToken0, collateralDecimals, debtDecimals };
}

/**
 * Adds one position concentrated around the pool's current price (see the header for what depth means).
 * @param {object} p A createPoolAtOraclePrice result plus:
 *   priceWad   the price `depth` is valued at (the oracle's),
 *   depth      debt-asset base units a sale must be worth to move the price by impactBps (default 1,000,000 whole),
 *   impactBps  default 200, rangeBps default 5000 (±50%), signer (default the DEX's deployer; mock tokens are
 *   minted to it as needed), recipient of the position NFT (default the signer).
 * @returns {{liquidity, tickLower, tickUpper, amount0, amount1, tokenId}}
 */
async function addConcentratedLiquidity(dex, p) {
  const signer = p.signer || dex.signer;
  const impact = (p.impactBps ?? DEFAULT_IMPACT_BPS) / 10_000;
  const range = (p.rangeBps ?? DEFAULT_RANGE_BPS) / 10_000;
  if (!(impact > 0 && impact < 1) || !(range > 0 && range < 1)) throw new Error("impactBps and rangeBps must be within (0, 10000)");
  const depth = p.depth ?? DEFAULT_DEPTH_WHOLE * 10n ** BigInt(p.debtDecimals);
  const { sqrtPriceX96, tick } = await p.pool.slot0();
  const spacing = TICK_SPACING[p.fee];
  if (!spacing) throw new Error(`unknown fee tier ${p.fee}`);
  // The collateral a depth-sized sale sells, in raw units, at priceWad.
  const sold = Number((depth * WAD * 10n ** BigInt(p.collateralDecimals)) / (p.priceWad * 10n ** BigInt(p.debtDecimals)));
  const s = sqrtReal(sqrtPriceX96);
  const q = Math.sqrt(1 - impact);
  // Selling token0 (x): 1/√P' − 1/√P = Δx / L; the collateral's price falls by `impact` when √P' = q√P.
  // Selling token1 (y): √P' − √P = Δy / L; the collateral's price (1/P) falls by `impact` when √P' = √P / q.
  const L = p.collateralIsToken0 ? (sold * s * q) / (1 - q) : sold / (s * (1 / q - 1));
  // The range is in the collateral's price: from (1 − range) to (1 + range) times it. In token1-per-token0 ticks
  // that is the same interval when the collateral is token0, the inverse one when it is token1.
  const [down, up1] = [Math.log(1 - range) / Math.log(1.0001), Math.log(1 + range) / Math.log(1.0001)];
  const [below, above] = p.collateralIsToken0 ? [-down, up1] : [up1, -down];
  const t = Number(tick);
  const tickLower = Math.max(Math.ceil(MIN_TICK / spacing) * spacing, Math.floor((t - below) / spacing) * spacing);
  const tickUpper = Math.min(Math.floor(MAX_TICK / spacing) * spacing, Math.ceil((t + above) / spacing) * spacing);
  const sa = 1.0001 ** (tickLower / 2);
  const sb = 1.0001 ** (tickUpper / 2);
  // LiquidityAmounts: what L costs in range [sa, sb] at s; a 1e-6 margin covers the float rounding.
  const up = (x) => BigInt(Math.ceil(x * (1 + 1e-6))) + 1n;
  const amount0 = up((L * (sb - s)) / (s * sb));
  const amount1 = up(L * (s - sa));
  const [token0, token1] = p.collateralIsToken0 ? [p.collateral, p.debt] : [p.debt, p.collateral];
  const npm = await dex.positionManager.getAddress();
  await fundAndApprove(dex, token0, signer, amount0, npm);
  await fundAndApprove(dex, token1, signer, amount1, npm);
  const params = {
    token0, token1, fee: p.fee, tickLower, tickUpper, amount0Desired: amount0, amount1Desired: amount1,
    amount0Min: 0n, amount1Min: 0n, recipient: p.recipient || signer.address, deadline: FAR_DEADLINE,
  };
  const out = await dex.positionManager.connect(signer).mint.staticCall(params);
  await (await dex.positionManager.connect(signer).mint(params)).wait();
  return { liquidity: out.liquidity, tickLower, tickUpper, amount0: out.amount0, amount1: out.amount1, tokenId: out.tokenId };
}

/**
 * Arbitrage: swaps through the router until the pool's price is `priceWad` (the oracle's), as an arbitrageur
 * would after an oracle move. The input is estimated from the active liquidity (with a margin; the router takes
 * only what reaching the price needs, sqrtPriceLimitX96 stops it there) and minted to `signer` when it is a mock.
 * @returns {{sqrtPriceX96, priceWad, amountIn, amountOut, zeroForOne}} amounts summed over the swaps made.
 */
async function arbToOraclePrice(dex, p) {
  const signer = p.signer || dex.signer;
  const target = sqrtPriceX96At(p.priceWad, p.collateralDecimals, p.debtDecimals, p.collateralIsToken0);
  const [token0, token1] = p.collateralIsToken0 ? [p.collateral, p.debt] : [p.debt, p.collateral];
  const router = await dex.router.getAddress();
  let amountIn = 0n;
  let amountOut = 0n;
  let zeroForOne = null;
  for (let round = 0; round < 8; round++) {
    const { sqrtPriceX96: current } = await p.pool.slot0();
    if (current === target) break;
    zeroForOne = target < current;
    const L = Number(await p.pool.liquidity());
    const feeFactor = 1 - p.fee / 1e6;
    const [sc, st] = [sqrtReal(current), sqrtReal(target)];
    const estimate = zeroForOne ? (L * (1 / st - 1 / sc)) / feeFactor : (L * (st - sc)) / feeFactor;
    const want = BigInt(Math.ceil(estimate * 1.01)) + 1000n;
    const tokenIn = zeroForOne ? token0 : token1;
    await fundAndApprove(dex, tokenIn, signer, want, router);
    const params = {
      tokenIn, tokenOut: zeroForOne ? token1 : token0, fee: p.fee, recipient: signer.address, deadline: FAR_DEADLINE,
      amountIn: want, amountOutMinimum: 0n, sqrtPriceLimitX96: target,
    };
    const r = dex.router.connect(signer);
    const inBefore = await token(dex, tokenIn).balanceOf(signer.address);
    amountOut += await r.exactInputSingle.staticCall(params);
    await (await r.exactInputSingle(params)).wait();
    amountIn += inBefore - (await token(dex, tokenIn).balanceOf(signer.address));
  }
  const { sqrtPriceX96 } = await p.pool.slot0();
  if (sqrtPriceX96 !== target) throw new Error(`arbitrage did not reach the target price (at ${sqrtPriceX96}, target ${target})`);
  return { sqrtPriceX96, priceWad: priceWadAt(sqrtPriceX96, p.collateralDecimals, p.debtDecimals, p.collateralIsToken0), amountIn, amountOut, zeroForOne };
}

/** QuoterV2's exact-input quote for selling `amountIn` collateral into the pool (debt asset out). */
async function quoteSale(dex, p, amountIn) {
  const q = await dex.quoter.quoteExactInputSingle.staticCall({
    tokenIn: p.collateral, tokenOut: p.debt, amountIn, fee: p.fee, sqrtPriceLimitX96: 0n,
  });
  return q.amountOut;
}

/**
 * One pool per listed collateral of `market` against its debt asset, at the Market's oracle price, with
 * concentrated liquidity. opts: signer, fee (default 3000), depth (base units, or { [collateralId]: base units }),
 * impactBps, rangeBps. Returns { [collateralId]: pool info + position }.
 */
async function createMarketPools(dex, market, opts = {}) {
  const debt = await market.debtAsset();
  const count = Number(await market.collateralCount());
  const pools = {};
  for (let id = 1; id <= count; id++) {
    const c = await market.collateral(id);
    const [priceWad, valid] = await market.collateralPrice(id);
    if (!valid) throw new Error(`collateral ${id}: the oracle has no valid price to open a pool at`);
    const fee = (opts.fees && opts.fees[id]) || opts.fee || DEFAULT_FEE;
    const info = await createPoolAtOraclePrice(dex, { collateral: c.token, debt, priceWad, fee });
    const depth = typeof opts.depth === "object" && opts.depth !== null ? opts.depth[id] : opts.depth;
    const position = await addConcentratedLiquidity(dex, {
      ...info, priceWad, depth, impactBps: opts.impactBps, rangeBps: opts.rangeBps, signer: opts.signer,
    });
    pools[id] = { ...info, collateralId: id, position };
  }
  return pools;
}

/**
 * The DEX as the deployments file can record it (plain JSON: addresses, fee tiers, token order), for the keeper's
 * router and quoter and for scenarios that move a pool: { factory, router, quoter, positionManager, weth9,
 * pools: { [collateralId]: { address, collateral, fee, collateralIsToken0 } } }.
 */
function dexDocument(dex, pools = {}) {
  const doc = { ...dex.addresses, pools: {} };
  for (const [id, p] of Object.entries(pools)) {
    doc.pools[id] = { address: p.address, collateral: p.collateral, fee: p.fee, collateralIsToken0: p.collateralIsToken0 };
  }
  return doc;
}

module.exports = {
  POOL_INIT_CODE_HASH, TICK_SPACING, DEFAULT_FEE, DEFAULT_IMPACT_BPS, DEFAULT_RANGE_BPS, DEFAULT_DEPTH_WHOLE,
  POOL_ABI: POOL.abi, ROUTER_ABI: ROUTER.abi, QUOTER_ABI: QUOTER.abi,
  sqrtBig, sqrtPriceX96At, priceWadAt, tickAt,
  deployDex, createPoolAtOraclePrice, addConcentratedLiquidity, arbToOraclePrice, quoteSale, createMarketPools, dexDocument,
};
