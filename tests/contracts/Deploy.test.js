const { expect } = require("chai");
const hre = require("hardhat");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { deployCore, deploymentDocument, writeDeployment, exportAbis, ABI_CONTRACTS } = require("../../deploy-scripts/deploy");
const { seed, attach, DEMO_POSITIONS } = require("../../deploy-scripts/seed");

const { ethers } = hre;

describe("deploy-scripts", function () {
  it("deployCore wires the system and the deployment document follows the documented schema", async function () {
    const core = await deployCore(hre);
    const doc = await deploymentDocument(hre, core);
    expect(doc.schemaVersion).to.equal(1);
    expect(doc.network).to.equal("hardhat");
    expect(doc.chainId).to.equal(31337);
    expect(doc.deployBlock).to.be.a("number");
    expect(doc.abiDir).to.equal("abi");
    for (const name of ["LendingPool", "Market", "MarketLens", "DebtAsset"]) {
      const c = doc.contracts[name];
      expect(ethers.isAddress(c.address), name).to.equal(true);
      expect(await ethers.provider.getCode(c.address)).to.not.equal("0x");
      expect(fs.existsSync(path.join(__dirname, "..", "..", c.abi)), c.abi).to.equal(true);
    }
    expect(doc.collaterals.map((c) => [c.id, c.symbol, c.decimals])).to.deep.equal([[1, "WETH", 18], [2, "WBTC", 8], [3, "XAU6", 6]]);
    // the deploy block holds the first deployment: nothing of ours exists before it
    const first = await ethers.provider.getBlock(doc.deployBlock, true);
    expect(first.transactions.length).to.be.gte(1);
    expect(await ethers.provider.getCode(doc.debtAsset.address, doc.deployBlock - 1)).to.equal("0x");
    expect(await core.pool.hasRole(await core.pool.MARKET_ROLE(), doc.contracts.Market.address)).to.equal(true);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-deploy-"));
    const file = writeDeployment("hardhat", doc, dir);
    const back = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(back.contracts.Market.address).to.equal(doc.contracts.Market.address);

    // seed.js attaches to the document and opens the demo book
    const attached = await attach(hre, back);
    const keys = await seed(hre, attached, () => {});
    expect(keys.length).to.equal(DEMO_POSITIONS.length);
    const [hfs, liquidatable, oracleValid] = await attached.lens.healthFactors(keys);
    expect(oracleValid.every((x) => x)).to.equal(true);
    expect(liquidatable.every((x) => !x)).to.equal(true);
    expect(hfs.every((h) => h > 10n ** 18n)).to.equal(true);
    expect(await core.pool.totalAssets()).to.be.gte(ethers.parseUnits("1500000", 6));
  });

  it("the committed abi/ folder matches the compiled artifacts (regenerate with deploy.js)", async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-abi-"));
    await exportAbis(hre, ABI_CONTRACTS, dir);
    for (const name of ABI_CONTRACTS) {
      const committed = path.join(__dirname, "..", "..", "abi", `${name}.json`);
      expect(fs.existsSync(committed), committed).to.equal(true);
      expect(fs.readFileSync(committed, "utf8"), `abi/${name}.json is stale`).to.equal(fs.readFileSync(path.join(dir, `${name}.json`), "utf8"));
    }
  });
});
