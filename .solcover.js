// solidity-coverage (npm run coverage): the figures are for the protocol's contracts; test doubles are excluded.
// json-summary writes coverage/coverage-summary.json, which a threshold check can read (RELIABILITY.md).
module.exports = {
  skipFiles: ["mocks/"],
  istanbulReporter: ["html", "json-summary", "text"],
};
