// Everything a deploy checks before its first transaction. Read-only: it calls, never sends. Every problem found
// is collected and reported together (one line each), so an operator fixes the file once.
const fs = require("fs");
const { checkConfig } = require("./bounds");
const { deployedAddresses } = require("./journal");
const { LOCAL_CHAIN_IDS, usesMocks, DeployConfigError } = require("./config");

const ERC20_ABI = ["function decimals() view returns (uint8)", "function symbol() view returns (string)", "function totalSupply() view returns (uint256)"];
const FEED_ABI = [
  "function decimals() view returns (uint8)",
  "function description() view returns (string)",
  "function latestRoundData() view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)",
];
const TIMELOCK_ABI = ["function getMinDelay() view returns (uint256)", "function PROPOSER_ROLE() view returns (bytes32)"];
const SAFE_ABI = ["function getOwners() view returns (address[])", "function getThreshold() view returns (uint256)"];
/** Mirrors Market.MAX_COLLATERAL_DECIMALS / ChainlinkOracle.MAX_FEED_DECIMALS (private constants). */
const MAX_DECIMALS = 36;

const fmt = (v) => (typeof v === "bigint" ? v.toString() : String(v));

/** Reads an existing token; pushes problems; returns { symbol, decimals } as read. */
async function checkToken(ethers, provider, addr, expected, where, problems) {
  if ((await provider.getCode(addr)) === "0x") {
    problems.push(`${where}: no contract code at ${addr} on this chain`);
    return null;
  }
  const t = new ethers.Contract(addr, ERC20_ABI, provider);
  try {
    const decimals = Number(await t.decimals());
    let symbol = null;
    try {
      symbol = await t.symbol();
    } catch {
      /* optional in ERC-20 */
    }
    await t.totalSupply();
    if (decimals !== expected.decimals) problems.push(`${where}: ${addr} has ${decimals} decimals, the file says ${expected.decimals}`);
    if (symbol !== null && symbol !== expected.symbol) problems.push(`${where}: ${addr} is '${symbol}', the file says '${expected.symbol}'`);
    return { symbol, decimals };
  } catch (e) {
    problems.push(`${where}: ${addr} does not answer ERC-20 decimals()/totalSupply() (${e.shortMessage || e.message})`);
    return null;
  }
}

async function checkFeed(ethers, provider, addr, c, now, where, problems) {
  if ((await provider.getCode(addr)) === "0x") {
    problems.push(`${where}: no contract code at ${addr} on this chain`);
    return null;
  }
  const f = new ethers.Contract(addr, FEED_ABI, provider);
  try {
    const decimals = Number(await f.decimals());
    const [roundId, answer, , updatedAt, answeredInRound] = await f.latestRoundData();
    let description = null;
    try {
      description = await f.description();
    } catch {
      /* optional */
    }
    if (decimals > MAX_DECIMALS) problems.push(`${where}: feed ${addr} has ${decimals} decimals (at most ${MAX_DECIMALS})`);
    if (answer <= 0n) problems.push(`${where}: feed ${addr} answers ${answer} (must be > 0)`);
    if (answeredInRound < roundId) problems.push(`${where}: feed ${addr} round ${roundId} is incomplete (answeredInRound ${answeredInRound})`);
    if (BigInt(now) - updatedAt > c.maxStaleness) {
      problems.push(`${where}: feed ${addr} last updated ${BigInt(now) - updatedAt} s ago, more than maxStaleness ${c.maxStaleness} s (listCollateral would revert OracleInvalid)`);
    }
    return { decimals, description, answer };
  } catch (e) {
    problems.push(`${where}: ${addr} does not answer AggregatorV3 decimals()/latestRoundData() (${e.shortMessage || e.message})`);
    return null;
  }
}

async function checkAdmin(ethers, provider, admin, kind, deployer, problems) {
  if (admin.toLowerCase() === deployer.toLowerCase()) {
    if (kind !== "eoa") problems.push(`admin: kind '${kind}' but the admin is the deployer`);
    return;
  }
  const code = await provider.getCode(admin);
  if (kind === "eoa") {
    if (code !== "0x") problems.push(`admin: ${admin} has contract code but kind is 'eoa' (say 'safe' or 'timelock')`);
    return;
  }
  if (code === "0x") {
    problems.push(`admin: no contract code at ${admin}, expected a ${kind === "safe" ? "Safe" : "TimelockController"}`);
    return;
  }
  try {
    if (kind === "timelock") await new ethers.Contract(admin, TIMELOCK_ABI, provider).getMinDelay();
    else {
      const safe = new ethers.Contract(admin, SAFE_ABI, provider);
      if ((await safe.getThreshold()) === 0n || (await safe.getOwners()).length === 0) problems.push(`admin: Safe ${admin} has no owners`);
    }
  } catch (e) {
    problems.push(`admin: ${admin} does not answer ${kind === "timelock" ? "getMinDelay()" : "getOwners()/getThreshold()"}: not a ${kind} (${e.shortMessage || e.message})`);
  }
}

