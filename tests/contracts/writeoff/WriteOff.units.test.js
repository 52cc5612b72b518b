// Unit tests of the write-off contracts' own guards, driven directly (a signer stands in for the
// Waterfall where a guard is unreachable through it), plus the rarer Waterfall branches: covering
// settled debt, steps with zero rewards, a socialization the fund's float settles alone, many rounds.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployPoolFixture, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("../fixtures");
const { deployWriteOff, defaultWriteOffParams } = require("../../../deploy-scripts/writeoff");
const { USDC, Step, WAD, CURVE, deployWriteOffFixture, makeDeficit, eventOf, auctioned } = require("./helpers");

/** A DebtAuction and an InsuranceFund whose "waterfall" is a plain signer, so their guards can be hit directly. */
async function directFixture() {
  const f = await loadFixture(deployPoolFixture);
  const [admin, driver, other] = [f.admin, f.other, f.alice];
  const p = defaultWriteOffParams(6);
  const token = await (await ethers.getContractFactory("RecoveryToken")).deploy("R", "R");
  const auction = await (await ethers.getContractFactory("DebtAuction")).deploy(
    await token.getAddress(), admin.address, p.minReferencePrice, p.maxReferencePrice, p.auction,
  );
  await token.setMinter(await auction.getAddress());
  await auction.setWaterfall(driver.address);
  const fund = await (await ethers.getContractFactory("InsuranceFund")).deploy(await f.usdc.getAddress(), admin.address);
  await fund.setWaterfall(driver.address);
  return { ...f, token, auction, fund, driver, other, p };
}

