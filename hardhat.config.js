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

// Networks by name from the environment (deploy-scripts/networks.js): `--network <name>` reads <NAME>_RPC_URL,
// `custom` KEEPERSUITE_RPC_URL, `localhost` HARDHAT_NODE_PORT; the deployer key comes from KEEPERSUITE_DEPLOYER_KEY
// or an encrypted KEEPERSUITE_KEYSTORE; hardhat-verify's settings from ETHERSCAN_API_KEY (+ <NAME>_EXPLORER_*).
const { networksFromEnv } = require("./deploy-scripts/networks");
let networks, etherscan;
try {
  ({ networks, etherscan } = networksFromEnv());
} catch (e) {
  console.error(`error: ${e.message}`); // one line naming the variable to set, not a stack trace
  process.exit(2);
}
// Ignition journals live next to the deployments files they produce (<dir>/ignition/deployments/<network>), so a
// test or simulation that writes its deployments to a temporary folder also journals there.
const ignitionDir = process.env.KEEPERSUITE_DEPLOYMENTS_DIR ? require("path").join(process.env.KEEPERSUITE_DEPLOYMENTS_DIR, "ignition") : "./ignition";

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
    ignition: ignitionDir,
  },
  networks,
  etherscan,
  // Ignition polls for the next block every 1 s (100 ms on local chain ids, deploy-scripts/lib/run.js);
  // KEEPERSUITE_IGNITION_POLL_MS overrides both.
  ignition: process.env.KEEPERSUITE_IGNITION_POLL_MS ? { blockPollingInterval: Number(process.env.KEEPERSUITE_IGNITION_POLL_MS) } : {},
  mocha: { timeout: 120000 },
  gasReporter: {
    enabled: process.env.REPORT_GAS === "true",
    offline: true,
    currency: "USD",
    outputFile: process.env.GAS_REPORT_FILE || undefined,
    noColors: !!process.env.GAS_REPORT_FILE,
  },
};
