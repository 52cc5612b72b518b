// Invariant tests: seeded random sequences of deposits, redemptions, borrows, repayments, price moves,
// time, liquidations (single and batch), donations, reserve skims and every write-off step (due or
// deliberately out of order), by several actors, on the real Market + LendingPool + write-off contracts.
//
// After EVERY action:
//   - sum(position scaled debts) == pool.totalScaledDebt (exact);
//     totalLent == totalDebt + uncoveredDeficit; uncoveredDeficit == recorded + rewards - covered - raised
//     - written off (model of the aggregate) == openDebt + settledDebt of waterfallState;
//   - pool's debt-asset balance - cash == donations (exact); the fund's balance == its inflows - outflows
//     (model of every inflow and outflow; the fund's own counters agree); the Market's collateral
//     balance == sum of position collateral, per collateral type; recovery token supply == sum of fills;
//   - share price effect, measured at the same timestamp before/after the transaction: a liquidation
//     lowers totalAssets by its deficit (never raises it because of one); a keeper step lowers it by
//     exactly its reward (paid by the pool, priced in at once) and lockedRecovery rises by exactly what
//     the fund paid in; a take leaves it unchanged and locks exactly the payment (nothing else changes
//     lockedRecovery in a transaction); skim/donations/price moves not at all; deposits/redemptions never
//     lower the price per share (entries are priced at entryAssets >= totalAssets);
//   - totalAssets == cash + totalDebt - reserves - lockedRecovery (clamped at 0); lockedRecovery <=
//     everything ever recovered; over time lockedRecovery only falls, and totalAssets rises by at
//     least what unlocked (interest can only add); once RECOVERY_UNLOCK_PERIOD passes with no new
//     recovery nothing is locked.
//   - a keeper step succeeds only if it is the step the view said was due, and pays exactly the reward
//     previewStep() announced; a refused step names the due one; every reward <= 5% of what it moves.
// At the end of each run the waterfall is driven to completion (the aggregate reaches zero).
//
// Size: WRITEOFF_INVARIANT_RUNS (default 6) x WRITEOFF_INVARIANT_ACTIONS (default 400) actions.
// Reproduce a failure: WRITEOFF_SEED=<printed seed> WRITEOFF_INVARIANT_RUNS=1 npx hardhat test <this file>
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { USDC, Step, WAD, deploySystemFixture } = require("./helpers");
const { mulberry32 } = require("../../../deploy-scripts/mulberry32");

const RUNS = Number(process.env.WRITEOFF_INVARIANT_RUNS || 6);
const ACTIONS = Number(process.env.WRITEOFF_INVARIANT_ACTIONS || 400);
const BASE_SEED = process.env.WRITEOFF_SEED ? Number(process.env.WRITEOFF_SEED) : 20_261_121;

/** Seeded helpers over mulberry32. */
function prng(seed) {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    big: (lo, hi) => lo + (BigInt(Math.floor(next() * 2 ** 48)) * (hi - lo)) / 2n ** 48n,
    chance: (p) => next() < p,
  };
}

async function invariantFixture() {
  const f = await deploySystemFixture();
  const signers = await ethers.getSigners();
  const lps = [f.lp1, f.lp2, signers[12], signers[13]];
  const borrowers = [f.alice, f.bob, f.carol, signers[14], signers[15], signers[16]];
  const keepers = [f.keeper, signers[17]];
  const bidders = [f.bidder, f.bidder2];
  const marketAddr = await f.market.getAddress();
  const poolAddr = await f.pool.getAddress();
  const wfAddr = await f.waterfall.getAddress();
  for (const s of [...lps, ...borrowers, ...keepers, ...bidders, f.liquidator, f.other]) {
    await f.usdc.mint(s.address, USDC(50_000_000));
    for (const spender of [marketAddr, poolAddr, wfAddr, await f.fund.getAddress()]) {
      await f.usdc.connect(s).approve(spender, ethers.MaxUint256);
    }
  }
  for (const s of borrowers.slice(3)) {
    await f.weth.mint(s.address, 1_000n * 10n ** 18n);
    await f.wbtc.mint(s.address, 100n * 10n ** 8n);
    await f.xau.mint(s.address, 100_000n * 10n ** 6n);
    for (const t of [f.weth, f.wbtc, f.xau]) await t.connect(s).approve(marketAddr, ethers.MaxUint256);
  }
  const tokens = { 1: f.weth, 2: f.wbtc, 3: f.xau };
  const collIds = [1, 2, 3];
  const symbols = { 1: "WETH", 2: "WBTC", 3: "XAU6" };
  const keys = [];
  for (const b of borrowers) for (const c of collIds) keys.push({ collateralId: c, owner: b.address });
  const initialPrice = {};
  for (const c of f.config.collaterals) initialPrice[c.symbol] = c.price;
  return { ...f, lps, borrowers, keepers, bidders, tokens, collIds, symbols, keys, initialPrice };
}

