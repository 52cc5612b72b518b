// The deployment rehearsal (issue 20): a local node plays "the testnet" (anvil, chain id 424242: not a local id, so
// the deploy treats it as a real network and refuses mocks); the parts that already exist there are code no one here
// wrote (OpenZeppelin ERC20 tokens of 6 and 18 decimals, Chainlink's MockV3Aggregator, OpenZeppelin's
// TimelockController as the admin). Our deploy runs as an operator runs it (`hardhat run deploy-scripts/deploy.js
// --network rehearsal`, REHEARSAL_RPC_URL, a key in KEEPERSUITE_DEPLOYER_KEY, KEEPERSUITE_DEPLOY_CONFIG), is killed
// after a few transactions, run again, and run a third time. Then the keeper liquidates on that deployment.
//
// Tagged @rehearsal: never run under solidity-coverage (.solcover.js; it spawns a node and processes) nor with the
// @plain tests; tests/run-all.sh runs it after the dotnet tests (`npx hardhat test --grep @rehearsal`), when the
// keeper is already built.
const { expect } = require("chai");
const hre = require("hardhat");
const fs = require("fs");
const os = require("os");
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");
const Ajv = require("ajv");
const { ROLE, ROLES_OF } = require("../../deploy-scripts/ignition/KeeperSuite");

