// Issue 18 "views for keepers and frontends", in MarketLens (the Market is near EIP-170) plus Waterfall.stepRewards:
// oracleStatuses (validity with the reason), account(owner), poolDetails, deficits(from, to) with outcomes,
// writeOffState (each step's amount and reward now, the live auction's time to floor). Each is checked against the
// contracts' own single-value views on a real system (Market, oracles, pool, write-off).
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { USDC, deploySystemFixture, setPrice, eventOf } = require("./helpers");

const MAX = ethers.MaxUint256;
const ETH = (n) => BigInt(n) * 10n ** 18n;
const Reason = { None: 0n, Stale: 1n, NonPositive: 2n, NoAnswer: 3n, IncompleteRound: 4n, FutureTimestamp: 5n, OutOfRange: 6n, Unknown: 7n };
const Step = { None: 0n, Cover: 1n, StartAuction: 2n, Take: 3n, Settle: 4n, Socialize: 5n };

async function withDeficit() {
  const f = await loadFixture(deploySystemFixture);
  const { WETH, WBTC } = f.ids;
  await f.market.connect(f.alice).open(WETH, 10n ** 19n, USDC(14_000), f.alice.address);
  await f.market.connect(f.alice).open(WBTC, 10n ** 8n, USDC(20_000), f.alice.address);
  await f.market.connect(f.bob).open(WETH, 10n ** 19n, USDC(14_000), f.bob.address);
  await setPrice(f, "WETH", 1_000);
  await f.market.connect(f.liquidator).liquidateBatch([
    { collateralId: WETH, owner: f.alice.address, maxRepay: MAX },
    { collateralId: WETH, owner: f.bob.address, maxRepay: MAX },
  ]);
  return f;
}

