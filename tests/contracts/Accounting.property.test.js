const { expect } = require("chai");
const { ethers } = require("hardhat");
const fc = require("fast-check");
const { loadFixture, time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCoreFixture } = require("./fixtures");
const { expectAccounting } = require("./helpers");

// DESIGN.md: "at every block, sum of position debts + uncovered deficits == what the pool says is
// lent out, and every token the contracts hold is accounted for. Tests check this after random
// action sequences." Actions that revert (unhealthy, dust, paused...) are part of the sequence too:
// a revert must leave the books as they were.
// Tagged @plain: 12 x 20 actions, each followed by a full accounting check, take ~30 s on the plain build
// and ~4 min under solidity-coverage (unoptimized, instrumented contracts on a shared 2-core machine), so
// tests/run-all.sh runs it on the plain build only.
describe("@plain Accounting identity under random action sequences (fast-check)", function () {
  // Mocha's default 120 s failed it under coverage, and a timed-out mocha test keeps running in the
  // background: its leftover actions (time jumps that make feeds stale, snapshot reverts) then broke the
  // next tests. So it gets a budget sized to its work on a loaded machine; it is only a hang guard.
  this.timeout(20 * 60_000);
  const SYMS = ["WETH", "WBTC", "XAU6"];
  const BASE_PRICE = { WETH: 2_000n, WBTC: 60_000n, XAU6: 2_500n };

  const action = fc.record({
    op: fc.constantFrom("deposit", "borrow", "repay", "repayAll", "withdraw", "close", "liquidate", "batch", "price", "time", "lpDeposit", "lpRedeem", "skim"),
    actor: fc.integer({ min: 0, max: 2 }),
    coll: fc.integer({ min: 0, max: 2 }),
    frac: fc.integer({ min: 1, max: 1000 }), // permille
  });

  // Every borrower starts with a position on every collateral type at ~60% of max LTV.
  async function booksFixture() {
    const f = await deployCoreFixture();
    const open = [["1", 18, 1_000n], ["0.1", 8, 3_000n], ["1", 6, 900n]];
    for (const who of [f.alice, f.bob, f.carol]) {
      for (let i = 0; i < 3; i++) {
        const [amt, dec, borrow] = open[i];
        await f.market.connect(who).open(i + 1, ethers.parseUnits(amt, dec), borrow * 10n ** 6n, who.address);
      }
    }
    return f;
  }

  it("holds after every step of 12 random sequences of 20 actions", async function () {
    const succeeded = {};
    let deficits = 0n;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 20, maxLength: 20 }), async (actions) => {
        const f = await loadFixture(booksFixture);
        const actors = [f.alice, f.bob, f.carol];
        const tokens = { WETH: f.weth, WBTC: f.wbtc, XAU6: f.xau };
        const keys = [];
        for (const a of actors) for (let id = 1; id <= 3; id++) keys.push([id, a.address]);
        const U = 10n ** 6n;
        for (const a of actions) {
          const who = actors[a.actor];
          const id = a.coll + 1;
          const sym = SYMS[a.coll];
          const frac = BigInt(a.frac);
          const m = f.market.connect(who);
          const view = await f.lens.position(id, who.address);
          const tx = {
            deposit: async () => m.deposit(id, who.address, ((await tokens[sym].balanceOf(who.address)) * frac) / 10_000n),
            borrow: async () => m.borrow(id, view.maxBorrow > 0n ? (view.maxBorrow * frac) / 1000n : U * 100n, who.address),
            repay: async () => m.repay(id, who.address, (view.debt * frac) / 1000n),
            repayAll: async () => m.repay(id, who.address, ethers.MaxUint256),
            withdraw: async () => m.withdraw(id, (view.collateral * frac) / 1000n, who.address),
            close: async () => m.close(id, who.address),
            liquidate: async () => f.market.connect(f.liquidator).liquidate(id, who.address, ethers.MaxUint256),
            batch: async () => f.market.connect(f.liquidator).liquidateBatch(keys.map(([cid, o]) => ({ collateralId: cid, owner: o, maxRepay: ethers.MaxUint256 }))),
            price: async () => {
              const dec = Number(await f.aggregators[sym].decimals());
              return f.aggregators[sym].setAnswer((BASE_PRICE[sym] * 10n ** BigInt(dec) * (300n + frac)) / 1000n);
            },
            time: async () => {
              await time.increase(Number(frac) * 60); // up to ~17h: feeds may go stale (oracle-invalid mode)
              return f.pool.accrueInterest();
            },
            lpDeposit: async () => f.pool.connect(f.lp2).deposit(U * 1000n * frac, f.lp2.address),
            lpRedeem: async () => f.pool.connect(f.lp1).redeem(((await f.pool.maxRedeem(f.lp1.address)) * frac) / 1000n, f.lp1.address, f.lp1.address),
            skim: async () => f.pool.skimReserves(),
          }[a.op];
          try {
            await (await tx()).wait();
            succeeded[a.op] = (succeeded[a.op] || 0) + 1;
          } catch (e) {
            // Only custom errors (ours or OpenZeppelin's) are acceptable reasons to revert: no panics.
            expect(String(e.message)).to.match(/reverted with custom error/, e.message);
          }
          await expectAccounting(f, keys);
          // Every pool term is consistent: assets = cash + debt - reserves (>= 0), lent = debt + deficits.
          const [cash, debt, reserves, assets] = await Promise.all([f.pool.cash(), f.pool.totalDebt(), f.pool.reserves(), f.pool.totalAssets()]);
          expect(assets).to.equal(cash + debt > reserves ? cash + debt - reserves : 0n);
        }
        deficits += await f.pool.deficitCount();
      }),
      { numRuns: 12, seed: 20261121 },
    );
    // The fixed seed keeps CI deterministic; make sure the sequences really exercised the paths.
    for (const op of ["deposit", "borrow", "repay", "withdraw", "liquidate"]) expect(succeeded[op] || 0, op).to.be.gt(0);
    expect(deficits).to.be.gt(0n);
  });
});
