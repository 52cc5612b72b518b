// Attack tests: exiting ahead of a loss, vault inflation, auction abuse (below floor, after deadline,
// zero fills), re-entrancy through a malicious debt-asset token, out-of-order steps.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployPoolFixture, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("../fixtures");
const { deployWriteOff } = require("../../../deploy-scripts/writeoff");
const {
  USDC, Step, WAD, PRICE_SCALE, ceilDiv, curvePrice, deploySystemFixture, deployWriteOffFixture, makeDeficit, eventOf,
  remaining, setPrice, sameTimeEffect,
} = require("./helpers");

const ETH = (n) => BigInt(n) * 10n ** 18n;
const SHARE = 10n ** 12n; // one whole LP share (6 + 6 decimals)

/** lp2 joins with 1,000,000; alice's WETH position goes bad and is liquidated (only borrower: no interest after). */
async function poolWithDeficit() {
  const f = await loadFixture(deploySystemFixture);
  await f.pool.connect(f.lp2).deposit(USDC(1_000_000), f.lp2.address);
  await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(15_000), f.alice.address);
  await setPrice(f, "WETH", 1_000);
  const priceBefore = await f.pool.convertToAssets(SHARE);
  const rc = await (await f.market.connect(f.liquidator).liquidate(f.ids.WETH, f.alice.address, ethers.MaxUint256)).wait();
  const liq = eventOf(f.market, rc, "Liquidated");
  expect(await f.pool.totalDebt()).to.equal(0n);
  return { f, id: liq.deficitId, assets: liq.deficitAssets, priceBefore };
}

async function runAuctionToStale(f, id) {
  const rc = await (await f.waterfall.connect(f.keeper).startAuction(id)).wait();
  const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
  return auctionId;
}

/** A pool whose debt asset is the malicious ReentrantERC20, with the write-off wired in. */
async function reentrantFixture() {
  const [admin, market, , lp, alice, keeper, bidder, attacker] = await ethers.getSigners();
  const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Evil USD", "eUSD", 6);
  const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
    await token.getAddress(), "ksEvil", "ksEvil", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
  );
  await pool.grantRole(await pool.MARKET_ROLE(), market.address);
  const w = await deployWriteOff(ethers, { pool, deployer: admin });
  for (const s of [lp, market, keeper, bidder, attacker]) {
    await token.mint(s.address, USDC(10_000_000));
    for (const spender of [pool, w.waterfall, w.fund]) await token.connect(s).approve(await spender.getAddress(), ethers.MaxUint256);
  }
  await pool.connect(lp).deposit(USDC(1_000_000), lp.address);
  const f = { ...w, recovery: w.token, usdc: token, token, pool, market, alice, keeper, bidder, attacker };
  return f;
}

