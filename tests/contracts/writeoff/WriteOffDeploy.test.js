// deploy.js deploys the write-off with the core and wires every role; deployWriteOff can hand the new
// contracts to a separate admin (e.g. a timelock).
const { expect } = require("chai");
const hre = require("hardhat");
const { deployAll, deployCore } = require("../../../deploy-scripts/deploy");
const { deployWriteOff } = require("../../../deploy-scripts/writeoff");

const { ethers } = hre;

describe("Write-off deployment", function () {
  it("deployAll wires pool, fund, auction, token and Waterfall, and lists them in the deployment document", async function () {
    const { core, writeOff, doc } = await deployAll(hre);
    const { pool } = core;
    const { waterfall, fund, auction, token } = writeOff;
    const W = await waterfall.getAddress();
    expect(await pool.writeOff()).to.equal(W);
    await expect(pool.setWriteOff(core.deployer.address, core.deployer.address)).to.be.revertedWithCustomError(pool, "WriteOffAlreadySet");
    await expect(pool.setInsuranceFund(core.deployer.address)).to.be.revertedWithCustomError(pool, "InsuranceFundLocked");
    expect(await pool.insuranceFund()).to.equal(await fund.getAddress());
    expect(await fund.waterfall()).to.equal(W);
    expect(await auction.waterfall()).to.equal(W);
    expect(await token.minter()).to.equal(await auction.getAddress());
    expect(await waterfall.pool()).to.equal(await pool.getAddress());
    expect(await waterfall.asset()).to.equal(await core.usdc.getAddress());
    for (const name of ["Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"]) {
      // Schema 2: `abi` names an ABI embedded under `abis`, so the file works wherever it is copied.
      expect(doc.contracts[name].abi).to.equal(name);
      expect(doc.abis[name]).to.be.an("array").that.is.not.empty;
      expect(await ethers.provider.getCode(doc.contracts[name].address)).to.not.equal("0x");
    }
  });

  it("hands governance of the new contracts to a separate admin; the deployer keeps no role", async function () {
    const core = await deployCore(hre);
    const [deployer, , , , , , , , , timelock] = await ethers.getSigners();
    const w = await deployWriteOff(ethers, { pool: core.pool, deployer, admin: timelock.address });
    for (const c of [w.waterfall, w.auction]) {
      expect(await c.hasRole(await c.GOVERNOR_ROLE(), timelock.address)).to.equal(true);
      expect(await c.hasRole(await c.GOVERNOR_ROLE(), deployer.address)).to.equal(false);
      expect(await c.hasRole(await c.DEFAULT_ADMIN_ROLE(), deployer.address)).to.equal(false);
    }
    expect(await w.fund.hasRole(await w.fund.DEFAULT_ADMIN_ROLE(), timelock.address)).to.equal(true);
    expect(await w.fund.hasRole(await w.fund.DEFAULT_ADMIN_ROLE(), deployer.address)).to.equal(false);
    await expect(w.waterfall.setMinCover(1n)).to.be.revertedWithCustomError(w.waterfall, "AccessControlUnauthorizedAccount");
    await expect(w.waterfall.connect(timelock).setMinCover(1n)).to.emit(w.waterfall, "MinCoverSet");
  });
});
