// Regression tests from the write-off audit: the insurance fund stays first loss whatever governance sets
// within bounds and whatever rewards keepers collect on the way.
const { expect } = require("chai");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { USDC, Step, deployWriteOffFixture, makeDeficit, eventOf } = require("./helpers");

describe("Waterfall: the insurance fund stays first loss", function () {
  it("minCover is bounded to the keeper-reward scale, so a well-funded fund is never skipped", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const maxUnits = await f.waterfall.MAX_MIN_COVER_UNITS();
    expect(maxUnits).to.equal(await f.waterfall.MAX_REWARD_CAP_UNITS());
    await expect(f.waterfall.setMinCover(USDC(Number(maxUnits)) + 1n))
      .to.be.revertedWithCustomError(f.waterfall, "ParameterOutOfBounds");

    await f.waterfall.setMinCover(USDC(Number(maxUnits))); // the largest float governance may keep
    await f.fund.connect(f.other).deposit(USDC(300_000));
    const d = await makeDeficit(f, USDC(600_000));

    expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
    await expect(f.waterfall.startAuction()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Cover);
    const rc = await (await f.waterfall.connect(f.keeper).cover()).wait();
    expect(eventOf(f.waterfall, rc, "Covered").covered).to.be.gte(USDC(300_000));
  });

  it("a fund refilled during a stale auction covers first (the view and the rule agree), before any settle", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const d = await makeDeficit(f, USDC(800)); // below minCover (1,000): "has money" means balance >= the debt
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait(); // fund empty: auction
    const { auctionId, target } = eventOf(f.waterfall, rc, "AuctionStarted");
    await f.fund.connect(f.other).deposit(target + 50_000_000n); // refilled mid-auction (with room for the cover reward)
    await time.increase(7 * 3600); // past the deadline, nothing sold

    expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
    await expect(f.waterfall.settle()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Cover);
    await expect(f.waterfall.socialize()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Cover);
    await expect(f.waterfall.connect(f.keeper).cover()).to.emit(f.auction, "AuctionClosed").withArgs(auctionId, 0n, 0n);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    expect((await f.waterfall.deficitOutcome(d.id)).covered).to.equal(d.assets);
  });
});
