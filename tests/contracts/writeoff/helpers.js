// Shared helpers for the write-off tests: fixtures on the real LendingPool, an independent JS model of
// the auction price curves, and small readers.
const { ethers } = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployPoolFixture, deployCoreFixture } = require("../fixtures");
const { deployWriteOff, defaultWriteOffParams, WAD, RAY, CURVE } = require("../../../deploy-scripts/writeoff");

const USDC = (n) => BigInt(Math.round(n * 1e6));
const Step = { None: 0n, Cover: 1n, StartAuction: 2n, Take: 3n, Settle: 4n, Socialize: 5n };
const Phase = { Idle: 0n, Open: 1n, Auctioning: 2n, Settled: 3n };
const PRICE_SCALE = 10n ** 36n;

const ceilDiv = (a, b) => (a + b - 1n) / b;

/** WadRayMath.rayPowUp, bit for bit (rounds up at every multiplication). */
function rayPowUp(x, n) {
  let z = n % 2n !== 0n ? x : RAY;
  for (n /= 2n; n !== 0n; n /= 2n) {
    x = ceilDiv(x * x, RAY);
    if (n % 2n !== 0n) z = ceilDiv(z * x, RAY);
  }
  return z;
}

/** Curve price `elapsed` seconds after start (independent model of PriceCurve). */
function curvePrice(curve, top, elapsed) {
  elapsed = BigInt(elapsed);
  if (BigInt(curve.kind) === BigInt(CURVE.Linear)) {
    const tau = BigInt(curve.tau);
    if (elapsed >= tau) return 0n;
    return ceilDiv(top * (tau - elapsed), tau);
  }
  return ceilDiv(top * rayPowUp(BigInt(curve.cut), elapsed / BigInt(curve.step)), RAY);
}

/** Pool fixture (the market signer is the pool's market) + the write-off contracts + 1,000,000 USDC of LP money. */
async function deployWriteOffFixture() {
  const f = await deployPoolFixture();
  const w = await deployWriteOff(ethers, { pool: f.pool, deployer: f.admin });
  await f.pool.connect(f.lp1).deposit(USDC(600_000), f.lp1.address);
  await f.pool.connect(f.lp2).deposit(USDC(400_000), f.lp2.address);
  const signers = await ethers.getSigners();
  const keeper = signers[8];
  const bidder = signers[9];
  for (const s of [keeper, bidder, f.alice, f.other]) {
    await f.usdc.mint(s.address, USDC(10_000_000));
    await f.usdc.connect(s).approve(await w.waterfall.getAddress(), ethers.MaxUint256);
    await f.usdc.connect(s).approve(await w.fund.getAddress(), ethers.MaxUint256);
  }
  return { ...f, ...w, keeper, bidder };
}

/** Borrows `assets` through the market signer and records the whole debt as a deficit; returns its id and size. */
async function makeDeficit(f, assets, collateralId = 1) {
  const scaled = await f.pool.connect(f.market).borrow.staticCall(f.alice.address, assets);
  await f.pool.connect(f.market).borrow(f.alice.address, assets);
  const tx = await f.pool.connect(f.market).recordDeficit(scaled, collateralId, f.alice.address);
  const rc = await tx.wait();
  const ev = rc.logs.map((l) => { try { return f.pool.interface.parseLog(l); } catch { return null; } })
    .find((e) => e && e.name === "DeficitRecorded");
  return { id: ev.args.deficitId, assets: ev.args.assets };
}

/** Parses the first event `name` of contract `c` in receipt `rc`. */
function eventOf(c, rc, name) {
  for (const l of rc.logs) {
    try {
      const e = c.interface.parseLog(l);
      if (e && e.name === name) return e.args;
    } catch { /* another contract's log */ }
  }
  return undefined;
}

/**
 * The whole system: deployCoreFixture (real Market, oracles, pool with 2,000,000 USDC from lp1) plus the
 * write-off contracts wired in (the pool's insurance fund is now the InsuranceFund). keeper, bidder and
 * bidder2 hold USDC and approved the Waterfall and the fund.
 */
async function deploySystemFixture() {
  const core = await deployCoreFixture();
  const w = await deployWriteOff(ethers, { pool: core.pool, deployer: core.admin });
  const signers = await ethers.getSigners();
  const [keeper, bidder, bidder2] = [signers[9], signers[10], signers[11]];
  for (const s of [keeper, bidder, bidder2, core.other, core.lp1, core.lp2, core.liquidator]) {
    await core.usdc.mint(s.address, USDC(1_000_000));
    await core.usdc.connect(s).approve(await w.waterfall.getAddress(), ethers.MaxUint256);
    await core.usdc.connect(s).approve(await w.fund.getAddress(), ethers.MaxUint256);
  }
  return { ...core, ...w, keeper, bidder, bidder2 };
}

/** Sets the USD price of a configured collateral's feed (fresh round). */
async function setPrice(f, symbol, usd) {
  const c = f.config.collaterals.find((x) => x.symbol === symbol);
  const answer = (BigInt(Math.round(usd * 1e4)) * 10n ** BigInt(c.feedDecimals)) / 10_000n;
  await f.aggregators[symbol].setAnswer(answer);
}

/** Refreshes every feed at its current answer (keeps oracles fresh across long time jumps). */
async function refreshFeeds(f) {
  for (const c of f.config.collaterals) {
    const [, answer] = await f.aggregators[c.symbol].latestRoundData();
    await f.aggregators[c.symbol].setAnswer(answer);
  }
}

/**
 * Runs `send()` as the next block at a fixed timestamp and returns totalAssets (and lockedRecovery)
 * just before and just after it *at that same timestamp*, so the difference is the transaction's own
 * effect (no interest, no unlocking).
 */
async function sameTimeEffect(pool, send, at) {
  const t = at === undefined ? (await time.latest()) + 1 : at;
  await time.setNextBlockTimestamp(t);
  const before = await pool.totalAssets({ blockTag: "pending" });
  const supplyBefore = await pool.totalSupply({ blockTag: "pending" });
  const lockedBefore = await pool.lockedRecovery({ blockTag: "pending" });
  const rc = await (await send()).wait();
  return {
    before, after: await pool.totalAssets(), supplyBefore, supplyAfter: await pool.totalSupply(),
    lockedBefore, lockedAfter: await pool.lockedRecovery(), rc,
  };
}

/**
 * Records a deficit of `size` (empty fund) and starts the one auction for the aggregate; returns the
 * deficit, the auction id, its stored state, its start time and its target (open debt + the start reward).
 */
async function auctioned(f, size = USDC(20_000)) {
  const d = await makeDeficit(f, size);
  const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
  const ev = eventOf(f.waterfall, rc, "AuctionStarted");
  const a = await f.auction.auction(ev.auctionId);
  return { ...d, auctionId: ev.auctionId, a, startedAt: a.startedAt, target: ev.target, startReward: ev.reward };
}

/** The reward a step moving `amount` pays now: the Waterfall's incentive, capped by the pool's cash. */
async function reward(f, amount) {
  const r = await f.waterfall.incentive(amount);
  const cash = await f.pool.cash();
  return r < cash ? r : cash;
}

module.exports = {
  USDC, Step, Phase, WAD, RAY, CURVE, PRICE_SCALE, ceilDiv, rayPowUp, curvePrice,
  deployWriteOffFixture, deploySystemFixture, makeDeficit, eventOf, auctioned, reward, defaultWriteOffParams,
  setPrice, refreshFeeds, sameTimeEffect,
};
