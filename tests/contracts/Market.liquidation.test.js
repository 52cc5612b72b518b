const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { anyValue } = require("@nomicfoundation/hardhat-chai-matchers/withArgs");
const { deployCoreFixture } = require("./fixtures");
const { WAD, usdc, units, ceilDiv, setPrice, zeroRates, modelLiquidation, liquidatedEvents, expectAccounting } = require("./helpers");

const WETH = 1, WBTC = 2, XAU = 3;
const MAX = ethers.MaxUint256;
const Status = { Liquidated: 0n, UnknownCollateral: 1n, NoDebt: 2n, Healthy: 3n, OracleInvalid: 4n, Self: 5n, MaxRepayTooLow: 6n };

describe("Market: liquidation", function () {
  // Zero interest keeps debts exact. alice: 10 WETH / 16,000; bob: 1 WBTC / 42,000; carol: 10 XAU6 / 15,000.
  async function positionsFixture() {
    const f = await deployCoreFixture();
    await zeroRates(f);
    await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(16_000), f.alice.address);
    await f.market.connect(f.bob).open(WBTC, units(1, 8), usdc(42_000), f.bob.address);
    await f.market.connect(f.carol).open(XAU, units(10, 6), usdc(15_000), f.carol.address);
    f.keys = [[WETH, f.alice.address], [WBTC, f.bob.address], [XAU, f.carol.address]];
    return f;
  }

  async function model(f, id, owner, maxRepay) {
    const c = await f.market.collateral(id);
    const p = await f.market.position(id, owner);
    const mp = await f.market.marketParams();
    const oracle = await ethers.getContractAt("ChainlinkOracle", c.oracle);
    return modelLiquidation({
      collateral: p.collateral, debt: await f.market.debtOf(id, owner), price: await oracle.price(),
      collDec: Number(c.decimals), lt: c.params.liquidationThreshold, bonus: c.params.liquidationBonus,
      dust: c.params.dust, closeHf: mp.closeFactorHfThreshold, small: mp.smallPositionValue, cut: mp.insuranceCut, maxRepay,
    });
  }

  /** Liquidates and checks every token movement against the spec model. */
  async function liquidateAndCheck(f, id, owner, maxRepay, token) {
    const exp = await model(f, id, owner, maxRepay);
    const before = {
      liqUsdc: await f.usdc.balanceOf(f.liquidator.address), liqColl: await token.balanceOf(f.liquidator.address),
      ins: await f.usdc.balanceOf(f.insurance.address), reserves: await f.pool.reserves(), cash: await f.pool.cash(),
      deficit: await f.pool.uncoveredDeficit(),
      pos: await f.market.position(id, owner),
    };
    const preview = await f.market.previewLiquidation(id, owner, f.liquidator.address, maxRepay);
    const rc = await (await f.market.connect(f.liquidator).liquidate(id, owner, maxRepay)).wait();
    const [ev] = liquidatedEvents(f.market, rc);
    // the preview (same block state, zero rates) predicts the liquidation exactly
    expect(preview.status).to.equal(0n);
    expect([preview.repaid, preview.seized, preview.fee, preview.deficitAssets]).to.deep.equal([ev.repaid, ev.seized, ev.fee, ev.deficitAssets]);
    expect(ev.repaid).to.equal(exp.repaid, "repaid");
    expect(ev.seized).to.equal(exp.seized, "seized");
    expect(ev.fee).to.equal(exp.fee, "fee");
    expect(ev.deficitAssets).to.equal(exp.deficit, "deficit");
    expect(ev.liquidator).to.equal(f.liquidator.address);
    expect(before.liqUsdc - (await f.usdc.balanceOf(f.liquidator.address))).to.equal(exp.repaid + exp.fee);
    expect((await token.balanceOf(f.liquidator.address)) - before.liqColl).to.equal(exp.seized);
    // the fee rides in the repayment transfer and is credited to the pool's reserves (the fund's, skimmed later)
    expect(await f.usdc.balanceOf(f.insurance.address)).to.equal(before.ins);
    expect((await f.pool.reserves()) - before.reserves).to.equal(exp.fee);
    expect((await f.pool.cash()) - before.cash).to.equal(exp.repaid + exp.fee);
    await expect(rc).to.emit(f.pool, "Repaid");
    expect((await f.pool.uncoveredDeficit()) - before.deficit).to.equal(exp.deficit);
    const after = await f.market.position(id, owner);
    expect(after.collateral).to.equal(before.pos.collateral - exp.seized);
    await expectAccounting(f, f.keys);
    return { exp, ev, rc, after };
  }

  describe("close factor (partial) for large, mildly unhealthy positions — each decimals mix", function () {
    it("WETH (18 dec): HF 0.983 -> 50% repaid, seized = repaid x 1.05 at $1850", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1850);
      const { exp, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.partial).to.equal(true);
      expect(exp.repaid).to.equal(usdc(8_000));
      expect(exp.seized).to.equal((usdc(8_400) * 10n ** 30n) / (1850n * WAD)); // 4.5405... WETH, rounded down
      expect(exp.fee).to.equal(usdc(40)); // 8000 * 5% * 10%
      expect(after.scaledDebt).to.equal(usdc(8_000));
    });

    it("WBTC (8 dec): HF 0.964 -> 50% repaid, 0.42 WBTC seized at $54000", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WBTC", 54_000);
      const { exp } = await liquidateAndCheck(f, WBTC, f.bob.address, MAX, f.wbtc);
      expect(exp.repaid).to.equal(usdc(21_000));
      expect(exp.seized).to.equal(units("0.42", 8));
      expect(exp.fee).to.equal(usdc(168));
    });

    it("XAU6 (6 dec): HF 0.98 -> 50% repaid, 3.928571 XAU seized at $2100", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "XAU6", 2_100);
      const { exp } = await liquidateAndCheck(f, XAU, f.carol.address, MAX, f.xau);
      expect(exp.repaid).to.equal(usdc(7_500));
      expect(exp.seized).to.equal(units("3.928571", 6));
      expect(exp.fee).to.equal(usdc(75));
    });

    it("a maxRepay below the cap repays exactly maxRepay", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1850);
      const { exp } = await liquidateAndCheck(f, WETH, f.alice.address, usdc(1_000), f.weth);
      expect(exp.repaid).to.equal(usdc(1_000));
    });
  });

  describe("full liquidation", function () {
    it("deeply unhealthy (HF < 0.95): 100% repaid, leftover collateral stays with the owner", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1700); // HF 0.903
      const { exp, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.repaid).to.equal(usdc(16_000));
      expect(exp.seized).to.equal((usdc(16_800) * 10n ** 30n) / (1700n * WAD));
      expect(exp.deficit).to.equal(0n);
      expect(after.scaledDebt).to.equal(0n);
      expect(after.collateral).to.be.gt(0n);
      await f.market.connect(f.alice).withdraw(WETH, after.collateral, f.alice.address); // owner keeps the rest
    });

    it("small position (debt < smallPositionValue) is fully liquidated even at HF >= 0.95", async function () {
      const f = await loadFixture(positionsFixture);
      await f.market.connect(f.other).open(WETH, units(1, 18), usdc(1_500), f.other.address);
      f.keys.push([WETH, f.other.address]);
      await setPrice(f, "WETH", 1740); // HF = 1740*0.85/1500 = 0.986
      expect((await f.market.healthFactor(WETH, f.other.address)).hf).to.be.gte((95n * WAD) / 100n);
      const { exp } = await liquidateAndCheck(f, WETH, f.other.address, MAX, f.weth);
      expect(exp.repaid).to.equal(usdc(1_500));
      expect(exp.partial).to.equal(false);
    });

    it("a partial that would leave debt below dust becomes full", async function () {
      const f = await loadFixture(positionsFixture);
      const p = (await f.market.collateral(WETH)).params;
      await f.market.setCollateralParams(WETH, { maxLtv: p.maxLtv, liquidationThreshold: p.liquidationThreshold, liquidationBonus: p.liquidationBonus, debtCeiling: p.debtCeiling, dust: usdc(9_000) });
      await setPrice(f, "WETH", 1850); // would be 50% -> 8,000 left < 9,000 dust
      const { exp, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.repaid).to.equal(usdc(16_000));
      expect(after.scaledDebt).to.equal(0n);
    });
  });

  describe("deficit when collateral runs out", function () {
    it("seizes all collateral, repays value/(1+floor bonus) rounded up, records the rest as a deficit, closes the position", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1500); // collateral $15,000 < 16,000 x 1.025 (the bonus floor: 5% x MIN_BONUS_SHARE)
      const price0 = await f.pool.convertToAssets(10n ** 12n);
      const { exp, ev, rc, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.seized).to.equal(units(10, 18));
      expect(exp.repaid).to.equal(ceilDiv(usdc(15_000) * WAD, WAD + WAD / 40n)); // 14,634.146342
      expect(exp.repaid).to.equal(14_634_146_342n);
      expect(exp.deficit).to.equal(usdc(16_000) - 14_634_146_342n);
      expect(after.collateral).to.equal(0n);
      expect(after.scaledDebt).to.equal(0n);
      expect(ev.deficitId).to.equal(1n);
      await expect(rc).to.emit(f.market, "PositionClosed").withArgs(WETH, f.alice.address);
      await expect(rc).to.emit(f.pool, "DeficitRecorded").withArgs(1, WETH, f.alice.address, exp.deficit);
      const d = await f.pool.deficit(1);
      expect(d.original).to.equal(exp.deficit);
      expect(d.borrower).to.equal(f.alice.address);
      // LP share price absorbed exactly the deficit in the same tx
      const price1 = await f.pool.convertToAssets(10n ** 12n);
      expect(price0 - price1).to.be.closeTo((exp.deficit * 10n ** 12n) / (await f.pool.totalSupply()) , 1n);
      expect(await f.pool.totalAssets()).to.equal(usdc(2_000_000) - exp.deficit);
    });

    it("no deficit when collateral exactly covers debt x (1 + bonus)", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1680); // 16,800 / 1680 = exactly 10 WETH
      const { exp, rc, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.seized).to.equal(units(10, 18));
      expect(exp.deficit).to.equal(0n);
      expect(after.scaledDebt).to.equal(0n);
      await expect(rc).to.emit(f.market, "PositionClosed");
      await expect(rc).not.to.emit(f.pool, "DeficitRecorded");
      expect(await f.pool.deficitCount()).to.equal(0n);
    });

    it("between debt x (1 + floor) and debt x (1 + bonus) the bonus shrinks to the surplus: no deficit (finding 7)", async function () {
      const f = await loadFixture(positionsFixture);
      await f.aggregators.WETH.setAnswer(167_999n * 10n ** 6n); // $1679.99: 10 WETH cannot cover 16,800
      const { exp, rc, after } = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(exp.repaid).to.equal(usdc(16_000));
      expect(exp.deficit).to.equal(0n);
      expect(exp.seized).to.be.lte(units(10, 18));
      expect(after.scaledDebt).to.equal(0n);
      await expect(rc).not.to.emit(f.pool, "DeficitRecorded");
      // the case: collateral worth 15,450 against 15,000 of debt — the full 5% bonus left 285.71 of bad debt
      await setPrice(f, "WETH", 2000);
      await f.market.connect(f.bob).open(WETH, units(10, 18), usdc(15_000), f.bob.address);
      await setPrice(f, "WETH", 1545);
      const bonus = await f.market.effectiveBonus(WETH, usdc(15_450), usdc(15_000));
      expect(bonus).to.equal(3n * WAD / 100n); // the 3% surplus, not the configured 5% (floor 2.5%)
      const b = await liquidateAndCheck(f, WETH, f.bob.address, MAX, f.weth);
      expect(b.exp.repaid).to.equal(usdc(15_000));
      expect(b.exp.deficit).to.equal(0n); // was 15,000 − 15,450 / 1.05 = 285.714286 with the fixed bonus
      expect(b.ev.seized).to.equal(units(10, 18)); // 15,000 x 1.03 = 15,450: all of it
      expect(await f.pool.deficitCount()).to.equal(0n);
    });

    it("just below debt x (1 + floor bonus) a deficit is recorded and the liquidator keeps the floor (18, 8 and 6 decimals)", async function () {
      const f = await loadFixture(positionsFixture);
      // $0.00000001 below 16,400 / 10: the shortfall is below one micro-USDC after rounding, so no deficit yet
      await f.aggregators.WETH.setAnswer(1640n * 10n ** 8n - 1n);
      expect((await model(f, WETH, f.alice.address, MAX)).deficit).to.equal(0n);
      await f.aggregators.WETH.setAnswer(163_999n * 10n ** 6n); // $1639.99: 10 WETH cannot cover 16,000 x 1.025
      const a = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(a.exp.seized).to.equal(units(10, 18));
      expect(a.exp.deficit).to.equal(usdc(16_000) - ceilDiv(usdc("16399.9") * WAD, WAD + WAD / 40n));
      await setPrice(f, "WBTC", 30_000); // floor 4% (8% x 1/2)
      const b = await liquidateAndCheck(f, WBTC, f.bob.address, MAX, f.wbtc);
      expect(b.exp.seized).to.equal(units(1, 8));
      expect(b.exp.deficit).to.equal(usdc(42_000) - ceilDiv(usdc(30_000) * WAD, WAD + (4n * WAD) / 100n));
      await setPrice(f, "XAU6", 1000); // floor 5% (10% x 1/2)
      const c = await liquidateAndCheck(f, XAU, f.carol.address, MAX, f.xau);
      expect(c.exp.deficit).to.equal(usdc(15_000) - ceilDiv(usdc(10_000) * WAD, WAD + WAD / 20n));
      expect(await f.pool.deficitCount()).to.equal(3n);
      expect(await f.pool.uncoveredDeficit()).to.equal(a.exp.deficit + b.exp.deficit + c.exp.deficit);
    });
  });

  describe("lessons from real incidents", function () {
    it("a borrower cannot liquidate their own position (Euler 2023)", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1500);
      await expect(f.market.connect(f.alice).liquidate(WETH, f.alice.address, MAX)).to.be.revertedWithCustomError(f.market, "SelfLiquidation");
      expect((await f.market.previewLiquidation(WETH, f.alice.address, f.alice.address, MAX)).status).to.equal(Status.Self);
      const r = await f.market.connect(f.alice).liquidateBatch.staticCall([{ collateralId: WETH, owner: f.alice.address, maxRepay: MAX }]);
      expect(r[0].status).to.equal(Status.Self);
    });

    it("no remnant of 1 wei collateral: a repay that would leave under-collateralised debt must be full (Morpho Blue #82)", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1500); // underwater: full close factor; all 10 WETH cover 14,634.146342 (floor bonus 2.5%)
      // Repaying 14,285 would seize 9.76 WETH and leave 0.24 WETH against 1,715 of debt.
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, usdc(14_285)))
        .to.be.revertedWithCustomError(f.market, "MaxRepayTooLow").withArgs(14_634_146_342n, usdc(14_285));
      const r = await f.market.connect(f.liquidator).liquidateBatch.staticCall([{ collateralId: WETH, owner: f.alice.address, maxRepay: usdc(14_285) }]);
      expect(r[0].status).to.equal(Status.MaxRepayTooLow);
      // Underwater, every partial leaves collateral worth less than the debt left: only full is allowed
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, usdc(1_000)))
        .to.be.revertedWithCustomError(f.market, "MaxRepayTooLow").withArgs(14_634_146_342n, usdc(1_000));
      // the deficit-realising full liquidation works with enough maxRepay
      const full = await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth);
      expect(full.after.collateral).to.equal(0n);
      expect(full.exp.deficit).to.be.gt(0n);
    });

    it("a maxRepay below a required full liquidation reverts with the required amount", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1700); // HF < 0.95: full, needs 16,000
      // 15,990 would leave 10 of debt, below the 100 dust floor
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, usdc(15_990)))
        .to.be.revertedWithCustomError(f.market, "MaxRepayTooLow").withArgs(usdc(16_000), usdc(15_990));
      // a smaller repay that leaves a sound, above-dust remnant is the liquidator's choice
      const { after } = await liquidateAndCheck(f, WETH, f.alice.address, usdc(8_000), f.weth);
      expect(after.scaledDebt).to.equal(usdc(8_000));
    });
  });

  describe("reverts", function () {
    it("healthy, no debt, unknown collateral, zero maxRepay", async function () {
      const f = await loadFixture(positionsFixture);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX))
        .to.be.revertedWithCustomError(f.market, "PositionHealthy").withArgs((10625n * WAD) / 10000n);
      expect((await f.market.previewLiquidation(WETH, f.alice.address, f.liquidator.address, MAX)).status).to.equal(Status.Healthy);
      expect((await f.market.previewLiquidation(9, f.alice.address, f.liquidator.address, MAX)).status).to.equal(Status.UnknownCollateral);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.other.address, MAX))
        .to.be.revertedWithCustomError(f.market, "NoDebt").withArgs(WETH, f.other.address);
      await expect(f.market.connect(f.liquidator).liquidate(9, f.alice.address, MAX))
        .to.be.revertedWithCustomError(f.market, "UnknownCollateral").withArgs(9);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, 0))
        .to.be.revertedWithCustomError(f.market, "ZeroAmount");
    });

    it("stale / zero / negative price: liquidation reverts OracleInvalid (documented choice)", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1500);
      await time.increase(3601);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX))
        .to.be.revertedWithCustomError(f.market, "OracleInvalid").withArgs(WETH);
      await f.aggregators.WETH.setAnswer(0);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX)).to.be.revertedWithCustomError(f.market, "OracleInvalid");
      await f.aggregators.WETH.setAnswer(-1);
      await expect(f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX)).to.be.revertedWithCustomError(f.market, "OracleInvalid");
      await setPrice(f, "WETH", 1500);
      await liquidateAndCheck(f, WETH, f.alice.address, MAX, f.weth); // works again once the feed is fresh
    });

    it("liquidator without enough debt asset: the whole liquidation reverts (no state change)", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1850);
      await f.usdc.connect(f.lp2).approve(await f.market.getAddress(), usdc(10));
      await expect(f.market.connect(f.lp2).liquidate(WETH, f.alice.address, MAX)).to.be.revertedWithCustomError(f.usdc, "ERC20InsufficientAllowance");
      expect((await f.market.position(WETH, f.alice.address)).scaledDebt).to.equal(usdc(16_000));
    });
  });

  describe("with interest accrued", function () {
    it("a full liquidation repays principal + interest and keeps the accounting identity", async function () {
      const f = await loadFixture(deployCoreFixture);
      await f.market.connect(f.alice).open(WETH, units(10, 18), usdc(16_000), f.alice.address);
      await f.market.connect(f.bob).open(WBTC, units(10, 8), usdc(400_000), f.bob.address);
      await time.increase(180 * 24 * 3600);
      await setPrice(f, "WETH", 1700);
      await setPrice(f, "WBTC", 60_000);
      const rc = await (await f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX)).wait();
      const [ev] = liquidatedEvents(f.market, rc);
      expect(ev.repaid).to.be.gt(usdc(16_000));
      const p = await f.market.position(WETH, f.alice.address);
      expect(p.scaledDebt).to.equal(0n);
      const index = await f.pool.borrowIndex();
      // seized = repaid x 1.05 at $1700, rounded down
      expect(ev.seized).to.equal((((ev.repaid * 105n) / 100n) * 10n ** 30n) / (1700n * WAD));
      expect(index).to.be.gt(10n ** 27n);
      await expectAccounting(f, [[WETH, f.alice.address], [WBTC, f.bob.address]]);
    });
  });

  describe("insurance fee", function () {
    it("is charged before the pool has an insurance fund: it waits in reserves, which only a fund can skim", async function () {
      const hre = require("hardhat");
      const { deployCore } = require("../../deploy-scripts/deploy");
      const core = await deployCore(hre);
      const [, lp, alice, liq] = await ethers.getSigners();
      const M = await core.market.getAddress();
      await core.usdc.mint(lp.address, usdc(100_000));
      await core.usdc.connect(lp).approve(await core.pool.getAddress(), MAX);
      await core.pool.connect(lp).deposit(usdc(100_000), lp.address);
      await core.collateralTokens.WETH.mint(alice.address, units(10, 18));
      await core.collateralTokens.WETH.connect(alice).approve(M, MAX);
      await core.market.connect(alice).open(1, units(10, 18), usdc(16_000), alice.address);
      await core.aggregators.WETH.setAnswer(1850n * 10n ** 8n);
      await core.usdc.mint(liq.address, usdc(20_000));
      await core.usdc.connect(liq).approve(M, MAX);
      const rc = await (await core.market.connect(liq).liquidate(1, alice.address, MAX)).wait();
      const [ev] = liquidatedEvents(core.market, rc);
      expect(ev.repaid).to.be.gt(0n);
      expect(ev.fee).to.be.gt(0n);
      const repaid = rc.logs.map((l) => { try { return core.pool.interface.parseLog(l); } catch { return null; } })
        .find((e) => e && e.name === "Repaid");
      expect(repaid.args.fee).to.equal(ev.fee);
      // The fee is cash held for the fund (reserves), not LP money: totalAssets does not count it.
      expect(await core.pool.cash()).to.equal(usdc(100_000) - usdc(16_000) + ev.repaid + ev.fee);
      expect(await core.pool.reserves()).to.be.gte(ev.fee);
      await expect(core.pool.skimReserves()).to.be.revertedWithCustomError(core.pool, "InsuranceFundNotSet");
    });

    it("is zero when governance sets insuranceCut to 0: nothing is pulled for it and reserves do not move", async function () {
      const f = await loadFixture(positionsFixture);
      const mp = await f.market.marketParams();
      await f.market.connect(f.admin).setMarketParams({ closeFactorHfThreshold: mp.closeFactorHfThreshold, insuranceCut: 0n, smallPositionValue: mp.smallPositionValue });
      await setPrice(f, "WETH", 1850);
      const reservesBefore = await f.pool.reserves();
      const usdcBefore = await f.usdc.balanceOf(f.liquidator.address);
      const tx = f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX);
      const [ev] = liquidatedEvents(f.market, await (await tx).wait());
      expect(ev.repaid).to.equal(usdc(8_000));
      expect(ev.fee).to.equal(0n);
      await expect(tx).to.emit(f.pool, "Repaid").withArgs(ev.repaid, anyValue, 0n);
      expect(usdcBefore - (await f.usdc.balanceOf(f.liquidator.address))).to.equal(ev.repaid);
      expect(await f.pool.reserves()).to.equal(reservesBefore);
    });

    it("is credited to the pool's reserves and reaches the insurance fund at the next skimReserves", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1850);
      const insBefore = await f.usdc.balanceOf(f.insurance.address);
      const reservesBefore = await f.pool.reserves();
      const tx = f.market.connect(f.liquidator).liquidate(WETH, f.alice.address, MAX);
      const [ev] = liquidatedEvents(f.market, await (await tx).wait());
      expect(ev.fee).to.be.gt(0n);
      await expect(tx).to.emit(f.pool, "Repaid").withArgs(ev.repaid, anyValue, ev.fee);
      expect(await f.usdc.balanceOf(f.insurance.address)).to.equal(insBefore);
      await expect(f.pool.connect(f.other).skimReserves())
        .to.emit(f.pool, "ReservesSkimmed").withArgs(f.insurance.address, reservesBefore + ev.fee);
      expect((await f.usdc.balanceOf(f.insurance.address)) - insBefore).to.equal(reservesBefore + ev.fee);
      expect(await f.pool.reserves()).to.equal(0n);
    });
  });

  describe("batch", function () {
    it("liquidates the unhealthy ones and skips healthy / closed / unknown / self / oracle-invalid without reverting", async function () {
      const f = await loadFixture(positionsFixture);
      await setPrice(f, "WETH", 1850); // alice partial
      await setPrice(f, "WBTC", 30_000); // bob deficit
      // carol stays healthy on XAU; then XAU's feed goes stale for a second XAU position
      await f.market.connect(f.other).open(XAU, units(10, 6), usdc(15_000), f.other.address);
      f.keys.push([XAU, f.other.address]);
      const orders = [
        { collateralId: XAU, owner: f.carol.address, maxRepay: MAX }, // healthy
        { collateralId: WETH, owner: f.alice.address, maxRepay: MAX }, // partial
        { collateralId: WETH, owner: f.lp2.address, maxRepay: MAX }, // no position
        { collateralId: 9, owner: f.alice.address, maxRepay: MAX }, // unknown collateral
        { collateralId: WBTC, owner: f.liquidator.address, maxRepay: MAX }, // own (empty) position
        { collateralId: WBTC, owner: f.bob.address, maxRepay: MAX }, // deficit
        { collateralId: WBTC, owner: f.bob.address, maxRepay: MAX }, // now closed
      ];
      const liqBefore = await f.usdc.balanceOf(f.liquidator.address);
      const expA = await model(f, WETH, f.alice.address, MAX);
      const expB = await model(f, WBTC, f.bob.address, MAX);
      const results = await f.market.connect(f.liquidator).liquidateBatch.staticCall(orders);
      expect(results.map((r) => r.status)).to.deep.equal([Status.Healthy, Status.Liquidated, Status.NoDebt, Status.UnknownCollateral, Status.Self, Status.Liquidated, Status.NoDebt]);
      const tx = await f.market.connect(f.liquidator).liquidateBatch(orders);
      const rc = await tx.wait();
      const evs = liquidatedEvents(f.market, rc);
      expect(evs.length).to.equal(2);
      expect(evs[0].repaid).to.equal(expA.repaid);
      expect(evs[1].deficitAssets).to.equal(expB.deficit);
      await expect(tx).to.emit(f.market, "LiquidationSkipped").withArgs(XAU, f.carol.address, Status.Healthy);
      expect(liqBefore - (await f.usdc.balanceOf(f.liquidator.address))).to.equal(expA.repaid + expA.fee + expB.repaid + expB.fee);
      await expectAccounting(f, f.keys);

      // oracle-invalid entries are skipped too
      await setPrice(f, "XAU6", 1000);
      await time.increase(86_401);
      await setPrice(f, "WETH", 1500); // fresh, and alice's remnant is unhealthy again
      const r2 = await f.market.connect(f.liquidator).liquidateBatch.staticCall([
        { collateralId: XAU, owner: f.other.address, maxRepay: MAX },
        { collateralId: WETH, owner: f.alice.address, maxRepay: MAX },
      ]);
      expect(r2[0].status).to.equal(Status.OracleInvalid);
      expect(r2[1].status).to.equal(Status.Liquidated);
    });

    it("consecutive orders on one collateral type reuse one price and each match the model", async function () {
      const f = await loadFixture(positionsFixture);
      await f.market.connect(f.bob).open(WETH, units(5, 18), usdc(8_000), f.bob.address);
      await f.market.connect(f.carol).open(WETH, units(20, 18), usdc(30_000), f.carol.address);
      f.keys.push([WETH, f.bob.address], [WETH, f.carol.address]);
      await setPrice(f, "WETH", 1700);
      const owners = [f.alice.address, f.bob.address, f.carol.address];
      const exps = [];
      for (const o of owners) exps.push(await model(f, WETH, o, MAX));
      const rc = await (await f.market.connect(f.liquidator).liquidateBatch(owners.map((o) => ({ collateralId: WETH, owner: o, maxRepay: MAX })))).wait();
      const evs = liquidatedEvents(f.market, rc);
      expect(evs.length).to.equal(3);
      evs.forEach((ev, i) => {
        expect([ev.repaid, ev.seized, ev.fee, ev.deficitAssets]).to.deep.equal([exps[i].repaid, exps[i].seized, exps[i].fee, exps[i].deficit]);
      });
      await expectAccounting(f, f.keys);
    });

    it("an empty batch or an all-skipped batch moves no tokens", async function () {
      const f = await loadFixture(positionsFixture);
      const before = await f.usdc.balanceOf(f.liquidator.address);
      await f.market.connect(f.liquidator).liquidateBatch([]);
      await f.market.connect(f.liquidator).liquidateBatch([{ collateralId: WETH, owner: f.alice.address, maxRepay: MAX }]);
      expect(await f.usdc.balanceOf(f.liquidator.address)).to.equal(before);
    });
  });
});