const { ethers } = hre;
const REPO = path.join(__dirname, "..", "..");
/** The keeper's project (one place: it may move, e.g. to src/KeeperSuite.Keeper + src/KeeperSuite.Core). */
const KEEPER_PROJECT = "src/KeeperSuite.Keeper";
const CHAIN_ID = 424242;
const MNEMONIC = "test test test test test test test test test test test junk"; // anvil's public dev accounts
const account = (i, provider) => ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`).connect(provider);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Runs a command to its end; resolves { code, out }. `onStart(child)` may kill it. */
function run(cmd, args, env, onStart) {
  return new Promise((resolve) => {
    // Its own process group, so a kill reaches every process it starts.
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code, signal) => resolve({ code, signal, out }));
    if (onStart) onStart(child);
  });
}

async function artifactFactory(name, signer) {
  const a = await hre.artifacts.readArtifact(name);
  return new ethers.ContractFactory(a.abi, a.bytecode, signer);
}
const abiOf = async (name) => (await hre.artifacts.readArtifact(name)).abi;

describe("Deployment rehearsal on a node playing the testnet @rehearsal", function () {
  this.timeout(600_000);
  let anvil;
  let url;
  let provider;
  let dir;
  const timings = {};

  before(async function () {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    anvil = spawn(path.join(REPO, "node_modules", ".bin", "anvil"), ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(CHAIN_ID), "--silent"], { stdio: "ignore" });
    provider = new ethers.JsonRpcProvider(url, CHAIN_ID, { staticNetwork: ethers.Network.from(CHAIN_ID), pollingInterval: 100, cacheTimeout: -1 });
    for (let i = 0; ; i++) {
      try {
        await provider.getBlockNumber();
        break;
      } catch {
        if (i > 100) throw new Error("anvil did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ks-rehearsal-"));
  });

  after(async function () {
    if (anvil) anvil.kill("SIGKILL");
    console.log(`      rehearsal seconds: ${JSON.stringify(timings)}`);
  });

  it("deploys on existing tokens, feeds and a TimelockController; survives a kill; a third run sends nothing; the keeper liquidates", async function () {
    const world = account(1, provider); // whoever deployed the existing parts: not our deployer
    const deployer = account(0, provider);
    const lp = account(2, provider);
    const keeper = account(3, provider);
    const borrower = account(4, provider);
    const proposer = account(5, provider);

    // ---- the existing parts, code no one here wrote
    // One at a time: each waits for its receipt, so the world's nonces never race.
    const deployed = async (factory, ...args) => {
      const c = await factory.deploy(...args);
      await c.waitForDeployment();
      return c;
    };
    const Token = await artifactFactory("FixedSupplyToken", world);
    const usdc = await deployed(Token, "USD Coin", "USDC", 6, 10_000_000n * 10n ** 6n);
    const weth = await deployed(Token, "Wrapped Ether", "WETH", 18, 10_000n * 10n ** 18n);
    const Feed = await artifactFactory("@chainlink/contracts/src/v0.8/tests/MockV3Aggregator.sol:MockV3Aggregator", world);
    const ethUsd = await deployed(Feed, 8, 2000n * 10n ** 8n);
    const Timelock = await artifactFactory("TimelockController", world);
    const timelock = await deployed(Timelock, 3600, [proposer.address], [proposer.address], ethers.ZeroAddress);
    const [USDC, WETH, FEED, TIMELOCK] = await Promise.all([usdc, weth, ethUsd, timelock].map((c) => c.getAddress()));

    // ---- the parameters file an operator would write (deploy-config/localhost.json's risk values)
    const local = JSON.parse(fs.readFileSync(path.join(REPO, "deploy-config", "localhost.json"), "utf8"));
    const params = {
      ...local,
      comment: "rehearsal: existing OpenZeppelin tokens, Chainlink MockV3Aggregator, TimelockController admin",
      chainId: CHAIN_ID,
      admin: { address: TIMELOCK, kind: "timelock" },
      pauser: "admin",
      debtAsset: { symbol: "USDC", decimals: 6, token: USDC },
      collaterals: [{ ...local.collaterals[0], token: WETH, feed: FEED }],
    };
    const configFile = path.join(dir, "deploy-config.rehearsal.json");
    fs.writeFileSync(configFile, JSON.stringify(params, null, 2));
    const env = {
      REHEARSAL_RPC_URL: url,
      KEEPERSUITE_DEPLOYER_KEY: deployer.privateKey,
      KEEPERSUITE_DEPLOY_CONFIG: configFile,
      KEEPERSUITE_DEPLOYMENTS_DIR: dir,
      HARDHAT_DISABLE_TELEMETRY_PROMPT: "true",
    };
    const deploy = (onStart) => run(path.join(REPO, "node_modules", ".bin", "hardhat"), ["run", "deploy-scripts/deploy.js", "--network", "rehearsal"], env, onStart);

    // ---- run 1: killed after a few transactions
    let t0 = Date.now();
    const nonceNow = async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_getTransactionCount", params: [deployer.address, "latest"] }) });
      return Number((await res.json()).result);
    };
    const first = await deploy(async (child) => {
      let done = false;
      child.on("close", () => (done = true));
      while (!done) {
        if ((await nonceNow()) >= 4) {
          process.kill(-child.pid, "SIGKILL"); // the whole group: hardhat's launcher runs the script in a child node
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    timings.killedRun = (Date.now() - t0) / 1000;
    expect(first.signal, first.out).to.equal("SIGKILL");
    const afterKill = await provider.getTransactionCount(deployer.address);
    expect(afterKill).to.be.gte(4);
    expect(fs.existsSync(path.join(dir, "rehearsal.json")), "no deployments file from a killed run").to.equal(false);

    // Ignition rewrites its address book in place after each contract: a kill during that write leaves it empty
    // (what CI once hit by chance). The journal is the record; run 2 must resume from it all the same.
    const addressBook = path.join(dir, "ignition", "deployments", "rehearsal", "deployed_addresses.json");
    expect(fs.existsSync(path.dirname(addressBook)), "the killed run left a journal").to.equal(true);
    fs.writeFileSync(addressBook, "");

    // ---- run 2: resumes the journal and finishes
    t0 = Date.now();
    const second = await deploy();
    timings.resumedRun = (Date.now() - t0) / 1000;
    expect(second.code, second.out).to.equal(0);
    expect(second.out).to.match(/deployed_addresses\.json was unreadable or missing .*: rebuilt from journal\.jsonl/);
    const nonceAfterSecond = await provider.getTransactionCount(deployer.address);
    expect(nonceAfterSecond).to.be.gt(afterKill);

    // ---- run 3: nothing to do, nothing sent
    t0 = Date.now();
    const third = await deploy();
    timings.thirdRun = (Date.now() - t0) / 1000;
    expect(third.code, third.out).to.equal(0);
    expect(third.out).to.match(/0 transaction\(s\) sent by this run/);
    expect(await provider.getTransactionCount(deployer.address)).to.equal(nonceAfterSecond);

    const doc = JSON.parse(fs.readFileSync(path.join(dir, "rehearsal.json"), "utf8"));
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, "deploy-scripts", "schema", "deployments.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).to.equal(true);
    expect(doc.chainId).to.equal(CHAIN_ID);

    // exactly those tokens and feeds
    const pool = new ethers.Contract(doc.contracts.LendingPool.address, await abiOf("LendingPool"), provider);
    const market = new ethers.Contract(doc.contracts.Market.address, await abiOf("Market"), provider);
    expect(doc.contracts.DebtAsset.address).to.equal(USDC);
    expect(doc.contracts.DebtAsset.existing).to.equal(true);
    expect(await pool.asset()).to.equal(USDC);
    expect(await market.collateralCount()).to.equal(1n);
    expect((await market.collateral(1)).token).to.equal(WETH);
    const oracle = new ethers.Contract(doc.collaterals[0].oracle, await abiOf("ChainlinkOracle"), provider);
    expect(await oracle.feed()).to.equal(FEED);
    expect(doc.collaterals[0]).to.include({ token: WETH, aggregator: FEED, decimals: 18, tokenMock: false, feedMock: false });
    expect(doc.debtAsset).to.include({ symbol: "USDC", decimals: 6, mock: false });

    // no duplicate: every contract the deployer created is one the document names, each once
    const created = [];
    for (let b = 0; b <= (await provider.getBlockNumber()); b++) {
      for (const tx of (await provider.getBlock(b, true)).prefetchedTransactions) {
        if (tx.from === deployer.address && tx.to === null) created.push((await provider.getTransactionReceipt(tx.hash)).contractAddress);
      }
    }
    const named = [...Object.values(doc.contracts), ...doc.collaterals.flatMap((c) => Object.values(c.deployments))].filter((e) => !e.existing).map((e) => e.address);
    expect(created.sort()).to.deep.equal([...new Set(named)].sort());
    expect(created.length).to.equal(8); // oracle, pool, market, lens, token, auction, fund, waterfall
    // every transaction of all three runs is in the file, the killed run's too (from the journal)
    const hashes = [...Object.values(doc.contracts), ...doc.collaterals.flatMap((c) => Object.values(c.deployments))].filter((e) => !e.existing).map((e) => e.txHash);
    hashes.push(...doc.calls.map((c) => c.txHash));
    expect(hashes.every((h) => /^0x[0-9a-f]{64}$/.test(h)), JSON.stringify(hashes)).to.equal(true);
    expect(new Set(hashes).size).to.equal(nonceAfterSecond);

    // the timelock holds every role, the deployer none
    for (const [name, roles] of Object.entries(ROLES_OF)) {
      const c = new ethers.Contract(doc.contracts[name].address, await abiOf(name), provider);
      for (const role of roles) {
        expect(await c.hasRole(ROLE[role], TIMELOCK), `${name} ${role} timelock`).to.equal(true);
        expect(await c.hasRole(ROLE[role], deployer.address), `${name} ${role} deployer`).to.equal(false);
      }
    }
    expect(doc.roles.deployerHoldsNone).to.equal(true);
    expect(doc.admin).to.equal(TIMELOCK);

    // ---- the keeper liquidates a position after a price drop
    const fund = async (to, amount) => (await usdc.connect(world).transfer(to, amount)).wait();
    for (const a of [lp, keeper, borrower]) await (await world.sendTransaction({ to: a.address, value: ethers.parseEther("10") })).wait();
    await fund(lp.address, 500_000n * 10n ** 6n);
    await fund(keeper.address, 200_000n * 10n ** 6n);
    await (await usdc.connect(lp).approve(doc.contracts.LendingPool.address, ethers.MaxUint256)).wait();
    await (await pool.connect(lp).deposit(500_000n * 10n ** 6n, lp.address)).wait();
    await (await weth.connect(world).transfer(borrower.address, 10n * 10n ** 18n)).wait();
    await (await weth.connect(borrower).approve(doc.contracts.Market.address, ethers.MaxUint256)).wait();
    await (await market.connect(borrower).open(1, 10n * 10n ** 18n, 15_000n * 10n ** 6n, borrower.address)).wait(); // HF 1.13
    await (await ethUsd.connect(world).updateAnswer(1600n * 10n ** 8n)).wait(); // -20%: HF 0.91
    const lens = new ethers.Contract(doc.contracts.MarketLens.address, await abiOf("MarketLens"), provider);
    const [, liquidatable] = await lens.healthFactors([{ collateralId: 1, owner: borrower.address }]);
    expect(liquidatable[0]).to.equal(true);

    t0 = Date.now();
    const k = await run("dotnet", ["run", "--project", KEEPER_PROJECT, "--", "run", "--once",
      "--Rpc:Endpoints:0", url, "--Keeper:DeploymentsFile", path.join(dir, "rehearsal.json"),
      "--Keeper:Signer:PrivateKeyEnvironmentVariable", "REHEARSAL_KEEPER_KEY", "--Keeper:StateDirectory", path.join(dir, "keeper-state"),
      "--Keeper:Confirmations", "0", "--Keeper:Metrics:Enabled", "false"], { REHEARSAL_KEEPER_KEY: keeper.privateKey, DOTNET_CLI_TELEMETRY_OPTOUT: "1" });
    timings.keeper = (Date.now() - t0) / 1000;
    expect(k.code, k.out).to.equal(0);
    const logs = await provider.getLogs({ address: doc.contracts.Market.address, topics: [market.interface.getEvent("Liquidated").topicHash], fromBlock: doc.deployBlock });
    expect(logs.length, k.out).to.be.gte(1);
    const liquidated = market.interface.parseLog(logs[0]);
    expect(liquidated.args.owner).to.equal(borrower.address);
    expect(liquidated.args.liquidator).to.equal(keeper.address);
  });
});
