// deployments/<network>.json: everything a keeper, a frontend or an auditor needs, with units stated.
// Schema: deploy-scripts/schema/deployments.schema.json (a test validates every file deploy.js writes against it).
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { AGGREGATOR_FQN, ERC20_FQN, safeId } = require("../ignition/KeeperSuite");

/** Version of the file's schema; bumped when a key changes meaning (docs/deploying.md). */
const SCHEMA_VERSION = 3;
const REPO = path.join(__dirname, "..", "..");

const str = (v) => (typeof v === "bigint" ? v.toString() : v);
function plain(result, keys) {
  return Object.fromEntries(keys.map((k) => [k, str(result[k])]));
}
/** Constructor arguments as JSON: bigints as decimal strings, future references as the addresses they became. */
function jsonArg(v, futures) {
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return v.map((x) => jsonArg(x, futures));
  if (v && typeof v === "object" && typeof v.id === "string" && v.module) return futures.get(v.id)?.address ?? v.id;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonArg(x, futures)]));
  return v;
}

function gitCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** What every number in `parameters` and `collaterals[].params` is measured in. */
const UNITS = {
  "parameters.pool.rateParams.*": "WAD (1e18 = 100% APR)",
  "parameters.pool.reserveFactor": "WAD fraction of interest",
  "parameters.pool.recoveryUnlockPeriod": "seconds",
  "parameters.pool.recoveryEpoch": "seconds",
  "parameters.pool.shareDecimals": "decimals of the LP share (debt decimals + DECIMALS_OFFSET)",
  "parameters.market.closeFactor": "WAD fraction of the debt",
  "parameters.market.closeFactorHfThreshold": "WAD health factor",
  "parameters.market.insuranceCut": "WAD fraction of the liquidation bonus",
  "parameters.market.smallPositionValue": "debt-asset base units",
  "parameters.market.minBonusShare": "WAD",
  "parameters.writeOff.tip": "debt-asset base units",
  "parameters.writeOff.chip": "WAD fraction of the amount moved",
  "parameters.writeOff.rewardCap": "debt-asset base units",
  "parameters.writeOff.maxRewardShare": "WAD fraction of the amount moved",
  "parameters.writeOff.minCover": "debt-asset base units",
  "parameters.writeOff.auction.minReferencePrice": "debt-asset base units x 1e18 per whole recovery token (1.00 per token = 10^decimals x 1e18)",
  "parameters.writeOff.auction.maxReferencePrice": "as minReferencePrice",
  "parameters.writeOff.auction.referencePrice": "as minReferencePrice",
  "parameters.writeOff.auction.buf": "WAD multiple of the reference price (start price)",
  "parameters.writeOff.auction.floorRatio": "WAD multiple of the reference price (floor)",
  "parameters.writeOff.auction.duration": "seconds",
  "parameters.writeOff.auction.mintCap": "recovery-token base units (18 decimals)",
  "parameters.writeOff.auction.curve.kind": "0 Linear, 1 StairstepExponential",
  "parameters.writeOff.auction.curve.tau": "seconds (Linear)",
  "parameters.writeOff.auction.curve.step": "seconds per step (StairstepExponential)",
  "parameters.writeOff.auction.curve.cut": "RAY (1e27) price kept per step (StairstepExponential)",
  "collaterals[].params.maxLtv": "WAD",
  "collaterals[].params.liquidationThreshold": "WAD",
  "collaterals[].params.liquidationBonus": "WAD",
  "collaterals[].params.debtCeiling": "debt-asset base units",
  "collaterals[].params.dust": "debt-asset base units",
  "collaterals[].maxStaleness": "seconds",
};