/**
 * A journal left by an earlier run is only resumed when its contracts exist on this chain. A local chain that was
 * restarted has none of them: its journal is moved aside (kept, renamed) and the deploy starts over. On any other
 * chain that is refused: the journal belongs to another chain or RPC.
 */
async function checkJournal(provider, journalDir, local, problems, log) {
  if (!journalDir || !fs.existsSync(journalDir)) return;
  let addresses;
  try {
    addresses = Object.values(deployedAddresses(journalDir, log));
  } catch (e) {
    problems.push(e.message);
    return;
  }
  const missing = [];
  for (const a of addresses) if ((await provider.getCode(a)) === "0x") missing.push(a);
  if (missing.length === 0) return;
  if (local) {
    const aside = `${journalDir}.stale-${Date.now()}`;
    fs.renameSync(journalDir, aside);
    log(`journal ${journalDir} names ${missing.length} contract(s) this chain lacks (a restarted local node): moved to ${aside}, deploying afresh`);
  } else {
    problems.push(`journal ${journalDir}: ${missing.length} of its ${addresses.length} contracts have no code on this chain (first: ${missing[0]}); ` +
      `it belongs to another chain: point the RPC at the right chain or move the folder away`);
  }
}

/**
 * @returns {{ tokens: object, feeds: object }} what was read from the existing tokens and feeds (by symbol)
 * @throws DeployConfigError listing every problem, before anything is sent
 */
async function preflight(hre, cfg, { chainId, deployer, admin, pauser, journalDir, log = () => {} }) {
  const { ethers } = hre;
  const provider = ethers.provider;
  const problems = [];
  const local = LOCAL_CHAIN_IDS.has(chainId);
  if (cfg.chainId !== undefined && cfg.chainId !== chainId) problems.push(`chain id: the RPC is chain ${chainId}, ${cfg.source} is for chain ${cfg.chainId}`);
  if (usesMocks(cfg) && !local) {
    problems.push(`mocks: ${cfg.source} deploys mock tokens or feeds (publicly mintable / owner-set prices); refused on chain ${chainId}, allowed only on ${[...LOCAL_CHAIN_IDS].join(", ")}`);
  }
  for (const v of checkConfig(cfg)) {
    problems.push(`${v.where}: ${v.parameter} = ${fmt(v.value)} is outside [${fmt(v.min)}, ${fmt(v.max)}] (${v.source}; the contract would revert ParameterOutOfBounds)`);
  }
  const seen = new Set();
  const debt = cfg.debtAsset;
  if (debt.decimals > MAX_DECIMALS) problems.push(`debtAsset: ${debt.decimals} decimals`);
  if (debt.address) seen.add(debt.address.toLowerCase());
  cfg.collaterals.forEach((c, i) => {
    const where = `collaterals[${i}] ${c.symbol}`;
    if (c.decimals > MAX_DECIMALS || c.decimals + 18 < debt.decimals) problems.push(`${where}: ${c.decimals} decimals unsupported (Market.listCollateral: <= 36 and >= debt decimals - 18)`);
    if (c.token.address) {
      if (seen.has(c.token.address.toLowerCase())) problems.push(`${where}: token ${c.token.address} is listed twice or is the debt asset (CollateralAlreadyListed)`);
      seen.add(c.token.address.toLowerCase());
    }
    if (cfg.collaterals.findIndex((d) => d.symbol === c.symbol) !== i) problems.push(`${where}: symbol used twice`);
    if (c.feed.mock && c.feed.mock.decimals > MAX_DECIMALS) problems.push(`${where}: mock feed decimals ${c.feed.mock.decimals}`);
  });
  await checkAdmin(ethers, provider, admin, cfg.admin.kind, deployer, problems);
  if (pauser === ethers.ZeroAddress || admin === ethers.ZeroAddress) problems.push("admin/pauser: the zero address");

  const read = { tokens: {}, feeds: {} };
  const now = (await provider.getBlock("latest")).timestamp;
  if (debt.address) read.tokens[debt.symbol] = await checkToken(ethers, provider, debt.address, debt, "debtAsset", problems);
  for (const [i, c] of cfg.collaterals.entries()) {
    const where = `collaterals[${i}] ${c.symbol}`;
    if (c.token.address) read.tokens[c.symbol] = await checkToken(ethers, provider, c.token.address, c, `${where}.token`, problems);
    if (c.feed.address) read.feeds[c.symbol] = await checkFeed(ethers, provider, c.feed.address, c, now, `${where}.feed`, problems);
  }
  if (!local && (await provider.getBalance(deployer)) === 0n) problems.push(`deployer ${deployer} has no native coin for gas on chain ${chainId}`);
  await checkJournal(provider, journalDir, local, problems, log);

  if (problems.length) {
    throw new DeployConfigError(`pre-flight refused ${cfg.source} on chain ${chainId}; nothing was sent:\n  - ${problems.join("\n  - ")}`);
  }
  return read;
}

module.exports = { preflight, MAX_DECIMALS };
