// Issue 18 N-03, N-04, N-07(a): what settle hands on, what it pays, and a cover that closes the round.
//   N-03: settle (and a take that ends the auction) moves to settledDebt only the debt the auction was started
//         for, less what takes and covers paid since (Waterfall.auctionDebt); debt recorded after it started waits
//         for a fresh auction and is never socialized without one.
//   N-04: settle's reward is measured on what it moves (that debt), not on raised + left.
//   N-07(a): a fund holding the whole debt covers the reward too: the round closes in one step.
const { expect } = require("chai");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { USDC, deployWriteOffFixture, makeDeficit, eventOf } = require("./helpers");

const Step = { None: 0n, Cover: 1n, StartAuction: 2n, Take: 3n, Settle: 4n, Socialize: 5n };
const STALE = 7 * 3600; // past the 6 h deadline

describe("N-03: settle hands on only the debt its auction was started for", function () {
  it("a deficit recorded while the auction is stale waits for a fresh auction (the keeper's liquidate-then-settle order)", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    await makeDeficit(f, USDC(20_000));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId, target } = eventOf(f.waterfall, rc, "AuctionStarted");
    expect(await f.waterfall.auctionDebt()).to.equal(target);
    await time.increase(STALE);
    expect(await f.waterfall.nextStep()).to.equal(Step.Settle);
    const later = await makeDeficit(f, USDC(5_376.19)); // recorded while the auction is stale
    const [, amount, reward] = await f.waterfall.previewStep();
    expect(amount).to.equal(target + reward);
    await f.waterfall.connect(f.keeper).settle();
    // before the fix settledDebt took the later deficit too, and socialize wrote it off without an auction
    expect(await f.waterfall.settledDebt()).to.equal(target + reward);
    expect(await f.waterfall.auctionDebt()).to.equal(0n);
    await f.waterfall.connect(f.keeper).socialize();
    expect(await f.pool.uncoveredDeficit()).to.equal(later.assets);
    expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction);
    // the later deficit gets its own auction, which can raise it
    const rc2 = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const second = eventOf(f.waterfall, rc2, "AuctionStarted");
    await time.increase(3600);
    const price = await f.auction.price(second.auctionId);
    const tk = await (await f.waterfall.connect(f.bidder).take(second.auctionId, 100_000n * 10n ** 18n, price, f.bidder.address)).wait();
    const raised = eventOf(f.waterfall, tk, "AuctionTaken").paid;
    expect(raised).to.equal(second.target);
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    console.log(`      the later 5,376.19 deficit was auctioned for ${Number(raised) / 1e6} USDC (before the fix: socialized)`);
  });

  it("takes pay the auction's own debt first; a later deficit bought down while it sells is not socialized either", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    await makeDeficit(f, USDC(10_000));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId, target } = eventOf(f.waterfall, rc, "AuctionStarted");
    const later = await makeDeficit(f, USDC(3_000)); // recorded while it sells
    const price = await f.auction.price(auctionId);
    const tk = await (await f.waterfall.connect(f.bidder).take(auctionId, 4_000n * 10n ** 18n, price, f.bidder.address)).wait();
    const paid = eventOf(f.waterfall, tk, "AuctionTaken").paid;
    expect(await f.waterfall.auctionDebt()).to.equal(target - paid);
    await time.increase(STALE);
    await f.waterfall.connect(f.keeper).settle();
    const settled = await f.waterfall.settledDebt();
    const [, , reward] = [0, 0, settled - (target - paid)];
    expect(settled - reward).to.equal(target - paid);
    await f.waterfall.connect(f.keeper).socialize();
    expect(await f.pool.uncoveredDeficit()).to.equal(later.assets);
  });

  it("a take that ends the auction (lot used up) also hands on only its own debt", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    await f.auction.connect(f.admin).setMintCap(10n ** 18n * 1_000n); // 1,000 KSR at most
    await makeDeficit(f, USDC(10_000));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId, target } = eventOf(f.waterfall, rc, "AuctionStarted");
    const later = await makeDeficit(f, USDC(2_000));
    const price = await f.auction.price(auctionId);
    const tk = await (await f.waterfall.connect(f.bidder).take(auctionId, 10n ** 18n * 1_000n, price, f.bidder.address)).wait();
    const paid = eventOf(f.waterfall, tk, "AuctionTaken").paid;
    expect(await f.waterfall.liveAuctionId()).to.equal(0n);
    expect(await f.waterfall.settledDebt()).to.equal(target - paid);
    expect(await f.pool.uncoveredDeficit()).to.equal(target - paid + later.assets);
  });
});

