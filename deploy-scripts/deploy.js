// Deploys the KeeperSuite core (mock tokens + feeds, oracles, LendingPool, Market, MarketLens),
// wires roles, writes deployments/<network>.json and exports ABIs to abi/<Contract>.json.
//
//   npx hardhat run deploy-scripts/deploy.js                      # in-process Hardhat network
//   npx hardhat run deploy-scripts/deploy.js --network localhost  # a running `npx hardhat node`
//   KEEPERSUITE_RPC_URL=... KEEPERSUITE_DEPLOYER_KEY=... npx hardhat run deploy-scripts/deploy.js --network custom
//
// As a module: `const { deployCore } = require("./deploy")` returns the contracts without writing files
// (the test fixtures use it). One function per part, so the write-off contracts can be added as
// another step (see deployAll) without touching the others.
const fs = require("fs");
const path = require("path");
const { deployWriteOff, writeOffEntries, WRITE_OFF_ABI_CONTRACTS } = require("./writeoff");

const WAD = 10n ** 18n;
const pct = (n) => (BigInt(Math.round(n * 100)) * WAD) / 10000n; // pct(80) = 0.8 WAD

/** Default system configuration. Amounts of the debt asset are in whole units (multiplied by 10^6). */
const DEFAULT_CONFIG = {
  debtAsset: { name: "USD Coin (mock)", symbol: "USDC", decimals: 6 },
  lpToken: { name: "KeeperSuite USDC LP", symbol: "ksUSDC" },
  rateParams: { baseRate: pct(0), slope1: pct(4), slope2: pct(75), optimalUtilization: pct(80) },
  reserveFactor: pct(10),
  marketParams: { closeFactorHfThreshold: pct(95), insuranceCut: pct(10), smallPositionValue: 2_000 },
  collaterals: [
    // feedDecimals deliberately differ (8 like Chainlink USD feeds, 18 for the third) to exercise scaling.
    { symbol: "WETH", name: "Wrapped Ether (mock)", decimals: 18, price: 2_000, feedDecimals: 8, maxStaleness: 3600,
      maxLtv: pct(80), liquidationThreshold: pct(85), liquidationBonus: pct(5), debtCeiling: 50_000_000, dust: 100 },
    { symbol: "WBTC", name: "Wrapped Bitcoin (mock)", decimals: 8, price: 60_000, feedDecimals: 8, maxStaleness: 3600,
      maxLtv: pct(70), liquidationThreshold: pct(75), liquidationBonus: pct(8), debtCeiling: 50_000_000, dust: 100 },
    { symbol: "XAU6", name: "Tokenized Gold (mock, 6 dec)", decimals: 6, price: 2_500, feedDecimals: 18, maxStaleness: 86400,
      maxLtv: pct(60), liquidationThreshold: pct(70), liquidationBonus: pct(10), debtCeiling: 5_000_000, dust: 50 },
  ],
};

/** Contracts whose ABIs are exported to abi/<Contract>.json. */
const ABI_CONTRACTS = ["LendingPool", "Market", "MarketLens", "ChainlinkOracle", "MockAggregator", "MockERC20", "ILendingPool", "IPriceOracle", ...WRITE_OFF_ABI_CONTRACTS];

async function deployed(factoryPromise, args) {
  const factory = await factoryPromise;
  const c = await factory.deploy(...args);
  await c.waitForDeployment();
  return c;
}

async function send(txPromise) {
  return (await txPromise).wait();
}

/** Mock debt asset and collateral tokens (local chains and testnets). */
async function deployTokens(ethers, config) {
  const F = ethers.getContractFactory("MockERC20");
  const usdc = await deployed(F, [config.debtAsset.name, config.debtAsset.symbol, config.debtAsset.decimals]);
  const collaterals = {};
  for (const c of config.collaterals) collaterals[c.symbol] = await deployed(F, [c.name, c.symbol, c.decimals]);
  return { usdc, collaterals };
}

/** One MockAggregator + ChainlinkOracle per collateral. */
async function deployOracles(ethers, config) {
  const aggregators = {};
  const oracles = {};
  for (const c of config.collaterals) {
    const answer = BigInt(c.price) * 10n ** BigInt(c.feedDecimals);
    aggregators[c.symbol] = await deployed(ethers.getContractFactory("MockAggregator"), [c.feedDecimals, `${c.symbol} / USD`, answer]);
    oracles[c.symbol] = await deployed(ethers.getContractFactory("ChainlinkOracle"), [await aggregators[c.symbol].getAddress(), c.maxStaleness]);
  }
  return { aggregators, oracles };
}

async function deployPool(ethers, usdc, admin, config) {
  return deployed(ethers.getContractFactory("LendingPool"), [
    await usdc.getAddress(), config.lpToken.name, config.lpToken.symbol, admin, config.rateParams, config.reserveFactor,
  ]);
}

