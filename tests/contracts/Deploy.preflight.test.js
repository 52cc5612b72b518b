// The deploy's checks before its first transaction (deploy-scripts/lib/preflight.js, bounds.js), the hand-over to a
// TimelockController, and the JSON Schemas of the files deploy.js reads and writes.
const { expect } = require("chai");
const hre = require("hardhat");
const fs = require("fs");
const os = require("os");
const path = require("path");
const Ajv = require("ajv");
const { deployAll } = require("../../deploy-scripts/deploy");
const { deployKeeperSuite } = require("../../deploy-scripts/lib/run");
const { preflight } = require("../../deploy-scripts/lib/preflight");
const { loadConfig, normalize, readConfigFile, resolveConfigPath } = require("../../deploy-scripts/lib/config");
const { CONSTANTS } = require("../../deploy-scripts/lib/bounds");
const { ROLE, ROLES_OF } = require("../../deploy-scripts/ignition/KeeperSuite");
const { networksFromEnv } = require("../../deploy-scripts/networks");

const { ethers } = hre;
const REPO = path.join(__dirname, "..", "..");
const LOCAL = path.join(REPO, "deploy-config", "localhost.json");
const raw = () => JSON.parse(fs.readFileSync(LOCAL, "utf8"));
const schema = (name) => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(REPO, "deploy-scripts", "schema", name), "utf8")));

