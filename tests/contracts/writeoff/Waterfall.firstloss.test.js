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

    expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Cover);
    await expect(f.waterfall.startAuction(d.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(d.id, Step.Cover);
    const rc = await (await f.waterfall.connect(f.keeper).cover(d.id)).wait();
    expect(eventOf(f.waterfall, rc, "Covered").covered).to.be.gte(USDC(300_000));
  });

  it("a settle reward never pushes a fund that can cover the deficit under the threshold", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const d = await makeDeficit(f, USDC(800)); // below minCover (1,000): "has money" means balance >= 800
    const rc = await (await f.waterfall.connect(f.keeper).startAuction(d.id)).wait(); // fund empty: auction
    const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
    await f.fund.connect(f.other).deposit(d.assets); // refilled mid-auction with exactly what the deficit needs
    await time.increase(7 * 3600); // past the deadline, nothing sold

    const settled = await (await f.waterfall.connect(f.keeper).settle(auctionId)).wait();

    expect(eventOf(f.waterfall, settled, "AuctionSettled").reward).to.equal(0n); // nothing above the threshold
    expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Cover);
    await expect(f.waterfall.socialize(d.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(d.id, Step.Cover);
    await f.waterfall.connect(f.keeper).cover(d.id);
    expect((await f.pool.deficit(d.id)).remaining).to.equal(0n);
  });
});
