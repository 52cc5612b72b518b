// One deployment, the Ignition way: parameters file -> pre-flight (read-only) -> Ignition (journaled, resumable,
// idempotent) -> on-chain hand-over check -> deployments/<network>.json. deploy.js (the command) and the test
// helpers (deployCore / deployAll) all go through deployKeeperSuite.
const fs = require("fs");
const path = require("path");
const { deploy: ignitionDeploy, DeploymentResultType } = require("@nomicfoundation/ignition-core");
const { HardhatArtifactResolver, errorDeploymentResultToExceptionMessage } = require("@nomicfoundation/hardhat-ignition/helpers");
const { keeperSuiteModule, ROLE, ROLES_OF, safeId } = require("../ignition/KeeperSuite");
const { loadConfig, resolveConfigPath, DeployConfigError, LOCAL_CHAIN_IDS } = require("./config");
const { preflight } = require("./preflight");
const { journalTransactionHashes } = require("./journal");

/** Where Ignition keeps a network's journal: <paths.ignition>/deployments/<network> (deployment id = network). */
function journalDir(hre, network = hre.network.name) {
  return network === "hardhat" ? undefined : path.join(hre.config.paths.ignition, "deployments", network);
}

/** Counts what Ignition sends in this run and remembers each future's transaction hash. */
function listener() {
  const sent = new Map();
  const noop = () => {};
  return new Proxy({ sent }, {
    get(target, name) {
      if (name === "sent") return sent;
      if (name === "transactionSend") return (e) => sent.set(e.futureId, e.hash);
      return noop;
    },
  });
}

/**
 * Checks on chain that the deployer holds no role on any contract that has one, and that the admin (and pauser)
 * hold theirs; throws naming every leftover. Returns the list of checks made.
 */
async function checkHandOver(hre, contracts, { deployer, admin, pauser }) {
  const leftovers = [];
  const checks = [];
  for (const [name, roles] of Object.entries(ROLES_OF)) {
    const c = contracts[name];
    if (!c) continue;
    for (const role of roles) {
      if ((await c[role]()) !== ROLE[role]) leftovers.push(`${name}.${role} is not the expected hash`);
      const holder = role === "PAUSER_ROLE" ? pauser : admin;
      const deployerHas = await c.hasRole(ROLE[role], deployer);
      const holderHas = await c.hasRole(ROLE[role], holder);
      checks.push({ contract: name, role, holder, holderHas, deployerHas });
      if (!holderHas) leftovers.push(`${name}: ${holder} lacks ${role}`);
      if (deployerHas && holder.toLowerCase() !== deployer.toLowerCase()) leftovers.push(`${name}: the deployer ${deployer} still holds ${role}`);
    }
  }
  // RecoveryToken has no roles: its one-shot minter setter is spent once the minter is the auction.
  if (contracts.RecoveryToken && (await contracts.RecoveryToken.minter()) !== (await contracts.DebtAuction.getAddress())) {
    leftovers.push("RecoveryToken: the minter is not the DebtAuction (the deployer could still name one)");
  }
  if (leftovers.length) throw new Error(`hand-over check failed on chain:\n  - ${leftovers.join("\n  - ")}`);
  return checks;
}

/**
 * Ignition's artifact resolver. In memory (no journal) the build info of each deployed contract is read and thrown
 * away (several MB of JSON per contract, far more under solidity-coverage): it is only kept in a journal, for
 * verification, so an in-memory deployment skips it.
 */
function artifactResolver(hre, inMemory) {
  const base = new HardhatArtifactResolver(hre);
  return inMemory
    ? { loadArtifact: (name) => base.loadArtifact(name), getBuildInfo: async () => undefined }
    : base;
}

/** Runs an Ignition module as `deployer`, journaling in `dir` (undefined: in memory); throws unless it succeeded. */
async function runModule(hre, module, { deployer, dir, chainId }) {
  const events = listener();
  const accounts = await hre.network.provider.request({ method: "eth_accounts" });
  const result = await ignitionDeploy({
    // Automined local chains have the next block at once: poll every 100 ms there instead of Ignition's 1 s.
    config: { ...(LOCAL_CHAIN_IDS.has(chainId) ? { blockPollingInterval: 100 } : {}), ...hre.config.ignition },
    provider: hre.network.provider,
    executionEventListener: events,
    artifactResolver: artifactResolver(hre, dir === undefined),
    deploymentDir: dir,
    ignitionModule: module,
    deploymentParameters: {},
    accounts,
    defaultSender: deployer,
  });
  if (result.type !== DeploymentResultType.SUCCESSFUL_DEPLOYMENT) {
    throw new Error(`Ignition: ${errorDeploymentResultToExceptionMessage(result)}${dir ? `\n(journal: ${dir}; run again to resume)` : ""}`);
  }
  return { result, events };
}