describe("MarketLens views for keepers and frontends (issue 18)", function () {
  it("oracleStatuses: validity and the reason — none, stale, non-positive, no answer (gas-burning feed)", async function () {
    const f = await loadFixture(deploySystemFixture);
    let st = await f.lens.oracleStatuses();
    expect(st.map((s) => [s.valid, s.reason])).to.deep.equal([[true, Reason.None], [true, Reason.None], [true, Reason.None]]);
    expect(st[0].price).to.equal((await f.market.collateralPrice(f.ids.WETH))[0]);
    await f.aggregators.WBTC.setAnswer(0n);
    await time.increase(2 * 3600); // WETH (1 h) stale; XAU6 (24 h) fine
    await f.aggregators.XAU6.setAnswer((await f.aggregators.XAU6.latestRoundData())[1]);
    st = await f.lens.oracleStatuses();
    expect(st.map((s) => [s.valid, s.reason, s.price])).to.deep.equal([[false, Reason.Stale, 0n], [false, Reason.NonPositive, 0n], [true, Reason.None, st[2].price]]);
    const feed = await (await ethers.getContractFactory("FaultyAggregator")).deploy(2000n * 10n ** 8n);
    const oracle = await (await ethers.getContractFactory("ChainlinkOracle")).deploy(await feed.getAddress(), 3600);
    await f.market.setCollateralOracle(f.ids.WETH, await oracle.getAddress());
    await feed.setMode(4); // BurnGas
    st = await f.lens.oracleStatuses();
    expect([st[0].valid, st[0].reason]).to.deep.equal([false, Reason.NoAnswer]);
    expect(st[0].oracle).to.equal(await oracle.getAddress());
  });

  it("account: every position of the owner with health and oracle reason, and its LP shares with what they can do now", async function () {
    const f = await withDeficit();
    const { XAU6 } = f.ids;
    await f.market.connect(f.alice).deposit(XAU6, f.alice.address, 10n ** 6n); // collateral only
    await f.usdc.connect(f.alice).approve(await f.pool.getAddress(), MAX);
    const v = await f.lens.account(f.alice.address);
    // alice: WETH closed by the liquidation (gone), WBTC with debt, XAU6 collateral only
    expect(v.positions.map((p) => p.collateralId)).to.deep.equal([BigInt(f.ids.WBTC), BigInt(XAU6)]);
    for (const p of v.positions) expect(p).to.deep.equal(await f.lens.position(p.collateralId, f.alice.address));
    expect(v.oracleReasons).to.deep.equal([Reason.None, Reason.None]);
    const lp = await f.lens.account(f.lp1.address);
    expect(lp.positions.length).to.equal(0);
    expect(lp.shares).to.equal(await f.pool.balanceOf(f.lp1.address));
    expect(lp.shareValue).to.equal(await f.pool.previewRedeem(lp.shares));
    expect(lp.maxWithdraw).to.equal(await f.pool.maxWithdraw(f.lp1.address));
    expect(lp.maxRedeem).to.equal(await f.pool.maxRedeem(f.lp1.address));
    expect(lp.maxDeposit).to.equal(0n); // a deficit the fund cannot cover: entries refused (N-01)
    await time.increase(2 * 3600); // stale feeds: the reason comes with the position
    const stale = await f.lens.account(f.alice.address);
    expect(stale.oracleReasons[0]).to.equal(Reason.Stale);
  });

  it("poolDetails: entry and exit price per share, recovery state and rates agree with the pool", async function () {
    const f = await withDeficit();
    const d = await f.lens.poolDetails();
    const one = 10n ** (await f.pool.decimals());
    expect(d.entryPricePerShare).to.equal(await f.pool.previewMint(one));
    expect(d.exitPricePerShare).to.equal(await f.pool.previewRedeem(one));
    expect(d.entriesOpen).to.equal(false);
    expect(d.exitsPausedBy).to.equal(0n);
    expect(d.recoveryInSight).to.equal(await f.pool.recoveryInSight());
    expect(d.borrowRatePerSecond).to.equal(await f.pool.borrowRatePerSecond());
    expect(d.borrowApr).to.equal((d.borrowRatePerSecond * 365n * 24n * 3600n) / 10n ** 9n);
    expect(d.utilization).to.equal(await f.pool.utilization());
    const WAD = 10n ** 18n;
    expect(d.supplyApr).to.equal((((d.borrowApr * d.utilization) / WAD) * (WAD - d.reserveFactor)) / WAD);
    expect(d.supplyApr).to.be.gt(0n);
    // after a cover the recovery is locked until recoveryUnlockEnd
    await f.fund.connect(f.other).deposit(USDC(100_000));
    await f.waterfall.connect(f.keeper).cover();
    const after = await f.lens.poolDetails();
    expect(after.lockedRecovery).to.be.gt(0n);
    expect(after.recoveryUnlockEnd).to.equal(await f.pool.recoveryUnlockEnd());
    expect(after.entriesOpen).to.equal(true);
    expect(after.entryPricePerShare).to.be.gte(after.exitPricePerShare);
  });

  it("poolDetails: exitsPausedBy names the collateral whose invalid oracle refuses LP exits, 0 once it is back", async function () {
    const f = await loadFixture(deploySystemFixture);
    await f.pool.connect(f.lp2).deposit(USDC(1_000_000), f.lp2.address);
    await f.market.connect(f.alice).open(f.ids.WETH, ETH(10), USDC(15_000), f.alice.address);
    expect((await f.lens.poolDetails()).exitsPausedBy).to.equal(0n);
    await f.aggregators.WETH.setAnswer(0n);
    expect((await f.lens.poolDetails()).exitsPausedBy).to.equal(f.ids.WETH);
    expect((await f.lens.poolDetails()).exitsPausedBy).to.equal(await f.pool.exitsPausedBy());
    expect(await f.pool.maxRedeem(f.lp2.address)).to.equal(0n);
    await setPrice(f, "WETH", 2_000);
    expect((await f.lens.poolDetails()).exitsPausedBy).to.equal(0n);
  });

  it("deficits(from, to): each recorded deficit with its outcome once its round closes; ids outside the range revert", async function () {
    const f = await withDeficit();
    const n = await f.pool.deficitCount();
    expect(n).to.equal(2n);
    let v = await f.lens.deficits(1, 99);
    expect(v.length).to.equal(2);
    expect(v[0].closed).to.equal(false);
    const d1 = await f.pool.deficit(1);
    expect([v[0].deficitId, v[0].assets, v[0].borrower, v[0].collateralId]).to.deep.equal([1n, d1.original, f.alice.address, BigInt(f.ids.WETH)]);
    await f.fund.connect(f.other).deposit(USDC(100_000));
    await f.waterfall.connect(f.keeper).cover();
    v = await f.lens.deficits(2, 2);
    expect(v.length).to.equal(1);
    const o = await f.waterfall.deficitOutcome(2);
    expect([v[0].roundId, v[0].closed, v[0].covered, v[0].raised, v[0].socialized]).to.deep.equal([o[0], o[1], o[3], o[4], o[5]]);
    expect(v[0].closed).to.equal(true);
    await expect(f.lens.deficits(0, 1)).to.be.revertedWithCustomError(f.pool, "UnknownDeficit").withArgs(0n);
    await expect(f.lens.deficits(3, 5)).to.be.revertedWithCustomError(f.pool, "UnknownDeficit").withArgs(3n);
    expect(await f.lens.deficits(2, 1)).to.deep.equal([]);
  });

  it("writeOffState: each step's amount and reward now (the due one equals previewStep) and the live auction's time to floor", async function () {
    const f = await withDeficit();
    let w = await f.lens.writeOffState();
    expect(w.next).to.equal(Step.StartAuction);
    const [, amount, reward] = await f.waterfall.previewStep();
    expect([w.amounts[1], w.rewards[1]]).to.deep.equal([amount, reward]);
    expect(w.auctionId).to.equal(0n);
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId, target } = eventOf(f.waterfall, rc, "AuctionStarted");
    w = await f.lens.writeOffState();
    expect(w.next).to.equal(Step.Take);
    expect(w.auctionId).to.equal(auctionId);
    expect(w.auctionDebt).to.equal(target);
    expect(w.price).to.equal(await f.auction.price(auctionId));
    expect(w.secondsToDeadline).to.equal(6n * 3600n);
    // the curve falls 1% a minute from 1.20 to its 0.50 floor: under the floor after ~88 minutes
    const toFloor = w.secondsToFloor;
    expect(toFloor).to.be.gt(80n * 60n);
    expect(toFloor).to.be.lt(95n * 60n);
    await time.increase(Number(toFloor) - 2);
    expect(await f.auction.price(auctionId)).to.be.gte(w.floor);
    await time.increase(2);
    expect(await f.auction.price(auctionId)).to.be.lt(w.floor);
    w = await f.lens.writeOffState();
    expect(w.next).to.equal(Step.Settle);
    expect(w.secondsToFloor).to.equal(0n);
    const [, sAmount, sReward] = await f.waterfall.previewStep();
    expect([w.amounts[2], w.rewards[2]]).to.deep.equal([sAmount, sReward]);
    await f.waterfall.connect(f.keeper).settle();
    w = await f.lens.writeOffState();
    expect(w.next).to.equal(Step.Socialize);
    const [, zAmount, zReward] = await f.waterfall.previewStep();
    expect([w.amounts[3], w.rewards[3]]).to.deep.equal([zAmount, zReward]);
  });
});
