// Seeds a deployed KeeperSuite for `keeper simulate`: LPs, N borrowers spread over the three collaterals,
// an insurance-fund deposit, a funded keeper and funded bidders. Deterministic for a given SIM_SEED:
// borrower wallets and every amount come from the seed (mulberry32), so two runs build the same book.
//
//   KEEPERSUITE_RPC_URL=http://127.0.0.1:8545 KEEPERSUITE_DEPLOYMENTS_DIR=/tmp/d \
//   SIM_SEED=1 SIM_POSITIONS=60 SIM_LPS=5 SIM_OUT=/tmp/d/book.json \
//     npx hardhat run deploy-scripts/seed-sim.js --network custom
//
// SIM_POSITIONS  borrowers (one position each), round-robin over the collaterals (default 60)
// SIM_LPS        LP depositors (default 5); together they supply debt / SIM_UTILIZATION
// SIM_UTILIZATION target pool utilization after seeding, 0.05-0.95 (default 0.7)
// SIM_MAX_HF     highest health factor drawn for a borrower (default 1.9)
// SIM_FUND       insurance-fund deposit in whole debt-asset units (default 1% of the debt)
// SIM_KEEPER     address:amount — debt asset minted to the keeper, plus 100 ETH for gas
// SIM_BIDDERS    address:amount,... — debt asset minted to each bidder, plus 100 ETH
// SIM_OUT        where the book (positions, LPs, totals) is written as JSON
const fs = require("fs");
const path = require("path");
const hre = require("hardhat");
const { attach } = require("./seed");
const { deploymentsDir } = require("./deploy");
const { mulberry32 } = require("./mulberry32");

