// deploy-scripts/dex.js: Uniswap v3 from its own npm artifacts, pools opened at the oracle price with the tokens'
// decimals in either token order, depth as documented, and arbitrage back to the oracle price.
const { expect } = require("chai");
const hre = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-network-helpers");
const dexlib = require("../../deploy-scripts/dex");

const { ethers } = hre;
const WAD = 10n ** 18n;

async function dexFixture() {
  const [deployer] = await ethers.getSigners();
  const dex = await dexlib.deployDex(hre, deployer);
  const F = await ethers.getContractFactory("MockERC20");
  const debt = await F.deploy("USD", "USD", 6);
  // Collateral tokens of 18, 8 and 6 decimals until both token orders occur (addresses are pseudo-random).
  const below = [];
  const above = [];
  for (let i = 0; below.length < 3 || above.length < 3; i++) {
    const dec = [18, 8, 6][i % 3];
    const t = await F.deploy(`C${i}`, `C${i}`, dec);
    const side = BigInt(t.target) < BigInt(debt.target) ? below : above;
    if (!side.some((x) => x.dec === dec)) side.push({ token: t, dec });
    if (i > 60) throw new Error("could not get both token orders");
  }
  return { dex, debt, below, above, deployer };
}

describe("DEX: Uniswap v3 from its npm artifacts (deploy-scripts/dex.js)", function () {
  it("deploys factory, router, quoter and position manager whose pool init-code hash is the periphery's", async function () {
    const { dex } = await loadFixture(dexFixture);
    for (const a of Object.values(dex.addresses)) expect(await ethers.provider.getCode(a)).to.not.equal("0x");
    expect(await dex.router.factory()).to.equal(dex.addresses.factory);
    expect(await dex.quoter.factory()).to.equal(dex.addresses.factory);
    expect(await dex.positionManager.WETH9()).to.equal(dex.addresses.weth9);
    expect(await dex.factory.feeAmountTickSpacing(3000)).to.equal(60n);
  });

  it("creates a pool per listed collateral of the Market at its oracle price and describes the DEX as plain JSON", async function () {
    const { deployCore } = require("../../deploy-scripts/deploy");
    const { dex } = await loadFixture(dexFixture);
    const core = await deployCore(hre);
    const pools = await dexlib.createMarketPools(dex, core.market, { depth: 50_000n * 10n ** 6n });
    expect(Object.keys(pools)).to.deep.equal(["1", "2", "3"]);
    for (const [id, p] of Object.entries(pools)) {
      const [oracle] = await core.market.collateralPrice(id);
      const { sqrtPriceX96 } = await p.pool.slot0();
      expect(sqrtPriceX96).to.equal(dexlib.sqrtPriceX96At(oracle, p.collateralDecimals, p.debtDecimals, p.collateralIsToken0));
      expect(await p.pool.liquidity()).to.equal(p.position.liquidity);
    }
    const doc = JSON.parse(JSON.stringify(dexlib.dexDocument(dex, pools)));
    expect(doc.router).to.equal(dex.addresses.router);
    expect(doc.quoter).to.equal(dex.addresses.quoter);
    expect(doc.pools["2"]).to.deep.equal({ address: pools[2].address, collateral: pools[2].collateral, fee: 3000, collateralIsToken0: pools[2].collateralIsToken0 });
  });

  for (const order of ["collateral is token0", "collateral is token1"]) {
    it(`opens pools at the oracle price for 18/8/6-decimal collateral vs a 6-decimal debt asset (${order}), with the documented depth`, async function () {
      const { dex, debt, below, above } = await loadFixture(dexFixture);
      const side = order === "collateral is token0" ? below : above;
      const prices = { 18: 2_000n * WAD, 8: 60_000n * WAD, 6: 2_500n * WAD };
      for (const { token, dec } of side) {
        const priceWad = prices[dec];
        const p = await dexlib.createPoolAtOraclePrice(dex, { collateral: token.target, debt: debt.target, priceWad });
        expect(p.collateralIsToken0).to.equal(order === "collateral is token0");
        expect(await p.pool.token0()).to.equal(p.collateralIsToken0 ? token.target : debt.target);
        const { sqrtPriceX96 } = await p.pool.slot0();
        // The exact price back, to 1e-15 relative (one unit of the square root's rounding).
        const back = dexlib.priceWadAt(sqrtPriceX96, dec, 6, p.collateralIsToken0);
        expect(back - priceWad < 0n ? priceWad - back : back - priceWad).to.be.lte(priceWad / 10n ** 15n);

        const depth = 100_000n * 10n ** 6n;
        const pos = await dexlib.addConcentratedLiquidity(dex, { ...p, priceWad, depth });
        expect(pos.liquidity).to.be.gt(0n);
        expect(pos.tickLower).to.be.lt(Number((await p.pool.slot0()).tick));
        // Selling collateral worth `depth` at the price (plus the 0.3% fee taken from the input) moves the price 2%.
        const amountIn = (depth * WAD * 10n ** BigInt(dec)) / (priceWad * 10n ** 6n);
        const gross = (amountIn * 1_000_000n) / 997_000n;
        const q = await dex.quoter.quoteExactInputSingle.staticCall({
          tokenIn: token.target, tokenOut: debt.target, amountIn: gross, fee: 3000, sqrtPriceLimitX96: 0n,
        });
        const after = dexlib.priceWadAt(q.sqrtPriceX96After, dec, 6, p.collateralIsToken0);
        const impactBps = Number(((priceWad - after) * 1_000_000n) / priceWad) / 100;
        expect(impactBps).to.be.closeTo(200, 0.5);
        // What the collateral after the fee fetches: at the geometric mean of the prices before and after,
        // √0.98 ≈ 98.995% of its value (the 0.3% fee is on top, in `gross`).
        const avg = Number((q.amountOut * 100_000n) / depth) / 1000;
        expect(avg).to.be.closeTo(98.995, 0.01);

        // An oracle move, then arbitrage: the pool's price follows exactly, in both directions.
        for (const moved of [(priceWad * 85n) / 100n, (priceWad * 107n) / 100n]) {
          const r = await dexlib.arbToOraclePrice(dex, { ...p, priceWad: moved });
          expect(r.sqrtPriceX96).to.equal(dexlib.sqrtPriceX96At(moved, dec, 6, p.collateralIsToken0));
          expect(r.amountIn).to.be.gt(0n);
        }
      }
    });
  }
});
