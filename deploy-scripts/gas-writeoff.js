// Gas of every write-off step (aggregate flow), read from real transaction receipts on the in-process Hardhat EVM,
// with 10 LPs and with 1,000 LPs in the vault (socialization must cost the same: O(1)).
//   npx hardhat run deploy-scripts/gas-writeoff.js
// Prints a Markdown table (pasted into BENCHMARKS.md, section "Contracts gas (write-off)").
const hre = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCore } = require("./deploy");
const { deployWriteOff } = require("./writeoff");
const { compilerSummary } = require("./compiler-summary");

const { ethers } = hre;
const U = (n) => ethers.parseUnits(String(n), 6);
const E = (n) => ethers.parseUnits(String(n), 18);
const MAX = ethers.MaxUint256;

async function gasOf(txPromise) {
  return (await (await txPromise).wait()).gasUsed;
}

/** Runs the same waterfall on a fresh system whose vault has `lpCount` LPs; returns gas per step. */
async function measure(lpCount) {
  const core = await deployCore(hre);
  const { usdc, pool, market, aggregators } = core;
  const w = await deployWriteOff(ethers, { pool });
  const { fund, waterfall, auction } = w;
  const weth = core.collateralTokens.WETH;
  const WETH = core.collateralIds.WETH;
  const signers = await ethers.getSigners();
  const [, funder, liquidator, keeper, bidder, treasury] = signers;
  const borrowers = signers.slice(6, 15); // three rounds of three deficits
  const poolAddr = await pool.getAddress();
  const M = await market.getAddress();
  const W = await waterfall.getAddress();

  // lpCount distinct LPs: one funder deposits on behalf of each (ERC-4626 deposit(assets, receiver)).
  await usdc.mint(funder.address, U(20_000_000));
  await usdc.connect(funder).approve(poolAddr, MAX);
  const perLp = U(2_000_000) / BigInt(lpCount);
  for (let i = 0; i < lpCount; i++) await pool.connect(funder).deposit(perLp, ethers.Wallet.createRandom().address);

  for (const s of [liquidator, keeper, bidder, treasury]) {
    await usdc.mint(s.address, U(1_000_000));
    for (const spender of [M, W, await fund.getAddress()]) await usdc.connect(s).approve(spender, MAX);
  }
  for (const b of borrowers) {
    await weth.mint(b.address, E(10));
    await weth.connect(b).approve(M, MAX);
    await market.connect(b).open(WETH, E(10), U(15_000), b.address);
  }
  // Steady state: keeper and bidder already hold USDC and KSR (no zero -> non-zero balance writes).
  await aggregators.WETH.setAnswer(1_000n * 10n ** 8n);
  const batch = (i) => borrowers.slice(3 * i, 3 * i + 3).map((b) => ({ collateralId: WETH, owner: b.address, maxRepay: MAX }));
  const g = {};

  // Round 1: three deficits (~5,476 USDC each); the fund covers the whole aggregate in one call.
  await market.connect(liquidator).liquidateBatch(batch(0));
  await fund.connect(treasury).deposit(U(20_000));
  g.coverFull = await gasOf(waterfall.connect(keeper).cover());
  // Round 2: three more; the fund covers part (and is emptied), one auction raises the rest in three takes.
  await market.connect(liquidator).liquidateBatch(batch(1));
  await fund.connect(treasury).deposit(U(2_500));
  g.coverPartial = await gasOf(waterfall.connect(keeper).cover());
  g.startAuction = await gasOf(waterfall.connect(keeper).startAuction());
  const a1 = await auction.auction(1);
  g.takePartialFirst = await gasOf(waterfall.connect(bidder).take(1, E(1_000), a1.top, bidder.address));
  g.takePartial = await gasOf(waterfall.connect(bidder).take(1, E(500), a1.top, bidder.address));
  g.takeClosing = await gasOf(waterfall.connect(bidder).take(1, E(1_000_000), a1.top, bidder.address));
  // Round 3: three more; the auction sells a little, goes stale, settle, socialize.
  await market.connect(liquidator).liquidateBatch(batch(2));
  await waterfall.connect(keeper).startAuction();
  const a2 = await auction.auction(2);
  await waterfall.connect(bidder).take(2, E(100), a2.top, bidder.address);
  await time.increase(7 * 3600);
  await aggregators.WETH.setAnswer(1_000n * 10n ** 8n);
  g.waterfallStateView = await waterfall.waterfallState.estimateGas();
  g.settle = await gasOf(waterfall.connect(keeper).settle());
  g.socialize = await gasOf(waterfall.connect(keeper).socialize());
  return g;
}

async function main() {
  const rows = [
    ["coverFull", "cover (fund repays the whole aggregate of 3 deficits + reward; closes the round)"],
    ["coverPartial", "cover (fund repays part of the aggregate and is emptied; reward paid by the pool)"],
    ["startAuction", "startAuction (one auction for the aggregate; reward paid by the pool)"],
    ["takePartialFirst", "take, partial (bidder's first KSR)"],
    ["takePartial", "take, partial"],
    ["takeClosing", "take, fills the rest (ends the auction, closes the round)"],
    ["settle", "settle (stale auction; reward paid by the pool)"],
    ["socialize", "socialize (reward paid by the pool; closes the round)"],
    ["waterfallStateView", "waterfallState() view (eth_estimateGas; O(1), 9 deficits recorded)"],
  ];
  const small = await measure(10);
  const large = await measure(1_000);
  console.log("| Step | 10 LPs | 1,000 LPs |");
  console.log("|---|---:|---:|");
  for (const [k, label] of rows) console.log(`| ${label} | ${small[k].toLocaleString("en-US")} | ${large[k].toLocaleString("en-US")} |`);
  console.log();
  console.log(`socialization O(1): ${small.socialize === large.socialize ? "equal" : "DIFFERENT"} gas with 10 and 1,000 LPs`);
  console.log(compilerSummary(hre));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
