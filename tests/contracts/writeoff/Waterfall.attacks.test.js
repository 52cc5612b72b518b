// Attack tests: exiting ahead of a loss, vault inflation, auction abuse (below floor, after deadline,
// zero fills), re-entrancy through a malicious debt-asset token, out-of-order steps, attacks on the
// aggregate (dust added to a live auction, a deficit recorded while an auction runs, covering while an
// auction is live), and reward farming (issue 10 findings 2 and 3).
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployPoolFixture, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("../fixtures");
const { deployWriteOff } = require("../../../deploy-scripts/writeoff");
const {
  USDC, Step, WAD, PRICE_SCALE, ceilDiv, curvePrice, deploySystemFixture, deployWriteOffFixture, makeDeficit, eventOf,
  setPrice, sameTimeEffect, auctioned, reward,
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
  const deficit = eventOf(f.pool, rc, "DeficitRecorded");
  expect(await f.pool.totalDebt()).to.equal(0n);
  return { f, id: deficit.deficitId, assets: deficit.assets, priceBefore };
}

async function runAuction(f) {
  const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
  return eventOf(f.waterfall, rc, "AuctionStarted");
}

/** A pool whose debt asset is the malicious ReentrantERC20, with the write-off wired in. */
async function reentrantFixture() {
  const [admin, market, , lp, alice, keeper, bidder, attacker] = await ethers.getSigners();
  const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Evil USD", "eUSD", 6);
  const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
    await token.getAddress(), "ksEvil", "ksEvil", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
  );
  await pool.setMarket(market.address);
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
      const { f, assets, priceBefore } = await poolWithDeficit();
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
      const started = await runAuction(f);
      await time.increase(7 * 3600);
      const st = await (await f.waterfall.settle()).wait();
      const settleReward = eventOf(f.waterfall, st, "AuctionSettled").reward;
      const so = await (await f.waterfall.socialize()).wait();
      const rewards = started.reward + settleReward + eventOf(f.waterfall, so, "Socialized").reward;
      const shares1 = await f.pool.balanceOf(f.lp1.address);
      const stayValue = await f.pool.convertToAssets(shares1);
      const stayPerShare = (stayValue * SHARE) / shares1;
      // lp1 also bore the keepers' rewards (paid after lp2 left): at most 3 rewards over lp1's shares.
      expect(exitPerShare - stayPerShare).to.be.gte(0n).and.lte((rewards * SHARE) / shares1 + 1n);
      // And both lost exactly their pro-rata part of the deficit.
      expect(priceBefore - exitPerShare).to.be.closeTo((assets * SHARE) / supply, 1n);
    });

    it("during an oracle outage exits are refused (ExitsPaused), so the loss the outage hides is borne by every LP alike", async function () {
      const f = await loadFixture(deploySystemFixture);
      await f.pool.connect(f.lp2).deposit(USDC(1_000_000), f.lp2.address);
      await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(15_000), f.alice.address);
      const shares2 = await f.pool.balanceOf(f.lp2.address);
      const parValue = await f.pool.previewRedeem(shares2);
      expect(await f.pool.exitsPausedBy()).to.equal(0n);
      // The crash is reported, then the feed goes silent past its staleness bound.
      await setPrice(f, "WETH", 1_000);
      await time.increase(Number(await (await ethers.getContractAt("ChainlinkOracle", (await f.market.collateral(f.ids.WETH)).oracle)).maxStaleness()) + 1);
      await expect(f.market.connect(f.liquidator).liquidate(f.ids.WETH, f.alice.address, ethers.MaxUint256))
        .to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(f.ids.WETH);
      // The deficit does not exist for the pool yet, so the exits that would have left it behind are refused:
      // max* say 0 (EIP-4626: they must not overstate), the previews still price an exit as if it were
      // accepted (EIP-4626: previews ignore limits), and withdraw/redeem revert with the collateral's id.
      const halfShares = shares2 / 2n;
      expect(await f.pool.exitsPausedBy()).to.equal(f.ids.WETH);
      expect(await f.pool.maxRedeem(f.lp2.address)).to.equal(0n);
      expect(await f.pool.maxWithdraw(f.lp2.address)).to.equal(0n);
      expect(await f.pool.previewRedeem(halfShares)).to.be.gte((parValue * halfShares) / shares2);
      await expect(f.pool.connect(f.lp2).redeem(halfShares, f.lp2.address, f.lp2.address))
        .to.be.revertedWithCustomError(f.pool, "ExitsPaused").withArgs(f.ids.WETH);
      await expect(f.pool.connect(f.lp2).withdraw(USDC(1), f.lp2.address, f.lp2.address))
        .to.be.revertedWithCustomError(f.pool, "ExitsPaused").withArgs(f.ids.WETH);
      // Entries, flash loans, repayments and the write-off do not wait for the oracle.
      await f.pool.connect(f.lp1).deposit(USDC(1), f.lp1.address);
      // The feed returns; the liquidation records the deficit and from that transaction on exits price it in.
      await setPrice(f, "WETH", 1_000); // WBTC is as stale, but carries no debt
      expect(await f.pool.exitsPausedBy()).to.equal(0n);
      const rc = await (await f.market.connect(f.liquidator).liquidate(f.ids.WETH, f.alice.address, ethers.MaxUint256)).wait();
      const deficit = eventOf(f.pool, rc, "DeficitRecorded").assets;
      expect(deficit).to.be.gt(0n);
      const exitAfter = await f.pool.previewRedeem(halfShares);
      const lossOfHalf = (parValue * halfShares) / shares2 - exitAfter;
      // What the refused exit would have saved (the old window): the half's pro-rata part of the deficit.
      expect(lossOfHalf).to.be.closeTo((deficit * halfShares) / (await f.pool.totalSupply()), USDC(1));
      expect(await f.pool.maxRedeem(f.lp2.address)).to.equal(shares2);
      const got = await f.pool.connect(f.lp2).redeem.staticCall(halfShares, f.lp2.address, f.lp2.address);
      expect(got).to.equal(exitAfter);
    });

    it("an invalid oracle pauses exits only for a type with debt; the first such type is named; a valid feed reopens them", async function () {
      const f = await loadFixture(deploySystemFixture);
      await f.pool.connect(f.lp2).deposit(USDC(1_000_000), f.lp2.address);
      const shares2 = await f.pool.balanceOf(f.lp2.address);
      // XAU6 has a 24 h staleness bound, WETH and WBTC 1 h. No debt yet: a dead feed hides no loss.
      await time.increase(2 * 3600);
      expect(await f.pool.exitsPausedBy()).to.equal(0n);
      expect(await f.pool.maxRedeem(f.lp2.address)).to.equal(shares2);
      await setPrice(f, "WETH", 2_000);
      await setPrice(f, "WBTC", 60_000);
      await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(5_000), f.alice.address);
      await f.market.connect(f.bob).open(f.ids.WBTC, 10n ** 8n, USDC(20_000), f.bob.address);
      await time.increase(2 * 3600);
      expect(await f.pool.exitsPausedBy()).to.equal(f.ids.WETH);
      await setPrice(f, "WETH", 2_000);
      expect(await f.pool.exitsPausedBy()).to.equal(f.ids.WBTC);
      expect(await f.pool.maxWithdraw(f.lp2.address)).to.equal(0n);
      await expect(f.pool.connect(f.lp2).redeem(1n, f.lp2.address, f.lp2.address))
        .to.be.revertedWithCustomError(f.pool, "ExitsPaused").withArgs(f.ids.WBTC);
      // bob repays everything: WBTC carries no debt any more, its dead feed no longer holds the LPs.
      await f.market.connect(f.bob).repay(f.ids.WBTC, f.bob.address, ethers.MaxUint256);
      expect((await f.market.collateral(f.ids.WBTC)).totalScaledDebt).to.equal(0n);
      expect(await f.pool.exitsPausedBy()).to.equal(0n);
      expect(await f.pool.maxRedeem(f.lp2.address)).to.equal(shares2);
      await f.pool.connect(f.lp2).redeem(shares2, f.lp2.address, f.lp2.address);
      expect(await f.pool.balanceOf(f.lp2.address)).to.equal(0n);
    });

    it("a later recovery accrues to whoever holds shares then, not to the LP who left", async function () {
      const { f } = await poolWithDeficit();
      const shares2 = await f.pool.balanceOf(f.lp2.address);
      const got = await f.pool.connect(f.lp2).redeem.staticCall(shares2, f.lp2.address, f.lp2.address);
      await f.pool.connect(f.lp2).redeem(shares2, f.lp2.address, f.lp2.address);
      const { auctionId } = await runAuction(f);
      const a = await f.auction.auction(auctionId);
      const shares1 = await f.pool.balanceOf(f.lp1.address);
      const fx = await sameTimeEffect(f.pool, () =>
        f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, a.top, f.bidder.address), a.startedAt + 5n);
      const paid = eventOf(f.waterfall, fx.rc, "AuctionTaken").paid;
      expect(fx.after).to.equal(fx.before); // locked: no step in the price a round trip could catch
      expect(fx.lockedAfter - fx.lockedBefore).to.equal(paid);
      await time.increase(18 * 3600);
      expect(await f.pool.lockedRecovery()).to.equal(0n);
      // all of it (and the fund's float swept at the start) to the remaining holders (lp1)
      expect((await f.pool.totalAssets()) - fx.before).to.equal(fx.lockedAfter);
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
      expect(await w.waterfall.nextStep()).to.equal(Step.StartAuction);
    });
  });

  describe("auction abuse", function () {
    it("no take below the floor, at/after the deadline, for zero tokens, or at a price above the bid", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a } = await auctioned(f);
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
      await f.waterfall.settle();
      await expect(wf.take(auctionId, WAD, a.top, f.bidder.address)).to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive");
    });

    it("the smallest possible fill still pays at least one unit, rounded up", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a, target } = await auctioned(f);
      const p = curvePrice(a.curve, a.top, 1n);
      await time.setNextBlockTimestamp(a.startedAt + 1n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 1n, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(1n, auctionId, f.bidder.address, 1n, 1n, target - 1n);
      expect(ceilDiv(p, PRICE_SCALE)).to.equal(1n);
    });
  });

  describe("re-entrancy through a malicious debt-asset token", function () {
    it("take re-entered from the bidder's payment transfer is refused", async function () {
      const f = await reentrantFixture();
      await makeDeficit(f, USDC(20_000));
      const rc = await (await f.waterfall.startAuction()).wait();
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
      await f.token.arm(wfAddr, f.waterfall.interface.encodeFunctionData("socialize"));
      await expect(f.waterfall.cover()).to.be.revertedWithCustomError(f.waterfall, "ReentrancyGuardReentrantCall");
      // The first transfer in cover is the pool's reward payment: its own guard refuses a re-entered payReward.
      await f.token.arm(await f.pool.getAddress(), f.pool.interface.encodeFunctionData("skimReserves"));
      await expect(f.waterfall.cover()).to.be.revertedWithCustomError(f.pool, "ReentrancyGuardReentrantCall");
      await expect(f.fund.connect(f.attacker).pay(f.attacker.address, 1n)).to.be.revertedWithCustomError(f.fund, "NotWaterfall");
      await f.token.arm(ethers.ZeroAddress, "0x");
      const rc = await (await f.waterfall.cover()).wait();
      const rw = eventOf(f.waterfall, rc, "Covered").reward;
      expect(await f.pool.uncoveredDeficit()).to.equal(d.assets + rw - USDC(5_000));
    });

    it("cover re-entered from a keeper-reward payout in socialize is refused", async function () {
      const f = await reentrantFixture();
      await makeDeficit(f, USDC(20_000));
      await f.waterfall.startAuction();
      await time.increase(7 * 3600);
      await f.waterfall.settle();
      await f.token.arm(await f.waterfall.getAddress(), f.waterfall.interface.encodeFunctionData("cover"));
      await expect(f.waterfall.connect(f.keeper).socialize())
        .to.be.revertedWithCustomError(f.waterfall, "ReentrancyGuardReentrantCall");
      await f.token.arm(ethers.ZeroAddress, "0x");
      await f.waterfall.connect(f.keeper).socialize();
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
      await makeDeficit(f, USDC(20_000));
      const wf = f.waterfall;
      await wf.setMinCover(await wf.MAX_MIN_COVER_UNITS() * 10n ** 6n);
      await wf.setIncentives(0n, 0n, 0n, 0n);
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.StartAuction);
      await f.fund.connect(f.other).deposit(USDC(1));
      await f.waterfall.setMinCover(1n);
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.Cover);
      await f.auction.setDuration(3600n);
      await wf.cover();
      const rc = await (await wf.startAuction()).wait();
      expect(eventOf(wf, rc, "AuctionStarted").reward).to.equal(0n); // incentives off: steps still run
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.Take);
    });
  });

  describe("attacks on the aggregate (issue 12)", function () {
    it("a dust deficit added to a live auction neither restarts nor delays it: same price, floor, deadline; it is sold with the rest", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a, target } = await auctioned(f);
      await time.increase(600);
      const price = await f.auction.price(auctionId);
      const dust = await makeDeficit(f, 2n);
      expect(await f.auction.price(auctionId)).to.equal(price);
      const b = await f.auction.auction(auctionId);
      expect([b.top, b.floor, b.deadline, b.startedAt, b.mintCap]).to.deep.equal([a.top, a.floor, a.deadline, a.startedAt, a.mintCap]);
      expect(await f.waterfall.liveAuctionId()).to.equal(auctionId); // no new auction, no restart
      const st = await f.waterfall.waterfallState();
      expect(st.auction.debtLeft).to.equal(target + dust.assets);
      expect(st.next).to.equal(Step.Take);
      await expect(f.waterfall.startAuction()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Take);
      // The live auction sells the dust too: a full fill closes everything, in one round.
      await f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, price, f.bidder.address);
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      expect((await f.waterfall.round(1)).lastDeficitId).to.equal(2n);
      // And it earned nobody a reward: dust moves nothing worth a tip.
      expect(await f.waterfall.incentive(dust.assets)).to.equal(0n);
    });

    it("a deficit recorded while an auction runs can be bought down by it (bounded by the mint cap); what is left of it gets a fresh auction (N-03)", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.auction.setMintCap(25_000n * WAD);
      const { auctionId, target } = await auctioned(f);
      const late = await makeDeficit(f, USDC(15_000));
      const p = await f.auction.price(auctionId);
      const rc = await (await f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, p, f.bidder.address)).wait();
      const ev = eventOf(f.waterfall, rc, "AuctionTaken");
      expect(ev.tokens).to.equal(25_000n * WAD); // the mint cap, not the debt, bounded it
      expect(ev.paid + ev.remaining).to.equal(target + late.assets);
      // takes paid the auction's own debt first (all of it here): nothing of its own is left to socialize, and the
      // later deficit's rest waits for a fresh auction instead of being written off without one (issue 18 N-03)
      expect(ev.paid).to.be.gt(target);
      expect(eventOf(f.waterfall, rc, "AuctionSettled").remaining).to.equal(0n);
      expect(await f.waterfall.settledDebt()).to.equal(0n);
      expect(await f.auction.auctionCount()).to.equal(1n);
      expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction);
    });

    it("covering while an auction is live lowers what it sells; a cover that repays everything ends it", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, target } = await auctioned(f);
      await f.fund.connect(f.other).deposit(USDC(2_000));
      expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
      const rw = await reward(f, USDC(2_000));
      await f.waterfall.connect(f.keeper).cover();
      expect((await f.waterfall.waterfallState()).auction.debtLeft).to.equal(target + rw - USDC(2_000));
      expect(await f.waterfall.liveAuctionId()).to.equal(auctionId); // keeps selling
      await f.fund.connect(f.other).deposit(USDC(30_000));
      await expect(f.waterfall.connect(f.keeper).cover())
        .to.emit(f.waterfall, "AuctionSettled").withArgs(1n, auctionId, f.keeper.address, 0n, 0n, 0n)
        .and.to.emit(f.auction, "AuctionClosed").withArgs(auctionId, 0n, 0n)
        .and.to.emit(f.waterfall, "RoundClosed");
      expect(await f.waterfall.liveAuctionId()).to.equal(0n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, 10n ** 30n, f.bidder.address))
        .to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive");
    });
  });

  describe("rewards cannot be farmed or starve the fund's cover (issue 10 findings 2, 3)", function () {
    it("finding 2: fund 900, deficits 95,000 and 850 — every unit of the fund reaches the debt; no reward spends it", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(900));
      await makeDeficit(f, USDC(95_000));
      await makeDeficit(f, USDC(850));
      // Old code: startAuction(A) paid 100 from the fund, cover(B) became impossible, B was socialized and
      // the fund kept 783.30. Now the aggregate (95,850) is judged at once and the start sweeps the fund.
      const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
      const covered = eventOf(f.waterfall, rc, "Covered").covered;
      expect(covered).to.be.closeTo(USDC(900), 10n); // + the reserves skimmed in
      expect(await f.fund.balance()).to.equal(0n);
      expect(await f.fund.totalOutflows()).to.equal(covered); // all of it to the pool, none as a reward
      const ev = eventOf(f.waterfall, rc, "AuctionStarted");
      // 5 + 0.1% x 94,950: paid by the pool, added to what the auction raises.
      expect(ev.reward).to.equal(await f.waterfall.incentive(ev.target - ev.reward));
      expect(ev.reward).to.be.closeTo(USDC(99.95), 10n);
    });

    it("finding 3: a 2-wei deficit pays no tip; ten small deficits cost rewards of at most 5% per step", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await makeDeficit(f, 2n);
      await f.fund.connect(f.other).deposit(10n);
      const rc = await (await f.waterfall.connect(f.keeper).cover()).wait();
      expect(eventOf(f.waterfall, rc, "Covered").reward).to.equal(0n);
      // Ten deficits of ~4.61 (46.10 of bad debt): one aggregate, each step's reward <= 5% of what it moves.
      for (let i = 0; i < 10; i++) await makeDeficit(f, 4_610_000n);
      const U = await f.pool.uncoveredDeficit();
      const r1 = eventOf(f.waterfall, await (await f.waterfall.connect(f.keeper).startAuction()).wait(), "AuctionStarted");
      expect(r1.reward).to.equal(U / 20n);
      await time.increase(7 * 3600);
      const r2 = eventOf(f.waterfall, await (await f.waterfall.connect(f.keeper).settle()).wait(), "AuctionSettled");
      const r3 = eventOf(f.waterfall, await (await f.waterfall.connect(f.keeper).socialize()).wait(), "Socialized");
      const rewards = r1.reward + r2.reward + r3.reward;
      expect(rewards).to.be.lte((U * 16n) / 100n); // 3 steps x 5% (compounded on the reward), not 50.05 of tips
      expect(await f.fund.totalOutflows()).to.be.lte(10n); // the fund paid only the dust cover
    });
  });
});
