const { expect } = require("chai");
const { measureCoreGas } = require("../../deploy-scripts/gas-core");

// Issue 10's liquidation gas goals, on deploy-scripts/gas-core.js's own scenario (BENCHMARKS.md prints the same
// rows). Tagged @plain: gas is only meaningful on the optimized build, not under coverage's instrumentation.
describe("@plain Liquidation gas goals (issue 10)", function () {
  it("@plain a partial liquidation costs at most 150,000 gas and a batch of 10 at most 25,000 per position", async function () {
    const { rows } = await measureCoreGas();
    const gas = Object.fromEntries(rows.map(([name, g]) => [name, g]));
    expect(gas["partial liquidation (close factor 50%)"]).to.be.lte(150_000n);
    expect(gas["batch of 10 partial liquidations without deficit (total)"]).to.be.lte(250_000n);
  });
});
