// Hardhat 2 config. Compilation never downloads a compiler: the pinned `solc`
// npm package (solcjs) is handed to Hardhat through the GET_SOLC_BUILD subtask,
// so `npm ci` is all a fresh machine needs.
require("@nomicfoundation/hardhat-toolbox");
const { subtask } = require("hardhat/config");
const { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } = require("hardhat/builtin-tasks/task-names");

const SOLC_VERSION = require("solc/package.json").version; // pinned in package.json

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args, hre, runSuper) => {
  if (args.solcVersion !== SOLC_VERSION) return runSuper();
  return {
    compilerPath: require.resolve("solc/soljson.js"),
    isSolcJs: true,
    version: SOLC_VERSION,
    longVersion: require("solc").version(),
  };
});

// Any network can be reached by environment variables: KEEPERSUITE_RPC_URL and
// KEEPERSUITE_DEPLOYER_KEY (never committed). SEPOLIA_RPC_URL is a shorthand. Without a key,
// the node's own unlocked accounts are used (a local `hardhat node`).
const deployerKey = process.env.KEEPERSUITE_DEPLOYER_KEY;
const accounts = deployerKey ? [deployerKey] : "remote";
const { localhostUrl } = require("./deploy-scripts/localhost-url");
const networks = {
  hardhat: { chainId: 31337 },
  // HARDHAT_NODE_PORT or a loopback KEEPERSUITE_RPC_URL moves it (deploy-scripts/localhost-url.js).
  localhost: { url: localhostUrl(), chainId: 31337 },
};
if (process.env.KEEPERSUITE_RPC_URL) networks.custom = { url: process.env.KEEPERSUITE_RPC_URL, accounts };
if (process.env.SEPOLIA_RPC_URL) networks.sepolia = { url: process.env.SEPOLIA_RPC_URL, accounts, chainId: 11155111 };

// Everything compiles with the legacy pipeline except the Market, whose liquidation loop the keeper pays for
// on every batch: the IR pipeline (as Morpho Blue and Uniswap v4 ship) inlines its small math and planning
// helpers, about 6,000 gas less on a batch of 10 (BENCHMARKS.md). Under `hardhat coverage` it compiles like
// the rest: solidity-coverage instruments the sources with the optimizer off, where the IR pipeline adds
// nothing but stack pressure, and coverage measures which lines and branches the tests reach either way.
const settings = (viaIR, runs) => ({
  optimizer: { enabled: true, runs },
  // Cancun: supported by every live testnet and by Hardhat's EVM; no PUSH0 surprises on L2s that lag.
  evmVersion: "cancun",
  viaIR,
});
const underCoverage = process.argv.includes("coverage");
const MARKET_RUNS = 50_000; // 22.9 kB of the 24 kB EIP-170 limit; the Market runs for years, its loop on every batch

module.exports = {
  solidity: {
    compilers: [{ version: SOLC_VERSION, settings: settings(false, 200) }],
    overrides: underCoverage ? {} : { "contracts/core/Market.sol": { version: SOLC_VERSION, settings: settings(true, MARKET_RUNS) } },
  },
  paths: {
    sources: "./contracts",
    tests: "./tests/contracts",
    cache: "./cache",
    artifacts: "./artifacts",
  },
  networks,
  mocha: { timeout: 120000 },
  gasReporter: {
    enabled: process.env.REPORT_GAS === "true",
    offline: true,
    currency: "USD",
    outputFile: process.env.GAS_REPORT_FILE || undefined,
    noColors: !!process.env.GAS_REPORT_FILE,
  },
};
