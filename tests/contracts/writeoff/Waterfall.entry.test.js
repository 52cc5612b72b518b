// Issue 18 N-01 (high), N-02, N-06: entering around a live auction, hidden reserves, read-only re-entrancy.
//
// The rule (docs/waterfall.md, "No capture by entering after the loss"): entries (deposit/mint) are refused — maxDeposit and
// maxMint are 0, deposit/mint revert ERC4626ExceededMaxDeposit/Mint — while part of the uncovered deficit can only
// be recovered by an auction (uncoveredDeficit > recoveryInSight). Otherwise entries are priced at entryAssets =
// totalAssets + lockedRecovery + recoveryInSight, where recoveryInSight counts the fund and every reserve (N-02).
// The bound: an entrant gains at most 1 USDC of rounding from any recovery of a loss recorded before it entered.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployPoolFixture } = require("../fixtures");
const { deployWriteOff } = require("../../../deploy-scripts/writeoff");
const { USDC, makeDeficit, eventOf, deployWriteOffFixture } = require("./helpers");

const ONE = USDC(1);
const UNLOCKED = 18 * 3600; // epoch + unlock period: every recovery is in the exit price
const KSR = 10n ** 18n;

/** A pool of `lpAssets` from lp1 with the write-off wired; `entrant` and the bidder hold USDC. */
async function poolOf(lpAssets) {
  const f = await deployPoolFixture();
  const w = await deployWriteOff(ethers, { pool: f.pool, deployer: f.admin });
  await f.pool.connect(f.lp1).deposit(lpAssets, f.lp1.address);
  const signers = await ethers.getSigners();
  const [keeper, bidder, entrant] = [signers[8], signers[9], signers[12]];
  for (const s of [keeper, bidder, entrant, f.other]) {
    await f.usdc.mint(s.address, USDC(30_000_000));
    await f.usdc.connect(s).approve(await w.waterfall.getAddress(), ethers.MaxUint256);
    await f.usdc.connect(s).approve(await w.fund.getAddress(), ethers.MaxUint256);
    await f.usdc.connect(s).approve(await f.pool.getAddress(), ethers.MaxUint256);
  }
  return { ...f, ...w, keeper, bidder, entrant };
}

async function pool10k() {
  return poolOf(USDC(10_000));
}

async function pool2M() {
  return poolOf(USDC(2_000_000));
}

async function expectEntriesRefused(f, who, label) {
  expect(await f.pool.maxDeposit(who.address), label).to.equal(0n);
  expect(await f.pool.maxMint(who.address), label).to.equal(0n);
  expect(await f.pool.entriesOpen(), label).to.equal(false);
  await expect(f.pool.connect(who).deposit(USDC(100), who.address), label)
    .to.be.revertedWithCustomError(f.pool, "ERC4626ExceededMaxDeposit").withArgs(who.address, USDC(100), 0n);
  await expect(f.pool.connect(who).mint(10n ** 12n, who.address), label)
    .to.be.revertedWithCustomError(f.pool, "ERC4626ExceededMaxMint").withArgs(who.address, 10n ** 12n, 0n);
}

/** Starts the auction and lets the bidder buy `tokens` at the current price; returns what it paid. */
async function startAndTake(f, tokens, waitSeconds = 0) {
  const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
  const { auctionId } = eventOf(f.waterfall, rc, "AuctionStarted");
  if (waitSeconds) await time.increase(waitSeconds);
  const price = await f.auction.price(auctionId);
  const tk = await (await f.waterfall.connect(f.bidder).take(auctionId, tokens, price, f.bidder.address)).wait();
  return { auctionId, paid: eventOf(f.waterfall, tk, "AuctionTaken").paid, tokens: eventOf(f.waterfall, tk, "AuctionTaken").tokens };
}

