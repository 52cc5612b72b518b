// Finding 4 (issue 10): a malformed feed — an address with no code, short return data, a round id (or an
// answeredInRound) wider than uint80, a reverting feed, a gas-burning feed, a return bomb — reads as "invalid" within a bounded
// gas stipend, so ChainlinkOracle.tryPrice, a mixed Market.liquidateBatch and MarketLens.collaterals()
// never revert. Before the fix, no-code and short-return feeds reverted tryPrice, and a gas-burning feed
// took 63/64 of the caller's gas.
const { expect } = require("chai");
const hre = require("hardhat");
const { loadFixture } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { usdc, units, setPrice } = require("./helpers");

const { ethers } = hre;
const Mode = { Ok: 0, Revert: 1, ShortReturn: 2, WideRoundId: 3, BurnGas: 4, ReturnBomb: 5, WideAnsweredInRound: 6 };
const FAULTS = ["Revert", "ShortReturn", "WideRoundId", "WideAnsweredInRound", "BurnGas", "ReturnBomb", "NoCode"];

describe("Oracle faults read as invalid (finding 4)", function () {
  async function fixture() {
    const f = await deployCoreFixture();
    const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(2000n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 3600);
    const WETH = f.ids.WETH;
    const WBTC = f.ids.WBTC;
    await f.market.setCollateralOracle(WETH, await oracle.getAddress());
    // two WETH positions (one unhealthy once WBTC's twin is) and one unhealthy WBTC position
    await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(16_000), f.alice.address);
    await f.market.connect(f.bob).open(WBTC, units(1, 8), usdc(40_000), f.bob.address);
    await setPrice(f, "WBTC", 50_000); // bob: 50,000 x 0.75 < 40,000
    return { ...f, feed, oracle, WETH, WBTC };
  }

  async function breakFeed(f, fault) {
    if (fault === "NoCode") await hre.network.provider.send("hardhat_setCode", [await f.feed.getAddress(), "0x"]);
    else await f.feed.setMode(Mode[fault]);
  }

  it("the fault feed answers normally in Ok mode (the harness is sound)", async function () {
    const f = await loadFixture(fixture);
    expect(await f.oracle.tryPrice()).to.deep.equal([2000n * 10n ** 18n, true]);
  });

  for (const fault of FAULTS) {
    it(`${fault}: tryPrice is (0, false), price() reverts FeedCallFailed, the Market and the lens carry on`, async function () {
      const f = await loadFixture(fixture);
      await breakFeed(f, fault);
      const [p, valid] = await f.oracle.tryPrice();
      expect([p, valid]).to.deep.equal([0n, false]);
      const expectedError = fault === "ReturnBomb" ? "NonPositivePrice" : "FeedCallFailed";
      await expect(f.oracle.price()).to.be.revertedWithCustomError(f.oracle, expectedError);
      // the lens reports the type invalid instead of reverting
      const cols = await f.lens.collaterals();
      expect(cols[0].oracleValid).to.equal(false);
      expect(cols[0].price).to.equal(0n);
      expect(cols[1].oracleValid).to.equal(true);
      expect(await f.market.collateralPrice(f.WETH)).to.deep.equal([0n, false]);
      const [, , ok] = await f.lens.healthFactors([{ collateralId: f.WETH, owner: f.alice.address }]);
      expect(ok).to.deep.equal([false]);
      // a mixed batch skips the broken type and liquidates the other, within a bounded gas cost
      const orders = [
        { collateralId: f.WETH, owner: f.alice.address, maxRepay: ethers.MaxUint256 },
        { collateralId: f.WBTC, owner: f.bob.address, maxRepay: ethers.MaxUint256 },
      ];
      const tx = await f.market.connect(f.liquidator).liquidateBatch(orders, { gasLimit: 3_000_000 });
      await expect(tx).to.emit(f.market, "LiquidationSkipped").withArgs(f.WETH, f.alice.address, 4); // SkippedOracleInvalid
      await expect(tx).to.emit(f.market, "Liquidated");
      // (its gas bound is asserted by the @plain test below, outside coverage's instrumentation)
      // and single liquidation reverts with the Market's error, not the feed's
      await expect(f.market.connect(f.liquidator).liquidate(f.WETH, f.alice.address, ethers.MaxUint256))
        .to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(f.WETH);
    });
  }

  // Tagged @plain: instrumentation and the optimizer that solidity-coverage turns off change every gas
  // figure, so `hardhat coverage` leaves @plain tests out (.solcover.js); tests/run-all.sh runs them on the
  // plain build.
  it("@plain a broken feed costs a mixed batch at most its stipend, not 63/64 of the gas limit", async function () {
    for (const fault of FAULTS) {
      const f = await loadFixture(fixture);
      await breakFeed(f, fault);
      const orders = [
        { collateralId: f.WETH, owner: f.alice.address, maxRepay: ethers.MaxUint256 },
        { collateralId: f.WBTC, owner: f.bob.address, maxRepay: ethers.MaxUint256 },
      ];
      const tx = await f.market.connect(f.liquidator).liquidateBatch(orders, { gasLimit: 3_000_000 });
      const rc = await tx.wait();
      await expect(tx).to.emit(f.market, "LiquidationSkipped").withArgs(f.WETH, f.alice.address, 4);
      // a normal one-position batch plus the feed's 100k stipend stays far below 500k; 63/64 of 3M would not
      expect(rc.gasUsed, fault).to.be.lt(500_000n);
    }
  });

  it("the Market bounds any IPriceOracle: a gas-burning or code-less oracle reads as invalid", async function () {
    const f = await loadFixture(fixture);
    await f.market.connect(f.liquidator).liquidateBatch([{ collateralId: f.WBTC, owner: f.bob.address, maxRepay: ethers.MaxUint256 }]);
    await hre.network.provider.send("hardhat_setCode", [await f.oracle.getAddress(), "0x"]);
    expect(await f.market.collateralPrice(f.WETH)).to.deep.equal([0n, false]);
    expect((await f.market.healthFactor(f.WETH, f.alice.address)).valid).to.equal(false);
    expect((await f.lens.collaterals())[0].oracleValid).to.equal(false);
  });
});