async function deployMarket(ethers, pool, admin, config) {
  const unit = 10n ** BigInt(config.debtAsset.decimals);
  const mp = config.marketParams;
  return deployed(ethers.getContractFactory("Market"), [
    await pool.getAddress(), admin,
    { closeFactorHfThreshold: mp.closeFactorHfThreshold, insuranceCut: mp.insuranceCut, smallPositionValue: BigInt(mp.smallPositionValue) * unit },
  ]);
}

/** Lists every configured collateral; returns { symbol: collateralId }. */
async function listCollaterals(market, tokens, oracles, config) {
  const unit = 10n ** BigInt(config.debtAsset.decimals);
  const ids = {};
  for (const c of config.collaterals) {
    await send(market.listCollateral(await tokens.collaterals[c.symbol].getAddress(), await oracles[c.symbol].getAddress(), {
      maxLtv: c.maxLtv, liquidationThreshold: c.liquidationThreshold, liquidationBonus: c.liquidationBonus,
      debtCeiling: BigInt(c.debtCeiling) * unit, dust: BigInt(c.dust) * unit,
    }));
    ids[c.symbol] = Number(await market.collateralCount());
  }
  return ids;
}

async function wireRoles(pool, market) {
  await send(pool.setMarket(await market.getAddress()));
}

/**
 * Deploys and wires the whole core. Returns every contract plus collateral ids and the deploy block.
 * @param {object} hre Hardhat runtime environment (needs hre.ethers).
 * @param {object} [opts] { config, admin } — admin defaults to the deployer.
 */
async function deployCore(hre, opts = {}) {
  const { ethers } = hre;
  const config = opts.config || DEFAULT_CONFIG;
  const [deployer] = await ethers.getSigners();
  const admin = opts.admin || deployer.address;
  const tokens = await deployTokens(ethers, config);
  // The first deployment's block: keepers scan events from here.
  const deployBlock = (await tokens.usdc.deploymentTransaction().wait()).blockNumber;
  const { aggregators, oracles } = await deployOracles(ethers, config);
  const pool = await deployPool(ethers, tokens.usdc, admin, config);
  const market = await deployMarket(ethers, pool, admin, config);
  await wireRoles(pool, market);
  const collateralIds = await listCollaterals(market, tokens, oracles, config);
  const lens = await deployed(ethers.getContractFactory("MarketLens"), [await market.getAddress()]);
  return { config, deployer, admin, deployBlock, usdc: tokens.usdc, collateralTokens: tokens.collaterals, aggregators, oracles, pool, market, lens, collateralIds };
}

/** Writes abi/<Contract>.json (ABI array only) for every contract in `names`. */
async function exportAbis(hre, names = ABI_CONTRACTS, dir = path.join(__dirname, "..", "abi")) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const artifact = await hre.artifacts.readArtifact(name);
    const file = path.join(dir, `${name}.json`);
    const text = JSON.stringify(artifact.abi, null, 2) + "\n";
    // Unchanged ABIs are not rewritten: concurrent deploys (tests, demo) never race on identical files.
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  }
  return dir;
}

/** Version of the deployments file's schema (README "Deploying"); bumped when a key changes meaning. */
const SCHEMA_VERSION = 2;

const str = (v) => (typeof v === "bigint" ? v.toString() : v);
/** A struct read through ethers as a plain object of decimal strings (bigints do not survive JSON). */
function plain(result, keys) {
  return Object.fromEntries(keys.map((k) => [k, str(result[k])]));
}

/** Risk, rate and write-off parameters read from the chain (so the file says what is deployed). */
async function parametersOf(core, writeOff) {
  const { pool, market } = core;
  const rp = await pool.rateParams();
  const mp = await market.marketParams();
  const parameters = {
    pool: {
      rateParams: plain(rp, ["baseRate", "slope1", "slope2", "optimalUtilization"]),
      reserveFactor: str(await pool.reserveFactor()),
      recoveryUnlockPeriod: str(await pool.RECOVERY_UNLOCK_PERIOD()),
      shareDecimals: Number(await pool.decimals()),
    },
    market: {
      closeFactor: str(await market.CLOSE_FACTOR()),
      closeFactorHfThreshold: str(mp.closeFactorHfThreshold),
      insuranceCut: str(mp.insuranceCut),
      smallPositionValue: str(mp.smallPositionValue),
      minBonusShare: str(await market.MIN_BONUS_SHARE()),
    },
  };
  if (writeOff) {
    const w = writeOff.waterfall;
    const cfg = await writeOff.auction.config();
    parameters.writeOff = {
      tip: str(await w.tip()), chip: str(await w.chip()), rewardCap: str(await w.rewardCap()), minCover: str(await w.minCover()),
      auction: {
        ...plain(cfg, ["referencePrice", "buf", "floorRatio", "duration", "mintCap"]),
        curve: plain(cfg.curve, ["kind", "tau", "step", "cut"]),
      },
    };
  }
  return parameters;
}