describe("N-01: no entry can share in what a live auction may still raise", function () {
  it("entrant: after a 9,993 USDC loss leaves 6.83 of equity, 100 USDC cannot enter until the write-off no longer depends on the auction", async function () {
    const f = await loadFixture(pool10k);
    await makeDeficit(f, USDC(9_993.17));
    expect(await f.pool.totalAssets()).to.be.closeTo(USDC(6.83), 100n);
    // Before the fix: 100 USDC bought 93.59% of the shares here and took 9,352.83 of the 10,008.15 raised.
    await expectEntriesRefused(f, f.entrant, "open deficit, empty fund");
    // previews still quote the price as if the entry were accepted (EIP-4626: previews ignore max* limits)
    expect(await f.pool.previewDeposit(USDC(100))).to.be.gt(0n);
    const { auctionId } = await startAndTake(f, 1n); // a live auction
    await expectEntriesRefused(f, f.entrant, "auction live");
    const a = await f.auction.auction(auctionId);
    const price = await f.auction.price(auctionId);
    await f.waterfall.connect(f.bidder).take(auctionId, a.mintCap, price, f.bidder.address); // raises the rest
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    // the LP who bore the loss gets the whole recovery back (less the start reward, priced in as a loss)
    await time.increase(UNLOCKED);
    expect(await f.pool.entriesOpen()).to.equal(true);
    const lpBack = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address));
    expect(lpBack).to.be.gte(USDC(10_000) - USDC(101));
    // and an entry now is priced at what the pool holds: nothing to gain
    await f.pool.connect(f.entrant).deposit(USDC(100), f.entrant.address);
    await time.increase(UNLOCKED);
    const sh = await f.pool.balanceOf(f.entrant.address);
    expect(await f.pool.previewRedeem(sh)).to.be.lte(USDC(100) + ONE);
    console.log(`      LP who bore the loss ends with ${Number(lpBack) / 1e6} of 10,000 (before the fix: 647.17 of the 10,008.15 raised)`);
  });

  it("bidder-entrant: the bidder cannot hold shares bought during its own auction, so a low bid buys tokens only", async function () {
    const f = await loadFixture(pool10k);
    await makeDeficit(f, USDC(9_993.17));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId } = eventOf(f.waterfall, rc, "AuctionStarted");
    await expectEntriesRefused(f, f.bidder, "bidder before its bid");
    // an hour in, the price has fallen from 1.20 to ~0.66 per KSR (floor 0.50): buy 8,340 KSR
    await time.increase(3600);
    const price = await f.auction.price(auctionId);
    const lpBefore = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address));
    const spentBefore = await f.usdc.balanceOf(f.bidder.address);
    await f.waterfall.connect(f.bidder).take(auctionId, 8_340n * KSR, price, f.bidder.address);
    const spent = spentBefore - (await f.usdc.balanceOf(f.bidder.address));
    expect(spent).to.be.gt(USDC(5_000));
    await expectEntriesRefused(f, f.bidder, "bidder after its bid");
    expect(await f.pool.balanceOf(f.bidder.address)).to.equal(0n);
    await time.increase(UNLOCKED);
    const lpAfter = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address));
    expect(lpAfter - lpBefore).to.be.gte(spent - ONE);
    // all of what it paid reaches the LP who bore the loss (before the fix the bidder got 9,352.83 of it back
    // through 100 USDC of shares: a net 655.32 for 8,340 KSR, 0.0786 per KSR under a 0.50 floor)
    console.log(`      bidder paid ${Number(spent) / 1e6} USDC for KSR and holds no shares`);
  });

  it("whale-bidder: in a healthy 2M pool an 18M deposit is refused while its own auction runs; its payment goes to the LPs", async function () {
    const f = await loadFixture(pool2M);
    await makeDeficit(f, USDC(52_252));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId } = eventOf(f.waterfall, rc, "AuctionStarted");
    await expectEntriesRefused(f, f.bidder, "whale before its bid");
    await expect(f.pool.connect(f.bidder).deposit(USDC(18_000_000), f.bidder.address))
      .to.be.revertedWithCustomError(f.pool, "ERC4626ExceededMaxDeposit");
    const lpBefore = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address));
    const a = await f.auction.auction(auctionId);
    const paidBefore = await f.usdc.balanceOf(f.bidder.address);
    await f.waterfall.connect(f.bidder).take(auctionId, a.mintCap, await f.auction.price(auctionId), f.bidder.address);
    const paid = paidBefore - (await f.usdc.balanceOf(f.bidder.address));
    expect(await f.pool.entriesOpen()).to.equal(true); // the auction raised everything: nothing depends on it
    await time.increase(UNLOCKED);
    const lpAfter = await f.pool.convertToAssets(await f.pool.balanceOf(f.lp1.address));
    // Before the fix the whale got 90.24% of its 52,252 payment back through 18M of shares; now the LP gets it all.
    expect(lpAfter - lpBefore).to.be.gte(paid - ONE);
  });

  it("an honest entrant who enters once the auction is over and the rest socialized pays the post-loss price: no gain, no loss", async function () {
    const f = await loadFixture(pool2M);
    await makeDeficit(f, USDC(52_252));
    const { auctionId } = await startAndTake(f, 1_000n * KSR);
    await time.increase(7 * 24 * 3600);
    expect(await f.auction.canSell(auctionId, await f.pool.uncoveredDeficit())).to.equal(false);
    await f.waterfall.connect(f.keeper).settle();
    await expectEntriesRefused(f, f.entrant, "settled, awaiting socialization");
    await f.waterfall.connect(f.keeper).socialize();
    expect(await f.pool.entriesOpen()).to.equal(true);
    await f.pool.connect(f.entrant).deposit(USDC(1_000_000), f.entrant.address);
    await time.increase(UNLOCKED);
    const back = await f.pool.previewRedeem(await f.pool.balanceOf(f.entrant.address));
    expect(back).to.be.lte(USDC(1_000_000) + ONE);
    expect(back).to.be.gte(USDC(1_000_000) - ONE);
  });

  it("entries stay open while the fund and reserves cover the whole deficit (the cover is priced in)", async function () {
    const f = await loadFixture(pool2M);
    const d = await makeDeficit(f, USDC(10_000));
    expect(await f.pool.maxDeposit(f.entrant.address)).to.equal(0n);
    expect(await f.pool.entriesOpen()).to.equal(false);
    await f.fund.connect(f.other).deposit(d.assets - 1n);
    expect(await f.pool.entriesOpen()).to.equal(false); // one unit short: that unit depends on an auction
    await f.fund.connect(f.other).deposit(1n);
    expect(await f.pool.recoveryInSight()).to.equal(d.assets);
    expect(await f.pool.entriesOpen()).to.equal(true);
    expect(await f.pool.maxDeposit(f.entrant.address)).to.be.gt(0n);
  });
});

