// Networks for hardhat.config.js, by name from the environment:
//   --network <name>  ->  url from <NAME>_RPC_URL (name upper-cased, non-alphanumerics as "_"; sepolia -> SEPOLIA_RPC_URL)
//   --network custom  ->  KEEPERSUITE_RPC_URL (kept for the simulator, the dotnet fixtures and older scripts)
//   --network localhost -> HARDHAT_NODE_PORT / a loopback KEEPERSUITE_RPC_URL (localhost-url.js)
// Signing key: KEEPERSUITE_DEPLOYER_KEY (hex), or KEEPERSUITE_KEYSTORE (Web3 Secret Storage JSON file) with its
// password in KEEPERSUITE_KEYSTORE_PASSWORD (or a file named by KEEPERSUITE_KEYSTORE_PASSWORD_FILE); neither: the
// node's own unlocked accounts ("remote", a local node). The key is never printed.
// Verification (hardhat-verify): ETHERSCAN_API_KEY (one Etherscan v2 key covers every chain it knows); a chain it
// does not know: <NAME>_CHAIN_ID + <NAME>_EXPLORER_API_URL (+ <NAME>_EXPLORER_URL, <NAME>_EXPLORER_API_KEY).
const fs = require("fs");
const { localhostUrl } = require("./localhost-url");

const BUILT_IN = new Set(["hardhat", "localhost", "custom"]);
const envName = (network) => network.toUpperCase().replace(/[^A-Z0-9]/g, "_");

/** The network named on the command line (--network x / --network=x) or by HARDHAT_NETWORK. */
function requestedNetwork(argv = process.argv, env = process.env) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--network" && argv[i + 1]) return argv[i + 1];
    if (argv[i].startsWith("--network=")) return argv[i].slice("--network=".length);
  }
  return env.HARDHAT_NETWORK || undefined;
}

function accountsFrom(env) {
  if (env.KEEPERSUITE_DEPLOYER_KEY) return [env.KEEPERSUITE_DEPLOYER_KEY];
  if (env.KEEPERSUITE_KEYSTORE) {
    const password = env.KEEPERSUITE_KEYSTORE_PASSWORD ?? (env.KEEPERSUITE_KEYSTORE_PASSWORD_FILE ? fs.readFileSync(env.KEEPERSUITE_KEYSTORE_PASSWORD_FILE, "utf8").replace(/\r?\n$/, "") : undefined);
    if (password === undefined) throw new Error("KEEPERSUITE_KEYSTORE is set: give its password in KEEPERSUITE_KEYSTORE_PASSWORD or KEEPERSUITE_KEYSTORE_PASSWORD_FILE");
    const { Wallet } = require("ethers");
    let wallet;
    try {
      wallet = Wallet.fromEncryptedJsonSync(fs.readFileSync(env.KEEPERSUITE_KEYSTORE, "utf8"), password);
    } catch (e) {
      throw new Error(`KEEPERSUITE_KEYSTORE ${env.KEEPERSUITE_KEYSTORE}: cannot decrypt (${e.shortMessage || e.message})`);
    }
    return [wallet.privateKey];
  }
  return "remote";
}

/**
 * @returns {{ networks: object, etherscan: object }} for hardhat.config.js
 * @throws when the requested network has no URL, naming the variable to set
 */
function networksFromEnv(env = process.env, argv = process.argv) {
  const requested = requestedNetwork(argv, env);
  const needsKey = requested && requested !== "hardhat";
  const accounts = needsKey ? accountsFrom(env) : "remote";
  const networks = {
    hardhat: { chainId: 31337 },
    localhost: { url: localhostUrl(env), chainId: 31337, accounts },
  };
  if (env.KEEPERSUITE_RPC_URL) networks.custom = { url: env.KEEPERSUITE_RPC_URL, accounts };
  const customChains = [];
  const apiKeys = {};
  const add = (name) => {
    const E = envName(name);
    const url = env[`${E}_RPC_URL`];
    if (!url) return false;
    networks[name] = { url, accounts, ...(env[`${E}_CHAIN_ID`] ? { chainId: Number(env[`${E}_CHAIN_ID`]) } : {}) };
    if (env[`${E}_EXPLORER_API_URL`]) {
      customChains.push({ network: name, chainId: Number(env[`${E}_CHAIN_ID`]), urls: { apiURL: env[`${E}_EXPLORER_API_URL`], browserURL: env[`${E}_EXPLORER_URL`] || env[`${E}_EXPLORER_API_URL`] } });
    }
    if (env[`${E}_EXPLORER_API_KEY`]) apiKeys[name] = env[`${E}_EXPLORER_API_KEY`];
    return true;
  };
  if (requested && !BUILT_IN.has(requested) && !add(requested)) {
    throw new Error(`Network '${requested}': set ${envName(requested)}_RPC_URL to its JSON-RPC URL ` +
      `(and KEEPERSUITE_DEPLOYER_KEY or KEEPERSUITE_KEYSTORE for the deployer's key)`);
  }
  if (requested === "custom" && !env.KEEPERSUITE_RPC_URL) throw new Error("Network 'custom': set KEEPERSUITE_RPC_URL to its JSON-RPC URL");
  if (!requested || requested === "hardhat") for (const k of Object.keys(env)) {
    // Other networks named in the environment too, for tasks run without --network (e.g. `hardhat verify --help`).
    const m = /^([A-Z0-9_]+)_RPC_URL$/.exec(k);
    if (m && m[1] !== "KEEPERSUITE") add(m[1].toLowerCase().replace(/_/g, "-"));
  }
  // One Etherscan v2 key for all chains it knows; per-network keys only for explorers outside it.
  const apiKey = Object.keys(apiKeys).length ? { ...apiKeys, ...(env.ETHERSCAN_API_KEY && requested ? { [requested]: apiKeys[requested] ?? env.ETHERSCAN_API_KEY } : {}) } : env.ETHERSCAN_API_KEY || "";
  return { networks, etherscan: { apiKey, customChains }, requested };
}

module.exports = { networksFromEnv, requestedNetwork, envName, accountsFrom };
