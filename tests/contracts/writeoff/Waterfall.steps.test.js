// Each write-off step alone, on the real LendingPool (deficits recorded by a MARKET_ROLE signer).
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const {
  USDC, Step, Phase, WAD, PRICE_SCALE, CURVE, ceilDiv, curvePrice, deployWriteOffFixture, makeDeficit, eventOf, remaining,
} = require("./helpers");

/** Starts an auction for a fresh deficit of `size` with an empty fund; returns ids and the auction's start time. */
async function auctioned(f, size = USDC(20_000)) {
  const d = await makeDeficit(f, size);
  const rc = await (await f.waterfall.connect(f.keeper).startAuction(d.id)).wait();
  const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
  const a = await f.auction.auction(auctionId);
  return { ...d, auctionId, a, startedAt: a.startedAt };
}

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
      await expect(f.auction.kick(1, 1)).to.be.revertedWithCustomError(f.auction, "NotWaterfall");
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

  describe("Step 1: cover", function () {
    it("the fund covers a deficit in full: exactly the cover locked (price unchanged), reward from the surplus", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(50_000));
      const d = await makeDeficit(f, USDC(20_000));
      expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Cover);
      const before = await f.pool.totalAssets();
      expect(before).to.equal(USDC(980_000)); // the deficit is already priced out
      const reward = USDC(5) + d.assets / 1000n; // tip + 0.1%
      await expect(f.waterfall.connect(f.keeper).cover(d.id))
        .to.emit(f.waterfall, "Covered").withArgs(d.id, f.keeper.address, d.assets, 0n, reward)
        .and.to.emit(f.waterfall, "DeficitClosed").withArgs(d.id, Step.Cover)
        .and.to.emit(f.pool, "DeficitRepaid").withArgs(d.id, await f.waterfall.getAddress(), d.assets, 0n)
        .and.to.emit(f.fund, "Paid").withArgs(f.keeper.address, reward, USDC(50_000) - d.assets - reward)
        .and.to.emit(f.pool, "RecoveryLocked").withArgs(d.assets, d.assets);
      expect(await f.pool.totalAssets()).to.equal(before);
      expect(await f.pool.lockedRecovery()).to.equal(d.assets);
      await time.increase(await f.pool.RECOVERY_UNLOCK_PERIOD());
      expect(await f.pool.totalAssets()).to.equal(before + d.assets);
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      expect(await f.waterfall.nextStep(d.id)).to.equal(Step.None);
      expect((await f.waterfall.deficitState(d.id)).phase).to.equal(Phase.Closed);
      expect(await f.fund.totalOutflows()).to.equal(d.assets + reward);
      await expect(f.waterfall.cover(d.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(d.id, Step.None);
    });

    it("a fund smaller than the deficit pays all it has and no reward; the auction is due next", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(5_000));
      const d = await makeDeficit(f, USDC(20_000));
      await expect(f.waterfall.connect(f.keeper).cover(d.id))
        .to.emit(f.waterfall, "Covered").withArgs(d.id, f.keeper.address, USDC(5_000), d.assets - USDC(5_000), 0n);
      expect(await f.fund.balance()).to.equal(0n);
      expect(await f.waterfall.nextStep(d.id)).to.equal(Step.StartAuction);
      await expect(f.waterfall.cover(d.id))
        .to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(d.id, Step.StartAuction);
    });

    it("a trickle below min(minCover, remaining) does not count as money for the deficit (no livelock)", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(999));
      const big = await makeDeficit(f, USDC(20_000));
      expect(await f.waterfall.nextStep(big.id)).to.equal(Step.StartAuction);
      await expect(f.waterfall.cover(big.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(big.id, Step.StartAuction);
      const small = await makeDeficit(f, USDC(600)); // min(1,000, 600) = 600 <= 999: the fund can cover it
      expect(await f.waterfall.nextStep(small.id)).to.equal(Step.Cover);
      await f.waterfall.cover(small.id);
      expect(await remaining(f, small.id)).to.equal(0n);
    });

    it("pulls the pool's reserves into the fund before judging, so reserves cover first", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.pool.connect(f.market).borrow(f.other.address, USDC(800_000));
      await time.increase(365 * 24 * 3600);
      const d = await makeDeficit(f, USDC(1_000));
      expect(await f.pool.reserves()).to.be.gt(USDC(1_000));
      expect(await f.fund.balance()).to.equal(0n);
      expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Cover); // the view counts skimmable reserves
      await expect(f.waterfall.connect(f.keeper).cover(d.id)).to.emit(f.pool, "ReservesSkimmed");
      expect(await remaining(f, d.id)).to.equal(0n);
    });

    it("rejects unknown deficits", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await expect(f.waterfall.cover(1)).to.be.revertedWithCustomError(f.waterfall, "UnknownDeficit").withArgs(1);
      await expect(f.waterfall.nextStep(0)).to.be.revertedWithCustomError(f.waterfall, "UnknownDeficit").withArgs(0);
    });
  });

  describe("Step 2: debt auction", function () {
    it("starts only when the fund has no money for the deficit; pays the keeper from the fund's float", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(999));
      const d = await makeDeficit(f, USDC(20_000));
      const reward = USDC(5) + d.assets / 1000n;
      const rc = await (await f.waterfall.connect(f.keeper).startAuction(d.id)).wait();
      const ev = eventOf(f.waterfall, rc, "AuctionStarted");
      expect(ev.deficitId).to.equal(d.id);
      expect(ev.target).to.equal(d.assets);
      expect(ev.reward).to.equal(reward);
      expect(await f.fund.balance()).to.equal(USDC(999) - reward);
      expect(await f.waterfall.nextStep(d.id)).to.equal(Step.Take);
      await expect(f.waterfall.startAuction(d.id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(d.id, Step.Take);
    });

    it("take: partial fill at the curve price, taker pays rounded up, proceeds repay the pool immediately (locked)", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, assets, auctionId, a, startedAt } = await auctioned(f);
      await time.setNextBlockTimestamp(startedAt + 125n);
      const p = curvePrice(a.curve, a.top, 125n);
      const tokens = 1_000n * WAD + 7n;
      const paid = ceilDiv(tokens * p, PRICE_SCALE);
      const before = await f.pool.totalAssets();
      const usdcBefore = await f.usdc.balanceOf(f.bidder.address);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, tokens, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(id, auctionId, f.bidder.address, tokens, paid, assets - paid)
        .and.to.emit(f.auction, "Take").withArgs(auctionId, f.bidder.address, tokens, paid, p, assets - paid)
        .and.to.emit(f.pool, "RecoveryLocked").withArgs(paid, paid);
      expect(await f.token.balanceOf(f.bidder.address)).to.equal(tokens);
      expect(await f.usdc.balanceOf(f.bidder.address)).to.equal(usdcBefore - paid);
      expect(await f.pool.totalAssets()).to.equal(before);
      expect(await f.pool.lockedRecovery()).to.equal(paid);
      expect(await remaining(f, id)).to.equal(assets - paid);
    });

    it("take: refuses a price above maxPrice", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { auctionId, a, startedAt } = await auctioned(f);
      await time.setNextBlockTimestamp(startedAt + 60n);
      const p = curvePrice(a.curve, a.top, 60n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, p - 1n, f.bidder.address))
        .to.be.revertedWithCustomError(f.auction, "PriceAboveMax").withArgs(auctionId, p, p - 1n);
    });

    it("take: a fill larger than the deficit pays exactly the remainder, gets tokens rounded down, and closes it", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, assets, auctionId, a, startedAt } = await auctioned(f, USDC(1_234.567891));
      await time.setNextBlockTimestamp(startedAt + 61n);
      const p = curvePrice(a.curve, a.top, 61n);
      const tokens = (assets * PRICE_SCALE) / p;
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, p, f.bidder.address))
        .to.emit(f.waterfall, "AuctionTaken").withArgs(id, auctionId, f.bidder.address, tokens, assets, 0n)
        .and.to.emit(f.waterfall, "DeficitClosed").withArgs(id, Step.Take)
        .and.to.emit(f.auction, "AuctionClosed");
      expect(tokens * p).to.be.lte(assets * PRICE_SCALE); // the taker never gets more than he paid for
      expect(await f.waterfall.nextStep(id)).to.equal(Step.None);
      await expect(f.waterfall.take(auctionId, WAD, p, f.bidder.address))
        .to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive").withArgs(auctionId);
    });

    it("take: never below the floor (Black Thursday): reverts, and the auction is stale", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, auctionId, a, startedAt } = await auctioned(f);
      // 1.20 * 0.99^88 < 0.50 floor; 0.99^87 is still above it.
      expect(curvePrice(a.curve, a.top, 87n * 60n)).to.be.gte(a.floor);
      const pBelow = curvePrice(a.curve, a.top, 88n * 60n);
      expect(pBelow).to.be.lt(a.floor);
      await time.setNextBlockTimestamp(startedAt + 88n * 60n);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, a.top, f.bidder.address))
        .to.be.revertedWithCustomError(f.auction, "PriceBelowFloor").withArgs(auctionId, pBelow, a.floor);
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Settle);
    });

    it("take: never at or after the deadline, even when the price is still above the floor", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.auction.setCurve({ kind: CURVE.StairstepExponential, tau: 0n, step: 60n, cut: 9999n * 10n ** 23n });
      const { id, auctionId, a } = await auctioned(f);
      await time.setNextBlockTimestamp(a.deadline);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, WAD, a.top, f.bidder.address))
        .to.be.revertedWithCustomError(f.auction, "AuctionPastDeadline").withArgs(auctionId, a.deadline);
      expect(await f.auction.price(auctionId)).to.be.gt(a.floor);
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Settle);
    });

    it("the mint cap bounds dilution: a take that uses it up settles the auction, the rest goes on", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.auction.setMintCap(1_000n * WAD);
      const { id, assets, auctionId, a, startedAt } = await auctioned(f);
      await time.setNextBlockTimestamp(startedAt + 10n);
      const paid = ceilDiv(1_000n * WAD * a.top, PRICE_SCALE);
      await expect(f.waterfall.connect(f.bidder).take(auctionId, 5_000n * WAD, a.top, f.bidder.address))
        .to.emit(f.waterfall, "AuctionSettled").withArgs(id, auctionId, f.bidder.address, paid, assets - paid, 0n);
      expect(await f.token.totalSupply()).to.equal(1_000n * WAD);
      expect((await f.waterfall.deficitState(id)).phase).to.equal(Phase.AuctionSettled);
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Socialize);
    });

    it("settle: refused while the auction can sell, then ends it and pays the keeper", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(500));
      const { id, assets, auctionId, startedAt } = await auctioned(f);
      await expect(f.waterfall.settle(auctionId)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(id, Step.Take);
      await time.increaseTo(startedAt + 3n * 3600n);
      const fundBefore = await f.fund.balance();
      await expect(f.waterfall.connect(f.keeper).settle(auctionId))
        .to.emit(f.waterfall, "AuctionSettled").withArgs(id, auctionId, f.keeper.address, 0n, assets, USDC(5));
      expect(await f.fund.balance()).to.equal(fundBefore - USDC(5));
      await expect(f.waterfall.settle(auctionId)).to.be.revertedWithCustomError(f.waterfall, "AuctionNotLive");
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Socialize);
    });
  });

  describe("Step 3: socialize", function () {
    it("writes the remainder off in O(1): no price change (already priced in), loss per share emitted", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, assets, auctionId, startedAt } = await auctioned(f);
      await time.increaseTo(startedAt + 3n * 3600n);
      await f.waterfall.settle(auctionId);
      const before = await f.pool.totalAssets();
      const supply = await f.pool.totalSupply();
      await expect(f.waterfall.connect(f.keeper).socialize(id))
        .to.emit(f.waterfall, "Socialized").withArgs(id, f.keeper.address, assets, ceilDiv(assets * WAD, supply), 0n)
        .and.to.emit(f.pool, "DeficitWrittenOff").withArgs(id, assets, (assets * WAD) / supply);
      expect(await f.pool.totalAssets()).to.equal(before);
      expect(await f.pool.uncoveredDeficit()).to.equal(0n);
      expect(await f.waterfall.nextStep(id)).to.equal(Step.None);
      await expect(f.waterfall.socialize(id)).to.be.revertedWithCustomError(f.waterfall, "StepDue").withArgs(id, Step.None);
    });
  });

  describe("Order is fixed", function () {
    it("every out-of-order call names the step that is due", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const d = await makeDeficit(f, USDC(20_000));
      const wf = f.waterfall;
      // Fresh, fund empty: the auction is due.
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.StartAuction);
      await expect(wf.cover(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.StartAuction);
      await expect(wf.settle(1)).to.be.revertedWithCustomError(wf, "AuctionNotLive").withArgs(1);
      // The fund has money: cover is due, before anything else.
      await f.fund.connect(f.other).deposit(USDC(1_000));
      await expect(wf.startAuction(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Cover);
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Cover);
      await wf.cover(d.id);
      // Auction live: only takes.
      const rc = await (await wf.startAuction(d.id)).wait();
      const auctionId = eventOf(wf, rc, "AuctionStarted").auctionId;
      await expect(wf.startAuction(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Take);
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Take);
      await expect(wf.settle(auctionId)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Take);
      // Stale, not settled: settle is due.
      await time.increase(7 * 3600);
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Settle);
      await expect(wf.startAuction(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Settle);
      await wf.settle(auctionId);
      // Settled, but the fund was refilled meanwhile: cover again before socializing. No second auction.
      await f.fund.connect(f.other).deposit(USDC(1_000));
      await expect(wf.socialize(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Cover);
      await wf.cover(d.id);
      await expect(wf.startAuction(d.id)).to.be.revertedWithCustomError(wf, "StepDue").withArgs(d.id, Step.Socialize);
      await wf.socialize(d.id);
      expect(await remaining(f, d.id)).to.equal(0n);
    });

    it("a fund refill that covers the rest ends a live auction", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, auctionId } = await auctioned(f, USDC(3_000));
      await f.fund.connect(f.other).deposit(USDC(5_000));
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Cover);
      await expect(f.waterfall.cover(id)).to.emit(f.auction, "AuctionClosed").withArgs(auctionId, id, 0n, 0n);
      expect((await f.waterfall.deficitState(id)).phase).to.equal(Phase.Closed);
    });

    it("a partial refill during a live auction lowers what the auction must raise; it keeps selling", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const { id, assets, auctionId, a, startedAt } = await auctioned(f, USDC(3_000));
      await f.fund.connect(f.other).deposit(USDC(2_000));
      await f.waterfall.cover(id);
      expect(await f.waterfall.nextStep(id)).to.equal(Step.Take);
      await time.setNextBlockTimestamp(startedAt + 30n);
      await f.waterfall.connect(f.bidder).take(auctionId, 10n ** 30n, a.top, f.bidder.address);
      expect(await remaining(f, id)).to.equal(0n);
      expect(await f.token.totalSupply()).to.be.lt((assets - USDC(2_000)) * PRICE_SCALE / a.floor);
    });
  });

  describe("Keeper incentive and governance", function () {
    it("reward = min(tip + chip * amount, cap, fund); zero when the fund is empty and the step still runs", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      await f.fund.connect(f.other).deposit(USDC(999));
      const d = await makeDeficit(f, USDC(500_000));
      expect(await f.waterfall.incentive(d.assets)).to.equal(USDC(100)); // 5 + 500 capped at 100
      const rc = await (await f.waterfall.connect(f.keeper).startAuction(d.id)).wait();
      expect(eventOf(f.waterfall, rc, "AuctionStarted").reward).to.equal(USDC(100));
      // Drain the float, then settle/socialize with an empty fund: callable, reward 0.
      const d2 = await makeDeficit(f, USDC(899));
      await f.waterfall.cover(d2.id);
      expect(await f.fund.balance()).to.equal(0n);
      await time.increase(7 * 3600);
      const auctionId = eventOf(f.waterfall, rc, "AuctionStarted").auctionId;
      await expect(f.waterfall.connect(f.keeper).settle(auctionId))
        .to.emit(f.waterfall, "AuctionSettled").withArgs(d.id, auctionId, f.keeper.address, 0n, d.assets, 0n);
      await expect(f.waterfall.connect(f.keeper).socialize(d.id))
        .to.emit(f.waterfall, "Socialized");
    });

    it("parameters are bounded and governance-only", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const wf = f.waterfall;
      await expect(wf.setIncentives(USDC(6), 0n, USDC(5))).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds"); // tip > cap
      await expect(wf.setIncentives(0n, WAD / 100n + 1n, USDC(5))).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setIncentives(0n, 0n, USDC(10_001))).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setMinCover(0n)).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.setMinCover(USDC(10_000_001))).to.be.revertedWithCustomError(wf, "ParameterOutOfBounds");
      await expect(wf.connect(f.other).setMinCover(1n)).to.be.revertedWithCustomError(wf, "AccessControlUnauthorizedAccount");
      await expect(wf.setIncentives(USDC(1), WAD / 100n, USDC(10))).to.emit(wf, "IncentivesSet").withArgs(USDC(1), WAD / 100n, USDC(10));
      await expect(wf.setMinCover(1n)).to.emit(wf, "MinCoverSet").withArgs(1n);
    });
  });

  describe("waterfallState view", function () {
    it("returns totals, fund, every open deficit with its next step, and live auctions with price and lot", async function () {
      const f = await loadFixture(deployWriteOffFixture);
      const d1 = await makeDeficit(f, USDC(300), 1); // fund will cover it
      const { id: d2, assets: d2Assets, auctionId, a, startedAt } = await auctioned(f, USDC(20_000));
      const d3 = await makeDeficit(f, USDC(7_000), 2);
      await f.fund.connect(f.other).deposit(USDC(400));
      await f.waterfall.cover(d1.id); // fund 400 -> 100 (+ reward 5.3 -> 94.7)
      await time.increaseTo(startedAt + 600n);
      const st = await f.waterfall.waterfallState();
      expect(st.deficitCount).to.equal(3n);
      expect(st.uncoveredDeficit).to.equal(await f.pool.uncoveredDeficit());
      expect(st.fundBalance).to.equal(await f.fund.balance());
      expect(st.deficits.map((d) => d.deficitId)).to.deep.equal([d2, d3.id]);
      expect(st.deficits[0].next).to.equal(Step.Take);
      expect(st.deficits[0].auctionId).to.equal(auctionId);
      expect(st.deficits[1].next).to.equal(Step.StartAuction);
      expect(st.deficits[1].collateralId).to.equal(2n);
      expect(st.auctions.length).to.equal(1);
      const av = st.auctions[0];
      expect(av.price).to.equal(curvePrice(a.curve, a.top, 600n));
      expect(av.lotLeft).to.equal(a.mintCap);
      expect(av.debtLeft).to.equal(d2Assets);
      expect(av.canSell).to.equal(true);
      const page = await f.waterfall.waterfallStatePage(3, 10);
      expect(page.deficits.map((d) => d.deficitId)).to.deep.equal([d3.id]);
      expect(page.auctions.length).to.equal(0);
    });
  });
});
