// Gas of every write-off step, read from real transaction receipts on the in-process Hardhat EVM,
// with 10 LPs and with 1,000 LPs in the vault (socialization must cost the same: O(1)).
//   npx hardhat run deploy-scripts/gas-writeoff.js
// Prints a Markdown table (pasted into BENCHMARKS.md, section "Contracts gas (write-off)").
const hre = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCore } = require("./deploy");
const { deployWriteOff } = require("./writeoff");

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
  const borrowers = signers.slice(6, 9);
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
  const orders = borrowers.map((b) => ({ collateralId: WETH, owner: b.address, maxRepay: MAX }));
  await market.connect(liquidator).liquidateBatch(orders); // deficits #1, #2, #3 (~5,476 USDC each)
  const g = {};

  // #1: the fund covers everything, keeper reward paid.
  await fund.connect(treasury).deposit(U(6_000));
  g.coverFull = await gasOf(waterfall.connect(keeper).cover(1));
  // #2: the fund covers part (and is emptied), then an auction raises the rest in two takes.
  await fund.connect(treasury).deposit(U(2_500)); // ~3,100 with what #1 left: less than #2
  g.coverPartial = await gasOf(waterfall.connect(keeper).cover(2));
  await fund.connect(treasury).deposit(U(500)); // reward float below minCover (1,000)
  g.startAuction = await gasOf(waterfall.connect(keeper).startAuction(2));
  const a2 = await auction.auction(1);
  g.takePartialFirst = await gasOf(waterfall.connect(bidder).take(1, E(1_000), a2.top, bidder.address));
  g.takePartial = await gasOf(waterfall.connect(bidder).take(1, E(500), a2.top, bidder.address));
  g.takeClosing = await gasOf(waterfall.connect(bidder).take(1, E(1_000_000), a2.top, bidder.address));
  // #3: auction sells a little, goes stale, settle, socialize.
  await waterfall.connect(keeper).startAuction(3);
  const a3 = await auction.auction(2);
  await waterfall.connect(bidder).take(2, E(100), a3.top, bidder.address);
  await time.increase(7 * 3600);
  await aggregators.WETH.setAnswer(1_000n * 10n ** 8n);
  g.settle = await gasOf(waterfall.connect(keeper).settle(2));
  g.socialize = await gasOf(waterfall.connect(keeper).socialize(3));
  g.waterfallStateView = await waterfall.waterfallState.estimateGas();
  g.rewardPaidOnSocialize = (await fund.totalOutflows()) > 0n;
  return g;
}

async function main() {
  const rows = [
    ["coverFull", "cover (fund repays the whole deficit, keeper reward paid)"],
    ["coverPartial", "cover (fund repays part and is emptied, no reward)"],
    ["startAuction", "startAuction (keeper reward paid from the float)"],
    ["takePartialFirst", "take, partial (bidder's first KSR)"],
    ["takePartial", "take, partial"],
    ["takeClosing", "take, fills the rest (closes the auction and the deficit)"],
    ["settle", "settle (stale auction, keeper reward paid)"],
    ["socialize", "socialize (keeper reward paid)"],
    ["waterfallStateView", "waterfallState() view (eth_estimateGas; 3 deficits)"],
  ];
  const small = await measure(10);
  const large = await measure(1_000);
  console.log("| Step | 10 LPs | 1,000 LPs |");
  console.log("|---|---:|---:|");
  for (const [k, label] of rows) console.log(`| ${label} | ${small[k].toLocaleString("en-US")} | ${large[k].toLocaleString("en-US")} |`);
  console.log();
  console.log(`socialization O(1): ${small.socialize === large.socialize ? "equal" : "DIFFERENT"} gas with 10 and 1,000 LPs`);
  console.log("solc 0.8.28, optimizer runs 200, evm cancun");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
