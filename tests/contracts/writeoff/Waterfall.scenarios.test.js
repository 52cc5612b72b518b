// Full scenarios through the real Market: positions go bad, liquidations record deficits, and the
// waterfall (cover -> auction -> socialize) extinguishes them. Share-price effects are measured at a
// fixed timestamp (sameTimeEffect), so they must equal the amounts recorded/recovered exactly; a
// recovery moves lockedRecovery, not the price, and reaches the price over RECOVERY_UNLOCK_PERIOD.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const {
  USDC, Step, Phase, WAD, PRICE_SCALE, ceilDiv, curvePrice, deploySystemFixture, eventOf, setPrice, refreshFeeds,
  sameTimeEffect,
} = require("./helpers");

const ETH = (n) => BigInt(n) * 10n ** 18n;
const BTC = (n) => BigInt(n) * 10n ** 8n;
const XAU = (n) => BigInt(n) * 10n ** 6n;

/** alice: 10 WETH, borrows 15,000; WETH crashes to 1,000; liquidated in full -> deficit. */
async function wethDeficit(f) {
  await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(15_000), f.alice.address);
  await setPrice(f, "WETH", 1_000);
  const fx = await sameTimeEffect(f.pool, () =>
    f.market.connect(f.liquidator).liquidate(f.ids.WETH, f.alice.address, ethers.MaxUint256));
  const liq = eventOf(f.market, fx.rc, "Liquidated");
  const deficit = eventOf(f.pool, fx.rc, "DeficitRecorded");
  return { id: deficit.deficitId, assets: deficit.assets, fee: liq.fee, repaid: liq.repaid, fx };
}

async function startedAuction(f) {
  const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
  const ev = eventOf(f.waterfall, rc, "AuctionStarted");
  return { auctionId: ev.auctionId, target: ev.target, reward: ev.reward, rc, a: await f.auction.auction(ev.auctionId) };
}