describe("Write-off units", function () {
  describe("DebtAuction guards", function () {
    it("constructor and setWaterfall refuse zero addresses; setters are governance-only", async function () {
      const f = await directFixture();
      const D = await ethers.getContractFactory("DebtAuction");
      const cfg = f.p.auction;
      const z = ethers.ZeroAddress;
      await expect(D.deploy(z, f.admin.address, 1n, 10n ** 30n, cfg)).to.be.revertedWithCustomError(D, "ZeroAddress");
      await expect(D.deploy(f.token.target, z, 1n, 10n ** 30n, cfg)).to.be.revertedWithCustomError(D, "ZeroAddress");
      await expect(D.deploy(f.token.target, f.admin.address, 10n ** 25n, 10n ** 24n, cfg)).to.be.revertedWithCustomError(D, "ParameterOutOfBounds");
      const fresh = await D.deploy(f.token.target, f.admin.address, f.p.minReferencePrice, f.p.maxReferencePrice, cfg);
      await expect(fresh.connect(f.other).setWaterfall(f.other.address)).to.be.revertedWithCustomError(fresh, "AccessControlUnauthorizedAccount");
      await expect(fresh.setWaterfall(z)).to.be.revertedWithCustomError(fresh, "ZeroAddress");
      const a = f.auction.connect(f.other);
      for (const call of [
        () => a.setReferencePrice(cfg.referencePrice), () => a.setFloorRatio(WAD / 2n), () => a.setDuration(3600n),
        () => a.setMintCap(WAD), () => a.setCurve(cfg.curve),
      ]) await expect(call()).to.be.revertedWithCustomError(f.auction, "AccessControlUnauthorizedAccount");
    });

    it("take/close refuse ended, exhausted and unknown auctions and zero fills", async function () {
      const f = await directFixture();
      const a = f.auction.connect(f.driver);
      await a.kick(USDC(1_000));
      const st = await f.auction.auction(1);
      expect(st.target).to.equal(USDC(1_000));
      await expect(a.take(2, WAD, st.top, USDC(1_000), f.driver.address)).to.be.revertedWithCustomError(f.auction, "UnknownAuction").withArgs(2n);
      await expect(a.take(0, WAD, st.top, USDC(1_000), f.driver.address)).to.be.revertedWithCustomError(f.auction, "UnknownAuction").withArgs(0n);
      // debtLeft 0: paid is capped to 0 -> zero fill
      await expect(a.take(1, WAD, st.top, 0n, f.driver.address)).to.be.revertedWithCustomError(f.auction, "ZeroFill");
      await f.auction.setMintCap(WAD);
      await a.kick(USDC(1_000)); // auction 2 with a 1-token lot
      const s2 = await f.auction.auction(2);
      await a.take(2, 10n * WAD, s2.top, USDC(1_000), f.driver.address);
      await expect(a.take(2, WAD, s2.top, USDC(1_000), f.driver.address)).to.be.revertedWithCustomError(f.auction, "LotExhausted");
      expect(await f.auction.canSell(2, USDC(1_000))).to.equal(false);
      await expect(a.close(2)).to.emit(f.auction, "AuctionClosed").withArgs(2n, (v) => v > 0n, WAD);
      await expect(a.close(2)).to.be.revertedWithCustomError(f.auction, "AuctionEnded");
      await expect(a.take(2, WAD, s2.top, USDC(1_000), f.driver.address)).to.be.revertedWithCustomError(f.auction, "AuctionEnded");
      await expect(f.auction.price(3)).to.be.revertedWithCustomError(f.auction, "UnknownAuction");
    });

    it("a linear curve reaches zero after tau (and never fills there: below the floor)", async function () {
      const f = await directFixture();
      await f.auction.setCurve({ kind: CURVE.Linear, tau: 1200n, step: 0n, cut: 0n });
      await f.auction.connect(f.driver).kick(USDC(1_000));
      await time.increase(1300);
      expect(await f.auction.price(1)).to.equal(0n);
      expect(await f.auction.canSell(1, USDC(1_000))).to.equal(false);
    });
  });

  describe("InsuranceFund guards", function () {
    it("constructor and setWaterfall refuse zero addresses and strangers; pay refuses zero and more than the balance", async function () {
      const f = await directFixture();
      const F = await ethers.getContractFactory("InsuranceFund");
      const z = ethers.ZeroAddress;
      await expect(F.deploy(z, f.admin.address)).to.be.revertedWithCustomError(F, "ZeroAddress");
      await expect(F.deploy(f.usdc.target, z)).to.be.revertedWithCustomError(F, "ZeroAddress");
      const fresh = await F.deploy(f.usdc.target, f.admin.address);
      await expect(fresh.connect(f.other).setWaterfall(f.other.address)).to.be.revertedWithCustomError(fresh, "AccessControlUnauthorizedAccount");
      await expect(fresh.setWaterfall(z)).to.be.revertedWithCustomError(fresh, "ZeroAddress");
      await f.usdc.connect(f.lp1).transfer(f.fund.target, USDC(10));
      const d = f.fund.connect(f.driver);
      await expect(d.pay(f.driver.address, 0n)).to.be.revertedWithCustomError(f.fund, "ZeroAmount");
      await expect(d.pay(f.driver.address, USDC(11))).to.be.revertedWithCustomError(f.fund, "InsufficientFund").withArgs(USDC(11), USDC(10));
      await expect(d.pay(f.driver.address, USDC(10))).to.emit(f.fund, "Paid").withArgs(f.driver.address, USDC(10), 0n)
        .and.to.emit(f.fund, "InflowBooked").withArgs(USDC(10), USDC(10));
      expect(await f.fund.totalOutflows()).to.equal(USDC(10));
    });

    it("deposit and pay cannot be re-entered through the asset", async function () {
      const [admin, driver, user] = await ethers.getSigners();
      const t = await (await ethers.getContractFactory("ReentrantERC20")).deploy("E", "E", 6);
      const fund = await (await ethers.getContractFactory("InsuranceFund")).deploy(await t.getAddress(), admin.address);
      await fund.setWaterfall(driver.address);
      await t.mint(user.address, USDC(100));
      await t.connect(user).approve(await fund.getAddress(), ethers.MaxUint256);
      await t.arm(await fund.getAddress(), fund.interface.encodeFunctionData("deposit", [1n]));
      await expect(fund.connect(user).deposit(USDC(1))).to.be.revertedWithCustomError(fund, "ReentrancyGuardReentrantCall");
      await t.arm(ethers.ZeroAddress, "0x");
      await fund.connect(user).deposit(USDC(10));
      await t.arm(await fund.getAddress(), fund.interface.encodeFunctionData("pay", [user.address, 1n]));
      await expect(fund.connect(driver).pay(user.address, USDC(1))).to.be.revertedWithCustomError(fund, "ReentrancyGuardReentrantCall");
    });
  });

  describe("Waterfall: rarer paths", function () {
    it("a fund refilled after settle covers the settled debt first (cover due before socialize)", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await auctioned(f);
      await time.increase(7 * 3600);
      await f.waterfall.settle();
      const settled = await f.waterfall.settledDebt();
      await f.fund.connect(f.other).deposit(USDC(5_000));
      expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
      const rc = await (await f.waterfall.connect(f.keeper).cover()).wait();
      const c = eventOf(f.waterfall, rc, "Covered");
      expect(await f.waterfall.settledDebt()).to.equal(settled + c.reward - c.covered);
      // A second refill larger than what is left: the settled debt is gone, the round closes.
      await f.fund.connect(f.other).deposit(settled);
      await f.waterfall.connect(f.keeper).cover();
      expect(await f.waterfall.settledDebt()).to.equal(0n);
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    });

    it("with incentives off every step runs and pays nothing; a float that repays all settled debt leaves nothing to write off", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.waterfall.setIncentives(0n, 0n, 0n, 0n);
      await auctioned(f, USDC(600));
      await time.increase(7 * 3600);
      await expect(f.waterfall.settle()).to.emit(f.waterfall, "AuctionSettled").withArgs(1n, 1n, f.admin.address, 0n, (v) => v > 0n, 0n);
      const settled = await f.waterfall.settledDebt();
      await makeDeficit(f, USDC(5_000)); // debt recorded after the auction ended: the float is below min(minCover, debt)
      await f.fund.connect(f.other).deposit(settled);
      expect(await f.waterfall.nextStep()).to.equal(Step.Socialize);
      const rc = await (await f.waterfall.socialize()).wait();
      expect(eventOf(f.waterfall, rc, "Covered").covered).to.equal(settled);
      const so = eventOf(f.waterfall, rc, "Socialized");
      expect([so.assets, so.reward]).to.deep.equal([0n, 0n]);
      expect(eventOf(f.pool, rc, "DeficitsWrittenOff")).to.equal(undefined);
      expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction);
    });

    it("deficitOutcome finds the round of any deficit across many rounds", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(100_000));
      const ids = [];
      for (let r = 0; r < 5; r++) {
        ids.push((await makeDeficit(f, USDC(100 + r))).id);
        ids.push((await makeDeficit(f, USDC(200 + r))).id);
        await f.waterfall.connect(f.keeper).cover();
      }
      expect(await f.waterfall.currentRound()).to.equal(6n);
      for (let i = 0; i < ids.length; i++) {
        const o = await f.waterfall.deficitOutcome(ids[i]);
        expect(o.roundId).to.equal(BigInt(Math.floor(i / 2) + 1));
        expect(o.closed).to.equal(true);
        expect(o.covered).to.equal(o.assets);
      }
    });

    it("startAuction and settle cannot be re-entered through the asset", async function () {
      const [admin, market, , lp, keeper] = await ethers.getSigners();
      const t = await (await ethers.getContractFactory("ReentrantERC20")).deploy("E", "E", 6);
      const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
        await t.getAddress(), "L", "L", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
      );
      await pool.setMarket(market.address);
      const w = await deployWriteOff(ethers, { pool, deployer: admin });
      for (const s of [lp, keeper]) {
        await t.mint(s.address, USDC(10_000_000));
        for (const c of [pool, w.waterfall, w.fund]) await t.connect(s).approve(await c.getAddress(), ethers.MaxUint256);
      }
      await pool.connect(lp).deposit(USDC(1_000_000), lp.address);
      await makeDeficit({ pool, market, alice: lp }, USDC(20_000));
      const wf = w.waterfall;
      await t.arm(await wf.getAddress(), wf.interface.encodeFunctionData("startAuction"));
      await expect(wf.connect(keeper).startAuction()).to.be.revertedWithCustomError(wf, "ReentrancyGuardReentrantCall");
      await t.arm(ethers.ZeroAddress, "0x");
      await wf.connect(keeper).startAuction();
      await time.increase(7 * 3600);
      await t.arm(await wf.getAddress(), wf.interface.encodeFunctionData("settle"));
      await expect(wf.connect(keeper).settle()).to.be.revertedWithCustomError(wf, "ReentrancyGuardReentrantCall");
    });

    it("a Waterfall whose fund is not the pool's counts no skimmable reserves", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.pool.connect(f.market).borrow(f.alice.address, USDC(500_000));
      await time.increase(30 * 24 * 3600);
      expect((await f.waterfall.waterfallState()).skimmableReserves).to.be.gt(0n);
      const other = await (await ethers.getContractFactory("InsuranceFund")).deploy(f.usdc.target, f.admin.address);
      const p = defaultWriteOffParams(6);
      const W = await ethers.getContractFactory("Waterfall");
      const stray = await W.deploy(f.pool.target, other.target, f.auction.target, f.admin.address, p.tip, p.chip, p.rewardCap, p.maxRewardShare, p.minCover);
      expect((await stray.waterfallState()).skimmableReserves).to.equal(0n);
    });
  });
});