/**
 * Deploys (or resumes, or confirms) a KeeperSuite deployment.
 * @param {object} hre
 * @param {object} [opts]
 *   config   normalized config (default: the network's parameters file, see resolveConfigPath)
 *   admin    address overriding the file's admin (tests); pauser likewise
 *   parts    "all" (default) | "core"
 *   deployer signer (default: first account)
 *   log      function(line)
 * @returns {Promise<object>} { cfg, chainId, deployer, admin, pauser, contracts: {name: ethers.Contract}, futures:
 *   Map(futureId -> {address, contractName}), module, result, sentNow, txHashes, read, journal, handOver }
 */
async function deployKeeperSuite(hre, opts = {}) {
  const { ethers } = hre;
  const log = opts.log || (() => {});
  const network = hre.network.name;
  const chainId = Number((await ethers.provider.getNetwork()).chainId);
  const cfg = opts.config || loadConfig(resolveConfigPath(network, chainId));
  const deployer = opts.deployer || (await ethers.getSigners())[0];
  if (!deployer) throw new DeployConfigError(`network '${network}' has no account to sign with: set KEEPERSUITE_DEPLOYER_KEY or KEEPERSUITE_KEYSTORE`);
  const admin = opts.admin || cfg.admin.address || deployer.address;
  const pauser = opts.pauser || (cfg.pauser === "admin" ? admin : cfg.pauser || deployer.address);
  const dir = journalDir(hre, network);
  log(`network ${network} (chain ${chainId}), parameters ${cfg.source}, deployer ${deployer.address}, admin ${admin} (${cfg.admin.kind})`);

  const read = await preflight(hre, cfg, { chainId, deployer: deployer.address, admin, pauser, journalDir: dir, log });
  log("pre-flight passed");

  const module = keeperSuiteModule(cfg, { deployer: deployer.address, admin, pauser, artifacts: hre.artifacts, parts: opts.parts || "all" });
  const { result, events } = await runModule(hre, module, { deployer: deployer.address, dir, chainId });
  log(`Ignition: ${events.sent.size} transaction(s) sent in this run`);

  const futures = new Map(Object.entries(result.contracts));
  const at = (futureId, name) => {
    const f = futures.get(`${module.id}#${futureId}`);
    return f ? ethers.getContractAt(name, f.address, deployer) : undefined;
  };
  const c = {};
  c.LendingPool = await at("LendingPool", "LendingPool");
  c.Market = await at("Market", "Market");
  c.MarketLens = await at("MarketLens", "MarketLens");
  c.DebtAsset = cfg.debtAsset.mock ? await at("DebtAssetMock", "MockERC20") : await ethers.getContractAt("MockERC20", cfg.debtAsset.address, deployer);
  for (const [k, name] of [["RecoveryToken", "RecoveryToken"], ["DebtAuction", "DebtAuction"], ["InsuranceFund", "InsuranceFund"], ["Waterfall", "Waterfall"]]) {
    const x = await at(k, name);
    if (x) c[k] = x;
  }
  const collateralTokens = {};
  const aggregators = {};
  const oracles = {};
  for (const col of cfg.collaterals) {
    const s = safeId(col.symbol);
    // MockERC20 / MockAggregator handles also read an existing ERC-20 / feed (the functions it shares).
    collateralTokens[col.symbol] = col.token.mock ? await at(`${s}_TokenMock`, "MockERC20") : await ethers.getContractAt("MockERC20", col.token.address, deployer);
    aggregators[col.symbol] = col.feed.mock ? await at(`${s}_FeedMock`, "MockAggregator") : await ethers.getContractAt("MockAggregator", col.feed.address, deployer);
    oracles[col.symbol] = await at(`${s}_Oracle`, "ChainlinkOracle");
  }
  // Collateral ids as the Market assigned them (listing is chained in file order; read back, not assumed).
  const collateralIds = {};
  const count = Number(await c.Market.collateralCount());
  for (let id = 1; id <= count; id++) {
    const token = (await c.Market.collateral(id)).token;
    const col = cfg.collaterals.find((x) => x.token.address?.toLowerCase() === token.toLowerCase() ||
      (x.token.mock && futures.get(`${module.id}#${safeId(x.symbol)}_TokenMock`)?.address.toLowerCase() === token.toLowerCase()));
    if (col) collateralIds[col.symbol] = id;
  }
  const handOver = await checkHandOver(hre, c, { deployer: deployer.address, admin, pauser });
  if (admin.toLowerCase() !== deployer.address.toLowerCase()) log(`hand-over checked on chain: ${admin} holds every admin role, the deployer none`);
  return {
    cfg, network, chainId, deployer, admin, pauser, contracts: c, collateralTokens, aggregators, oracles, collateralIds,
    futures, module, result, sentNow: events.sent.size, txHashes: journalTransactionHashes(dir, events.sent), read, journal: dir, handOver,
  };
}

module.exports = { deployKeeperSuite, runModule, checkHandOver, journalDir };
