const { expect } = require("chai");
const { ethers } = require("hardhat");

describe("MockERC20", function () {
  it("reports the decimals it was deployed with", async function () {
    const Token = await ethers.getContractFactory("MockERC20");
    for (const d of [6, 8, 18]) {
      const token = await Token.deploy("T", "T", d);
      expect(await token.decimals()).to.equal(d);
    }
  });
});
