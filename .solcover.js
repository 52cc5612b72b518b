// solidity-coverage (npm run coverage): the figures are for the protocol's contracts; test doubles are excluded.
module.exports = {
  skipFiles: ["mocks/"],
};
