// Each write-off step alone, on the real LendingPool (deficits recorded by a signer wired as the pool's market). The
// waterfall works on the aggregate deficit: one cover, one auction, one settle, one socialization.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const {
  USDC, Step, Phase, WAD, PRICE_SCALE, CURVE, curvePrice, deployWriteOffFixture, makeDeficit, eventOf, auctioned, reward,
} = require("./helpers");

/** Moves to `t` (or stays, if the chain is already past it) and checks the price against the model. */
async function expectPriceAt(f, auctionId, a, t) {
  if (t > BigInt(await time.latest())) await time.increaseTo(t);
  const elapsed = BigInt(await time.latest()) - a.startedAt;
  expect(await f.auction.price(auctionId)).to.equal(curvePrice(a.curve, a.top, elapsed));
}

describe("Write-off steps", function () {
  describe("InsuranceFund", function () {
    it("books deposits and plain transfers as inflows with events; balance == inflows - outflows after sync", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await expect(f.fund.connect(f.other).deposit(USDC(1_000)))
        .to.emit(f.fund, "Deposited").withArgs(f.other.address, USDC(1_000), USDC(1_000));
      await f.usdc.connect(f.other).transfer(await f.fund.getAddress(), USDC(250));
      expect(await f.fund.unbooked()).to.equal(USDC(250));
      await expect(f.fund.sync()).to.emit(f.fund, "InflowBooked").withArgs(USDC(250), USDC(1_250));
      expect(await f.fund.totalInflows()).to.equal(USDC(1_250));
      expect(await f.fund.totalOutflows()).to.equal(0n);
      expect(await f.fund.balance()).to.equal(USDC(1_250));
      expect(await f.fund.unbooked()).to.equal(0n);
    });

    it("pays out only to the Waterfall's order, and the Waterfall is set once", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(1_000));
      await expect(f.fund.connect(f.admin).pay(f.admin.address, 1n))
        .to.be.revertedWithCustomError(f.fund, "NotWaterfall").withArgs(f.admin.address);
      await expect(f.fund.setWaterfall(f.other.address))
        .to.be.revertedWithCustomError(f.fund, "WaterfallAlreadySet");
      await expect(f.fund.connect(f.other).deposit(0n)).to.be.revertedWithCustomError(f.fund, "ZeroAmount");
    });

    it("receives the pool's reserves through skimReserves", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.pool.connect(f.market).borrow(f.alice.address, USDC(800_000));
      await time.increase(365 * 24 * 3600);
      const reserves = await f.pool.reserves();
      expect(reserves).to.be.gt(0n);
      await f.pool.skimReserves();
      const bal = await f.fund.balance();
      expect(bal).to.be.gte(reserves); // one more second of interest accrued in the skim
      await expect(f.fund.sync()).to.emit(f.fund, "InflowBooked").withArgs(bal, bal);
    });
  });

  describe("RecoveryToken", function () {
    it("only the auction mints; the minter is set once by the deployer", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      expect(await f.token.minter()).to.equal(await f.auction.getAddress());
      await expect(f.token.mint(f.admin.address, 1n)).to.be.revertedWithCustomError(f.token, "NotMinter");
      await expect(f.token.setMinter(f.admin.address)).to.be.revertedWithCustomError(f.token, "MinterAlreadySet");
      const t = await (await ethers.getContractFactory("RecoveryToken")).deploy("R", "R");
      await expect(t.connect(f.other).setMinter(f.other.address))
        .to.be.revertedWithCustomError(t, "NotMinterSetter").withArgs(f.other.address);
      await expect(t.setMinter(ethers.ZeroAddress)).to.be.revertedWithCustomError(t, "ZeroAddress");
    });
  });

  describe("DebtAuction parameters and curves", function () {
    it("only the Waterfall drives auctions", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await expect(f.auction.kick(1)).to.be.revertedWithCustomError(f.auction, "NotWaterfall");
      await expect(f.auction.take(1, 1, 1, 1, f.admin.address)).to.be.revertedWithCustomError(f.auction, "NotWaterfall");
      await expect(f.auction.close(1)).to.be.revertedWithCustomError(f.auction, "NotWaterfall");
      await expect(f.auction.setWaterfall(f.admin.address)).to.be.revertedWithCustomError(f.auction, "WaterfallAlreadySet");
    });

    it("every parameter is bounded and governance-only", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const a = f.auction;
      await expect(a.setBuf(WAD - 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setBuf(5n * WAD + 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setFloorRatio(WAD / 20n - 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setFloorRatio(WAD + 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setDuration(3599n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setMintCap(WAD - 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setReferencePrice(0n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setReferencePrice((await a.maxReferencePrice()) + 1n)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setCurve({ kind: CURVE.Linear, tau: 599n, step: 0n, cut: 0n })).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setCurve({ kind: CURVE.StairstepExponential, tau: 0n, step: 60n, cut: 10n ** 27n }))
        .to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setCurve({ kind: CURVE.StairstepExponential, tau: 0n, step: 9n, cut: 99n * 10n ** 25n }))
        .to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.connect(f.other).setBuf(WAD))
        .to.be.revertedWithCustomError(a, "AccessControlUnauthorizedAccount");
      const D = await ethers.getContractFactory("DebtAuction");
      const cfg = await a.config();
      const cfgArg = { ...cfg.toObject(), curve: cfg.curve.toObject() };
      await expect(D.deploy(f.token.target, f.admin.address, 0n, 10n ** 30n, cfgArg)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(D.deploy(f.token.target, f.admin.address, 1n, 2n ** 128n / 5n + 1n, cfgArg)).to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(D.deploy(f.token.target, f.admin.address, 1n, 10n ** 23n, cfgArg)) // reference 1e24 above the max
        .to.be.revertedWithCustomError(a, "ParameterOutOfBounds");
      await expect(a.setCurve({ kind: CURVE.Linear, tau: 3600n, step: 5n, cut: 5n }))
        .to.emit(a, "CurveSet").withArgs(CURVE.Linear, 3600n, 0n, 0n);
    });

    it("stairstep exponential price matches the abacus model and snapshots parameters at start", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a, startedAt } = await auctioned(f);
      const cfg = await f.auction.config();
      expect(a.top).to.equal(cfg.referencePrice * cfg.buf / WAD);
      expect(a.floor).to.equal(cfg.referencePrice * cfg.floorRatio / WAD);
      await f.auction.setBuf(3n * WAD); // governance change: does not move the live auction
      await f.auction.setFloorRatio(WAD / 10n);
      for (const dt of [0n, 59n, 60n, 61n, 600n, 3599n, 5280n]) await expectPriceAt(f, auctionId, a, startedAt + dt);
      expect((await f.auction.auction(auctionId)).floor).to.equal(a.floor);
    });

    it("linear price matches the abacus model", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.auction.setCurve({ kind: CURVE.Linear, tau: 7200n, step: 0n, cut: 0n });
      const { auctionId, a, startedAt } = await auctioned(f);
      expect(a.curve.kind).to.equal(BigInt(CURVE.Linear));
      for (const dt of [0n, 1n, 1000n, 3600n, 4300n]) await expectPriceAt(f, auctionId, a, startedAt + dt);
      expect(await f.auction.canSell(auctionId, 1n)).to.equal(false); // 4300s: 1.2 * (1 - 4300/7200) < 0.5 floor
    });
  });

  describe("Step 1: cover (the whole aggregate in one call)", function () {
    it("three deficits, one cover: the fund repays all of them and the reward, locked; the round closes", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(50_000));
      const ds = [await makeDeficit(f, USDC(20_000)), await makeDeficit(f, USDC(3_000)), await makeDeficit(f, 2n)];
      const total = ds.reduce((s, d) => s + d.assets, 0n);
      expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
      const [, amount, rw] = await f.waterfall.previewStep();
      expect(rw).to.equal(await reward(f, total));
      expect(amount).to.equal(total + rw);
      const before = await f.pool.totalAssets();
      const keeperBefore = await f.usdc.balanceOf(f.keeper.address);
      await expect(f.waterfall.connect(f.keeper).cover())
        .to.emit(f.waterfall, "Covered").withArgs(1n, f.keeper.address, total + rw, 0n, rw)
        .and.to.emit(f.pool, "RewardPaid").withArgs(f.keeper.address, rw, total + rw)
        .and.to.emit(f.pool, "DeficitsRepaid").withArgs(await f.waterfall.getAddress(), total + rw, 0n)
        .and.to.emit(f.waterfall, "RoundClosed");
      expect((await f.usdc.balanceOf(f.keeper.address)) - keeperBefore).to.equal(rw);
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      expect(await f.fund.balance()).to.equal(USDC(50_000) - total - rw);
      // The reward left the price, the cover is locked and then unlocks: net + total.
      expect((await f.pool.totalAssets()) + (await f.pool.lockedRecovery())).to.be.closeTo(before - rw + total + rw, 1n);
      const r1 = await f.waterfall.round(1);
      expect([r1.firstDeficitId, r1.lastDeficitId, r1.covered, r1.raised, r1.socialized, r1.rewards])
        .to.deep.equal([1n, 3n, total + rw, 0n, 0n, rw]);
      expect(await f.waterfall.currentRound()).to.equal(2n);
      expect((await f.waterfall.round(2)).firstDeficitId).to.equal(4n);
      const o = await f.waterfall.deficitOutcome(2);
      expect(o.roundId).to.equal(1n);
      expect(o.closed).to.equal(true);
      expect(o.covered).to.equal(ds[1].assets); // all by the fund
      expect(await f.waterfall.nextStep()).to.equal(Step.None);
      await expect(f.waterfall.cover()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.None);
    });

    it("a fund smaller than the aggregate pays all it has (reward first); the auction is due next", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(5_000));
      await makeDeficit(f, USDC(20_000));
      await makeDeficit(f, USDC(10_000));
      const U = await f.pool.uncoveredDeficit();
      const rw = await reward(f, USDC(5_000));
      await expect(f.waterfall.connect(f.keeper).cover())
        .to.emit(f.waterfall, "Covered").withArgs(1n, f.keeper.address, USDC(5_000), U + rw - USDC(5_000), rw);
      expect(await f.fund.balance()).to.equal(0n);
      expect(rw).to.be.gte(await f.waterfall.tip()); // the keeper is paid its tip although the fund is empty
      expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction);
    });

    it("a trickle below min(minCover, debt) is not money for the debt (no livelock); startAuction sweeps it first", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(999));
      await makeDeficit(f, USDC(20_000));
      await expect(f.waterfall.cover()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.StartAuction);
      const U = await f.pool.uncoveredDeficit();
      const rw = await reward(f, U - USDC(999));
      await expect(f.waterfall.connect(f.keeper).startAuction())
        .to.emit(f.waterfall, "Covered").withArgs(1n, f.keeper.address, USDC(999), U - USDC(999), 0n)
        .and.to.emit(f.waterfall, "AuctionStarted").withArgs(1n, 1n, f.keeper.address, U - USDC(999) + rw, rw);
      expect(await f.fund.balance()).to.equal(0n); // fund first: nothing left idle
      expect(await f.pool.uncoveredDeficit()).to.equal(U - USDC(999) + rw);
    });

    it("pulls the pool's reserves into the fund before judging, so reserves cover first", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.pool.connect(f.market).borrow(f.alice.address, USDC(800_000));
      await time.increase(365 * 24 * 3600);
      expect(await f.pool.reserves()).to.be.gt(USDC(1_000));
      await makeDeficit(f, USDC(1_000));
      expect(await f.waterfall.nextStep()).to.equal(Step.Cover); // the view counts skimmable reserves
      await expect(f.waterfall.connect(f.keeper).cover()).to.emit(f.pool, "ReservesSkimmed");
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
    });
  });

  describe("Step 2: one debt auction for the open aggregate", function () {
    it("starts once for all open deficits; the reward is paid by the pool and added to what the auction must raise", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      for (let i = 0; i < 5; i++) await makeDeficit(f, USDC(4_000));
      const U = await f.pool.uncoveredDeficit();
      const rw = await reward(f, U);
      const [step, amount, preview] = await f.waterfall.previewStep();
      expect([step, amount, preview]).to.deep.equal([Step.StartAuction, U + rw, rw]);
      await expect(f.waterfall.connect(f.keeper).startAuction())
        .to.emit(f.waterfall, "AuctionStarted").withArgs(1n, 1n, f.keeper.address, U + rw, rw)
        .and.to.emit(f.auction, "AuctionStarted")
        .and.to.emit(f.pool, "RewardPaid").withArgs(f.keeper.address, rw, U + rw);
      expect(await f.waterfall.liveAuctionId()).to.equal(1n);
      expect((await f.auction.auction(1)).target).to.equal(U + rw);
      expect(await f.waterfall.nextStep()).to.equal(Step.Take);
      await expect(f.waterfall.startAuction()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Take);
    });

    it("take: partial fill at the curve price, taker pays rounded up, proceeds repay the pool (locked)", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, target } = await auctioned(f);
      const p = await f.auction.price(auctionId);
      const tokens = 1_000n * WAD + 7n;
      const paid = (tokens * p + PRICE_SCALE - 1n) / PRICE_SCALE;
      const locked0 = await f.pool.lockedRecovery();
      await expect(f.waterfall.connect(f.bidder).take(auctionId, tokens, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(1n, auctionId, f.bidder.address, tokens, paid, target - paid)
        .and.to.emit(f.auction, "Take").withArgs(auctionId, f.bidder.address, tokens, paid, p, target - paid);
      expect(await f.token.balanceOf(f.bidder.address)).to.equal(tokens);
      expect(await f.pool.uncoveredDeficit()).to.equal(target - paid);
      expect((await f.pool.lockedRecovery()) - locked0).to.be.closeTo(paid, 2n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, tokens, p - 1n, f.bidder.address))
        .to.be.revertedWithCustomError(f.auction, "PriceAboveMax");
      await expect(f.waterfall.connect(f.bidder).take(auctionId + 1n, tokens, p, f.bidder.address))
        .to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive").withArgs(auctionId + 1n);
      await expect(f.waterfall.connect(f.bidder).take(0, tokens, p, f.bidder.address))
        .to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive").withArgs(0n);
    });

    it("take: a fill larger than the debt pays exactly what is left, ends the auction and closes the round", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, target } = await auctioned(f);
      const p = await f.auction.price(auctionId);
      const tokens = (target * PRICE_SCALE) / p;
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(1n, auctionId, f.bidder.address, tokens, target, 0n)
        .and.to.emit(f.waterfall, "AuctionSettled").withArgs(1n, auctionId, f.bidder.address, target, 0n, 0n)
        .and.to.emit(f.waterfall, "RoundClosed");
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      expect(await f.waterfall.liveAuctionId()).to.equal(0n);
      const o = await f.waterfall.deficitOutcome(1);
      expect(o.raised).to.be.closeTo(o.assets, 1n);
    });

    it("take: never below the floor nor at/after the deadline (Black Thursday): the auction is stale, settle is due", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a } = await auctioned(f);
      await time.increase(90 * 60); // 1.2 * 0.99^90 < 0.5: under the floor
      expect(await f.auction.canSell(auctionId, 1n)).to.equal(false);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, a.top, f.bidder.address))
        .to.be.revertedWithCustomError(f.auction, "PriceBelowFloor");
      expect(await f.waterfall.nextStep()).to.equal(Step.Settle);
      const f2 = await loadFixture(deployWriteOffFixture);
      await f2.auction.setCurve({ kind: CURVE.StairstepExponential, tau: 0n, step: 3600n, cut: 99n * 10n ** 25n });
      const b = await auctioned(f2);
      await time.increaseTo(b.a.deadline);
      await expect(f2.waterfall.connect(f2.bidder).take(b.auctionId, WAD, b.a.top, f2.bidder.address))
        .to.be.revertedWithCustomError(f2.auction, "AuctionPastDeadline");
      expect(await f2.waterfall.nextStep()).to.equal(Step.Settle);
    });

    it("the mint cap bounds dilution: a take that uses it up ends the auction; the rest awaits socialization", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.auction.setMintCap(1_000n * WAD);
      const { auctionId, target } = await auctioned(f);
      const p = await f.auction.price(auctionId);
      const paid = (1_000n * WAD * p + PRICE_SCALE - 1n) / PRICE_SCALE;
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionSettled").withArgs(1n, auctionId, f.bidder.address, paid, target - paid, 0n);
      expect(await f.waterfall.settledDebt()).to.equal(target - paid);
      expect(await f.waterfall.nextStep()).to.equal(Step.Socialize);
    });

    it("settle: refused while the auction can sell, then ends it; its reward is socialized with the rest", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, target } = await auctioned(f);
      await expect(f.waterfall.settle()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Take);
      await time.increase(6 * 3600);
      const rw = await reward(f, target);
      expect((await f.waterfall.previewStep())[2]).to.equal(rw);
      await expect(f.waterfall.connect(f.keeper).settle())
        .to.emit(f.waterfall, "AuctionSettled").withArgs(1n, auctionId, f.keeper.address, 0n, target + rw, rw)
        .and.to.emit(f.auction, "AuctionClosed").withArgs(auctionId, 0n, 0n);
      expect(await f.waterfall.settledDebt()).to.equal(target + rw);
      await expect(f.waterfall.settle()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Socialize);
    });
  });

  describe("Step 3: socialize", function () {
    it("writes settledDebt off in O(1) with its own reward; no price change beyond the reward; net loss per share emitted", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await auctioned(f);
      await time.increase(6 * 3600);
      await f.waterfall.connect(f.keeper).settle();
      const settled = await f.waterfall.settledDebt();
      const rw = await reward(f, settled);
      const before = await f.pool.totalAssets();
      const shareBefore = await f.pool.convertToAssets(10n ** 12n);
      const rc = await (await f.waterfall.connect(f.keeper).socialize()).wait();
      const ev = eventOf(f.waterfall, rc, "Socialized");
      expect([ev.roundId, ev.keeper, ev.assets, ev.reward]).to.deep.equal([1n, f.keeper.address, settled + rw, rw]);
      expect(eventOf(f.pool, rc, "DeficitsWrittenOff").assets).to.equal(settled + rw);
      expect(before - (await f.pool.totalAssets())).to.be.closeTo(rw, 1n); // only the reward is a new loss
      // lossPerShareWad: the round's whole loss per share (nothing was recovered): 1e18 = 1 USDC per share.
      const r1 = eventOf(f.waterfall, rc, "RoundClosed");
      expect(r1.socialized).to.equal(settled + rw);
      const sharesWhole = (await f.pool.totalSupply()) / 10n ** 12n;
      expect(ev.lossPerShareWad).to.be.closeTo(((settled + rw) * WAD * 10n ** 6n) / ((await f.pool.totalSupply()) + 10n ** 6n), 10n ** 8n);
      expect(shareBefore - (await f.pool.convertToAssets(10n ** 12n))).to.be.lte(1n + (rw / sharesWhole));
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      const o = await f.waterfall.deficitOutcome(1);
      expect(o.socialized).to.equal(o.assets);
    });

    it("sweeps the fund's float first, and leaves debt recorded after the auction ended to its own auction", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await auctioned(f);
      await time.increase(6 * 3600);
      await f.waterfall.connect(f.keeper).settle();
      const settled = await f.waterfall.settledDebt();
      const late = await makeDeficit(f, USDC(2_000)); // recorded after the auction ended
      await f.fund.connect(f.other).deposit(USDC(300)); // a float below minCover
      expect(await f.waterfall.nextStep()).to.equal(Step.Socialize);
      const rw = await reward(f, settled - USDC(300));
      await expect(f.waterfall.connect(f.keeper).socialize())
        .to.emit(f.waterfall, "Covered").withArgs(1n, f.keeper.address, USDC(300), anyUint(), 0n)
        .and.to.emit(f.waterfall, "Socialized");
      expect(await f.fund.balance()).to.equal(0n);
      expect(await f.pool.uncoveredDeficit()).to.equal(late.assets); // the late deficit is still open
      expect(await f.waterfall.nextStep()).to.equal(Step.StartAuction);
      expect(await f.waterfall.currentRound()).to.equal(1n); // the round goes on until the aggregate is zero
      const r = await f.waterfall.round(1);
      expect(r.socialized).to.equal(settled - USDC(300) + rw);
    });
  });

  describe("Order is fixed, and the view agrees with the rule", function () {
    it("every out-of-order call names the step that is due", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const wf = f.waterfall;
      await expect(wf.startAuction()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.None);
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.None);
      await makeDeficit(f, USDC(20_000));
      await expect(wf.cover()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.StartAuction);
      await expect(wf.settle()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.StartAuction);
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.StartAuction);
      await f.fund.connect(f.other).deposit(USDC(1_000));
      await expect(wf.startAuction()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.Cover);
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.Cover);
      await wf.cover();
      await wf.startAuction();
      await expect(wf.socialize()).to.be.revertedWithCustomError(wf, "StepDue").withArgs(Step.Take);
    });

    it("a stale auction while the fund has money: the view says Cover, cover runs, then Settle", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await auctioned(f);
      await time.increase(6 * 3600);
      await f.fund.connect(f.other).deposit(USDC(2_000));
      expect(await f.waterfall.nextStep()).to.equal(Step.Cover);
      await expect(f.waterfall.settle()).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(Step.Cover);
      await f.waterfall.connect(f.keeper).cover();
      expect(await f.waterfall.nextStep()).to.equal(Step.Settle);
      await f.waterfall.connect(f.keeper).settle();
    });
  });

  describe("Keeper incentive and governance", function () {
    it("reward = min(tip + chip * amount, rewardCap, maxRewardShare * amount), capped by the pool's cash", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const wf = f.waterfall;
      expect(await wf.incentive(0n)).to.equal(0n);
      expect(await wf.incentive(USDC(2))).to.equal(USDC(2) / 20n); // 5% of the amount: dust earns dust
      expect(await wf.incentive(USDC(1_000))).to.equal(USDC(6)); // 5 + 0.1%
      expect(await wf.incentive(USDC(10_000_000))).to.equal(USDC(100)); // cap
    });

    it("parameters are bounded and governance-only", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const wf = f.waterfall;
      await expect(wf.setIncentives(USDC(101), 0n, USDC(100), 0n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setIncentives(0n, WAD / 100n + 1n, USDC(100), 0n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setIncentives(0n, 0n, USDC(10_001), 0n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setIncentives(0n, 0n, USDC(100), WAD / 5n + 1n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setMinCover(0n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setMinCover(USDC(10_001))).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.connect(f.other).setMinCover(1n)).to.be.revertedWithCustomError(wf, "AccessControlUnauthorizedAccount");
      await expect(wf.connect(f.other).setIncentives(0n, 0n, 0n, 0n)).to.be.revertedWithCustomError(wf, "AccessControlUnauthorizedAccount");
      await expect(wf.setIncentives(USDC(1), WAD / 100n, USDC(10), WAD / 10n))
        .to.emit(wf, "IncentivesSet").withArgs(USDC(1), WAD / 100n, USDC(10), WAD / 10n);
      await expect(wf.setMinCover(1n)).to.emit(wf, "MinCoverSet").withArgs(1n);
      const W = await ethers.getContractFactory("Waterfall");
      const z = ethers.ZeroAddress;
      const args = [f.pool.target, f.fund.target, f.auction.target, f.admin.address, 0n, 0n, 0n, 0n, 1n];
      for (const i of [0, 1, 2, 3]) {
        const bad = [...args];
        bad[i] = z;
        await expect(W.deploy(...bad)).to.be.revertedWithCustomError(W, "ZeroAddress");
      }
    });
  });

  describe("waterfallState view (O(1))", function () {
    it("names the due step with its amount and real reward, the aggregate's parts, the round and the live auction", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      let st = await f.waterfall.waterfallState();
      expect([st.next, st.phase, st.uncoveredDeficit, st.auction.auctionId]).to.deep.equal([Step.None, Phase.Idle, 0n, 0n]);
      await makeDeficit(f, USDC(300), 1);
      await makeDeficit(f, USDC(7_000), 2);
      st = await f.waterfall.waterfallState();
      expect([st.next, st.phase, st.deficitCount, st.roundId]).to.deep.equal([Step.StartAuction, Phase.Open, 2n, 1n]);
      expect(st.openDebt).to.equal(st.uncoveredDeficit);
      await f.waterfall.connect(f.keeper).startAuction();
      st = await f.waterfall.waterfallState();
      expect([st.next, st.phase, st.auction.auctionId, st.auction.canSell]).to.deep.equal([Step.Take, Phase.Auctioning, 1n, true]);
      expect(st.auction.debtLeft).to.equal(st.uncoveredDeficit);
      expect(st.auction.price).to.equal(await f.auction.price(1));
      expect(st.auction.lotLeft).to.equal((await f.auction.config()).mintCap);
      expect(st.nextAmount).to.equal(st.uncoveredDeficit);
      expect(st.nextReward).to.equal(0n);
      await time.increase(6 * 3600);
      st = await f.waterfall.waterfallState();
      expect([st.next, st.auction.canSell]).to.deep.equal([Step.Settle, false]);
      await f.waterfall.settle();
      st = await f.waterfall.waterfallState();
      expect([st.next, st.phase, st.settledDebt]).to.deep.equal([Step.Socialize, Phase.Settled, st.uncoveredDeficit]);
      const [, amount, rw] = await f.waterfall.previewStep();
      const keeperBefore = await f.usdc.balanceOf(f.keeper.address);
      const rc = await (await f.waterfall.connect(f.keeper).socialize()).wait();
      expect((await f.usdc.balanceOf(f.keeper.address)) - keeperBefore).to.equal(rw);
      expect(eventOf(f.waterfall, rc, "Socialized").assets).to.equal(amount);
    });

    // Tagged @plain: a gas figure, run on the plain build by tests/run-all.sh (coverage changes gas).
    it("@plain stays O(1): under 200k gas with deficits recorded, during an auction and after a socialized round", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await makeDeficit(f, USDC(300), 1);
      await makeDeficit(f, USDC(7_000), 2);
      await f.waterfall.connect(f.keeper).startAuction();
      expect(await f.waterfall.waterfallState.estimateGas()).to.be.lt(200_000n);
      await time.increase(6 * 3600);
      await f.waterfall.settle();
      await f.waterfall.connect(f.keeper).socialize();
      expect((await f.waterfall.waterfallState()).phase).to.equal(Phase.Idle);
      expect(await f.waterfall.waterfallState.estimateGas()).to.be.lt(200_000n);
    });

    it("deficitOutcome: unknown ids revert; an open round reports closed = false", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await expect(f.waterfall.deficitOutcome(1)).to.be.revertedWithCustomError(f.waterfall, "UnknownDeficit");
      await makeDeficit(f, USDC(10));
      const o = await f.waterfall.deficitOutcome(1);
      expect([o.roundId, o.closed, o.covered]).to.deep.equal([1n, false, 0n]);
      await expect(f.waterfall.deficitOutcome(0)).to.be.revertedWithCustomError(f.waterfall, "UnknownDeficit");
    });
  });
});

function anyUint() {
  return (v) => typeof v === "bigint";
}
