// Gas of the core's main paths, read from real transaction receipts on the in-process Hardhat EVM.
//   npx hardhat run deploy-scripts/gas-core.js
// Prints a Markdown table (pasted into BENCHMARKS.md, section "Contracts gas (core)"). measureCoreGas is
// also what tests/contracts/Gas.goals.test.js holds to issue 10's liquidation goals.
const hre = require("hardhat");
const { deployCore } = require("./deploy");
const { compilerSummary } = require("./compiler-summary");

const { ethers } = hre;
const U = (n) => ethers.parseUnits(String(n), 6);
const E = (n) => ethers.parseUnits(String(n), 18);
const MAX = ethers.MaxUint256;

async function gasOf(txPromise) {
  const rc = await (await txPromise).wait();
  return rc.gasUsed;
}

/** Deploys a fresh core and runs every row's scenario; returns [name, gas] rows and the deficit count. */
async function measureCoreGas() {
  const core = await deployCore(hre);
  const { usdc, pool, market, aggregators } = core;
  const weth = core.collateralTokens.WETH;
  const WETH = core.collateralIds.WETH;
  const signers = await ethers.getSigners();
  const [, lp, insurance, liquidator] = signers;
  const borrowers = signers.slice(4, 19); // 15 distinct owners (a 10-position batch, then reused)
  await pool.setInsuranceFund(insurance.address);
  const M = await market.getAddress();
  await usdc.mint(lp.address, U(10_000_000));
  await usdc.connect(lp).approve(await pool.getAddress(), MAX);
  await pool.connect(lp).deposit(U(10_000_000), lp.address);
  await usdc.mint(liquidator.address, U(10_000_000));
  await usdc.connect(liquidator).approve(M, MAX);
  for (const b of borrowers) {
    await weth.mint(b.address, E(100));
    await weth.connect(b).approve(M, MAX);
    await usdc.connect(b).approve(M, MAX);
  }
  // Steady state: the keeper already holds collateral and the insurance fund already holds USDC
  // (otherwise the first liquidation pays ~2 x 20k gas for zero -> non-zero balances).
  await weth.mint(liquidator.address, 1n);
  await usdc.mint(insurance.address, 1n);
  // Warm the pool's debt slots the way a live market has them (one earlier borrower).
  await market.connect(borrowers[0]).open(WETH, E(10), U(10_000), borrowers[0].address);

  const rows = [];
  // 1. open + borrow: a new position, collateral deposit and borrow in one tx (open()).
  rows.push(["open + borrow (new position, 10 WETH, 15,000 USDC)", await gasOf(market.connect(borrowers[1]).open(WETH, E(10), U(15_000), borrowers[1].address))]);
  rows.push(["deposit (existing position)", await gasOf(market.connect(borrowers[1]).deposit(WETH, borrowers[1].address, E(1)))]);
  rows.push(["repay (partial)", await gasOf(market.connect(borrowers[1]).repay(WETH, borrowers[1].address, U(1_000)))]);

  // 2. partial liquidation: HF ~0.98 on a large position -> close factor 50%.
  await market.connect(borrowers[2]).open(WETH, E(10), U(15_000), borrowers[2].address);
  await aggregators.WETH.setAnswer(1740n * 10n ** 8n);
  rows.push(["partial liquidation (close factor 50%)", await gasOf(market.connect(liquidator).liquidate(WETH, borrowers[2].address, MAX))]);

  // 3. full liquidation with deficit: collateral cannot cover debt x 1.05.
  await aggregators.WETH.setAnswer(2000n * 10n ** 8n);
  await market.connect(borrowers[3]).open(WETH, E(10), U(15_000), borrowers[3].address);
  await aggregators.WETH.setAnswer(1400n * 10n ** 8n);
  rows.push(["full liquidation with deficit (the pool's first deficit)", await gasOf(market.connect(liquidator).liquidate(WETH, borrowers[3].address, MAX))]);
  await aggregators.WETH.setAnswer(2000n * 10n ** 8n);
  await market.connect(borrowers[14]).open(WETH, E(10), U(15_000), borrowers[14].address);
  await aggregators.WETH.setAnswer(1400n * 10n ** 8n);
  rows.push(["full liquidation with deficit (later deficits)", await gasOf(market.connect(liquidator).liquidate(WETH, borrowers[14].address, MAX))]);

  // 4. batch of 10 partial liquidations (close factor, no deficit) in one call: the keeper's usual batch.
  await aggregators.WETH.setAnswer(2000n * 10n ** 8n);
  const partials = borrowers.slice(4, 14);
  for (const b of partials) await market.connect(b).open(WETH, E(10), U(15_000), b.address);
  await aggregators.WETH.setAnswer(1740n * 10n ** 8n);
  const partialOrders = partials.map((b) => ({ collateralId: WETH, owner: b.address, maxRepay: MAX }));
  const partialGas = await gasOf(market.connect(liquidator).liquidateBatch(partialOrders));
  rows.push(["batch of 10 partial liquidations without deficit (total)", partialGas]);
  rows.push(["batch of 10 partial liquidations without deficit (per position)", partialGas / 10n]);
  // Clear those positions (repay the rest, take the collateral back) so the next batch opens fresh ones.
  for (const b of partials) {
    await usdc.mint(b.address, U(15_000));
    await market.connect(b).close(WETH, b.address);
  }

  // 5. batch of 10 liquidations (full, with deficit) in one call.
  await aggregators.WETH.setAnswer(2000n * 10n ** 8n);
  const batch = borrowers.slice(4, 14);
  for (const b of batch) await market.connect(b).open(WETH, E(10), U(15_000), b.address);
  await aggregators.WETH.setAnswer(1400n * 10n ** 8n);
  const orders = batch.map((b) => ({ collateralId: WETH, owner: b.address, maxRepay: MAX }));
  const batchGas = await gasOf(market.connect(liquidator).liquidateBatch(orders));
  rows.push(["batch of 10 liquidations with deficit (total)", batchGas]);
  rows.push(["batch of 10 liquidations with deficit (per position)", batchGas / 10n]);
  return { rows, deficits: await pool.deficitCount() };
}

async function main() {
  const { rows, deficits } = await measureCoreGas();
  console.log("| Operation | Gas |");
  console.log("|---|---:|");
  for (const [name, gas] of rows) console.log(`| ${name} | ${gas.toLocaleString("en-US")} |`);
  console.log(`\n${compilerSummary(hre)}; deficits recorded: ${deficits}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { measureCoreGas };