/** Every custom error of every contract involved, to name a revert wherever it came from. */
async function errorInterface() {
  const names = ["Market", "LendingPool", "Waterfall", "DebtAuction", "InsuranceFund", "RecoveryToken", "ChainlinkOracle"];
  const frags = [];
  const seen = new Set();
  for (const n of names) {
    for (const fr of (await ethers.getContractFactory(n)).interface.fragments) {
      if (fr.type === "error" && !seen.has(fr.format())) {
        seen.add(fr.format());
        frags.push(fr);
      }
    }
  }
  return new ethers.Interface(frags);
}

function revertOf(iface, e) {
  const data = e?.data ?? e?.error?.data ?? e?.info?.error?.data;
  if (typeof data === "string" && data.length >= 10) {
    try {
      const p = iface.parseError(data);
      if (p) return { name: p.name, args: p.args };
    } catch { /* not ours */ }
  }
  return { name: `unparsed: ${e?.shortMessage || e?.message}` };
}

/** Every log of the receipt that `contract` can parse, as { name, args }. */
function logsOf(contract, rc) {
  const addr = contract.target.toLowerCase();
  const out = [];
  for (const l of rc.logs) {
    if (l.address.toLowerCase() !== addr) continue;
    const e = contract.interface.parseLog(l);
    if (e) out.push({ name: e.name, args: e.args });
  }
  return out;
}

const minB = (a, b) => (a < b ? a : b);

// Tagged @plain: it runs at full size on the plain build (tests/run-all.sh), not under solidity-coverage,
// where instrumentation makes it ~50x slower per action (60 actions took 425 s on a loaded 2-core
// machine); the unit and attack tests carry the coverage gate without it.
describe("@plain Write-off invariants (seeded random action sequences)", function () {
  // A hang guard sized to the work, never below 10 min.
  this.timeout(Math.max(600_000, ACTIONS * 20_000));
  let iface;

  before(async function () {
    iface = await errorInterface();
  });

  for (let run = 0; run < RUNS; run++) {
    const seed = BASE_SEED + run;
    it(`run ${run + 1}/${RUNS}: ${ACTIONS} actions, seed ${seed}`, async function () {
      const f = await loadFixture(invariantFixture);
      const r = prng(seed);
      const log = [];
      const stats = {};
      try {
        await runSequence(f, r, iface, log, stats);
      } catch (e) {
        const tail = log.slice(-12).map((l) => `    ${l}`).join("\n");
        e.message = `[seed ${seed}: reproduce with WRITEOFF_SEED=${seed} WRITEOFF_INVARIANT_RUNS=1]\n  last actions:\n${tail}\n  ${e.message}`;
        throw e;
      }
      console.log(`      seed ${seed}: ${Object.entries(stats).map(([k, v]) => `${k}=${v}`).join(" ")}`);
    });
  }
});

