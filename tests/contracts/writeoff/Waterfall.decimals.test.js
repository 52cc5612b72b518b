// The write-off with debt assets of 6, 8 and 18 decimals: unit-scaled bounds and rewards, auction
// prices in "debt-asset base units per whole token" and rounding against the taker in every case.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("../fixtures");
const { deployWriteOff } = require("../../../deploy-scripts/writeoff");
const { Step, WAD, PRICE_SCALE, ceilDiv, curvePrice, eventOf, sameTimeEffect } = require("./helpers");

for (const decimals of [6, 8, 18]) {
  describe(`Write-off with a ${decimals}-decimal debt asset`, function () {
    it("covers, auctions and socializes with amounts in the asset's own units", async function () {
      const [admin, market, lp, borrower, keeper, bidder] = await ethers.getSigners();
      const unit = 10n ** BigInt(decimals);
      const asset = await (await ethers.getContractFactory("MockERC20")).deploy("Debt", "DEBT", decimals);
      const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
        await asset.getAddress(), "LP", "LP", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
      );
      await pool.setMarket(market.address);
      const w = await deployWriteOff(ethers, { pool, deployer: admin });
      expect(await w.waterfall.unit()).to.equal(unit);
      expect(await w.waterfall.tip()).to.equal(5n * unit);
      expect((await w.auction.config()).referencePrice).to.equal(unit * WAD); // 1.00 per token
      for (const s of [lp, keeper, bidder]) {
        await asset.mint(s.address, 10_000_000n * unit);
        for (const c of [pool, w.waterfall, w.fund]) await asset.connect(s).approve(await c.getAddress(), ethers.MaxUint256);
      }
      await pool.connect(lp).deposit(1_000_000n * unit, lp.address);

      // Two deficits of 10,000 (+ rounding): the fund (3,000) covers part of the first.
      const ids = [];
      for (let i = 0; i < 2; i++) {
        const scaled = await pool.connect(market).borrow.staticCall(borrower.address, 10_000n * unit);
        await pool.connect(market).borrow(borrower.address, 10_000n * unit);
        const rc = await (await pool.connect(market).recordDeficit(scaled, 1, borrower.address)).wait();
        ids.push(eventOf(pool, rc, "DeficitRecorded").deficitId);
      }
      await w.fund.connect(keeper).deposit(3_000n * unit);
      const U = await pool.uncoveredDeficit();
      let rc = await (await w.waterfall.connect(keeper).cover()).wait();
      const cov = eventOf(w.waterfall, rc, "Covered");
      expect(cov.reward).to.be.closeTo(5n * unit + (3_000n * unit) / 1000n, unit / 1000n); // tip + chip, in the asset units (+ skimmed reserves)
      expect(cov.covered).to.be.closeTo(3_000n * unit, unit / 1000n + 1n);
      expect(await pool.uncoveredDeficit()).to.equal(U + cov.reward - cov.covered);

      // One auction for the aggregate: a bidder takes 1,000 tokens one minute in, paying price rounded up.
      rc = await (await w.waterfall.connect(keeper).startAuction()).wait();
      const auctionId = eventOf(w.waterfall, rc, "AuctionStarted").auctionId;
      const a = await w.auction.auction(auctionId);
      await time.setNextBlockTimestamp(a.startedAt + 60n);
      const p = curvePrice(a.curve, a.top, 60n);
      const before = await pool.uncoveredDeficit();
      rc = await (await w.waterfall.connect(bidder).take(auctionId, 1_000n * WAD + 1n, p, bidder.address)).wait();
      const paid = eventOf(w.waterfall, rc, "AuctionTaken").paid;
      expect(paid).to.equal(ceilDiv((1_000n * WAD + 1n) * p, PRICE_SCALE));
      expect(paid).to.be.closeTo(1_188n * unit, unit); // 1,000 tokens x 1.188
      expect(await pool.uncoveredDeficit()).to.equal(before - paid);

      // Stale -> settle -> socialize; measured at one timestamp, only the socialize reward moves the price.
      await time.increase(7 * 3600);
      await w.waterfall.connect(keeper).settle();
      await expect(w.waterfall.cover()).to.be.revertedWithCustomError(w.waterfall, "StepDue").withArgs(Step.Socialize);
      const fx = await sameTimeEffect(pool, () => w.waterfall.connect(keeper).socialize());
      const rw = eventOf(w.waterfall, fx.rc, "Socialized").reward;
      expect(fx.before - fx.after).to.be.closeTo(rw, 1n);
      expect(await pool.uncoveredDeficit()).to.equal(0n);
      expect(ids.length).to.equal(2);
    });
  });
}
