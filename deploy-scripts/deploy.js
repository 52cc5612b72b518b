// Deploys KeeperSuite with Hardhat Ignition from a parameters file, hands the roles over, checks the hand-over on
// chain and writes deployments/<network>.json (+ abi/<Contract>.json).
//
//   npm run deploy -- --network <name>          # = hardhat run deploy-scripts/deploy.js --network <name>
//
// Parameters: KEEPERSUITE_DEPLOY_CONFIG=<file>, else deploy-config/<network>.json, else (local chain ids only)
// deploy-config/localhost.json. Network: <NAME>_RPC_URL (hardhat.config.js); key: KEEPERSUITE_DEPLOYER_KEY or
// KEEPERSUITE_KEYSTORE (+ KEEPERSUITE_KEYSTORE_PASSWORD). A pre-flight checks everything before the first
// transaction; the Ignition journal (<paths.ignition>/deployments/<network>) makes a second run send nothing and a
// killed run resume. Steps live in lib/ (config, bounds, preflight, run, document) and ignition/KeeperSuite.js.
//
// As a module: deployCore(hre) / deployAll(hre) deploy the local parameters (deploy-config/localhost.json) through
// the same Ignition module; the test fixtures use them.
const fs = require("fs");
const path = require("path");
const { WRITE_OFF_ABI_CONTRACTS } = require("./writeoff");
const { loadConfig, CONFIG_DIR } = require("./lib/config");
const { deployKeeperSuite } = require("./lib/run");
const { SCHEMA_VERSION, deploymentDocument: buildDocument, deploymentsDir, writeDeployment } = require("./lib/document");
const { deployLocalDex } = require("./lib/dex-step");

const WAD = 10n ** 18n;
const pct = (n) => (BigInt(Math.round(n * 100)) * WAD) / 10000n; // pct(80) = 0.8 WAD

const LOCAL_CONFIG_FILE = path.join(CONFIG_DIR, "localhost.json");

/** The older plain view of a config that tests and scripts read (core.config): symbols, decimals, mock prices. */
function legacyView(cfg) {
  return {
    debtAsset: { name: cfg.debtAsset.mock?.name, symbol: cfg.debtAsset.symbol, decimals: cfg.debtAsset.decimals },
    lpToken: cfg.lpToken,
    rateParams: cfg.rateParams,
    reserveFactor: cfg.reserveFactor,
    collaterals: cfg.collaterals.map((c) => ({
      symbol: c.symbol, name: c.token.mock?.name, decimals: c.decimals,
      price: c.feed.mock ? Number(c.feed.mock.price) : undefined, feedDecimals: c.feed.mock?.decimals,
      maxStaleness: Number(c.maxStaleness), ...c.params,
    })),
  };
}

/** The local parameters (deploy-config/localhost.json), in the plain view. */
const DEFAULT_CONFIG = legacyView(loadConfig(LOCAL_CONFIG_FILE));

/** Contracts whose ABIs are exported to abi/<Contract>.json (the bindings' source). */
const ABI_CONTRACTS = ["LendingPool", "Market", "MarketLens", "ChainlinkOracle", "MockAggregator", "MockERC20", "ILendingPool", "IPriceOracle", "FlashLiquidator", ...WRITE_OFF_ABI_CONTRACTS];

/** Uniswap's ABIs the keeper calls (abi/<name>.json, the bindings' source), from the npm artifacts dex.js deploys. */
// SwapRouter's selfPermit* functions are left out: their `nonce` input collides with the Nethereum message's own
// Nonce property (the generated C# would not compile), and the keeper approves instead of permitting.
const DEX_ABIS = {
  SwapRouter: require("@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json").abi.filter((f) => !f.name?.startsWith("selfPermit")),
  QuoterV2: require("@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json").abi,
};

/** The handles tests and scripts use, from a deployKeeperSuite result. */
async function shape(hre, d) {
  const c = d.contracts;
  const blocks = [];
  for (const hash of d.txHashes.values()) {
    const r = hash && (await hre.ethers.provider.getTransactionReceipt(hash));
    if (r) blocks.push(r.blockNumber);
  }
  return {
    config: legacyView(d.cfg), deployer: d.deployer, admin: d.admin, pauser: d.pauser,
    deployBlock: blocks.length ? Math.min(...blocks) : await hre.ethers.provider.getBlockNumber(),
    usdc: c.DebtAsset, collateralTokens: d.collateralTokens, aggregators: d.aggregators, oracles: d.oracles,
    pool: c.LendingPool, market: c.Market, lens: c.MarketLens, collateralIds: d.collateralIds,
    deployment: d,
  };
}

