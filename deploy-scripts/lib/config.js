// The deploy parameters file (deploy-config/<network>.json; schema: deploy-scripts/schema/deploy-config.schema.json).
// People write it in human units; normalize() turns it into the exact integers the contracts take:
//   fractions ("0.85" = 85%)            -> WAD (1e18 = 100%); the auction curve's `cut` -> RAY (1e27)
//   debt-asset amounts (whole units)    -> base units (x 10^debtAsset.decimals)
//   auction prices (debt asset / token) -> WAD-scaled base units per whole recovery token (x 10^(decimals+18))
//   mintCap (whole recovery tokens)     -> 18-decimal base units
//   durations                           -> seconds (integers)
// A value with more decimals than its unit holds is refused, never rounded.
const fs = require("fs");
const path = require("path");
const { parseUnits, getAddress, isAddress } = require("ethers");
const Ajv = require("ajv");

const REPO = path.join(__dirname, "..", "..");
const CONFIG_DIR = path.join(REPO, "deploy-config");
const CONFIG_SCHEMA = path.join(__dirname, "..", "schema", "deploy-config.schema.json");
/** Chain ids of development chains (Hardhat, Anvil, Ganache/Geth dev): the only ones where mocks may be deployed. */
const LOCAL_CHAIN_IDS = new Set([31337, 1337]);
const CURVE_KINDS = { Linear: 0, StairstepExponential: 1 };

class DeployConfigError extends Error {}

/**
 * Which parameters file a deploy on `network` reads: KEEPERSUITE_DEPLOY_CONFIG when set, else
 * deploy-config/<network>.json, else (on a local chain id only) deploy-config/localhost.json.
 */
function resolveConfigPath(network, chainId, env = process.env) {
  if (env.KEEPERSUITE_DEPLOY_CONFIG) {
    const p = path.resolve(env.KEEPERSUITE_DEPLOY_CONFIG);
    if (!fs.existsSync(p)) throw new DeployConfigError(`KEEPERSUITE_DEPLOY_CONFIG=${env.KEEPERSUITE_DEPLOY_CONFIG}: no such file`);
    return p;
  }
  const own = path.join(CONFIG_DIR, `${network}.json`);
  if (fs.existsSync(own)) return own;
  if (network === "hardhat" || LOCAL_CHAIN_IDS.has(Number(chainId))) return path.join(CONFIG_DIR, "localhost.json");
  throw new DeployConfigError(
    `no parameters file for network '${network}' (chain ${chainId}): write deploy-config/${network}.json ` +
      `(start from deploy-config/sepolia.json) or set KEEPERSUITE_DEPLOY_CONFIG=<path>`);
}

