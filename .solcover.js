// solidity-coverage (npm run coverage; tests/run-all.sh runs it as the contracts test step and gates on
// it with tests/coverage-gate.js). The figures are for the protocol's contracts; test doubles are excluded.
// json-summary writes coverage/coverage-summary.json, which the gate reads.
module.exports = {
  skipFiles: ["mocks/", "test-externals/"],
  istanbulReporter: ["html", "json-summary", "text"],
  // We gate on lines and branches (issue 11). Statement counters are not gated, so they are not
  // instrumented: fewer injected calls per run (solidity-coverage docs/advanced.md, "Reducing the
  // instrumentation footprint"); the report's Stmts column reads 100% of 0 (not measured).
  // Function coverage stays ON although it is not gated: in solidity-coverage 0.8.17 the modifier branches
  // (e.g. nonReentrant, onlyRole) are registered inside the function instrumentation
  // (lib/registrar.js functionDeclaration), so turning functions off would silently drop ~108 of the
  // ~582 branches (13 of the 28 uncovered on 2026-12-02 were such modifier arms) and inflate the figure.
  measureStatementCoverage: false,
  // Tests tagged "@plain" run on the plain optimized build only (tests/run-all.sh: `hardhat test --grep @plain`):
  // gas figures and the EIP-170 code size, which instrumentation and the disabled optimizer change, and the
  // long randomized suites, ~50x slower per action when instrumented.
  // Tests tagged "@rehearsal" (the deployment rehearsal: an anvil node, deploy processes and the keeper) run in their
  // own step after the dotnet tests, never instrumented.
  mocha: { grep: /@plain|@rehearsal/, invert: true },
};