const intEnv = (name, def) => {
  const v = process.env[name];
  if (v === undefined || v === "") return def;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got ${v}`);
  return Number(v);
};

async function main() {
  const { ethers } = hre;
  const seed = intEnv("SIM_SEED", 1);
  const count = intEnv("SIM_POSITIONS", 60);
  const lps = Math.max(1, intEnv("SIM_LPS", 5));
  const utilization = Number(process.env.SIM_UTILIZATION || "0.7");
  if (!(utilization >= 0.05 && utilization <= 0.95)) throw new Error("SIM_UTILIZATION must be in [0.05, 0.95]");
  const maxHf = Number(process.env.SIM_MAX_HF || "1.9");
  if (!(maxHf > 1.1 && maxHf <= 10)) throw new Error("SIM_MAX_HF must be in (1.1, 10]");
  const rand = mulberry32(seed);
  const doc = JSON.parse(fs.readFileSync(path.join(deploymentsDir(), `${hre.network.name}.json`), "utf8"));
  const core = await attach(hre, doc);
  const provider = ethers.provider;
  const [admin] = await ethers.getSigners();
  const dec = doc.debtAsset.decimals;
  const unit = 10n ** BigInt(dec);
  const WAD = 10n ** 18n;
  const poolAddr = await core.pool.getAddress();
  const marketAddr = await core.market.getAddress();
  const wallet = (role, i) => new ethers.Wallet(ethers.keccak256(ethers.toUtf8Bytes(`keepersuite-sim:${seed}:${role}:${i}`)), provider);
  const gas = async (address) => provider.send("hardhat_setBalance", [address, "0x56BC75E2D63100000"]); // 100 ETH

  // Positions first (in memory): each borrows debt = value * LT / HF, HF drawn above LT/maxLTV (the open limit).
  const plans = [];
  let totalDebt = 0n;
  for (let i = 0; i < count; i++) {
    const c = doc.collaterals[i % doc.collaterals.length];
    const lt = Number(BigInt(c.params.liquidationThreshold) * 10000n / WAD) / 10000;
    const ltv = Number(BigInt(c.params.maxLtv) * 10000n / WAD) / 10000;
    const minHf = Math.max(1.1, (lt / ltv) * 1.01);
    const hf = minHf + rand() * (Math.max(minHf, maxHf) - minHf);
    const debtUnits = BigInt(Math.round(3_000 + rand() * 47_000)); // 3k-50k whole units
    const feed = await ethers.getContractAt("MockAggregator", c.aggregator);
    const [, answer] = await feed.latestRoundData();
    const price = Number(answer) / 10 ** c.feedDecimals;
    const value = (Number(debtUnits) * hf) / lt; // whole units of debt asset
    const amount = ethers.parseUnits((value / price).toFixed(Math.min(c.decimals, 8)), c.decimals);
    plans.push({ collateral: c, amount, debt: debtUnits * unit, hf });
    totalDebt += debtUnits * unit;
  }

  // LPs: random shares of the liquidity the debt needs at the target utilization.
  const liquidity = (totalDebt * 10000n) / BigInt(Math.round(utilization * 10000));
  const weights = Array.from({ length: lps }, () => 0.5 + rand());
  const sum = weights.reduce((a, b) => a + b, 0);
  const lpOut = [];
  for (let i = 0; i < lps; i++) {
    const lp = wallet("lp", i);
    const assets = i === lps - 1 ? liquidity - lpOut.reduce((a, l) => a + BigInt(l.assets), 0n) : (liquidity * BigInt(Math.round((weights[i] / sum) * 1e6))) / 1_000_000n;
    await gas(lp.address);
    await (await core.usdc.mint(lp.address, assets)).wait();
    await (await core.usdc.connect(lp).approve(poolAddr, assets)).wait();
    await (await core.pool.connect(lp).deposit(assets, lp.address)).wait();
    lpOut.push({ address: lp.address, assets: assets.toString(), shares: (await core.pool.balanceOf(lp.address)).toString() });
  }

  const positions = [];
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const borrower = wallet("borrower", i);
    await gas(borrower.address);
    const token = core.collateralTokens[p.collateral.symbol];
    await (await token.mint(borrower.address, p.amount)).wait();
    await (await token.connect(borrower).approve(marketAddr, p.amount)).wait();
    await (await core.market.connect(borrower).open(p.collateral.id, p.amount, p.debt, borrower.address)).wait();
    positions.push({ collateralId: p.collateral.id, symbol: p.collateral.symbol, owner: borrower.address, collateral: p.amount.toString(), debt: p.debt.toString(), hf: p.hf });
  }

  // Insurance fund: first loss.
  const fundAssets = process.env.SIM_FUND ? BigInt(intEnv("SIM_FUND", 0)) * unit : totalDebt / 100n;
  const fundAddr = doc.contracts.InsuranceFund.address;
  if (fundAssets > 0n) {
    const fund = await ethers.getContractAt("InsuranceFund", fundAddr);
    await (await core.usdc.mint(admin.address, fundAssets)).wait();
    await (await core.usdc.approve(fundAddr, fundAssets)).wait();
    await (await fund.deposit(fundAssets)).wait();
  }

  const funded = [];
  const fundAccount = async (spec) => {
    const [address, amount] = spec.split(":");
    await gas(address);
    await (await core.usdc.mint(address, BigInt(amount) * unit)).wait();
    funded.push({ address, amount });
  };
  if (process.env.SIM_KEEPER) await fundAccount(process.env.SIM_KEEPER);
  for (const spec of (process.env.SIM_BIDDERS || "").split(",").filter(Boolean)) await fundAccount(spec);

  const book = { seed, positions, lps: lpOut, totalDebt: totalDebt.toString(), fundDeposit: fundAssets.toString(), funded, block: await provider.getBlockNumber() };
  if (process.env.SIM_OUT) fs.writeFileSync(process.env.SIM_OUT, JSON.stringify(book, null, 2) + "\n");
  console.log(`seeded ${positions.length} positions (${ethers.formatUnits(totalDebt, dec)} debt), ${lpOut.length} LPs, fund ${ethers.formatUnits(fundAssets, dec)}`);
}

// Run as a script (hardhat run deploy-scripts/seed-sim.js); deploy-scripts/sim-seeder.js calls main() once per run.
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { seedSim: main };