describe("Write-off scenarios (real Market liquidations)", function () {
  it("the liquidation prices the deficit out of the share price in the same transaction", async function () {
    const f = await loadFixture(deploySystemFixture);
    const d = await wethDeficit(f);
    expect(d.id).to.equal(1n);
    // Liquidation repays `repaid` (rounded up per position, down in the pool's total) and records the deficit.
    const change = d.fx.after - d.fx.before;
    expect(change).to.be.lte(-d.assets + 2n);
    expect(change).to.be.gte(-d.assets - 2n);
    expect(await f.pool.uncoveredDeficit()).to.equal(d.assets);
    // the liquidation-bonus cut rode in the repayment into the pool's reserves; the next step skims it to the fund
    expect(await f.fund.unbooked()).to.equal(0n);
    expect(eventOf(f.pool, d.fx.rc, "Repaid").fee).to.equal(d.fee);
    expect((await f.waterfall.waterfallState()).skimmableReserves).to.be.gte(d.fee);
    // underwater (10,000 against 15,000): the dynamic bonus is at its floor, 5% x Market.MIN_BONUS_SHARE = 2.5%
    expect(d.fee).to.equal(ceilDiv(d.repaid * (25n * WAD / 1000n) * (10n * WAD / 100n), WAD * WAD));
    expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction); // 47.6 < min(1,000, 5,476)
  });

  it("deficit fully covered by the fund (reward included)", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.fund.connect(f.other).deposit(USDC(10_000));
    const d = await wethDeficit(f);
    expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
    const fundBefore = (await f.fund.balance()) + (await f.waterfall.waterfallState()).skimmableReserves; // cover skims first
    const fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).cover());
    const ev = eventOf(f.waterfall, fx.rc, "Covered");
    expect(ev.reward).to.equal(USDC(5) + d.assets / 1000n);
    expect(ev.covered).to.equal(d.assets + ev.reward);
    expect(fx.before - fx.after).to.equal(ev.reward); // the reward is priced in; the cover is locked
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(ev.covered); // exactly the recovery, to the unit
    await time.increase(18 * 3600); // no borrower left: no interest
    expect(await f.pool.lockedRecovery()).to.equal(0n);
    expect((await f.pool.totalAssets()) - fx.before).to.equal(d.assets);
    expect(await f.fund.balance()).to.equal(fundBefore - ev.covered);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    await f.fund.sync();
    expect(await f.fund.balance()).to.equal((await f.fund.totalInflows()) - (await f.fund.totalOutflows()));
  });

  it("the fund covers part and the auction raises the rest", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.fund.connect(f.other).deposit(USDC(2_000));
    const d = await wethDeficit(f);
    let fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).cover());
    const cov = eventOf(f.waterfall, fx.rc, "Covered");
    expect(cov.covered).to.equal(USDC(2_000) + d.fee); // everything the fund had
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(cov.covered);
    expect(await f.fund.balance()).to.equal(0n);

    const { auctionId, a, target, reward } = await startedAuction(f);
    expect(target).to.equal(d.assets + cov.reward - cov.covered + reward);
    const p1 = curvePrice(a.curve, a.top, 300n);
    fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.bidder).take(auctionId, 1_000n * WAD, p1, f.bidder.address),
      a.startedAt + 300n);
    const paid1 = ceilDiv(1_000n * WAD * p1, PRICE_SCALE);
    expect(fx.after).to.equal(fx.before);
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(paid1);
    const p2 = curvePrice(a.curve, a.top, 900n);
    fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.bidder2).take(auctionId, 10n ** 30n, p2, f.bidder2.address),
      a.startedAt + 900n);
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(target - paid1);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    expect(await f.token.totalSupply()).to.equal(1_000n * WAD + ((target - paid1) * PRICE_SCALE) / p2);
    const r1 = await f.waterfall.round(1);
    expect(r1.covered + r1.raised).to.equal(d.assets + r1.rewards);
    const o = await f.waterfall.deficitOutcome(d.id);
    expect(o.covered + o.raised).to.be.closeTo(d.assets, 1n);
    expect(o.socialized).to.be.lte(1n);
  });

  it("the auction sells only part; socialization writes off the rest, moving the price only by its reward", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.pool.connect(f.lp2).deposit(USDC(500_000), f.lp2.address);
    const d = await wethDeficit(f);
    const { auctionId, a } = await startedAuction(f); // the fee float is swept in first
    await time.setNextBlockTimestamp(a.startedAt + 1200n);
    const p = curvePrice(a.curve, a.top, 1200n);
    await f.waterfall.connect(f.bidder).take(auctionId, 2_000n * WAD, p, f.bidder.address);
    await time.increaseTo(a.startedAt + 88n * 60n); // curve below the floor
    expect(await f.waterfall.nextStep()).to.equal(Step.Settle);
    await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, a.top, f.bidder.address))
      .to.be.revertedWithCustomError(f.auction, "PriceBelowFloor");
    await f.waterfall.connect(f.keeper).settle();
    const left = await f.waterfall.settledDebt();
    const fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).socialize());
    const ev = eventOf(f.waterfall, fx.rc, "Socialized");
    expect(fx.before - fx.after).to.equal(ev.reward); // the loss was already priced in
    expect(ev.assets).to.equal(left + ev.reward);
    // Net loss per whole share over the round, in USDC (WAD): what a share held throughout lost.
    const r = await f.waterfall.round(1);
    const supply = await f.pool.totalSupply();
    const approx = ((r.socialized) * WAD * 10n ** 6n) / (supply + 10n ** 6n);
    expect(ev.lossPerShareWad).to.be.closeTo(approx, approx / 100n);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
  });

  it("several deficits from several positions and collateral types: one cover, one auction, one settle, one socialization", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(15_000), f.alice.address);
    await f.market.connect(f.bob).open(f.ids.WBTC, BTC(1), USDC(40_000), f.bob.address);
    await f.market.connect(f.carol).open(f.ids.XAU6, XAU(10), USDC(14_900), f.carol.address);
    await f.market.connect(f.other).open(f.ids.WETH, ETH(20), USDC(10_000), f.other.address); // stays healthy
    await setPrice(f, "WETH", 1_000);
    await setPrice(f, "WBTC", 30_000);
    await setPrice(f, "XAU6", 1_000);
    const orders = [
      { collateralId: f.ids.WETH, owner: f.alice.address, maxRepay: ethers.MaxUint256 },
      { collateralId: f.ids.WBTC, owner: f.bob.address, maxRepay: ethers.MaxUint256 },
      { collateralId: f.ids.XAU6, owner: f.carol.address, maxRepay: ethers.MaxUint256 },
      { collateralId: f.ids.WETH, owner: f.other.address, maxRepay: ethers.MaxUint256 }, // healthy: skipped
    ];
    const rc = await (await f.market.connect(f.liquidator).liquidateBatch(orders)).wait();
    const recorded = rc.logs.map((l) => { try { return f.pool.interface.parseLog(l); } catch { return null; } })
      .filter((e) => e && e.name === "DeficitRecorded").map((e) => e.args);
    expect(recorded.map((e) => e.collateralId)).to.deep.equal([1n, 2n, 3n]);
    const total = recorded.reduce((s, e) => s + e.assets, 0n);
    expect(await f.pool.uncoveredDeficit()).to.equal(total);

    await f.fund.connect(f.other).deposit(USDC(8_000));
    let st = await f.waterfall.waterfallState();
    expect([st.next, st.phase, st.deficitCount]).to.deep.equal([Step.Cover, Phase.Open, 3n]);
    await f.waterfall.connect(f.keeper).cover();
    expect(await f.fund.balance()).to.equal(0n);
    const { auctionId, a } = await startedAuction(f);
    st = await f.waterfall.waterfallState();
    expect([st.next, st.phase, st.auction.auctionId, st.auction.canSell]).to.deep.equal([Step.Take, Phase.Auctioning, auctionId, true]);
    await f.waterfall.connect(f.bidder).take(auctionId, 10_000n * WAD, a.top, f.bidder.address);
    await time.increase(7 * 3600);
    await refreshFeeds(f);
    await expect(f.waterfall.socialize()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Settle);
    await f.waterfall.connect(f.keeper).settle();
    await f.waterfall.connect(f.keeper).socialize();

    st = await f.waterfall.waterfallState();
    expect([st.next, st.phase, st.uncoveredDeficit, st.roundId]).to.deep.equal([Step.None, Phase.Idle, 0n, 2n]);
    const r1 = await f.waterfall.round(1);
    expect(r1.covered + r1.raised + r1.socialized).to.equal(total + r1.rewards);
    let sum = 0n;
    for (const e of recorded) {
      const o = await f.waterfall.deficitOutcome(e.deficitId);
      expect(o.covered + o.raised + o.socialized).to.equal(e.assets);
      sum += o.socialized;
    }
    expect(sum).to.be.lte(r1.socialized);
    // Accounting closes: the healthy position is all that is lent out.
    expect(await f.pool.totalScaledDebt()).to.equal((await f.market.position(f.ids.WETH, f.other.address)).scaledDebt);
  });

  it("MarketLens.poolState carries lockedRecovery, entryAssets and lastAccrual: the share price's parts in one call", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.fund.connect(f.other).deposit(USDC(2_000));
    await f.market.connect(f.bob).open(f.ids.WETH, ETH(20), USDC(10_000), f.bob.address); // a borrower: interest
    await wethDeficit(f);
    await f.waterfall.connect(f.keeper).cover();
    await time.increase(600);
    const block = await ethers.provider.getBlockNumber();
    const tag = { blockTag: block };
    const v = await f.lens.poolState(tag);
    expect(v.lockedRecovery).to.equal(await f.pool.lockedRecovery(tag));
    expect(v.lockedRecovery).to.be.gt(0n);
    expect(v.entryAssets).to.equal(await f.pool.entryAssets(tag));
    expect(v.lastAccrual).to.equal(await f.pool.lastAccrual(tag));
    expect(v.totalAssets).to.equal(v.cash + v.totalDebt - v.reserves - v.lockedRecovery);
    expect(v.entryAssets).to.equal(v.totalAssets + v.lockedRecovery + (await f.pool.recoveryInSight(tag)));
  });
});