let validateSchema;
/** Parses and schema-checks a parameters file; returns the raw object. */
function readConfigFile(file) {
  let raw;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new DeployConfigError(`${file}: ${e.message}`);
  }
  validateSchema ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(CONFIG_SCHEMA, "utf8")));
  if (!validateSchema(raw)) {
    const lines = validateSchema.errors.map((e) => `  ${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
    throw new DeployConfigError(`${file} does not follow deploy-scripts/schema/deploy-config.schema.json:\n${lines.join("\n")}`);
  }
  return raw;
}

function units(value, decimals, where) {
  try {
    return parseUnits(String(value), decimals);
  } catch (e) {
    throw new DeployConfigError(`${where}: '${value}' is not a number with at most ${decimals} decimals (${e.shortMessage || e.message})`);
  }
}
const wad = (v, where) => units(v, 18, where);
const ray = (v, where) => units(v, 27, where);
const address = (v, where) => {
  if (!isAddress(v)) throw new DeployConfigError(`${where}: '${v}' is not an address`);
  return getAddress(v);
};

/** "0x…" -> { address }, { mock: {...} } -> { mock } */
function part(v, where) {
  return typeof v === "string" ? { address: address(v, where) } : { mock: v.mock };
}

/**
 * Normalizes a raw parameters object (readConfigFile) into the integers the contracts take.
 * Returned shape (bigints): { source, comment, chainId, admin: {address|null (= the deployer), kind}, pauser,
 *   debtAsset: {symbol, decimals, address?|mock?}, lpToken, rateParams, reserveFactor, marketParams,
 *   collaterals: [{symbol, decimals, token: {address?|mock?}, feed: {address?|mock?}, maxStaleness, params}],
 *   writeOff: {tokenName, tokenSymbol, minReferencePrice, maxReferencePrice, auction, tip, chip, rewardCap,
 *   maxRewardShare, minCover}, dex (as written; reserved for deploy-scripts/dex*.js), raw }
 */
function normalize(raw, source = "<inline>") {
  const dec = raw.debtAsset.decimals;
  const amount = (v, where) => units(v, dec, where);
  const price = (v, where) => units(v, dec + 18, where);
  const who = (v, where) => (v === "deployer" ? null : address(v, where));
  const w = raw.writeOff;
  const collaterals = raw.collaterals.map((c, i) => {
    const at = `collaterals[${i}] (${c.symbol})`;
    return {
      symbol: c.symbol,
      decimals: c.decimals,
      token: part(c.token, `${at}.token`),
      feed: part(c.feed, `${at}.feed`),
      maxStaleness: BigInt(c.maxStaleness),
      params: {
        maxLtv: wad(c.maxLtv, `${at}.maxLtv`),
        liquidationThreshold: wad(c.liquidationThreshold, `${at}.liquidationThreshold`),
        liquidationBonus: wad(c.liquidationBonus, `${at}.liquidationBonus`),
        debtCeiling: amount(c.debtCeiling, `${at}.debtCeiling`),
        dust: amount(c.dust, `${at}.dust`),
      },
    };
  });
  return {
    source,
    comment: raw.comment,
    chainId: raw.chainId,
    admin: { address: who(raw.admin.address, "admin.address"), kind: raw.admin.kind },
    pauser: raw.pauser === undefined || raw.pauser === "admin" ? "admin" : who(raw.pauser, "pauser"),
    debtAsset: { symbol: raw.debtAsset.symbol, decimals: dec, ...part(raw.debtAsset.token, "debtAsset.token") },
    lpToken: { ...raw.lpToken },
    rateParams: Object.fromEntries(["baseRate", "slope1", "slope2", "optimalUtilization"].map((k) => [k, wad(raw.pool.rateParams[k], `pool.rateParams.${k}`)])),
    reserveFactor: wad(raw.pool.reserveFactor, "pool.reserveFactor"),
    marketParams: {
      closeFactorHfThreshold: wad(raw.market.closeFactorHfThreshold, "market.closeFactorHfThreshold"),
      insuranceCut: wad(raw.market.insuranceCut, "market.insuranceCut"),
      smallPositionValue: amount(raw.market.smallPositionValue, "market.smallPositionValue"),
    },
    collaterals,
    writeOff: {
      tokenName: w.recoveryToken.name,
      tokenSymbol: w.recoveryToken.symbol,
      minReferencePrice: price(w.minReferencePrice, "writeOff.minReferencePrice"),
      maxReferencePrice: price(w.maxReferencePrice, "writeOff.maxReferencePrice"),
      auction: {
        referencePrice: price(w.auction.referencePrice, "writeOff.auction.referencePrice"),
        buf: wad(w.auction.buf, "writeOff.auction.buf"),
        floorRatio: wad(w.auction.floorRatio, "writeOff.auction.floorRatio"),
        duration: BigInt(w.auction.duration),
        mintCap: wad(w.auction.mintCap, "writeOff.auction.mintCap"),
        curve: {
          kind: CURVE_KINDS[w.auction.curve.kind],
          tau: BigInt(w.auction.curve.tau ?? 0),
          step: BigInt(w.auction.curve.step ?? 0),
          cut: w.auction.curve.cut === undefined ? 0n : ray(w.auction.curve.cut, "writeOff.auction.curve.cut"),
        },
      },
      tip: amount(w.tip, "writeOff.tip"),
      chip: wad(w.chip, "writeOff.chip"),
      rewardCap: amount(w.rewardCap, "writeOff.rewardCap"),
      maxRewardShare: wad(w.maxRewardShare, "writeOff.maxRewardShare"),
      minCover: amount(w.minCover, "writeOff.minCover"),
    },
    dex: raw.dex ?? null,
    raw,
  };
}

/** Reads, schema-checks and normalizes a parameters file. */
function loadConfig(file) {
  return normalize(readConfigFile(file), path.relative(REPO, file) || file);
}

/** True when the config deploys any mock (token or feed). */
function usesMocks(cfg) {
  return Boolean(cfg.debtAsset.mock || cfg.collaterals.some((c) => c.token.mock || c.feed.mock));
}

module.exports = {
  CONFIG_DIR, CONFIG_SCHEMA, LOCAL_CHAIN_IDS, CURVE_KINDS, DeployConfigError,
  resolveConfigPath, readConfigFile, normalize, loadConfig, usesMocks,
};
