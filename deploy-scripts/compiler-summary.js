// One line naming the compiler settings behind a gas figure, read from the resolved Hardhat config (the
// Market compiles with its own override: hardhat.config.js).
function compilerSummary(hre) {
  const base = hre.config.solidity.compilers[0];
  const market = (hre.config.solidity.overrides["contracts/core/Market.sol"] || base).settings;
  const pipeline = (s) => `${s.viaIR ? "via IR, " : ""}optimizer runs ${s.optimizer.runs}`;
  return `solc ${base.version}, ${pipeline(base.settings)} (Market: ${pipeline(market)}), evm ${base.settings.evmVersion}`;
}

module.exports = { compilerSummary };