describe("Write-off attacks", function () {
  describe("no escape by exiting first", function () {
    it("an LP who withdraws before socialization takes the same haircut as one who stays", async function () {
      const { f, id, assets, priceBefore } = await poolWithDeficit();
      // Right after the liquidation every ERC-4626 view already excludes the deficit.
      const shares2 = await f.pool.balanceOf(f.lp2.address);
      const exitValue = await f.pool.previewRedeem(shares2);
      expect(exitValue).to.equal(await f.pool.convertToAssets(shares2));
      expect(await f.pool.maxWithdraw(f.lp2.address)).to.equal(exitValue);
      const supply = await f.pool.totalSupply();
      expect(await f.pool.totalAssets()).to.be.closeTo(USDC(3_000_000) - assets, 2n); // repay rounding
      expect(exitValue).to.be.lt(USDC(1_000_000));
      // lp2 runs for the door.
      await f.pool.connect(f.lp2).redeem(shares2, f.lp2.address, f.lp2.address);
      const exitPerShare = (exitValue * SHARE) / shares2;
      // The waterfall runs to the end with no recovery (nothing sold), lp1 stays.
      const auctionId = await runAuctionToStale(f, id);
      await time.increase(7 * 3600);
      await f.waterfall.settle(auctionId);
      await f.waterfall.socialize(id);
      const shares1 = await f.pool.balanceOf(f.lp1.address);
      const stayValue = await f.pool.convertToAssets(shares1);
      const stayPerShare = (stayValue * SHARE) / shares1;
      expect(stayPerShare).to.be.closeTo(exitPerShare, 1n);
      // And both lost exactly their pro-rata part of the deficit.
      expect(priceBefore - exitPerShare).to.be.closeTo((assets * SHARE) / supply, 1n);
    });

    it("a later recovery accrues to whoever holds shares then, not to the LP who left", async function () {
      const { f, id } = await poolWithDeficit();
      const shares2 = await f.pool.balanceOf(f.lp2.address);
      const got = await f.pool.connect(f.lp2).redeem.staticCall(shares2, f.lp2.address, f.lp2.address);
      await f.pool.connect(f.lp2).redeem(shares2, f.lp2.address, f.lp2.address);
      const auctionId = await runAuctionToStale(f, id);
      const a = await f.auction.auction(auctionId);
      const shares1 = await f.pool.balanceOf(f.lp1.address);
      const fx = await sameTimeEffect(f.pool, () =>
        f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, a.top, f.bidder.address), a.startedAt + 5n);
      const paid = eventOf(f.waterfall, fx.rc, "AuctionTaken").paid;
      expect(fx.after).to.equal(fx.before); // locked: no step in the price a round trip could catch
      expect(await f.pool.lockedRecovery()).to.equal(paid);
      await time.increase(await f.pool.RECOVERY_UNLOCK_PERIOD());
      expect(await f.pool.lockedRecovery()).to.equal(0n);
      expect((await f.pool.totalAssets()) - fx.before).to.equal(paid); // all of it to the remaining holders (lp1)
      expect(await f.pool.balanceOf(f.lp1.address)).to.equal(shares1);
      expect(await f.usdc.balanceOf(f.lp2.address)).to.be.gte(got); // lp2's exit was final
    });
  });

  describe("LP vault inflation", function () {
    it("first-depositor donation does not steal from the next depositor, and a donation is not a cover", async function () {
      const f = await loadFixture(deployPoolFixture);
      const w = await deployWriteOff(ethers, { pool: f.pool, deployer: f.admin });
      const attacker = f.alice;
      const victim = f.lp2;
      await f.pool.connect(attacker).deposit(1n, attacker.address);
      await f.usdc.connect(attacker).transfer(await f.pool.getAddress(), USDC(100_000));
      await f.pool.connect(victim).deposit(USDC(10_000), victim.address);
      expect(await f.pool.maxWithdraw(victim.address)).to.be.gte(USDC(10_000) - 1n);
      const attackerShares = await f.pool.balanceOf(attacker.address);
      expect(await f.pool.previewRedeem(attackerShares)).to.be.lte(1n);
      // With a deficit open, a donation to the pool neither moves the price nor repays the deficit.
      const d = await makeDeficit({ ...f }, USDC(1_000));
      const price = await f.pool.convertToAssets(SHARE);
      await f.usdc.connect(attacker).transfer(await f.pool.getAddress(), USDC(5_000));
      expect(await f.pool.convertToAssets(SHARE)).to.equal(price);
      expect(await f.pool.uncoveredDeficit()).to.equal(d.assets);
      expect(await w.waterfall.nextStep(d.id)).to.equal(Step.StartAuction);
    });
  });

  describe("auction abuse", function () {
    it("no take below the floor, at/after the deadline, for zero tokens, or at a price above the bid", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const d = await makeDeficit(f, USDC(20_000));
      const rc = await (await f.waterfall.startAuction(d.id)).wait();
      const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
      const a = await f.auction.auction(auctionId);
      const wf = f.waterfall.connect(f.bidder);
      await expect(wf.take(auctionId, 0n, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.auction, "ZeroFill");
      await expect(wf.take(auctionId, WAD, 0n, f.bidder.address)).to.be.revertedWithCustomError(f.auction, "PriceAboveMax");
      await expect(wf.take(999n, WAD, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive");
      // A bidder waiting for the price to collapse (Black Thursday) gets nothing below the floor.
      for (const dt of [88n * 60n, 3n * 3600n, 6n * 3600n - 1n]) {
        await time.setNextBlockTimestamp(a.startedAt + dt);
        await expect(wf.take(auctionId, WAD, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.auction, "PriceBelowFloor");
      }
      await time.setNextBlockTimestamp(a.deadline + 1n);
      await expect(wf.take(auctionId, WAD, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.auction, "AuctionPastDeadline");
      expect(await f.token.totalSupply()).to.equal(0n);
      await f.waterfall.settle(auctionId);
      await expect(wf.take(auctionId, WAD, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive");
    });

    it("the smallest possible fill still pays at least one unit, rounded up", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const d = await makeDeficit(f, USDC(20_000));
      const rc = await (await f.waterfall.startAuction(d.id)).wait();
      const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
      const a = await f.auction.auction(auctionId);
      const p = curvePrice(a.curve, a.top, 1n);
      await time.setNextBlockTimestamp(a.startedAt + 1n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 1n, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(d.id, auctionId, f.bidder.address, 1n, 1n, d.assets - 1n);
      expect(ceilDiv(p, PRICE_SCALE)).to.equal(1n);
    });
  });

  describe("re-entrancy through a malicious debt-asset token", function () {
    it("take re-entered from the bidder's payment transfer is refused", async function () {
      const f = await reentrantFixture();
      const d = await makeDeficit(f, USDC(20_000));
      const rc = await (await f.waterfall.startAuction(d.id)).wait();
      const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
      const a = await f.auction.auction(auctionId);
      const reenter = f.waterfall.interface.encodeFunctionData("take", [auctionId, WAD, a.top, f.attacker.address]);
      await f.token.arm(await f.waterfall.getAddress(), reenter);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 1_000n * WAD, a.top, f.bidder.address))
        .to.be.revertedWithCustomError(f.waterfall, "ReentrancyGuardReentrantCall");
      await f.token.arm(ethers.ZeroAddress, "0x");
      await f.waterfall.connect(f.bidder).take(auctionId, 1_000n * WAD, a.top, f.bidder.address); // honest path works
      expect(await f.recovery.balanceOf(f.attacker.address)).to.equal(0n);
    });

    it("socialize re-entered from cover's fund payout is refused; a payout cannot be re-entered", async function () {
      const f = await reentrantFixture();
      const d = await makeDeficit(f, USDC(20_000));
      await f.fund.connect(f.keeper).deposit(USDC(5_000));
      const wfAddr = await f.waterfall.getAddress();
      await f.token.arm(wfAddr, f.waterfall.interface.encodeFunctionData("socialize", [d.id]));
      await expect(f.waterfall.cover(d.id)).to.be.revertedWithCustomError(f.waterfall, "ReentrancyGuardReentrantCall");
      await f.token.arm(await f.fund.getAddress(), f.fund.interface.encodeFunctionData("pay", [f.attacker.address, USDC(5_000)]));
      // Mid-payout the fund's own guard refuses first; outside a payout its payer check does.
      await expect(f.waterfall.cover(d.id)).to.be.revertedWithCustomError(f.fund, "ReentrancyGuardReentrantCall");
      await expect(f.fund.connect(f.attacker).pay(f.attacker.address, 1n)).to.be.revertedWithCustomError(f.fund, "NotWaterfall");
      await f.token.arm(ethers.ZeroAddress, "0x");
      await f.waterfall.cover(d.id);
      expect(await remaining(f, d.id)).to.equal(d.assets - USDC(5_000));
    });

    it("cover re-entered from a keeper-reward payout in socialize is refused", async function () {
      const f = await reentrantFixture();
      const d = await makeDeficit(f, USDC(20_000));
      await f.fund.connect(f.keeper).deposit(USDC(500)); // below minCover: a reward float only
      const rc = await (await f.waterfall.startAuction(d.id)).wait();
      const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
      await time.increase(7 * 3600);
      await f.waterfall.settle(auctionId);
      await f.token.arm(await f.waterfall.getAddress(), f.waterfall.interface.encodeFunctionData("cover", [d.id]));
      await expect(f.waterfall.connect(f.keeper).socialize(d.id))
        .to.be.revertedWithCustomError(f.waterfall, "ReentrancyGuardReentrantCall");
      await f.token.arm(ethers.ZeroAddress, "0x");
      await f.waterfall.connect(f.keeper).socialize(d.id);
    });

    it("the fund's deposit cannot be re-entered", async function () {
      const f = await reentrantFixture();
      await f.token.arm(await f.fund.getAddress(), f.fund.interface.encodeFunctionData("sync"));
      await expect(f.fund.connect(f.keeper).deposit(USDC(1)))
        .to.be.revertedWithCustomError(f.fund, "ReentrancyGuardReentrantCall");
    });
  });

  describe("governance cannot reorder the steps", function () {
    it("no parameter lets socialization skip the fund or the auction", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const d = await makeDeficit(f, USDC(20_000));
      const wf = f.waterfall;
      await wf.setMinCover(await wf.MAX_MIN_COVER_UNITS() * 10n ** 6n);
      await wf.setIncentives(0n, 0n, 0n);
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.StartAuction);
      await f.fund.connect(f.other).deposit(USDC(1));
      await f.waterfall.setMinCover(1n);
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Cover);
      await f.auction.setDuration(3600n);
      await wf.cover(d.id);
      const rc = await (await wf.startAuction(d.id)).wait();
      expect(eventOf(wf, rc, "AuctionStarted").reward).to.equal(0n); // incentives off: steps still run
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Take);
    });
  });
});