/**
 * Builds the deployments/<network>.json document (schema version 2, documented in README "Deploying").
 * Self-sufficient: every ABI it names is embedded under `abis`, so the file works wherever it is copied;
 * amounts and WAD/RAY ratios are decimal strings.
 * @param {object} [extra] { contracts: { Name: { address, abi } } (abi: a name or an "abi/<Name>.json" path),
 *   writeOff: the deployWriteOff result (its parameters are read from the chain) }
 */
async function deploymentDocument(hre, core, extra = {}) {
  const addr = (c) => c.getAddress();
  const abiName = (a) => path.basename(a, ".json");
  const entry = async (c, abi) => ({ address: await addr(c), abi });
  const contracts = {
    LendingPool: await entry(core.pool, "LendingPool"),
    Market: await entry(core.market, "Market"),
    MarketLens: await entry(core.lens, "MarketLens"),
    DebtAsset: await entry(core.usdc, "MockERC20"),
  };
  for (const [name, c] of Object.entries(extra.contracts || {})) contracts[name] = { address: c.address, abi: abiName(c.abi) };
  const collateralAbis = { collateralToken: "MockERC20", oracle: "ChainlinkOracle", aggregator: "MockAggregator" };
  const collaterals = [];
  for (const c of core.config.collaterals) {
    const id = core.collateralIds[c.symbol];
    const onChain = await core.market.collateral(id);
    collaterals.push({
      id, symbol: c.symbol, decimals: c.decimals,
      token: await addr(core.collateralTokens[c.symbol]), oracle: await addr(core.oracles[c.symbol]),
      aggregator: await addr(core.aggregators[c.symbol]), feedDecimals: c.feedDecimals, maxStaleness: c.maxStaleness,
      params: plain(onChain.params, ["maxLtv", "liquidationThreshold", "liquidationBonus", "debtCeiling", "dust"]),
    });
  }
  const abis = {};
  for (const name of new Set([...Object.values(contracts).map((c) => c.abi), ...Object.values(collateralAbis)])) {
    abis[name] = (await hre.artifacts.readArtifact(name)).abi;
  }
  const { chainId } = await hre.ethers.provider.getNetwork();
  return {
    schemaVersion: SCHEMA_VERSION,
    network: hre.network.name,
    chainId: Number(chainId),
    deployBlock: core.deployBlock,
    deployedAt: new Date().toISOString(),
    deployer: core.deployer.address,
    admin: core.admin,
    debtAsset: { symbol: core.config.debtAsset.symbol, decimals: core.config.debtAsset.decimals, address: contracts.DebtAsset.address },
    contracts,
    collateralAbis,
    collaterals,
    parameters: await parametersOf(core, extra.writeOff),
    abis,
  };
}

/** Where deployments/<network>.json live; KEEPERSUITE_DEPLOYMENTS_DIR moves them (tests, operators). */
function deploymentsDir() {
  return process.env.KEEPERSUITE_DEPLOYMENTS_DIR || path.join(__dirname, "..", "deployments");
}

function writeDeployment(networkName, doc, dir = deploymentsDir()) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${networkName}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  return file;
}

/** Core + write-off; writes the deployment file and ABIs. Extend here with further parts. */
async function deployAll(hre, opts = {}) {
  const core = await deployCore(hre, opts);
  // Write-off (deploy-scripts/writeoff.js): InsuranceFund, RecoveryToken, DebtAuction, Waterfall;
  // pool.setWriteOff(Waterfall, fund) once, token minter = auction.
  const writeOff = await deployWriteOff(hre.ethers, { pool: core.pool, deployer: core.deployer, admin: core.admin });
  const doc = await deploymentDocument(hre, core, { contracts: await writeOffEntries(writeOff), writeOff });
  const file = writeDeployment(hre.network.name, doc);
  const abiDir = await exportAbis(hre);
  return { core, writeOff, doc, file, abiDir };
}

async function main() {
  const hre = require("hardhat");
  const { doc, file, abiDir } = await deployAll(hre);
  console.log(`network ${doc.network} (chain ${doc.chainId}), deploy block ${doc.deployBlock}`);
  for (const [name, c] of Object.entries(doc.contracts)) console.log(`  ${name.padEnd(12)} ${c.address}`);
  for (const c of doc.collaterals) console.log(`  collateral #${c.id} ${c.symbol.padEnd(5)} ${c.token} (oracle ${c.oracle})`);
  console.log(`wrote ${path.relative(process.cwd(), file)}; ABIs in ${path.relative(process.cwd(), abiDir)}/`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = {
  DEFAULT_CONFIG, ABI_CONTRACTS, SCHEMA_VERSION, pct,
  deployTokens, deployOracles, deployPool, deployMarket, listCollaterals, wireRoles,
  deployCore, exportAbis, deploymentDocument, deploymentsDir, writeDeployment, deployAll,
};
