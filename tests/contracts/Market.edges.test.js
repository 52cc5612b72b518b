// Edge and attack tests through the public surface (issue 11): rounding of tiny repayments once interest
// has accrued, liquidation calls that name nothing to do (collateral id 0, a zero repay cap), re-entry
// through a hooked debt asset into the LP vault (the Market's entry points: Market.governance.test.js),
// and the 512-bit fallback of WadRayMath (through a test harness) against exact BigInt arithmetic.
const { expect } = require("chai");
const { ethers } = require("hardhat");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR, RAY, WAD } = require("./fixtures");
const { usdc, units } = require("./helpers");

const MAX = ethers.MaxUint256;
const Status = { UnknownCollateral: 1n, NoDebt: 2n };

describe("Market edges (rounding, empty liquidation orders)", function () {
  async function borrowedFixture() {
    const f = await deployCoreFixture();
    const id = f.ids.WETH;
    await f.market.connect(f.alice).open(id, units(10, 18), usdc(10_000), f.alice.address);
    return { ...f, id };
  }

  it("a repayment worth less than one scaled unit reverts ZeroAmount; two units credit one (rounded against the borrower)", async function () {
    const f = await loadFixture(borrowedFixture);
    await time.increase(365 * 24 * 3600);
    await f.pool.accrueInterest();
    const index = await f.pool.borrowIndex();
    expect(index).to.be.gt(RAY).and.lt(2n * RAY); // 1 unit / index < 1 scaled unit; 2 units / index in [1, 2)
    const before = await f.market.position(f.id, f.alice.address);
    await expect(f.market.connect(f.alice).repay(f.id, f.alice.address, 1n)).to.be.revertedWithCustomError(f.market, "ZeroAmount");
    const poolBal = await f.usdc.balanceOf(f.pool.target);
    await expect(f.market.connect(f.alice).repay(f.id, f.alice.address, 2n))
      .to.emit(f.market, "Repaid").withArgs(f.id, f.alice.address, f.alice.address, 2n, before.scaledDebt - 1n);
    expect((await f.market.position(f.id, f.alice.address)).scaledDebt).to.equal(before.scaledDebt - 1n);
    expect((await f.usdc.balanceOf(f.pool.target)) - poolBal).to.equal(2n); // paid 2, credited 1 scaled (< 2 units of debt)
  });

  it("liquidation orders for collateral id 0 or with a zero repay cap do nothing, with the documented status", async function () {
    const f = await loadFixture(borrowedFixture);
    const { alice, liquidator, market, id } = f;
    await f.aggregators.WETH.setAnswer(1_000n * 10n ** 8n); // 10 WETH x 1,000 x LT < 10,000 debt: unhealthy
    expect((await market.previewLiquidation(0, alice.address, liquidator.address, MAX)).status).to.equal(Status.UnknownCollateral);
    expect((await market.previewLiquidation(id, alice.address, liquidator.address, 0n)).status).to.equal(Status.NoDebt);
    const before = await market.position(id, alice.address);
    const tx = market.connect(liquidator).liquidateBatch([
      { collateralId: 0, owner: alice.address, maxRepay: MAX },
      { collateralId: id, owner: alice.address, maxRepay: 0n },
    ]);
    await expect(tx).to.emit(market, "LiquidationSkipped").withArgs(0, alice.address, Status.UnknownCollateral)
      .and.to.emit(market, "LiquidationSkipped").withArgs(id, alice.address, Status.NoDebt)
      .and.not.to.emit(market, "Liquidated");
    await expect(market.connect(liquidator).liquidate(id, alice.address, 0n))
      .to.be.revertedWithCustomError(market, "ZeroAmount"); // a single call with nothing to repay is refused outright
    const after = await market.position(id, alice.address);
    expect([after.collateral, after.scaledDebt]).to.deep.equal([before.collateral, before.scaledDebt]);
    // with a real cap the same position is liquidated
    await expect(market.connect(liquidator).liquidate(id, alice.address, MAX)).to.emit(market, "Liquidated");
  });
});

