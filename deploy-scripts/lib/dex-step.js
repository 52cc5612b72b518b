// The DEX step of deploy.js: on local chain ids only, Uniswap v3 (deploy-scripts/dex.js) with one pool per listed
// collateral at the oracle price, recorded as the deployments file's `dex` section. Testnets and mainnets use the
// DEX that is already there, so nothing is deployed on them (their `dex` stays null until an operator records one).
// A second run against the same Market finds the recorded router still deployed and sends nothing.
const fs = require("fs");
const { LOCAL_CHAIN_IDS } = require("./config");
const { deployDex, createMarketPools, dexDocument } = require("../dex");

/** The `dex` section of an earlier file for the same chain and Market whose router still has code, else null. */
async function recordedDex(hre, file, chainId, market) {
  if (!fs.existsSync(file)) return null;
  try {
    const old = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!old.dex || old.chainId !== chainId || old.contracts?.Market?.address?.toLowerCase() !== market.toLowerCase()) return null;
    return (await hre.ethers.provider.getCode(old.dex.router)) !== "0x" ? old.dex : null;
  } catch {
    return null;
  }
}

/**
 * Deploys (or finds) the local DEX for deployment `d` (lib/run.js result). Returns its document or null on a
 * chain that is not local. opts.file: the deployments file an earlier run wrote; opts.log.
 */
async function deployLocalDex(hre, d, opts = {}) {
  if (!LOCAL_CHAIN_IDS.has(Number(d.chainId))) return null;
  const market = d.contracts.Market;
  const marketAddress = await market.getAddress();
  const existing = opts.file ? await recordedDex(hre, opts.file, d.chainId, marketAddress) : null;
  if (existing) return existing;
  const dex = await deployDex(hre, d.deployer);
  const pools = await createMarketPools(dex, market, { signer: d.deployer });
  const doc = dexDocument(dex, pools);
  if (opts.log) opts.log(`DEX: Uniswap v3 router ${doc.router}, quoter ${doc.quoter}, ${Object.keys(doc.pools).length} pools at the oracle price`);
  return doc;
}

module.exports = { deployLocalDex };
