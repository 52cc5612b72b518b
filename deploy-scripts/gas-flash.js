// Gas of a flash liquidation (FlashLiquidator: flash loan from the LendingPool, Market.liquidateBatch, one Uniswap v3
// sale per collateral type, repayment, profit to the owner) against the plain Market.liquidateBatch of the same batch,
// from real receipts on the in-process Hardhat EVM, with Uniswap v3 deployed from its npm artifacts (deploy-scripts/dex.js).
//   npx hardhat run deploy-scripts/gas-flash.js
// Prints a Markdown table (pasted into BENCHMARKS.md, section "Flash liquidation gas"). Both rows of a pair run on
// the same chain state (evm_snapshot / evm_revert).
const hre = require("hardhat");
const { deployCore } = require("./deploy");
const dexlib = require("./dex");
const { compilerSummary } = require("./compiler-summary");

const { ethers } = hre;
const U = (n) => ethers.parseUnits(String(n), 6);
const MAX = ethers.MaxUint256;

async function gasOf(txPromise) {
  return (await (await txPromise).wait()).gasUsed;
}

async function measureFlashGas() {
  const core = await deployCore(hre);
  const { usdc, pool, market, aggregators, collateralIds: ids } = core;
  const tokens = core.collateralTokens;
  const signers = await ethers.getSigners();
  const [admin, lp, insurance, liquidator, keeper] = signers;
  const borrowers = signers.slice(5, 15);
  await pool.setInsuranceFund(insurance.address);
  await usdc.mint(lp.address, U(10_000_000));
  await usdc.connect(lp).approve(pool.target, MAX);
  await pool.connect(lp).deposit(U(10_000_000), lp.address);
  const dex = await dexlib.deployDex(hre, admin);
  const pools = await dexlib.createMarketPools(dex, market, {});
  const fl = await (await ethers.getContractFactory("FlashLiquidator")).deploy(pool.target, market.target, dex.addresses.router, keeper.address);
  // The inventory liquidator as gas-core.js has it: funded, approved, already holding every collateral.
  await usdc.mint(liquidator.address, U(10_000_000));
  await usdc.connect(liquidator).approve(market.target, MAX);
  for (const t of Object.values(tokens)) await t.mint(liquidator.address, 1n);
  await usdc.mint(insurance.address, 1n);
  // Ten borrowers with a position on every collateral (10 WETH / 15,000; 1 WBTC / 40,000; 20 XAU6 / 29,000).
  const amounts = { WETH: [10n * 10n ** 18n, U(15_000)], WBTC: [10n ** 8n, U(40_000)], XAU6: [20n * 10n ** 6n, U(29_000)] };
  for (const b of borrowers) {
    for (const [sym, [coll, debt]] of Object.entries(amounts)) {
      await tokens[sym].mint(b.address, coll);
      await tokens[sym].connect(b).approve(market.target, MAX);
      await market.connect(b).open(ids[sym], coll, debt, b.address);
    }
  }
  // Just below HF 1 everywhere (close-factor liquidations, no deficit); the DEX follows the oracle.
  const crash = { WETH: 1_740n, WBTC: 52_000n, XAU6: 2_050n };
  for (const [sym, price] of Object.entries(crash)) {
    const feedDec = await aggregators[sym].decimals();
    await aggregators[sym].setAnswer(price * 10n ** feedDec);
    const [priceWad] = await market.collateralPrice(ids[sym]);
    await dexlib.arbToOraclePrice(dex, { ...pools[ids[sym]], priceWad });
  }

  const sales = Object.values(ids).map((collateralId) => ({ collateralId, poolFee: dexlib.DEFAULT_FEE }));
  const pair = async (orders) => {
    let spent = 0n;
    for (const o of orders) {
      const r = await market.previewLiquidation(o.collateralId, o.owner, fl.target, o.maxRepay);
      spent += r.repaid + r.fee;
    }
    const snap = await ethers.provider.send("evm_snapshot", []);
    const plain = await gasOf(market.connect(liquidator).liquidateBatch(orders));
    await ethers.provider.send("evm_revert", [snap]);
    const snap2 = await ethers.provider.send("evm_snapshot", []);
    const before = await usdc.balanceOf(keeper.address);
    // Interest accrues between the preview's block and the liquidation's: borrow 1 bp more (unused, repaid).
    const flash = await gasOf(fl.connect(keeper).flashLiquidate(orders, sales, spent + spent / 10_000n, 100, 0));
    const profit = (await usdc.balanceOf(keeper.address)) - before;
    await ethers.provider.send("evm_revert", [snap2]);
    return { plain, flash, profit };
  };
  const weth = borrowers.map((b) => ({ collateralId: ids.WETH, owner: b.address, maxRepay: MAX }));
  const mixed = borrowers.map((b, i) => ({ collateralId: Object.values(ids)[i % 3], owner: b.address, maxRepay: MAX }));
  return { rows: [["10 WETH positions (one sale)", await pair(weth)], ["10 positions on WETH/WBTC/XAU6 (three sales)", await pair(mixed)]], flashFeeRate: await pool.flashFeeRate() };
}

async function main() {
  const { rows, flashFeeRate } = await measureFlashGas();
  console.log("| Batch of 10 partial liquidations | plain `liquidateBatch` | `FlashLiquidator.flashLiquidate` | extra | keeper's profit (USDC) |");
  console.log("|---|---:|---:|---:|---:|");
  const fmt = (g) => g.toLocaleString("en-US");
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${fmt(r.plain)} | ${fmt(r.flash)} | ${fmt(r.flash - r.plain)} | ${ethers.formatUnits(r.profit, 6)} |`);
  }
  console.log(`\n${compilerSummary(hre)}; pool flashFeeRate ${flashFeeRate}; Uniswap v3 fee tier ${dexlib.DEFAULT_FEE}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { measureFlashGas };
