// Regression tests from the core audit: a price that cannot be used never becomes a division by zero, and
// liquidations too small to credit any debt neither take collateral for nothing nor block bad debt.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");

const M = 10n ** 6n;
const Status = { Liquidated: 0n, SkippedOracleInvalid: 4n, SkippedMaxRepayTooLow: 6n };

async function oracleFor(decimals, answer) {
  const feed = await (await ethers.getContractFactory("MockAggregator")).deploy(decimals, "TEST / USD", answer);
  const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 86_400);
  return { feed, oracle };
}

describe("Unusable prices and dust liquidations", function () {
  it("a positive answer below WAD precision (feeds with > 18 decimals) is invalid, not a zero price", async function () {
    const { oracle } = await oracleFor(24, 999_999n); // 0.999999e-18 per unit
    expect(await oracle.tryPrice()).to.deep.equal([0n, false]);
    await expect(oracle.price()).to.be.revertedWithCustomError(oracle, "PriceOutOfRange").withArgs(999_999n);
  });

  it("an answer too large to scale to WAD is invalid instead of reverting tryPrice", async function () {
    const { oracle } = await oracleFor(0, ethers.MaxInt256);
    expect(await oracle.tryPrice()).to.deep.equal([0n, false]);
    await expect(oracle.price()).to.be.revertedWithCustomError(oracle, "PriceOutOfRange");
  });

  it("price() still reverts with the feed's own reason", async function () {
    const { oracle, feed } = await oracleFor(8, 2000n * 10n ** 8n);
    await feed.setAnswer(-1n);
    await expect(oracle.price()).to.be.revertedWithCustomError(oracle, "NonPositivePrice").withArgs(-1n);
  });

  it("a batch skips a collateral whose price collapsed below WAD precision and liquidates the rest", async function () {
    const f = await loadFixture(deployCoreFixture);
    await f.market.connect(f.alice).open(1, ethers.parseUnits("10", 18), 16_000n * M, f.alice.address);
    await f.market.connect(f.bob).open(3, ethers.parseUnits("10", 6), 14_000n * M, f.bob.address);
    await f.aggregators.WETH.setAnswer(1500n * 10n ** 8n); // alice unhealthy
    const { feed, oracle } = await oracleFor(24, 2500n * 10n ** 24n);
    await f.market.setCollateralOracle(3, await oracle.getAddress());
    await feed.setAnswer(1n); // > 0, but no WAD value

    const orders = [
      { collateralId: 3, owner: f.bob.address, maxRepay: ethers.MaxUint256 },
      { collateralId: 1, owner: f.alice.address, maxRepay: ethers.MaxUint256 },
    ];
    const results = await f.market.connect(f.liquidator).liquidateBatch.staticCall(orders);
    expect(results.map((r) => r.status)).to.deep.equal([Status.SkippedOracleInvalid, Status.Liquidated]);
    await expect(f.market.connect(f.liquidator).liquidate(3, f.bob.address, ethers.MaxUint256))
      .to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(3);
  });

  it("a partial liquidation that would credit no scaled debt is refused and takes no collateral", async function () {
    const f = await loadFixture(deployCoreFixture);
    await f.market.connect(f.alice).open(1, ethers.parseUnits("10", 18), 16_000n * M, f.alice.address);
    await time.increase(365 * 24 * 3600); // index well above 1: one micro-USDC is less than one scaled unit
    await f.aggregators.WETH.setAnswer(1800n * 10n ** 8n); // HF ~0.956: a partial (close factor) liquidation
    const before = await f.market.position(1, f.alice.address);

    await expect(f.market.connect(f.liquidator).liquidate(1, f.alice.address, 1n))
      .to.be.revertedWithCustomError(f.market, "MaxRepayTooLow");
    const [result] = await f.market.connect(f.liquidator).liquidateBatch.staticCall([
      { collateralId: 1, owner: f.alice.address, maxRepay: 1n },
    ]);
    expect(result.status).to.equal(Status.SkippedMaxRepayTooLow);
    expect(result.seized).to.equal(0n);
    expect((await f.market.position(1, f.alice.address)).collateral).to.equal(before.collateral);
  });

  it("collateral worth less than one scaled unit can still be liquidated: the whole debt becomes the deficit", async function () {
    const f = await loadFixture(deployCoreFixture);
    await f.market.connect(f.alice).open(1, ethers.parseUnits("10", 18), 16_000n * M, f.alice.address);
    await time.increase(365 * 24 * 3600); // index > 1
    await f.aggregators.WETH.setAnswer(15n); // 10 WETH at 1.5e-7 USD = 1 micro-USDC of collateral value
    const debt = await f.market.debtOf(1, f.alice.address);

    await expect(f.market.connect(f.liquidator).liquidate(1, f.alice.address, ethers.MaxUint256))
      .to.emit(f.pool, "DeficitRecorded");
    const position = await f.market.position(1, f.alice.address);
    expect([position.collateral, position.scaledDebt]).to.deep.equal([0n, 0n]);
    const deficit = await f.pool.deficit(await f.pool.deficitCount());
    expect(deficit.original).to.be.gte(debt);
  });
});
