// Seeds a deployed KeeperSuite core with demo data: LP deposits and borrower positions on every
// collateral type, at different health factors (one close to liquidation).
//
//   npx hardhat run deploy-scripts/seed.js                      # in-process: deploys first, then seeds
//   npx hardhat run deploy-scripts/seed.js --network localhost  # seeds deployments/localhost.json
//
// On a network with a single configured key (custom / sepolia) the deployer plays every role.
// Tokens are the mock tokens from deploy.js (freely mintable).
const fs = require("fs");
const path = require("path");

/** Demo book: [collateral symbol, collateral amount (whole tokens), borrow (whole USDC)]. */
const DEMO_POSITIONS = [
  ["WETH", "10", 14_000], // HF 1.21
  ["WBTC", "1", 40_000], // HF 1.13
  ["XAU6", "20", 28_000], // HF 1.25
  ["WETH", "5", 7_900], // HF 1.08: first to go when ETH drops
  ["WBTC", "0.5", 20_000], // HF 1.13
  ["XAU6", "4", 5_800], // HF 1.21
];
const LP_DEPOSITS = [1_000_000, 500_000]; // whole USDC

/** Attaches ethers contracts to the addresses of a deployments/<network>.json document. */
async function attach(hre, doc) {
  const { ethers } = hre;
  const at = (name, address) => ethers.getContractAt(name, address);
  const core = {
    pool: await at("LendingPool", doc.contracts.LendingPool.address),
    market: await at("Market", doc.contracts.Market.address),
    lens: await at("MarketLens", doc.contracts.MarketLens.address),
    usdc: await at("MockERC20", doc.contracts.DebtAsset.address),
    collateralTokens: {},
    collateralIds: {},
  };
  for (const c of doc.collaterals) {
    core.collateralTokens[c.symbol] = await at("MockERC20", c.token);
    core.collateralIds[c.symbol] = c.id;
  }
  return core;
}

async function send(txPromise) {
  return (await txPromise).wait();
}

/** Opens the demo LP deposits and positions; returns the position keys it created. */
async function seed(hre, core, log = console.log) {
  const { ethers } = hre;
  const signers = await ethers.getSigners();
  const pick = (i) => signers[i % signers.length];
  const usdcDec = Number(await core.usdc.decimals());
  const U = (n) => ethers.parseUnits(String(n), usdcDec);
  const poolAddr = await core.pool.getAddress();
  const marketAddr = await core.market.getAddress();

  for (let i = 0; i < LP_DEPOSITS.length; i++) {
    const lp = pick(1 + i);
    await send(core.usdc.mint(lp.address, U(LP_DEPOSITS[i])));
    await send(core.usdc.connect(lp).approve(poolAddr, U(LP_DEPOSITS[i])));
    await send(core.pool.connect(lp).deposit(U(LP_DEPOSITS[i]), lp.address));
    log(`LP ${lp.address} deposited ${LP_DEPOSITS[i]} USDC`);
  }

  const keys = [];
  for (let i = 0; i < DEMO_POSITIONS.length; i++) {
    const [symbol, amount, borrow] = DEMO_POSITIONS[i];
    const borrower = pick(1 + LP_DEPOSITS.length + i);
    const token = core.collateralTokens[symbol];
    const id = core.collateralIds[symbol];
    const collateral = ethers.parseUnits(amount, Number(await token.decimals()));
    await send(token.mint(borrower.address, collateral));
    await send(token.connect(borrower).approve(marketAddr, collateral));
    await send(core.market.connect(borrower).open(id, collateral, U(borrow), borrower.address));
    if (!keys.some((k) => k.collateralId === id && k.owner === borrower.address)) keys.push({ collateralId: id, owner: borrower.address });
  }
  const views = await core.lens.positions(keys);
  for (const v of views) {
    const hf = v.healthFactor === ethers.MaxUint256 ? "inf" : ethers.formatUnits(v.healthFactor, 18).slice(0, 6);
    log(`position #${v.collateralId} ${v.owner}: debt ${ethers.formatUnits(v.debt, usdcDec)} USDC, HF ${hf}`);
  }
  return keys;
}

async function main() {
  const hre = require("hardhat");
  const network = hre.network.name;
  let core;
  if (network === "hardhat") {
    const { deployAll } = require("./deploy");
    ({ core } = await deployAll(hre));
  } else {
    const file = path.join(require("./deploy").deploymentsDir(), `${network}.json`);
    if (!fs.existsSync(file)) throw new Error(`No ${path.relative(process.cwd(), file)}: run deploy-scripts/deploy.js --network ${network} first`);
    core = await attach(hre, JSON.parse(fs.readFileSync(file, "utf8")));
  }
  await seed(hre, core);
  const s = await core.lens.poolState();
  console.log(`pool: ${hre.ethers.formatUnits(s.totalAssets, 6)} USDC assets, ${hre.ethers.formatUnits(s.totalDebt, 6)} lent, utilization ${hre.ethers.formatUnits(s.utilization * 100n, 18).slice(0, 5)}%`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { DEMO_POSITIONS, LP_DEPOSITS, attach, seed };
