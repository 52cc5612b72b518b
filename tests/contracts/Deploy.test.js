const { expect } = require("chai");
const hre = require("hardhat");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { POOL_ABI } = require("../../deploy-scripts/dex");
const { deployLocalDex } = require("../../deploy-scripts/lib/dex-step");
const { deployCore, deployAll, deploymentDocument, writeDeployment, exportAbis, ABI_CONTRACTS } = require("../../deploy-scripts/deploy");
const { localhostUrl } = require("../../deploy-scripts/localhost-url");
const { seed, attach, DEMO_POSITIONS } = require("../../deploy-scripts/seed");

const { ethers } = hre;

describe("deploy-scripts", function () {
  it("deployCore wires the system and the deployment document follows the documented schema", async function () {
    const core = await deployCore(hre);
    const doc = await deploymentDocument(hre, core);
    expect(doc.schemaVersion).to.equal(3);
    expect(doc.network).to.equal("hardhat");
    expect(doc.chainId).to.equal(31337);
    expect(doc.deployBlock).to.be.a("number");
    for (const name of ["LendingPool", "Market", "MarketLens", "DebtAsset"]) {
      const c = doc.contracts[name];
      expect(ethers.isAddress(c.address), name).to.equal(true);
      expect(await ethers.provider.getCode(c.address)).to.not.equal("0x");
      expect(doc.abis[c.abi], c.abi).to.be.an("array"); // embedded: resolvable wherever the file is copied
    }
    expect(doc.collaterals.map((c) => [c.id, c.symbol, c.decimals])).to.deep.equal([[1, "WETH", 18], [2, "WBTC", 8], [3, "XAU6", 6]]);
    // the deploy block holds the first deployment: nothing of ours exists before it
    const first = await ethers.provider.getBlock(doc.deployBlock, true);
    expect(first.transactions.length).to.be.gte(1);
    expect(await ethers.provider.getCode(doc.debtAsset.address, doc.deployBlock - 1)).to.equal("0x");
    expect(await core.pool.market()).to.equal(doc.contracts.Market.address);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-deploy-"));
    const file = writeDeployment("hardhat", doc, dir);
    const back = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(back.contracts.Market.address).to.equal(doc.contracts.Market.address);
    // a frontend with only this file (copied to a temp dir, no repository) can call the contracts
    const market = new ethers.Contract(back.contracts.Market.address, back.abis[back.contracts.Market.abi], ethers.provider);
    expect(await market.collateralCount()).to.equal(3n);
    const oracle = new ethers.Contract(back.collaterals[0].oracle, back.abis[back.collateralAbis.oracle], ethers.provider);
    expect((await oracle.tryPrice())[1]).to.equal(true);
    // risk parameters travel with the file, as decimal strings
    expect(back.collaterals[0].params.liquidationThreshold).to.equal((85n * 10n ** 16n).toString());
    expect(back.parameters.market.minBonusShare).to.equal((5n * 10n ** 17n).toString());
    expect(back.parameters.pool.shareDecimals).to.equal(12);

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

  it("the full deployment document carries the write-off contracts and parameters", async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-deploy-all-"));
    const saved = process.env.KEEPERSUITE_DEPLOYMENTS_DIR;
    process.env.KEEPERSUITE_DEPLOYMENTS_DIR = dir;
    try {
      const { doc, file, deployment } = await deployAll(hre);
      expect(path.dirname(file)).to.equal(dir);
      for (const name of ["Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"]) {
        expect(doc.abis[doc.contracts[name].abi], name).to.be.an("array");
      }
      expect(doc.parameters.writeOff.tip).to.equal((5n * 10n ** 6n).toString());
      expect(doc.parameters.writeOff.auction.curve.step).to.equal("60");
      // A local chain gets the DEX: a pool per collateral at the oracle price, recorded for the keeper.
      expect(doc.dex.router).to.match(/^0x[0-9a-fA-F]{40}$/);
      expect(await ethers.provider.getCode(doc.dex.quoter)).to.not.equal("0x");
      expect(Object.keys(doc.dex.pools).map(Number)).to.deep.equal(doc.collaterals.map((c) => c.id));
      for (const c of doc.collaterals) {
        const p = doc.dex.pools[c.id];
        expect(p.collateral).to.equal(c.token);
        const pool = new ethers.Contract(p.address, POOL_ABI, ethers.provider);
        expect(await pool.liquidity(), c.symbol).to.be.gt(0n);
      }
      const Ajv = require("ajv");
      const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "deploy-scripts", "schema", "deployments.schema.json"), "utf8"));
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
      expect(validate(JSON.parse(fs.readFileSync(file, "utf8"))), JSON.stringify(validate.errors)).to.equal(true);
      // Run again against the same Market (a resumed deploy): the recorded DEX is kept, nothing is sent.
      const nonce = await ethers.provider.getTransactionCount(deployment.deployer.address);
      expect(await deployLocalDex(hre, deployment, { file })).to.deep.equal(doc.dex);
      expect(await ethers.provider.getTransactionCount(deployment.deployer.address)).to.equal(nonce);
    } finally {
      if (saved === undefined) delete process.env.KEEPERSUITE_DEPLOYMENTS_DIR;
      else process.env.KEEPERSUITE_DEPLOYMENTS_DIR = saved;
    }
  });

  it("--network localhost follows HARDHAT_NODE_PORT or a loopback KEEPERSUITE_RPC_URL", function () {
    expect(localhostUrl({})).to.equal("http://127.0.0.1:8545");
    expect(localhostUrl({ HARDHAT_NODE_PORT: "8546" })).to.equal("http://127.0.0.1:8546");
    expect(localhostUrl({ KEEPERSUITE_RPC_URL: "http://127.0.0.1:9545" })).to.equal("http://127.0.0.1:9545");
    expect(localhostUrl({ KEEPERSUITE_RPC_URL: "https://rpc.sepolia.org" })).to.equal("http://127.0.0.1:8545");
    expect(localhostUrl({ HARDHAT_NODE_PORT: "8547", KEEPERSUITE_RPC_URL: "http://localhost:9545" })).to.equal("http://127.0.0.1:8547");
    expect(() => localhostUrl({ HARDHAT_NODE_PORT: "x" })).to.throw(/not a port/);
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