async function parametersOf(c) {
  const { LendingPool: pool, Market: market } = c;
  const parameters = {
    pool: {
      rateParams: plain(await pool.rateParams(), ["baseRate", "slope1", "slope2", "optimalUtilization"]),
      reserveFactor: str(await pool.reserveFactor()),
      recoveryUnlockPeriod: str(await pool.RECOVERY_UNLOCK_PERIOD()),
      recoveryEpoch: str(await pool.RECOVERY_EPOCH()),
      shareDecimals: Number(await pool.decimals()),
    },
    market: {
      closeFactor: str(await market.CLOSE_FACTOR()),
      ...plain(await market.marketParams(), ["closeFactorHfThreshold", "insuranceCut", "smallPositionValue"]),
      minBonusShare: str(await market.MIN_BONUS_SHARE()),
    },
  };
  if (c.Waterfall) {
    const w = c.Waterfall;
    const cfg = await c.DebtAuction.config();
    parameters.writeOff = {
      tip: str(await w.tip()), chip: str(await w.chip()), rewardCap: str(await w.rewardCap()),
      maxRewardShare: str(await w.maxRewardShare()), minCover: str(await w.minCover()),
      auction: {
        minReferencePrice: str(await c.DebtAuction.minReferencePrice()),
        maxReferencePrice: str(await c.DebtAuction.maxReferencePrice()),
        ...plain(cfg, ["referencePrice", "buf", "floorRatio", "duration", "mintCap"]),
        curve: plain(cfg.curve, ["kind", "tau", "step", "cut"]),
      },
    };
  }
  return parameters;
}

/** Artifact name (for abi/, the bindings and `abis`) of each Ignition future we deploy. */
const OUR = ["LendingPool", "Market", "MarketLens", "RecoveryToken", "DebtAuction", "InsuranceFund", "Waterfall"];

/**
 * Builds the document from a deployKeeperSuite result (lib/run.js).
 */