describe("Re-entry through a hooked debt asset", function () {
  it("a debt asset's transfer hook cannot re-enter the LP vault's deposit or withdraw", async function () {
    const [admin, lp] = await ethers.getSigners();
    const t = await (await ethers.getContractFactory("ReentrantERC20")).deploy("E", "E", 6);
    const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
      await t.getAddress(), "L", "L", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
    );
    const P = await pool.getAddress();
    await t.mint(lp.address, usdc(1_000));
    await t.connect(lp).approve(P, MAX);
    await pool.connect(lp).deposit(usdc(100), lp.address);
    const shares = await pool.balanceOf(lp.address);
    const reenter = [
      pool.interface.encodeFunctionData("deposit", [1n, lp.address]),
      pool.interface.encodeFunctionData("withdraw", [1n, lp.address, lp.address]),
    ];
    for (const data of reenter) {
      await t.arm(P, data);
      await expect(pool.connect(lp).deposit(usdc(1), lp.address)).to.be.revertedWithCustomError(pool, "ReentrancyGuardReentrantCall");
      await t.arm(P, data);
      await expect(pool.connect(lp).withdraw(usdc(1), lp.address, lp.address)).to.be.revertedWithCustomError(pool, "ReentrancyGuardReentrantCall");
    }
    // nothing moved; unhooked, both work
    expect([await pool.balanceOf(lp.address), await pool.totalAssets()]).to.deep.equal([shares, usdc(100)]);
    await t.arm(ethers.ZeroAddress, "0x");
    await pool.connect(lp).deposit(usdc(1), lp.address);
    await pool.connect(lp).redeem(await pool.balanceOf(lp.address), lp.address, lp.address);
    expect(await t.balanceOf(lp.address)).to.be.closeTo(usdc(1_000), 1n); // all back (vault rounding: at most 1 unit)
  });
});

describe("WadRayMath (harness): exact beyond 256-bit products, rounding named", function () {
  const TWO256 = 2n ** 256n;
  const down = (a, b, d) => (a * b) / d;
  const up = (a, b, d) => (a * b + d - 1n) / d;

  async function harness() {
    return (await ethers.getContractFactory("WadRayMathHarness")).deploy();
  }

  it("mulDivDown/mulDivUp equal exact math when a*b overflows 256 bits (phantom overflow), and on the fast path", async function () {
    const h = await loadFixture(harness);
    const cases = [
      [TWO256 - 1n, TWO256 - 1n, TWO256 - 1n], // product ~2^512, result 2^256-1
      [2n ** 200n + 7n, 2n ** 100n + 3n, 2n ** 120n], // product ~2^300, result ~2^180, inexact
      [10n ** 40n * 3n, 10n ** 40n, RAY], // 3e80 > 2^256: rayMul of two huge numbers
      [10n ** 30n + 1n, 10n ** 18n, 3n], // fits: fast path, inexact
      [12n, 5n, 4n], // fits, exact: up == down
      [0n, TWO256 - 1n, 1n],
    ];
    for (const [a, b, d] of cases) {
      expect(await h.mulDivDown(a, b, d), `down ${a}*${b}/${d}`).to.equal(down(a, b, d));
      expect(await h.mulDivUp(a, b, d), `up ${a}*${b}/${d}`).to.equal(up(a, b, d));
    }
  });

  it("the inlined WAD/RAY multiplications equal mulDiv by their constant, on the fast path and beyond 256 bits", async function () {
    const h = await loadFixture(harness);
    const pairs = [
      [10n ** 30n + 1n, 3n * 10n ** 17n + 7n], // fits, inexact
      [WAD, 12n], // fits, exact
      [0n, TWO256 - 1n], // zero
      [2n ** 200n + 7n, 2n ** 100n + 3n], // product ~2^300, result fits: the 512-bit fallback
      [10n ** 40n * 3n, 10n ** 40n + 1n], // 3e80 > 2^256
    ];
    for (const [a, b] of pairs) {
      for (const [name, unit] of [["wad", WAD], ["ray", RAY]]) {
        const exactDown = down(a, b, unit);
        if (exactDown >= TWO256) continue;
        expect(await h[`${name}MulDown`](a, b), `${name}MulDown ${a}*${b}`).to.equal(exactDown);
        expect(await h[`${name}MulUp`](a, b), `${name}MulUp ${a}*${b}`).to.equal(up(a, b, unit));
      }
    }
  });

  it("rounds up only when there is a remainder; division by zero and results above 2^256 revert", async function () {
    const h = await loadFixture(harness);
    expect(await h.mulDivUp(6n, 4n, 8n)).to.equal(3n);
    expect(await h.mulDivUp(7n, 4n, 8n)).to.equal(4n);
    expect(await h.mulDivDown(7n, 4n, 8n)).to.equal(3n);
    for (const fn of ["mulDivDown", "mulDivUp"]) {
      await expect(h[fn](1n, 1n, 0n), fn).to.be.revertedWithPanic(0x12);
      await expect(h[fn](TWO256 - 1n, 2n ** 200n, 2n ** 100n), fn).to.be.reverted; // 2^356 / 2^100 > 2^256
    }
  });

  it("rayPowUp rounds every step up: never below the exact power, within one unit per multiplication", async function () {
    const h = await loadFixture(harness);
    const x = (99n * RAY) / 100n; // 0.99 RAY
    for (const n of [0n, 1n, 2n, 7n, 100n]) {
      const exactFloor = x ** n / RAY ** (n === 0n ? 0n : n - 1n);
      const got = await h.rayPowUp(x, n);
      expect(got, `n=${n}`).to.be.gte(n === 0n ? RAY : exactFloor);
      expect(got - (n === 0n ? RAY : exactFloor), `n=${n}`).to.be.lte(16n); // <= one unit per rounded multiplication (<= 2 per bit of n)
    }
  });
});