describe("deploy pre-flight, hand-over and schemas", function () {
  it("every bound the pre-flight mirrors equals the constant in the deployed contract", async function () {
    const { core, writeOff } = await deployAll(hre);
    const byName = { LendingPool: core.pool, Market: core.market, ChainlinkOracle: core.oracles.WETH, DebtAuction: writeOff.auction, Waterfall: writeOff.waterfall };
    for (const [contract, constants] of Object.entries(CONSTANTS)) {
      for (const [name, value] of Object.entries(constants)) {
        expect(await byName[contract][name](), `${contract}.${name} (deploy-scripts/lib/bounds.js)`).to.equal(value);
      }
    }
  });

  it("a parameter out of bounds is refused before any transaction, naming it with the contract's bounds", async function () {
    const [deployer] = await ethers.getSigners();
    const nonce = await ethers.provider.getTransactionCount(deployer.address);
    const bad = raw();
    bad.collaterals[1].liquidationThreshold = "0.98"; // > MAX_LIQUIDATION_THRESHOLD 0.97
    bad.writeOff.auction.buf = "6"; // > MAX_BUF 5
    bad.pool.reserveFactor = "0.6"; // > MAX_RESERVE_FACTOR 0.5
    const err = await deployKeeperSuite(hre, { config: normalize(bad, "bad.json") }).then(() => null, (e) => e);
    expect(err, "refused").to.be.an("error");
    expect(err.message).to.match(/nothing was sent/);
    expect(err.message).to.match(/collaterals\[1\] WBTC: liquidationThreshold = 980000000000000000 is outside \[10000000000000001, 970000000000000000\]/);
    expect(err.message).to.match(/buf = 6000000000000000000 is outside \[1000000000000000000, 5000000000000000000\]/);
    expect(err.message).to.match(/reserveFactor = 600000000000000000/);
    // the liquidation threshold x bonus rule, as Market._setCollateralParams has it
    const tight = raw();
    tight.collaterals[0].liquidationThreshold = "0.96";
    tight.collaterals[0].liquidationBonus = "0.05"; // 0.96 x 1.05 > 1
    await expect(deployKeeperSuite(hre, { config: normalize(tight, "tight.json") })).to.be.rejectedWith(/thresholdTimesBonus/);
    expect(await ethers.provider.getTransactionCount(deployer.address)).to.equal(nonce);
  });

  it("refuses mocks on a chain id that is not local, the wrong chain, and addresses without a token or a feed", async function () {
    const [deployer] = await ethers.getSigners();
    const who = { deployer: deployer.address, admin: deployer.address, pauser: deployer.address };
    await expect(preflight(hre, loadConfig(LOCAL), { ...who, chainId: 11155111 })).to.be.rejectedWith(/mocks: .* refused on chain 11155111/);
    await expect(preflight(hre, loadConfig(LOCAL), { ...who, chainId: 31337 })).to.be.fulfilled;

    const { core } = await deployAll(hre);
    const r = raw();
    r.chainId = 31337;
    r.debtAsset.token = await core.usdc.getAddress();
    r.debtAsset.decimals = 18; // the token has 6
    r.collaterals[0].token = deployer.address; // no code
    r.collaterals[0].feed = await core.usdc.getAddress(); // code, but not a feed
    const err = await preflight(hre, normalize(r, "wrong.json"), { ...who, chainId: 31337 }).then(() => null, (e) => e);
    expect(err.message).to.match(/debtAsset: .* has 6 decimals, the file says 18/);
    expect(err.message).to.match(/collaterals\[0\] WETH.token: no contract code at/);
    expect(err.message).to.match(/collaterals\[0\] WETH.feed: .* does not answer AggregatorV3/);
    r.chainId = 1;
    await expect(preflight(hre, normalize(r, "wrong.json"), { ...who, chainId: 31337 })).to.be.rejectedWith(/the RPC is chain 31337, wrong.json is for chain 1/);
    // an EOA named as a timelock
    const t = raw();
    t.admin = { address: (await ethers.getSigners())[5].address, kind: "timelock" };
    await expect(preflight(hre, normalize(t, "t.json"), { ...who, admin: t.admin.address, chainId: 31337 })).to.be.rejectedWith(/no contract code at .*TimelockController/);
  });

  it("a journal whose contracts the chain lacks is set aside on a local chain (a restarted node) and refused on any other", async function () {
    const [deployer] = await ethers.getSigners();
    const who = { deployer: deployer.address, admin: deployer.address, pauser: deployer.address };
    const journal = () => {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ks-journal-")), "localhost");
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, "deployed_addresses.json"), JSON.stringify({ "KeeperSuite#LendingPool": ethers.Wallet.createRandom().address }));
      return dir;
    };
    const local = journal();
    const lines = [];
    await preflight(hre, loadConfig(LOCAL), { ...who, chainId: 31337, journalDir: local, log: (l) => lines.push(l) });
    expect(fs.existsSync(local)).to.equal(false);
    expect(fs.readdirSync(path.dirname(local)).some((f) => f.startsWith("localhost.stale-"))).to.equal(true);
    expect(lines.join("\n")).to.match(/a restarted local node/);
    const sepolia = loadConfig(path.join(REPO, "deploy-config", "sepolia.json"));
    const remote = journal();
    await expect(preflight(hre, { ...sepolia, chainId: undefined }, { ...who, chainId: 11155111, journalDir: remote })).to.be.rejectedWith(/belongs to another chain/);
    expect(fs.existsSync(remote)).to.equal(true);
    // a journal whose last line was cut short is named, not parsed into a stack trace
    const damaged = journal();
    fs.writeFileSync(path.join(damaged, "journal.jsonl"), '\n{"chainId":31337,"type":"DEPLOYMENT_INITIALIZE"}\n{"futureId":"KeeperSuite#Lend');
    await expect(preflight(hre, loadConfig(LOCAL), { ...who, chainId: 31337, journalDir: damaged })).to.be.rejectedWith(/journal\.jsonl line 2 is not JSON .*the journal is damaged; move .* away/);
  });

  it("deployAll hands every role to a TimelockController and the deployer keeps none (checked on chain)", async function () {
    const signers = await ethers.getSigners();
    const [deployer, proposer] = signers;
    const Timelock = await ethers.getContractFactory("TimelockController");
    const timelock = await Timelock.deploy(3600, [proposer.address], [proposer.address], ethers.ZeroAddress);
    const T = await timelock.getAddress();
    const cfg = raw();
    cfg.admin = { address: T, kind: "timelock" };
    const { doc, deployment } = await deployAll(hre, { config: normalize(cfg, "timelock.json") });
    for (const [name, roles] of Object.entries(ROLES_OF)) {
      const c = deployment.contracts[name];
      for (const role of roles) {
        expect(await c.hasRole(ROLE[role], T), `${name} ${role}`).to.equal(true);
        expect(await c.hasRole(ROLE[role], deployer.address), `${name} ${role}`).to.equal(false);
      }
    }
    expect(await deployment.contracts.LendingPool.market()).to.equal(doc.contracts.Market.address); // wired before the hand-over
    expect(doc.roles.deployerHoldsNone).to.equal(true);
    await expect(deployment.contracts.Market.pause()).to.be.revertedWithCustomError(deployment.contracts.Market, "AccessControlUnauthorizedAccount");
  });

  it("every parameters file in deploy-config/ and every generated deployments file follow their JSON Schemas", async function () {
    const cfgSchema = schema("deploy-config.schema.json");
    for (const f of fs.readdirSync(path.join(REPO, "deploy-config"))) {
      const body = JSON.parse(fs.readFileSync(path.join(REPO, "deploy-config", f), "utf8"));
      expect(cfgSchema(body), `${f}: ${JSON.stringify(cfgSchema.errors)}`).to.equal(true);
      readConfigFile(path.join(REPO, "deploy-config", f)); // and normalizes
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-schema-"));
    const saved = process.env.KEEPERSUITE_DEPLOYMENTS_DIR;
    process.env.KEEPERSUITE_DEPLOYMENTS_DIR = dir;
    try {
      const { file, doc } = await deployAll(hre);
      const v = schema("deployments.schema.json");
      const written = JSON.parse(fs.readFileSync(file, "utf8"));
      expect(v(written), JSON.stringify(v.errors)).to.equal(true);
      expect(written.units["parameters.writeOff.auction.curve.cut"]).to.match(/RAY/);
      expect(written.parameters.writeOff.maxRewardShare).to.equal((5n * 10n ** 16n).toString());
      expect(written.contracts.DebtAsset.abi).to.equal("IERC20Metadata"); // the real interface, the mock named apart
      expect(written.contracts.DebtAsset.mock).to.equal("MockERC20");
      expect(written.git.commit).to.match(/^[0-9a-f]{40}$/);
      expect(written.contracts.Market.txHash).to.match(/^0x[0-9a-f]{64}$/);
      expect(written.contracts.Market.constructorArgs[0]).to.equal(doc.contracts.LendingPool.address);
      // verify.js verifies exactly what we deployed, from the recorded constructor arguments
      const { verifiable } = require("../../deploy-scripts/verify");
      const labels = verifiable(written).map((e) => e.label);
      expect(labels).to.include.members(["LendingPool", "Market", "MarketLens", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken", "WETH.oracle", "WETH.token", "WETH.feed", "DebtAsset"]);
      expect(labels.length).to.equal(7 + 1 + 3 * 3);
      // a file the schema must refuse
      delete written.contracts.Market.constructorArgs;
      expect(v(written)).to.equal(false);
    } finally {
      if (saved === undefined) delete process.env.KEEPERSUITE_DEPLOYMENTS_DIR;
      else process.env.KEEPERSUITE_DEPLOYMENTS_DIR = saved;
    }
  });

  it("resolves the parameters file and the network URL by name, with errors naming what to set", function () {
    expect(resolveConfigPath("sepolia", 11155111, {})).to.equal(path.join(REPO, "deploy-config", "sepolia.json"));
    expect(resolveConfigPath("custom", 31337, {})).to.equal(LOCAL);
    expect(() => resolveConfigPath("mainnet", 1, {})).to.throw(/write deploy-config\/mainnet.json .* or set KEEPERSUITE_DEPLOY_CONFIG/);
    expect(() => resolveConfigPath("x", 1, { KEEPERSUITE_DEPLOY_CONFIG: "/nonexistent.json" })).to.throw(/KEEPERSUITE_DEPLOY_CONFIG=\/nonexistent.json: no such file/);
    expect(() => networksFromEnv({}, ["run", "--network", "base-sepolia"])).to.throw(/set BASE_SEPOLIA_RPC_URL/);
    const { networks } = networksFromEnv({ BASE_SEPOLIA_RPC_URL: "https://rpc.example", KEEPERSUITE_DEPLOYER_KEY: "0x" + "11".repeat(32) }, ["--network", "base-sepolia"]);
    expect(networks["base-sepolia"]).to.deep.include({ url: "https://rpc.example", accounts: ["0x" + "11".repeat(32)] });
    expect(networksFromEnv({ HARDHAT_NODE_PORT: "9555" }, ["--network", "localhost"]).networks.localhost.url).to.equal("http://127.0.0.1:9555");
  });

  it("reads the deployer key from an encrypted keystore", async function () {
    const wallet = ethers.Wallet.createRandom();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ks-keystore-")), "key.json");
    fs.writeFileSync(file, ethers.encryptKeystoreJsonSync({ address: wallet.address, privateKey: wallet.privateKey }, "pw", { scrypt: { N: 1024 } }));
    const { networks } = networksFromEnv({ SEPOLIA_RPC_URL: "https://rpc.example", KEEPERSUITE_KEYSTORE: file, KEEPERSUITE_KEYSTORE_PASSWORD: "pw" }, ["--network", "sepolia"]);
    expect(networks.sepolia.accounts).to.deep.equal([wallet.privateKey]);
    expect(() => networksFromEnv({ SEPOLIA_RPC_URL: "u", KEEPERSUITE_KEYSTORE: file, KEEPERSUITE_KEYSTORE_PASSWORD: "wrong" }, ["--network", "sepolia"])).to.throw(/cannot decrypt/);
  });
});
