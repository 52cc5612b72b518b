const { expect } = require("chai");
const { ethers } = require("hardhat");
const fc = require("fast-check");
const { loadFixture } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { usdc, units, zeroRates, modelLiquidation, liquidatedEvents, expectAccounting } = require("./helpers");

// Property: for random prices and repay caps on 18/8/6-decimal collateral, the contract does exactly
// what the spec model says, and never leaves a remnant that is below dust or worth less than its debt.
describe("Market: liquidation properties (fast-check)", function () {
  const SETUPS = [
    { id: 1, sym: "WETH", dec: 18, coll: "10", debt: 16_000, price: 2_000 },
    { id: 2, sym: "WBTC", dec: 8, coll: "1", debt: 42_000, price: 60_000 },
    { id: 3, sym: "XAU6", dec: 6, coll: "10", debt: 15_000, price: 2_500 },
  ];

  async function fixture() {
    const f = await deployCoreFixture();
    await zeroRates(f);
    for (const s of SETUPS) await f.market.connect(f.alice).open(s.id, units(s.coll, s.dec), usdc(s.debt), f.alice.address);
    return f;
  }

  it("matches the model and keeps every invariant (60 random liquidations)", async function () {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 300, max: 1100 }), // price in permille of the opening price
        fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 2_000_000 })), // maxRepay in permille of debt; null = MAX
        async (which, permille, repayPermille) => {
          const f = await loadFixture(fixture);
          const s = SETUPS[which];
          const feedDec = Number(await f.aggregators[s.sym].decimals());
          await f.aggregators[s.sym].setAnswer((BigInt(s.price) * BigInt(permille) * 10n ** BigInt(feedDec)) / 1000n);
          const c = await f.market.collateral(s.id);
          const mp = await f.market.marketParams();
          const oracle = await ethers.getContractAt("ChainlinkOracle", c.oracle);
          const debt = await f.market.debtOf(s.id, f.alice.address);
          const maxRepay = repayPermille === null ? ethers.MaxUint256 : (debt * BigInt(repayPermille)) / 1_000_000n + 1n;
          const price = await oracle.price();
          const exp = modelLiquidation({
            collateral: units(s.coll, s.dec), debt, price, collDec: s.dec, lt: c.params.liquidationThreshold,
            bonus: c.params.liquidationBonus, dust: c.params.dust, closeHf: mp.closeFactorHfThreshold,
            small: mp.smallPositionValue, cut: mp.insuranceCut, maxRepay,
          });
          const call = f.market.connect(f.liquidator).liquidate(s.id, f.alice.address, maxRepay);
          if (exp.healthy) return void (await expect(call).to.be.revertedWithCustomError(f.market, "PositionHealthy"));
          if (exp.tooLow) return void (await expect(call).to.be.revertedWithCustomError(f.market, "MaxRepayTooLow").withArgs(exp.tooLow, maxRepay));
          const [ev] = liquidatedEvents(f.market, await (await call).wait());
          expect([ev.repaid, ev.seized, ev.fee, ev.deficitAssets]).to.deep.equal([exp.repaid, exp.seized, exp.fee, exp.deficit]);
          const p = await f.market.position(s.id, f.alice.address);
          const left = await f.market.debtOf(s.id, f.alice.address);
          if (left !== 0n) {
            expect(left).to.be.gte(c.params.dust);
            expect((await f.market.collateralValue(s.id, p.collateral)).value).to.be.gte(left);
          }
          if (exp.deficit > 0n) expect(p.collateral).to.equal(0n);
          await expectAccounting(f, SETUPS.map((x) => [x.id, f.alice.address]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
