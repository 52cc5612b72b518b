// Full scenarios through the real Market: positions go bad, liquidations record deficits, and the
// waterfall (cover -> auction -> socialize) extinguishes them. Share-price effects are measured at a
// fixed timestamp (sameTimeEffect), so they must equal the amounts recorded/recovered exactly; a
// recovery moves lockedRecovery, not the price, and reaches the price over RECOVERY_UNLOCK_PERIOD.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const {
  USDC, Step, Phase, WAD, PRICE_SCALE, ceilDiv, curvePrice, deploySystemFixture, eventOf, remaining, setPrice, refreshFeeds,
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
  return { id: liq.deficitId, assets: liq.deficitAssets, fee: liq.fee, repaid: liq.repaid, fx };
}

async function startedAuction(f, id) {
  const rc = await (await f.waterfall.connect(f.keeper).startAuction(id)).wait();
  const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
  return { auctionId, a: await f.auction.auction(auctionId) };
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
    expect(await f.fund.unbooked()).to.equal(d.fee); // the liquidation-bonus cut arrived in the fund
    // underwater (10,000 against 15,000): the dynamic bonus is at its floor, 5% x Market.MIN_BONUS_SHARE = 2.5%
    expect(d.fee).to.equal(ceilDiv(ceilDiv(d.repaid * 25n * WAD / 1000n, WAD) * 10n * WAD / 100n, WAD));
    expect(await f.waterfall.nextStep(d.id)).to.equal(Step.StartAuction); // 47.6 < min(1,000, 5,476)
  });

  it("deficit fully covered by the fund", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.fund.connect(f.other).deposit(USDC(10_000));
    const d = await wethDeficit(f);
    expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Cover);
    const fundBefore = await f.fund.balance();
    const fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).cover(d.id));
    const ev = eventOf(f.waterfall, fx.rc, "Covered");
    expect(ev.covered).to.equal(d.assets);
    expect(fx.after).to.equal(fx.before); // locked: no price step in the cover's block
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(d.assets); // exactly the recovery, to the unit
    await time.increase(await f.pool.RECOVERY_UNLOCK_PERIOD()); // no borrower left: no interest
    expect(await f.pool.lockedRecovery()).to.equal(0n);
    expect((await f.pool.totalAssets()) - fx.before).to.equal(d.assets);
    expect(await f.fund.balance()).to.equal(fundBefore - d.assets - ev.reward);
    expect(ev.reward).to.equal(USDC(5) + d.assets / 1000n);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    await f.fund.sync();
    expect(await f.fund.balance()).to.equal((await f.fund.totalInflows()) - (await f.fund.totalOutflows()));
  });

  it("the fund covers part and the auction raises the rest", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.fund.connect(f.other).deposit(USDC(2_000));
    const d = await wethDeficit(f);
    let fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).cover(d.id));
    const covered = eventOf(f.waterfall, fx.rc, "Covered").covered;
    expect(covered).to.equal(USDC(2_000) + d.fee); // everything the fund had, reward 0
    expect(fx.after).to.equal(fx.before);
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(covered);
    const assetsAfterCover = fx.after;
    expect(await f.fund.balance()).to.equal(0n);

    const { auctionId, a } = await startedAuction(f, d.id);
    const left = await remaining(f, d.id);
    expect(left).to.equal(d.assets - covered);
    // Two bidders: a partial fill, then one that takes the rest.
    const p1 = curvePrice(a.curve, a.top, 300n);
    fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.bidder).take(auctionId, 1_000n * WAD, p1, f.bidder.address),
      a.startedAt + 300n);
    const paid1 = ceilDiv(1_000n * WAD * p1, PRICE_SCALE);
    expect(fx.after).to.equal(fx.before);
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(paid1);
    const p2 = curvePrice(a.curve, a.top, 900n);
    fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.bidder2).take(auctionId, 10n ** 30n, p2, f.bidder2.address),
      a.startedAt + 900n);
    expect(fx.after).to.equal(fx.before);
    expect(fx.lockedAfter - fx.lockedBefore).to.equal(left - paid1);
    expect(await remaining(f, d.id)).to.equal(0n);
    expect((await f.waterfall.deficitState(d.id)).phase).to.equal(Phase.Closed);
    expect(await f.token.totalSupply()).to.equal(1_000n * WAD + ((left - paid1) * PRICE_SCALE) / p2);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    // A full period after the last recovery the LPs have all of it (no borrower left: no interest).
    await time.increase(await f.pool.RECOVERY_UNLOCK_PERIOD());
    expect(await f.pool.lockedRecovery()).to.equal(0n);
    expect((await f.pool.totalAssets()) - assetsAfterCover).to.equal(d.assets);
  });

  it("the auction sells only part; socialization writes off the rest without moving the price", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.pool.connect(f.lp2).deposit(USDC(500_000), f.lp2.address);
    const d = await wethDeficit(f);
    const { auctionId, a } = await startedAuction(f, d.id); // keeper paid from the fee float
    await time.setNextBlockTimestamp(a.startedAt + 1200n);
    const p = curvePrice(a.curve, a.top, 1200n);
    await f.waterfall.connect(f.bidder).take(auctionId, 2_000n * WAD, p, f.bidder.address);
    const paid = ceilDiv(2_000n * WAD * p, PRICE_SCALE);
    await time.increaseTo(a.startedAt + 88n * 60n); // curve below the floor
    expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Settle);
    await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, a.top, f.bidder.address))
      .to.be.revertedWithCustomError(f.auction, "PriceBelowFloor");
    await f.waterfall.connect(f.keeper).settle(auctionId);
    const left = await remaining(f, d.id);
    expect(left).to.equal(d.assets - paid);
    const priceBefore = await f.pool.convertToAssets(10n ** 12n);
    const fx = await sameTimeEffect(f.pool, () => f.waterfall.connect(f.keeper).socialize(d.id));
    expect(fx.after).to.equal(fx.before); // already priced in: O(1), no price move
    expect(await f.pool.convertToAssets(10n ** 12n)).to.be.gte(priceBefore); // only interest may add
    const ev = eventOf(f.waterfall, fx.rc, "Socialized");
    expect(ev.assets).to.equal(left);
    expect(ev.lossPerShareWad).to.equal(ceilDiv(left * WAD, await f.pool.totalSupply()));
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
  });

  it("several deficits from several positions and collateral types at once", async function () {
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
    const [dEth, dBtc, dXau] = recorded.map((e) => ({ id: e.deficitId, assets: e.assets }));
    const total = dEth.assets + dBtc.assets + dXau.assets;
    expect(await f.pool.uncoveredDeficit()).to.equal(total);

    // The fund can pay the WETH deficit fully and part of the WBTC one.
    await f.fund.connect(f.other).deposit(dEth.assets + USDC(3_000));
    let st = await f.waterfall.waterfallState();
    expect(st.deficits.map((x) => x.next)).to.deep.equal([Step.Cover, Step.Cover, Step.Cover]);
    await f.waterfall.connect(f.keeper).cover(dEth.id);
    await f.waterfall.connect(f.keeper).cover(dBtc.id);
    expect(await remaining(f, dEth.id)).to.equal(0n);
    expect(await f.fund.balance()).to.equal(0n);
    st = await f.waterfall.waterfallState();
    expect(st.deficits.map((x) => x.deficitId)).to.deep.equal([dBtc.id, dXau.id]);
    expect(st.deficits.map((x) => x.next)).to.deep.equal([Step.StartAuction, Step.StartAuction]);

    // Two auctions at once: WBTC sells out, XAU6 goes stale with nothing sold.
    const btcA = await startedAuction(f, dBtc.id);
    const xauA = await startedAuction(f, dXau.id);
    st = await f.waterfall.waterfallState();
    expect(st.auctions.map((x) => x.auctionId)).to.deep.equal([btcA.auctionId, xauA.auctionId]);
    expect(st.auctions.every((x) => x.canSell)).to.equal(true);
    await f.waterfall.connect(f.bidder).take(btcA.auctionId, 10n ** 30n, btcA.a.top, f.bidder.address);
    expect(await remaining(f, dBtc.id)).to.equal(0n);
    await time.increase(7 * 3600);
    await expect(f.waterfall.socialize(dXau.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(dXau.id, Step.Settle);
    await f.waterfall.connect(f.keeper).settle(xauA.auctionId);
    await f.waterfall.connect(f.keeper).socialize(dXau.id);

    st = await f.waterfall.waterfallState();
    expect(st.deficits.length).to.equal(0);
    expect(st.auctions.length).to.equal(0);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    // Accounting closes: the healthy position is all that is lent out.
    expect(await f.pool.totalScaledDebt()).to.equal((await f.market.position(f.ids.WETH, f.other.address)).scaledDebt);
    await refreshFeeds(f);
  });
});