describe("N-02: every reserve counts in the entry price (no hiding them by borrowing the cash)", function () {
  it("borrow all the cash, deposit 18M, repay, one block: the entrant gains no more than a plain deposit would", async function () {
    const f = await loadFixture(deployWriteOffFixture); // 1,000,000 of LP money, market signer borrows directly
    await f.pool.connect(f.market).borrow(f.alice.address, USDC(900_000));
    await time.increase(365 * 24 * 3600); // reserves build up
    await f.pool.connect(f.admin).setRateParams({ baseRate: 0n, slope1: 0n, slope2: 0n, optimalUtilization: 8n * 10n ** 17n }); // no interest from here: gains are the recovery's
    const d = await makeDeficit(f, USDC(5_868.94));
    const reserves = await f.pool.reserves();
    expect(reserves).to.be.gt(USDC(5_868.94));
    // the attack: borrow the rest of the cash so that reserves exceed it
    const cash = await f.pool.cash();
    const scaled = await f.pool.connect(f.market).borrow.staticCall(f.alice.address, cash);
    await f.pool.connect(f.market).borrow(f.alice.address, cash);
    expect(await f.pool.cash()).to.equal(0n);
    // before the fix recoveryInSight counted min(reserves, cash) = 0 here
    expect(await f.pool.recoveryInSight()).to.equal(d.assets);
    const entrant = (await ethers.getSigners())[12];
    await f.usdc.mint(entrant.address, USDC(18_000_000));
    await f.usdc.connect(entrant).approve(await f.pool.getAddress(), ethers.MaxUint256);
    const lpBefore = await f.pool.convertToAssets((await f.pool.balanceOf(f.lp1.address)) + (await f.pool.balanceOf(f.lp2.address)));
    await f.pool.connect(entrant).deposit(USDC(18_000_000), entrant.address);
    // repay what was borrowed for the attack (the Market sends the tokens, then calls repay), then the cover
    const index = await f.pool.borrowIndex(); // constant now (zero rates)
    const owed = (scaled * index + 10n ** 27n - 1n) / 10n ** 27n;
    await f.usdc.connect(f.market).transfer(await f.pool.getAddress(), owed);
    await f.pool.connect(f.market).repay(scaled, owed, 0);
    await f.waterfall.connect(f.keeper).cover();
    await time.increase(UNLOCKED);
    const shares = await f.pool.balanceOf(entrant.address);
    const gain = (await f.pool.previewRedeem(shares)) - USDC(18_000_000);
    const lpAfter = await f.pool.convertToAssets((await f.pool.balanceOf(f.lp1.address)) + (await f.pool.balanceOf(f.lp2.address)));
    console.log(`      entrant gain ${Number(gain) / 1e6} USDC (before the fix: +5,282.79); LPs recover ${Number(lpAfter - lpBefore) / 1e6}`);
    // interest accrues to everyone at the same rate; the cover is not the entrant's
    expect(gain).to.be.lte(ONE);
  });
});