async function runSequence(f, r, iface, log, stats) {
  const wfAddr = f.waterfall.target;
  const model = {
    donations: 0n, // tokens sent to the pool outside deposits/repayments
    fundIn: 0n,
    fundOut: 0n,
    recorded: 0n, // every deficit recorded
    rewards: 0n, // every keeper reward (paid by the pool, added to the aggregate)
    recovered: 0n, // covered + raised (every repayDeficits)
    writtenOff: 0n,
    minted: 0n,
    recoveredTotal: 0n, // every RecoveryLocked amount
  };
  const count = (k) => { stats[k] = (stats[k] || 0) + 1; };

  /**
   * Sends a transaction as the next block at a fixed timestamp, with totalAssets/supply and any
   * `pre` reads taken at that same timestamp just before it. Returns { ok, rc, err, before, after, pre }.
   */
  async function act(send, pre = async () => ({})) {
    const t = (await time.latest()) + 1;
    await time.setNextBlockTimestamp(t);
    const tag = { blockTag: "pending" };
    const before = {
      assets: await f.pool.totalAssets(tag), supply: await f.pool.totalSupply(tag), locked: await f.pool.lockedRecovery(tag),
    };
    const preReads = await pre(tag);
    let rc;
    try {
      rc = await (await send()).wait();
    } catch (e) {
      await ethers.provider.send("evm_mine", []); // consume the fixed timestamp
      return { ok: false, err: revertOf(iface, e), before, pre: preReads };
    }
    const after = { assets: await f.pool.totalAssets(), supply: await f.pool.totalSupply(), locked: await f.pool.lockedRecovery() };
    // Only a recovery locks, by exactly its amount (same timestamp: nothing unlocked in between).
    const locks = logsOf(f.pool, rc).filter((e) => e.name === "RecoveryLocked");
    const lockedNow = locks.reduce((s, e) => s + e.args.assets, 0n);
    expect(after.locked - before.locked, "lockedRecovery change == recoveries booked").to.equal(lockedNow);
    if (locks.length) expect(locks[locks.length - 1].args.lockedTotal, "RecoveryLocked.lockedTotal").to.equal(after.locked);
    model.recoveredTotal += lockedNow;
    return { ok: true, rc, before, after, pre: preReads };
  }

  function expectAllowed(res, allowed, what) {
    if (res.ok) return;
    if (!allowed.includes(res.err.name)) throw new Error(`${what}: unexpected revert ${res.err.name}`);
    count(`revert:${res.err.name}`);
  }

  const priceUnchanged = (res, what) => expect(res.after.assets, `${what}: totalAssets`).to.equal(res.before.assets);
  /** (A+1)/(S+1e6) did not decrease (OZ ERC4626 virtual shares/assets with a 6-decimal offset). */
  const pricePerShareNotDown = (res, what) =>
    expect((res.after.assets + 1n) * (res.before.supply + 10n ** 6n), `${what}: price per share fell`)
      .to.be.gte((res.before.assets + 1n) * (res.after.supply + 10n ** 6n));

  /**
   * Books a receipt's skims and deficits into the model (liquidation fees reach the fund only through
   * skims: they are credited to the pool's reserves); returns recorded deficit assets.
   */
  function bookMarketAndPool(rc) {
    let recorded = 0n;
    for (const e of logsOf(f.pool, rc)) {
      if (e.name === "ReservesSkimmed") model.fundIn += e.args.assets;
      if (e.name === "DeficitRecorded") {
        model.recorded += e.args.assets;
        recorded += e.args.assets;
      }
      if (e.name === "RewardPaid") model.rewards += e.args.assets;
      if (e.name === "DeficitsRepaid") model.recovered += e.args.assets;
      if (e.name === "DeficitsWrittenOff") model.writtenOff += e.args.assets;
    }
    return recorded;
  }

  // ------------------------------------------------------------------ actions

  async function lpDeposit() {
    const lp = r.pick(f.lps);
    const amount = r.big(USDC(100), USDC(400_000));
    const res = await act(() => f.pool.connect(lp).deposit(amount, lp.address), async (tag) => ({
      open: await f.pool.entriesOpen(tag),
      auctionPending: (await f.pool.uncoveredDeficit(tag)) > (await f.pool.recoveryInSight(tag)),
    }));
    // refused while a loss wiped the equity out, or while an auction may still raise part of the deficit (N-01)
    expectAllowed(res, ["ERC4626ExceededMaxDeposit"], "deposit");
    if (res.ok) {
      pricePerShareNotDown(res, "deposit");
      expect(res.pre.auctionPending, "no entry while an auction may still raise part of the deficit").to.equal(false);
    } else {
      expect(res.pre.open, "entries refused only when entriesOpen() is false").to.equal(false);
      expect(res.before.assets === 0n || res.pre.auctionPending, "refused: wiped equity or an auction pending").to.equal(true);
    }
    log.push(`deposit ${lp.address.slice(0, 8)} ${amount}`);
  }

  async function lpRedeem() {
    const lp = r.pick(f.lps);
    const max = await f.pool.maxRedeem(lp.address);
    if (max === 0n) return "noop";
    const shares = r.chance(0.2) ? max : r.big(1n, max);
    const res = await act(() => f.pool.connect(lp).redeem(shares, lp.address, lp.address));
    expectAllowed(res, ["ERC4626ExceededMaxRedeem"], "redeem"); // interest in the next second may move the cap
    if (res.ok) pricePerShareNotDown(res, "redeem");
    log.push(`redeem ${lp.address.slice(0, 8)} ${shares}`);
  }

  async function borrow() {
    const b = r.pick(f.borrowers);
    const cid = r.pick(f.collIds);
    const cv = (await f.lens.collaterals())[cid - 1];
    const pos = await f.lens.position(cid, b.address);
    if (!cv.oracleValid || pos.liquidatable) return "noop";
    const unit = 10n ** cv.decimals;
    const collAmount = r.chance(0.3) && pos.collateral > 0n ? 0n
      : (r.big(2_000n, 60_000n) * unit * WAD) / cv.price; // worth 2,000 .. 60,000 USD
    const addedValue = (collAmount * cv.price * 10n ** 6n) / unit / WAD;
    const limit = ((pos.collateralValue + addedValue) * cv.params.maxLtv) / WAD;
    const room = limit > pos.debt ? limit - pos.debt : 0n;
    let assets = (room * r.big(200n, 990n)) / 1000n;
    const cash = await f.pool.cash();
    if (assets > cash / 2n) assets = cash / 2n;
    if (pos.debt + assets < cv.params.dust) assets = 0n;
    if (collAmount === 0n && assets === 0n) return "noop";
    const res = await act(() => f.market.connect(b).open(cid, collAmount, assets, b.address));
    expectAllowed(res, ["Unhealthy", "DebtCeilingExceeded", "DebtBelowDust", "InsufficientCash"], "borrow");
    if (res.ok) {
      const d = res.after.assets - res.before.assets;
      expect(d, "borrow: totalAssets change").to.be.gte(0n).and.lte(1n);
    }
    log.push(`open ${b.address.slice(0, 8)} c${cid} coll=${collAmount} borrow=${assets}`);
  }

  async function repay() {
    const b = r.pick(f.borrowers);
    const cid = r.pick(f.collIds);
    const pos = await f.lens.position(cid, b.address);
    if (pos.scaledDebt === 0n) return "noop";
    const full = r.chance(0.4);
    const amount = full ? ethers.MaxUint256 : r.big(1n, pos.debt);
    const res = await act(() => f.market.connect(b).repay(cid, b.address, amount));
    expectAllowed(res, ["DebtBelowDust", "ZeroAmount"], "repay");
    if (res.ok) {
      const d = res.after.assets - res.before.assets;
      expect(d, "repay: totalAssets change").to.be.gte(0n).and.lte(2n);
    }
    log.push(`repay ${b.address.slice(0, 8)} c${cid} ${full ? "all" : amount}`);
  }

  async function movePrice() {
    const cid = r.pick(f.collIds);
    const sym = f.symbols[cid];
    const c = f.config.collaterals.find((x) => x.symbol === sym);
    const [, answer] = await f.aggregators[sym].latestRoundData();
    const current = Number(answer) / 10 ** c.feedDecimals;
    const u = r.next(); // 35% crash, 30% dip, 35% recovery
    const factor = u < 0.35 ? 0.3 + r.next() * 0.4 : u < 0.65 ? 0.8 + r.next() * 0.18 : 1.05 + r.next() * 0.5;
    const usd = Math.min(Math.max(current * factor, f.initialPrice[sym] * 0.1), f.initialPrice[sym] * 1.5);
    const res = await act(() => setPriceTx(sym, usd));
    expectAllowed(res, [], "price");
    priceUnchanged(res, "price move");
    log.push(`price ${sym} ${current.toFixed(2)} -> ${usd.toFixed(2)}`);
  }

  async function setPriceTx(sym, usd) {
    const c = f.config.collaterals.find((x) => x.symbol === sym);
    const answer = (BigInt(Math.round(usd * 1e4)) * 10n ** BigInt(c.feedDecimals)) / 10_000n;
    return f.aggregators[sym].setAnswer(answer);
  }

  async function refreshFeeds() {
    for (const c of f.config.collaterals) {
      const [, answer] = await f.aggregators[c.symbol].latestRoundData();
      await f.aggregators[c.symbol].setAnswer(answer);
    }
  }

  async function passTime() {
    const dt = r.chance(0.7) ? r.int(60, 3_000) : r.int(3_600, 8 * 3_600);
    const before = await f.pool.convertToAssets(10n ** 12n);
    const [assetsBefore, lockedBefore] = [await f.pool.totalAssets(), await f.pool.lockedRecovery()];
    await time.increase(dt);
    const [assetsAfter, lockedAfter] = [await f.pool.totalAssets(), await f.pool.lockedRecovery()];
    await refreshFeeds();
    expect(await f.pool.convertToAssets(10n ** 12n), "interest lowered the price").to.be.gte(before);
    expect(lockedAfter, "lockedRecovery rose with time").to.be.lte(lockedBefore);
    if (dt >= 18 * 3600) expect(lockedAfter, "locked after epoch + period").to.equal(0n);
    if (assetsAfter > 0n) {
      expect(assetsAfter - assetsBefore, "time raised totalAssets by less than what unlocked")
        .to.be.gte(lockedBefore - lockedAfter);
    }
    log.push(`time +${dt}s`);
  }

  const reservesAt = async (tag) => ({ reserves: await f.pool.reserves(tag) });

  async function liquidate() {
    const views = await f.lens.positions(f.keys);
    const bad = views.filter((v) => v.liquidatable);
    if (bad.length === 0) return "noop";
    let res;
    if (bad.length > 1 && r.chance(0.3)) {
      const orders = bad.map((v) => ({ collateralId: v.collateralId, owner: v.owner, maxRepay: ethers.MaxUint256 }));
      res = await act(() => f.market.connect(f.liquidator).liquidateBatch(orders), reservesAt);
      log.push(`liquidateBatch x${orders.length}`);
      count("liquidateBatch");
    } else {
      const v = r.pick(bad);
      const maxRepay = r.chance(0.7) ? ethers.MaxUint256 : r.big(1n, v.debt);
      res = await act(() => f.market.connect(f.liquidator).liquidate(v.collateralId, v.owner, maxRepay), reservesAt);
      log.push(`liquidate c${v.collateralId} ${v.owner.slice(0, 8)} max=${maxRepay}`);
    }
    expectAllowed(res, ["MaxRepayTooLow", "PositionHealthy"], "liquidate");
    if (!res.ok) return;
    count("liquidation");
    const recorded = bookMarketAndPool(res.rc);
    // Every fee rides in the one repayment transfer and is credited to reserves, to the unit.
    const sum = (xs) => xs.reduce((s, x) => s + x, 0n);
    const fees = sum(logsOf(f.market, res.rc).filter((e) => e.name === "Liquidated").map((e) => e.args.fee));
    const pool = logsOf(f.pool, res.rc);
    expect(sum(pool.filter((e) => e.name === "Repaid").map((e) => e.args.fee)), "pool Repaid.fee == sum of Liquidated.fee").to.equal(fees);
    const writtenDown = sum(pool.filter((e) => e.name === "ReservesWrittenDown").map((e) => e.args.assets));
    expect((await f.pool.reserves()) - res.pre.reserves, "liquidation: reserves change == fees - written down").to.equal(fees - writtenDown);
    const d = res.after.assets - res.before.assets;
    // Each liquidation's repayment is rounded up against the payer and each deficit is recognised
    // rounded up, so LPs may gain at most a couple of units of rounding per liquidation, never lose.
    const n = BigInt(logsOf(f.market, res.rc).filter((e) => e.name === "Liquidated").length);
    const rounding = 2n * n + 1n;
    if (recorded > 0n) {
      count("deficitRecorded");
      // The deficit leaves the price at once, by exactly its size up to that rounding, never raising it.
      expect(d, "liquidation with deficit: totalAssets change").to.be.gte(-recorded).and.lte(-recorded + rounding);
      expect(d, "a deficit raised the share price").to.be.lt(0n);
    } else {
      expect(d, "liquidation without deficit: totalAssets change").to.be.gte(0n).and.lte(rounding);
    }
  }

  async function fundInflow() {
    const amount = r.big(USDC(1), USDC(3_000));
    let res;
    if (r.chance(0.5)) {
      res = await act(() => f.fund.connect(f.other).deposit(amount));
      log.push(`fund.deposit ${amount}`);
    } else {
      res = await act(() => f.usdc.connect(f.other).transfer(f.fund.target, amount));
      log.push(`fund transfer ${amount}`);
    }
    expectAllowed(res, [], "fund inflow");
    model.fundIn += amount;
    priceUnchanged(res, "fund inflow");
  }

  async function poolDonation() {
    const amount = r.big(1n, USDC(5_000));
    const res = await act(() => f.usdc.connect(f.other).transfer(f.pool.target, amount));
    expectAllowed(res, [], "donation");
    model.donations += amount;
    priceUnchanged(res, "donation");
    log.push(`pool donation ${amount}`);
  }

  async function skim() {
    const res = await act(() => f.pool.skimReserves());
    expectAllowed(res, [], "skim");
    bookMarketAndPool(res.rc);
    priceUnchanged(res, "skim");
    log.push("skim");
  }

  /** Reads what a step will see at the fixed timestamp (pending block). */
  const readWaterfall = async (tag) => {
    const st = await f.waterfall.waterfallState(tag);
    return { st, due: st.next, amount: st.nextAmount, reward: st.nextReward };
  };

  const STEP_NAMES = ["None", "Cover", "StartAuction", "Take", "Settle", "Socialize"];

  /** Calls waterfall step `step` and checks it against what the view said was due. */
  async function waterfallStep(step, keeper) {
    const wf = f.waterfall.connect(keeper);
    let res;
    if (step === Step.Cover) res = await act(() => wf.cover(), readWaterfall);
    else if (step === Step.StartAuction) res = await act(() => wf.startAuction(), readWaterfall);
    else if (step === Step.Socialize) res = await act(() => wf.socialize(), readWaterfall);
    else if (step === Step.Settle) res = await act(() => wf.settle(), readWaterfall);
    else {
      const bidder = r.pick(f.bidders);
      const live = await f.waterfall.liveAuctionId();
      const auctionId = r.chance(0.1) ? live + 1n : live;
      const price = live === 0n ? 0n : await f.auction.price(live);
      const maxPrice = r.chance(0.1) ? price / 2n : price + price / 5n; // 10%: a bid below the price
      const maxTokens = r.chance(0.3) ? 10n ** 30n : r.big(WAD, 60_000n * WAD);
      res = await act(() => f.waterfall.connect(bidder).take(auctionId, maxTokens, maxPrice, bidder.address), async (tag) => ({
        ...(await readWaterfall(tag)),
        price: live === 0n ? 0n : await f.auction.price(live, tag),
        maxPrice,
      }));
    }
    const due = res.pre.due;
    const name = STEP_NAMES[Number(step)];
    log.push(`${name} due=${due} -> ${res.ok ? "ok" : res.err.name}`);

    if (!res.ok) {
      const allowed = ["StepDue", "AuctionNotLive", "PriceAboveMax", "PriceBelowFloor", "AuctionPastDeadline", "ZeroFill", "LotExhausted"];
      expectAllowed(res, allowed, name);
      if (res.err.name === "StepDue") {
        expect(res.err.args[0], `${name}: StepDue names the due step`).to.equal(due);
        expect(due, `${name} refused although it was due`).to.not.equal(step);
      }
      if (res.err.name === "PriceAboveMax") expect(res.pre.maxPrice).to.be.lt(res.pre.price);
      if (["PriceBelowFloor", "AuctionPastDeadline"].includes(res.err.name)) expect(res.pre.st.auction.canSell).to.equal(false);
      return;
    }
    count(name);
    const wfLogs = logsOf(f.waterfall, res.rc);
    const fundLogs = logsOf(f.fund, res.rc);
    bookMarketAndPool(res.rc);
    const paidOut = fundLogs.filter((e) => e.name === "Paid").reduce((s, e) => s + e.args.assets, 0n);
    const delta = res.after.assets - res.before.assets;
    const lockedUp = res.after.locked - res.before.locked;
    if (step === Step.Take) {
      // Bidders may take whenever the auction can sell (even while cover is due).
      expect(res.pre.st.auction.canSell, "take on a live auction").to.equal(true);
      const ev = wfLogs.find((e) => e.name === "AuctionTaken").args;
      expect(delta, "take: price unchanged (the recovery is locked)").to.equal(0n);
      expect(lockedUp, "take: lockedRecovery rises by exactly the payment").to.equal(ev.paid);
      expect(ev.paid * 10n ** 36n, "taker paid for every token (rounded up)").to.be.gte(ev.tokens * res.pre.price);
      expect(res.pre.price, "take at/above the floor").to.be.gte(res.pre.st.auction.floor);
      expect(ev.paid, "take within the open debt").to.be.lte(res.pre.st.openDebt);
      model.minted += ev.tokens;
    } else {
      // A keeper step ran only when due, and paid exactly the previewed reward, priced in at once.
      expect(due, `${name} ran but the view said ${due} was due`).to.equal(step);
      const rewardEv = logsOf(f.pool, res.rc).filter((e) => e.name === "RewardPaid").reduce((s, e) => s + e.args.assets, 0n);
      expect(rewardEv, `${name}: reward == previewStep`).to.equal(res.pre.reward);
      expect(delta, `${name}: price moves by exactly its reward`).to.equal(-rewardEv);
      expect(lockedUp, `${name}: lockedRecovery rises by what the fund paid in`).to.equal(paidOut);
      const amount = step === Step.Settle ? res.pre.st.auction.raised + res.pre.st.uncoveredDeficit : res.pre.amount;
      expect(rewardEv * 20n, `${name}: reward <= 5% of what it moves`).to.be.lte(amount + 20n);
      if (step === Step.Cover) expect(wfLogs.find((e) => e.name === "Covered").args.covered).to.equal(res.pre.amount);
      if (step === Step.Socialize) expect(wfLogs.find((e) => e.name === "Socialized").args.assets).to.equal(res.pre.amount);
    }
    model.fundOut += paidOut;
  }

  async function dueStep() {
    const st = await f.waterfall.waterfallState();
    if (st.next === Step.None) return "noop";
    if (st.next === Step.Take && r.chance(0.4)) {
      // Bidders stay away: the price decays; auctions must end by floor or deadline, not only sell out.
      await time.increase(r.int(20 * 60, 3 * 3_600));
      await refreshFeeds();
      count("bidders-absent");
      log.push("bidders absent");
      return "done";
    }
    await waterfallStep(st.next, r.pick(f.keepers));
    return "done";
  }

  async function randomStep() {
    const step = r.pick([Step.Cover, Step.StartAuction, Step.Take, Step.Settle, Step.Socialize]);
    await waterfallStep(step, r.pick(f.keepers));
  }

  // ------------------------------------------------------------------ invariants

  async function checkInvariants(where) {
    const [views, cvs, st] = await Promise.all([f.lens.positions(f.keys), f.lens.collaterals(), f.waterfall.waterfallState()]);
    const [totalScaled, totalDebt, uncovered, totalLent, cash, poolBal, fundBal, fIn, fOut, supply] = await Promise.all([
      f.pool.totalScaledDebt(), f.pool.totalDebt(), f.pool.uncoveredDeficit(), f.pool.totalLent(), f.pool.cash(),
      f.usdc.balanceOf(f.pool.target), f.fund.balance(), f.fund.totalInflows(), f.fund.totalOutflows(), f.token.totalSupply(),
    ]);
    const [assets, reserves, locked] = await Promise.all([f.pool.totalAssets(), f.pool.reserves(), f.pool.lockedRecovery()]);
    const msg = (s) => `${where}: ${s}`;
    // Lending: positions + deficits == what the pool says is lent out.
    const sumScaled = views.reduce((s, v) => s + v.scaledDebt, 0n);
    expect(sumScaled, msg("sum of position scaled debts == pool.totalScaledDebt")).to.equal(totalScaled);
    expect(totalLent, msg("totalLent == totalDebt + uncoveredDeficit")).to.equal(totalDebt + uncovered);
    const sumDebts = views.reduce((s, v) => s + v.debt, 0n);
    expect(sumDebts + uncovered, msg("sum of position debts + deficits vs totalLent (rounding)"))
      .to.be.gte(totalLent).and.lte(totalLent + BigInt(views.length));
    expect(uncovered, msg("uncoveredDeficit == recorded + rewards - recovered - written off"))
      .to.equal(model.recorded + model.rewards - model.recovered - model.writtenOff);
    expect(st.openDebt + st.settledDebt, msg("openDebt + settledDebt == uncoveredDeficit")).to.equal(uncovered);
    if (st.auction.auctionId !== 0n) expect(st.settledDebt, msg("nothing settled while an auction is live")).to.equal(0n);
    // Share price: recoveries still unlocking are not assets yet.
    const gross = cash + totalDebt;
    expect(assets, msg("totalAssets == cash + totalDebt - reserves - lockedRecovery (clamped)"))
      .to.equal(gross > reserves + locked ? gross - reserves - locked : 0n);
    expect(locked, msg("lockedRecovery <= everything recovered")).to.be.lte(model.recoveredTotal);
    // Tokens: pool, fund, market, recovery token.
    expect(poolBal - cash, msg("pool balance - cash == donations")).to.equal(model.donations);
    expect(fundBal, msg("fund balance == inflows - outflows (model)")).to.equal(model.fundIn - model.fundOut);
    expect(fOut, msg("fund.totalOutflows == model outflows")).to.equal(model.fundOut);
    expect(fIn - fOut, msg("fund booked balance <= balance")).to.be.lte(fundBal);
    expect(fIn + (fundBal - (fIn - fOut)), msg("fund booked + unbooked inflows == model inflows")).to.equal(model.fundIn);
    for (const cv of cvs) {
      const sum = views.filter((v) => v.collateralId === cv.collateralId).reduce((s, v) => s + v.collateral, 0n);
      expect(sum, msg(`collateral ${cv.collateralId}: positions == market total`)).to.equal(cv.totalCollateral);
      expect(await f.tokens[cv.collateralId].balanceOf(f.market.target), msg(`collateral ${cv.collateralId}: market balance`))
        .to.equal(cv.totalCollateral);
    }
    expect(supply, msg("recovery token supply == sum of fills")).to.equal(model.minted);
    if (st.auction.auctionId !== 0n) {
      const a = await f.auction.auction(st.auction.auctionId);
      expect(a.minted, msg("auction within its mint cap")).to.be.lte(a.mintCap);
    }
  }

  // ------------------------------------------------------------------ the sequence

  const actions = [
    [7, lpDeposit], [5, lpRedeem], [20, borrow], [5, repay], [12, movePrice], [6, passTime], [12, liquidate],
    [3, fundInflow], [2, poolDonation], [2, skim], [22, dueStep], [8, randomStep],
  ];
  const totalWeight = actions.reduce((s, [w]) => s + w, 0);
  await checkInvariants("start");
  for (let i = 0; i < ACTIONS; i++) {
    let x = r.next() * totalWeight;
    const [, fn] = actions.find(([w]) => (x -= w) < 0) || actions[actions.length - 1];
    if ((await fn()) === "noop") count(`noop:${fn.name}`);
    count("actions");
    await checkInvariants(`action ${i} (${fn.name})`);
  }
  // Drive the aggregate to the end: the waterfall always terminates, in a bounded number of steps.
  for (let guard = 0; guard < 60; guard++) {
    if ((await dueStep()) === "noop") break;
    const st = await f.waterfall.waterfallState();
    if (st.next === Step.Take) {
      await time.increase(3_600); // let a live auction go stale if nobody buys
      await refreshFeeds();
    }
    await checkInvariants(`drain ${guard}`);
  }
  expect(await f.pool.uncoveredDeficit(), "aggregate extinguished").to.equal(0n);
  // Every recovery reaches the share price once its epoch + the unlock period has passed.
  await time.increase(18 * 3600);
  expect(await f.pool.lockedRecovery(), "nothing locked after epoch + period").to.equal(0n);
  await checkInvariants("unlocked");
  expect(model.recovered + model.writtenOff, "every deficit and reward fully accounted").to.equal(model.recorded + model.rewards);
  const n = await f.pool.deficitCount();
  if (n > 0n) {
    const o = await f.waterfall.deficitOutcome(n);
    expect(o.closed, "the last deficit's round is closed").to.equal(true);
    expect(o.covered + o.raised + o.socialized).to.equal(o.assets);
  }
}