/**
 * The core (tokens, feeds, oracles, LendingPool, Market, MarketLens) through the Ignition module, without the
 * write-off. opts: { config (normalized), admin, pauser } — admin defaults to the parameters file's.
 */
async function deployCore(hre, opts = {}) {
  const d = await deployKeeperSuite(hre, { config: opts.config || loadConfig(LOCAL_CONFIG_FILE), admin: opts.admin, pauser: opts.pauser, parts: "core", log: opts.log });
  return shape(hre, d);
}

/**
 * Core + write-off + hand-over; writes deployments/<network>.json and the ABIs.
 * opts: { config (normalized; default: the network's parameters file), admin, pauser, log }
 */
async function deployAll(hre, opts = {}) {
  const d = await deployKeeperSuite(hre, { config: opts.config, admin: opts.admin, pauser: opts.pauser, log: opts.log });
  const core = await shape(hre, d);
  const c = d.contracts;
  const writeOff = { token: c.RecoveryToken, auction: c.DebtAuction, fund: c.InsuranceFund, waterfall: c.Waterfall, params: d.cfg.writeOff };
  const doc = await buildDocument(hre, d);
  // Local chains get a real DEX (the keeper's flash and inventory sales, the simulator's slippage).
  doc.dex = await deployLocalDex(hre, d, { file: path.join(deploymentsDir(), `${hre.network.name}.json`), log: opts.log });
  const file = writeDeployment(hre.network.name, doc);
  const abiDir = await exportAbis(hre);
  return { core, writeOff, doc, file, abiDir, sentNow: d.sentNow, deployment: d };
}

/** The deployments document of a deployCore / deployAll result. */
async function deploymentDocument(hre, core) {
  return buildDocument(hre, core.deployment);
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
  if (names === ABI_CONTRACTS) {
    for (const [name, abi] of Object.entries(DEX_ABIS)) {
      const file = path.join(dir, `${name}.json`);
      const text = JSON.stringify(abi, null, 2) + "\n";
      if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
    }
  }
  return dir;
}

/** The committed creation code a published keeper deploys its own FlashLiquidator from (the keeper embeds this file). */
const FLASH_LIQUIDATOR_CODE = path.join(__dirname, "..", "src", "KeeperSuite.Core", "Liquidation", "FlashLiquidator.creation.json");

/**
 * Writes FLASH_LIQUIDATOR_CODE from the compiled FlashLiquidator. Only from the plain build: solidity-coverage's
 * instrumented artifacts are other code (deployAll, which tests call under coverage, therefore does not write it).
 */
async function exportFlashLiquidatorCode(hre, file = FLASH_LIQUIDATOR_CODE) {
  const { contractName, bytecode } = await hre.artifacts.readArtifact("FlashLiquidator");
  const text = JSON.stringify({ contractName, bytecode }, null, 2) + "\n";
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  return file;
}

async function main() {
  const hre = require("hardhat");
  const { doc, file, sentNow } = await deployAll(hre, { log: (l) => console.log(l) });
  await exportFlashLiquidatorCode(hre);
  console.log(`network ${doc.network} (chain ${doc.chainId}), deploy block ${doc.deployBlock}, ${sentNow} transaction(s) sent by this run`);
  for (const [name, c] of Object.entries(doc.contracts)) console.log(`  ${name.padEnd(13)} ${c.address}${c.existing ? " (existing)" : ""}`);
  for (const c of doc.collaterals) console.log(`  collateral #${c.id} ${c.symbol.padEnd(5)} ${c.token} (feed ${c.aggregator}, oracle ${c.oracle})`);
  console.log(`admin ${doc.admin} (${doc.adminKind}), pauser ${doc.pauser}${doc.roles.deployerHoldsNone ? "; the deployer holds no role (checked on chain)" : ""}`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  if (doc.dex) console.log(`  DEX (Uniswap v3) router ${doc.dex.router}, quoter ${doc.dex.quoter}`);
  if (doc.verify) console.log(`verify: ${doc.verify}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.name === "DeployConfigError" || e.constructor?.name === "DeployConfigError" ? `error: ${e.message}` : e);
    process.exitCode = 1;
  });
}

module.exports = {
  DEFAULT_CONFIG, ABI_CONTRACTS, DEX_ABIS, SCHEMA_VERSION, pct, LOCAL_CONFIG_FILE, legacyView,
  deployCore, exportAbis, exportFlashLiquidatorCode, FLASH_LIQUIDATOR_CODE, deploymentDocument, deploymentsDir, writeDeployment, deployAll,
};