describe("N-06: a deposit books its cash after the tokens arrive (read-only re-entrancy)", function () {
  it("a hook token reading the share price during the deposit's transfer sees the price before the deposit", async function () {
    const [admin, lp] = await ethers.getSigners();
    const token = await (await ethers.getContractFactory("ReentrantERC20")).deploy("Hook USD", "hUSD", 6);
    const { DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR } = require("../fixtures");
    const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
      await token.getAddress(), "LP", "LP", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR);
    const probe = await (await ethers.getContractFactory("SharePriceProbe")).deploy(await pool.getAddress());
    await token.mint(lp.address, USDC(2_000_000));
    await token.connect(lp).approve(await pool.getAddress(), ethers.MaxUint256);
    await pool.connect(lp).deposit(USDC(1_000_000), lp.address);
    const oneShare = 10n ** 12n; // 6 + 6 decimals
    const before = await pool.convertToAssets(oneShare);
    await token.arm(await probe.getAddress(), probe.interface.encodeFunctionData("record"));
    await pool.connect(lp).deposit(USDC(1_000_000), lp.address);
    // before the fix: 2.0 USDC per share inside the hook (cash booked, shares not yet minted)
    expect(await probe.seen()).to.equal(before);
    expect(await pool.convertToAssets(oneShare)).to.equal(before);
  });
});

describe("Item 8: the borrow index at the highest rates", function () {
  it("caps at uint128 instead of overflowing: after years at 1,150% APR and full utilization the pool still works", async function () {
    const f = await deployPoolFixture();
    await f.pool.connect(f.lp1).deposit(USDC(1_000_000), f.lp1.address);
    await f.pool.connect(f.admin).setRateParams({ baseRate: 5n * 10n ** 17n, slope1: 10n ** 18n, slope2: 10n * 10n ** 18n, optimalUtilization: 99n * 10n ** 16n });
    const scaled = await f.pool.connect(f.market).borrow.staticCall(f.alice.address, USDC(1_000_000));
    await f.pool.connect(f.market).borrow(f.alice.address, USDC(1_000_000)); // 100% utilization
    const MAX128 = (1n << 128n) - 1n;
    let months = 0;
    while ((await f.pool.borrowIndex()) < MAX128 && months < 60) {
      await time.increase(30 * 24 * 3600);
      await f.pool.accrueInterest(); // before the cap: reverted SafeCastOverflowedUintDowncast(128, ...) here
      months++;
    }
    console.log(`      index capped after ${months} months of monthly accruals`);
    expect(await f.pool.borrowIndex()).to.equal(MAX128);
    expect(months).to.be.lte(48); // monthly compounding; accruing every block it is ~2.3 years
    await time.increase(30 * 24 * 3600);
    await f.pool.accrueInterest();
    await f.pool.connect(f.admin).setRateParams({ baseRate: 0n, slope1: 0n, slope2: 0n, optimalUtilization: 8n * 10n ** 17n });
    // repaying brings cash back, and LPs can withdraw it
    const owed = (scaled * MAX128 + 10n ** 27n - 1n) / 10n ** 27n;
    expect(owed).to.be.gt(0n);
    const oneUnit = (MAX128 + 10n ** 27n - 1n) / 10n ** 27n; // one scaled unit of debt at the capped index
    await f.usdc.connect(f.market).transfer(await f.pool.getAddress(), oneUnit);
    await f.pool.connect(f.market).repay(1n, oneUnit, 0);
    expect(await f.pool.maxWithdraw(f.lp1.address)).to.be.gt(0n);
    await f.pool.connect(f.lp1).withdraw(await f.pool.maxWithdraw(f.lp1.address), f.lp1.address, f.lp1.address);
  });
});