async function deploymentDocument(hre, d) {
  const { ethers } = hre;
  const { cfg, futures, module } = d;
  const provider = ethers.provider;
  const receipts = new Map();
  const tx = async (futureId) => {
    const hash = d.txHashes.get(futureId);
    if (!hash) return { txHash: null, blockNumber: null };
    if (!receipts.has(hash)) receipts.set(hash, await provider.getTransactionReceipt(hash));
    const r = receipts.get(hash);
    return { txHash: hash, blockNumber: r ? r.blockNumber : null };
  };
  const futureOf = (localId) => module.futures ? [...module.futures].find((f) => f.id === `${module.id}#${localId}`) : undefined;
  const entry = async (localId, abi, extra = {}) => {
    const f = futureOf(localId);
    const deployed = futures.get(`${module.id}#${localId}`);
    const address = deployed ? deployed.address : extra.address;
    const out = { ...extra, address, abi };
    if (f && f.type === "NAMED_ARTIFACT_CONTRACT_DEPLOYMENT") {
      out.contractName = f.contractName;
      out.constructorArgs = jsonArg(f.constructorArgs, futures);
      Object.assign(out, await tx(f.id));
    } else {
      out.existing = true; // not ours: used where it stands
    }
    return out;
  };
  const debt = cfg.debtAsset;
  const debtId = debt.mock ? "DebtAssetMock" : "DebtAsset";
  const contracts = {
    LendingPool: await entry("LendingPool", "LendingPool"),
    Market: await entry("Market", "Market"),
    MarketLens: await entry("MarketLens", "MarketLens"),
    DebtAsset: await entry(debtId, "IERC20Metadata", debt.mock ? { mock: "MockERC20" } : { address: debt.address }),
  };
  for (const name of ["Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"]) if (d.contracts[name]) contracts[name] = await entry(name, name);

  const collaterals = [];
  for (const c of cfg.collaterals) {
    const s = safeId(c.symbol);
    const id = d.collateralIds[c.symbol];
    const onChain = await d.contracts.Market.collateral(id);
    const feed = d.aggregators[c.symbol];
    const tokenC = d.collateralTokens[c.symbol];
    collaterals.push({
      id, symbol: c.symbol, decimals: c.decimals, name: await tokenC.name().catch(() => null),
      token: await tokenC.getAddress(), oracle: await d.oracles[c.symbol].getAddress(), aggregator: await feed.getAddress(),
      feedDecimals: Number(await feed.decimals()), feedDescription: await feed.description().catch(() => null),
      maxStaleness: Number(await d.oracles[c.symbol].maxStaleness()),
      tokenMock: Boolean(c.token.mock), feedMock: Boolean(c.feed.mock),
      deployments: {
        token: await entry(c.token.mock ? `${s}_TokenMock` : `${s}_Token`, "IERC20Metadata", c.token.mock ? { mock: "MockERC20" } : { address: c.token.address }),
        feed: await entry(c.feed.mock ? `${s}_FeedMock` : `${s}_Feed`, "AggregatorV3Interface", c.feed.mock ? { mock: "MockAggregator" } : { address: c.feed.address }),
        oracle: await entry(`${s}_Oracle`, "ChainlinkOracle"),
      },
      params: plain(onChain.params, ["maxLtv", "liquidationThreshold", "liquidationBonus", "debtCeiling", "dust"]),
    });
  }
  const collateralAbis = { collateralToken: "IERC20Metadata", oracle: "ChainlinkOracle", aggregator: "AggregatorV3Interface" };

  const calls = [];
  for (const f of module.futures || []) {
    if (f.type !== "CONTRACT_CALL") continue;
    calls.push({ id: f.id.split("#")[1], contract: f.contract.id.split("#")[1], function: f.functionName, args: jsonArg(f.args, futures), ...(await tx(f.id)) });
  }
  const txBlocks = [...Object.values(contracts), ...collaterals.flatMap((c) => Object.values(c.deployments))].map((e) => e.blockNumber).filter((b) => b != null);

  const abiNames = new Set([...Object.values(contracts).map((c) => c.abi), ...Object.values(collateralAbis)]);
  if (debt.mock || cfg.collaterals.some((c) => c.token.mock)) abiNames.add("MockERC20");
  if (cfg.collaterals.some((c) => c.feed.mock)) abiNames.add("MockAggregator");
  const fqn = { IERC20Metadata: ERC20_FQN, AggregatorV3Interface: AGGREGATOR_FQN };
  const abis = {};
  for (const name of abiNames) abis[name] = (await hre.artifacts.readArtifact(fqn[name] || name)).abi;

  const debtToken = d.contracts.DebtAsset;
  return {
    schemaVersion: SCHEMA_VERSION,
    network: d.network,
    chainId: d.chainId,
    // The first block holding one of our transactions: keepers index events from here.
    deployBlock: txBlocks.length ? Math.min(...txBlocks) : await provider.getBlockNumber(),
    deployedAt: new Date().toISOString(),
    git: gitCommit(),
    parametersFile: { path: cfg.source, comment: cfg.comment ?? null },
    deployer: d.deployer.address,
    admin: d.admin,
    adminKind: cfg.admin.kind,
    pauser: d.pauser,
    roles: { deployerHoldsNone: d.admin.toLowerCase() !== d.deployer.address.toLowerCase(), checked: d.handOver.map((h) => ({ contract: h.contract, role: h.role, holder: h.holder })) },
    debtAsset: {
      symbol: await debtToken.symbol().catch(() => debt.symbol), name: await debtToken.name().catch(() => null),
      decimals: Number(await debtToken.decimals()), address: contracts.DebtAsset.address, mock: Boolean(debt.mock),
    },
    contracts,
    collateralAbis,
    collaterals,
    parameters: await parametersOf(d.contracts),
    units: UNITS,
    calls,
    ignition: { deploymentId: d.network, journal: d.journal ? path.relative(REPO, d.journal) : null },
    verify: d.journal ? `npx hardhat run deploy-scripts/verify.js --network ${d.network}` : null,
    dex: null, // deploy.js adds the local Uniswap v3 DEX (lib/dex-step.js) on local chains
    abis,
  };
}

/** Where deployments/<network>.json live; KEEPERSUITE_DEPLOYMENTS_DIR moves them (tests, operators). */
function deploymentsDir() {
  return process.env.KEEPERSUITE_DEPLOYMENTS_DIR || path.join(REPO, "deployments");
}

/** Writes the file; a `dex` section another step already wrote is kept. */
function writeDeployment(networkName, doc, dir = deploymentsDir()) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${networkName}.json`);
  if (fs.existsSync(file) && doc.dex == null) {
    try {
      const old = JSON.parse(fs.readFileSync(file, "utf8"));
      if (old.dex && old.chainId === doc.chainId && old.contracts?.Market?.address === doc.contracts.Market.address) doc.dex = old.dex;
    } catch {
      /* unreadable: replaced */
    }
  }
  fs.writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  return file;
}

module.exports = { SCHEMA_VERSION, UNITS, deploymentDocument, deploymentsDir, writeDeployment, jsonArg, gitCommit };