describe("N-04: settle's reward is measured on what the step moves", function () {
  it("an auction that raised all but a few base units pays its settler at most maxRewardShare of them", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    await makeDeficit(f, USDC(20_000));
    const rc = await (await f.waterfall.connect(f.keeper).startAuction()).wait();
    const { auctionId } = eventOf(f.waterfall, rc, "AuctionStarted");
    const price = await f.auction.price(auctionId);
    const PRICE_SCALE = 10n ** 36n; // DebtAuction: tokens × priceWad / PRICE_SCALE = debt-asset units
    const uncovered = await f.pool.uncoveredDeficit();
    const tokens = ((uncovered - 5n) * PRICE_SCALE) / price;
    await f.waterfall.connect(f.bidder).take(auctionId, tokens, price, f.bidder.address);
    const left = await f.pool.uncoveredDeficit();
    expect(left).to.be.gte(5n);
    expect(left).to.be.lt(USDC(1));
    await time.increase(STALE);
    const [, , previewed] = await f.waterfall.previewStep();
    const before = await f.usdc.balanceOf(f.keeper.address);
    await f.waterfall.connect(f.keeper).settle();
    const paid = (await f.usdc.balanceOf(f.keeper.address)) - before;
    expect(paid).to.equal(previewed);
    // before the fix: the full reward cap (100 USDC), measured on raised + left
    expect(paid).to.be.lte((left * (await f.waterfall.maxRewardShare())) / 10n ** 18n);
  });
});

describe("N-07(a): a fund holding exactly the debt closes the round in one cover", function () {
  it("exactly the debt: the cover pays no reward it cannot cover, and the round closes", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const d = await makeDeficit(f, USDC(6_000));
    await f.fund.connect(f.other).deposit(d.assets);
    const [step, amount, reward] = await f.waterfall.previewStep();
    expect([step, amount, reward]).to.deep.equal([Step.Cover, d.assets, 0n]);
    const round = await f.waterfall.currentRound();
    await f.waterfall.connect(f.keeper).cover();
    // before the fix: a 6 USDC tail (the reward) stayed open and went through auction, settle and socialize
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    expect(await f.waterfall.currentRound()).to.equal(round + 1n);
    expect(await f.waterfall.nextStep()).to.equal(Step.None);
  });

  it("the debt plus a little: the reward is that surplus at most, and the round still closes", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const d = await makeDeficit(f, USDC(6_000));
    await f.fund.connect(f.other).deposit(d.assets + USDC(2));
    const before = await f.usdc.balanceOf(f.keeper.address);
    await f.waterfall.connect(f.keeper).cover();
    expect((await f.usdc.balanceOf(f.keeper.address)) - before).to.equal(USDC(2));
    expect(await f.pool.uncoveredDeficit()).to.equal(0n);
  });

  it("less than the debt: the usual reward, the rest goes on to auction", async function () {
    const f = await loadFixture(deployWriteOffFixture);
    const d = await makeDeficit(f, USDC(6_000));
    await f.fund.connect(f.other).deposit(USDC(5_000));
    const [, , reward] = await f.waterfall.previewStep();
    expect(reward).to.equal(await f.waterfall.incentive(USDC(5_000)));
    await f.waterfall.connect(f.keeper).cover();
    expect(await f.pool.uncoveredDeficit()).to.equal(d.assets + reward - USDC(5_000));
  });
});
