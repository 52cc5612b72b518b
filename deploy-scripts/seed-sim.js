// Seeds a deployed KeeperSuite for `keeper simulate`: LPs, N borrowers spread over the three collaterals,
// an insurance-fund deposit, a funded keeper and funded bidders. Deterministic for a given SIM_SEED:
// borrower wallets and every amount come from the seed (mulberry32), so two runs build the same book.
//
//   KEEPERSUITE_RPC_URL=http://127.0.0.1:8545 KEEPERSUITE_DEPLOYMENTS_DIR=/tmp/d \
//   SIM_SEED=1 SIM_POSITIONS=60 SIM_LPS=5 SIM_OUT=/tmp/d/book.json \
//     npx hardhat run deploy-scripts/seed-sim.js --network custom
//
// SIM_POSITIONS  borrowers (one position each), round-robin over the collaterals (default 60)
// SIM_LPS        LP depositors (default 5); together they supply debt / SIM_UTILIZATION
// SIM_UTILIZATION target pool utilization after seeding, 0.05-0.95 (default 0.7)
// SIM_MAX_HF     highest health factor drawn for a borrower (default 1.9)
// SIM_FUND       insurance-fund deposit in whole debt-asset units (default 1% of the debt)
// SIM_KEEPER     address:amount — debt asset minted to the keeper, plus 100 ETH for gas
// SIM_BIDDERS    address:amount,... — debt asset minted to each bidder, plus 100 ETH
// SIM_OUT        where the book (positions, LPs, totals) is written as JSON
const fs = require("fs");
const path = require("path");
const hre = require("hardhat");
const { attach } = require("./seed");
const { deploymentsDir } = require("./deploy");
const { mulberry32 } = require("./mulberry32");

const intEnv = (name, def) => {
  const v = process.env[name];
  if (v === undefined || v === "") return def;
  if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got ${v}`);
  return Number(v);
};

async function main() {
  const { ethers } = hre;
  const seed = intEnv("SIM_SEED", 1);
  const count = intEnv("SIM_POSITIONS", 60);
  const lps = Math.max(1, intEnv("SIM_LPS", 5));
  const utilization = Number(process.env.SIM_UTILIZATION || "0.7");
  if (!(utilization >= 0.05 && utilization <= 0.95)) throw new Error("SIM_UTILIZATION must be in [0.05, 0.95]");
  const maxHf = Number(process.env.SIM_MAX_HF || "1.9");
  if (!(maxHf > 1.1 && maxHf <= 10)) throw new Error("SIM_MAX_HF must be in (1.1, 10]");
  const rand = mulberry32(seed);
  const doc = JSON.parse(fs.readFileSync(path.join(deploymentsDir(), `${hre.network.name}.json`), "utf8"));
  const core = await attach(hre, doc);
  const provider = ethers.provider;
  const [admin] = await ethers.getSigners();
  const dec = doc.debtAsset.decimals;
  const unit = 10n ** BigInt(dec);
  const WAD = 10n ** 18n;
  const poolAddr = await core.pool.getAddress();
  const marketAddr = await core.market.getAddress();
  const wallet = (role, i) => new ethers.Wallet(ethers.keccak256(ethers.toUtf8Bytes(`keepersuite-sim:${seed}:${role}:${i}`)), provider);
  const gas = async (address) => provider.send("hardhat_setBalance", [address, "0x56BC75E2D63100000"]); // 100 ETH

  // Prices read once per collateral (every position of a collateral sees the same deployed answer).
  const priceOf = new Map();
  for (const c of doc.collaterals) {
    const feed = await ethers.getContractAt("MockAggregator", c.aggregator);
    const [, answer] = await feed.latestRoundData();
    priceOf.set(c.symbol, Number(answer) / 10 ** c.feedDecimals);
  }

  // Positions first (in memory): each borrows debt = value * LT / HF, HF drawn above LT/maxLTV (the open limit).
  const plans = [];
  let totalDebt = 0n;
  for (let i = 0; i < count; i++) {
    const c = doc.collaterals[i % doc.collaterals.length];
    const lt = Number(BigInt(c.params.liquidationThreshold) * 10000n / WAD) / 10000;
    const ltv = Number(BigInt(c.params.maxLtv) * 10000n / WAD) / 10000;
    const minHf = Math.max(1.1, (lt / ltv) * 1.01);
    const hf = minHf + rand() * (Math.max(minHf, maxHf) - minHf);
    const debtUnits = BigInt(Math.round(3_000 + rand() * 47_000)); // 3k-50k whole units
    const price = priceOf.get(c.symbol);
    const value = (Number(debtUnits) * hf) / lt; // whole units of debt asset
    const amount = ethers.parseUnits((value / price).toFixed(Math.min(c.decimals, 8)), c.decimals);
    plans.push({ collateral: c, amount, debt: debtUnits * unit, hf, borrower: wallet("borrower", i) });
    totalDebt += debtUnits * unit;
  }

  // LPs: random shares of the liquidity the debt needs at the target utilization.
  const liquidity = (totalDebt * 10000n) / BigInt(Math.round(utilization * 10000));
  const weights = Array.from({ length: lps }, () => 0.5 + rand());
  const sum = weights.reduce((a, b) => a + b, 0);
  const lpPlans = [];
  for (let i = 0; i < lps; i++) {
    const assets = i === lps - 1 ? liquidity - lpPlans.reduce((a, l) => a + l.assets, 0n) : (liquidity * BigInt(Math.round((weights[i] / sum) * 1e6))) / 1_000_000n;
    lpPlans.push({ lp: wallet("lp", i), assets });
  }
  const fundAssets = process.env.SIM_FUND ? BigInt(intEnv("SIM_FUND", 0)) * unit : totalDebt / 100n;
  const fundAddr = doc.contracts.InsuranceFund.address;
  const fund = await ethers.getContractAt("InsuranceFund", fundAddr);
  const funded = [process.env.SIM_KEEPER, ...(process.env.SIM_BIDDERS || "").split(",").filter(Boolean)].filter(Boolean).map((spec) => {
    const [address, amount] = spec.split(":");
    return { address, amount };
  });

  // Automine off: every phase's transactions are sent without waiting for their receipts and mined together in a
  // few blocks. Automine mined ~260 blocks, one per transaction, each awaited (about half of a run's time).
  // Phases follow the dependencies (tokens before approvals before deposits before borrowing); inside a phase
  // the transactions are sent one after another, so the order in the block is the same for a given seed.
  // Nonce, gas limit and fees are given, not asked: with automine off Hardhat answers eth_estimateGas and the
  // pending nonce by executing every queued transaction again, which made each send slower than the last.
  // Each phase starts with nothing pending, so a sender's next nonce is its mined count, then counted here.
  const nonces = new Map();
  const fees = { maxFeePerGas: 0n, maxPriorityFeePerGas: 10n ** 9n };
  const tx = async (signer, gasLimit) => {
    const address = await signer.getAddress();
    if (!nonces.has(address)) nonces.set(address, await provider.getTransactionCount(address, "latest"));
    const nonce = nonces.get(address);
    nonces.set(address, nonce + 1);
    return { nonce, gasLimit, ...fees };
  };
  const phase = async (name, body) => {
    nonces.clear();
    // Twice the base fee: a phase spread over several full blocks still clears as the base fee rises.
    fees.maxFeePerGas = 2n * (await provider.getBlock("latest")).baseFeePerGas + fees.maxPriorityFeePerGas;
    await minePhase(provider, name, body);
  };
  await provider.send("evm_setAutomine", [false]);
  try {
    await Promise.all([...lpPlans.map((l) => l.lp.address), ...plans.map((p) => p.borrower.address), ...funded.map((f) => f.address)].map(gas));
    await phase("mint", async (send) => {
      for (const { lp, assets } of lpPlans) await send(core.usdc.mint(lp.address, assets, await tx(admin, GAS.mint)));
      for (const p of plans) await send(core.collateralTokens[p.collateral.symbol].mint(p.borrower.address, p.amount, await tx(admin, GAS.mint)));
      if (fundAssets > 0n) await send(core.usdc.mint(admin.address, fundAssets, await tx(admin, GAS.mint)));
      for (const f of funded) await send(core.usdc.mint(f.address, BigInt(f.amount) * unit, await tx(admin, GAS.mint)));
    });
    await phase("approve", async (send) => {
      for (const { lp, assets } of lpPlans) await send(core.usdc.connect(lp).approve(poolAddr, assets, await tx(lp, GAS.approve)));
      for (const p of plans) await send(core.collateralTokens[p.collateral.symbol].connect(p.borrower).approve(marketAddr, p.amount, await tx(p.borrower, GAS.approve)));
      if (fundAssets > 0n) await send(core.usdc.approve(fundAddr, fundAssets, await tx(admin, GAS.approve)));
    });
    await phase("deposit", async (send) => {
      for (const { lp, assets } of lpPlans) await send(core.pool.connect(lp).deposit(assets, lp.address, await tx(lp, GAS.deposit)));
      if (fundAssets > 0n) await send(fund.deposit(fundAssets, await tx(admin, GAS.deposit)));
    });
    await phase("open", async (send) => {
      for (const p of plans) await send(core.market.connect(p.borrower).open(p.collateral.id, p.amount, p.debt, p.borrower.address, await tx(p.borrower, GAS.open)));
    });
  } finally {
    await provider.send("evm_setAutomine", [true]);
  }

  const lpOut = [];
  for (const { lp, assets } of lpPlans) lpOut.push({ address: lp.address, assets: assets.toString(), shares: (await core.pool.balanceOf(lp.address)).toString() });
  const positions = plans.map((p) => ({ collateralId: p.collateral.id, symbol: p.collateral.symbol, owner: p.borrower.address, collateral: p.amount.toString(), debt: p.debt.toString(), hf: p.hf }));

  const book = { seed, positions, lps: lpOut, totalDebt: totalDebt.toString(), fundDeposit: fundAssets.toString(), funded, block: await provider.getBlockNumber() };
  if (process.env.SIM_OUT) fs.writeFileSync(process.env.SIM_OUT, JSON.stringify(book, null, 2) + "\n");
  console.log(`seeded ${positions.length} positions (${ethers.formatUnits(totalDebt, dec)} debt), ${lpOut.length} LPs, fund ${ethers.formatUnits(fundAssets, dec)}`);
}

// Gas limits of the seeding's transactions: about twice what each uses, so no estimate is needed (the unused
// part is refunded); a transaction that runs out fails its phase with its hash.
const GAS = { mint: 200_000, approve: 100_000, deposit: 500_000, open: 1_000_000 };

// Runs one phase of the seeding with automine off: `body` sends transactions through `send` (no receipt awaited),
// then blocks are mined until none is pending; a reverted transaction fails the seeding with its phase and hash.
async function minePhase(provider, name, body) {
  const hashes = [];
  await body(async (sent) => hashes.push((await sent).hash));
  for (let blocks = 0; ; blocks++) {
    if (blocks > 1000) throw new Error(`seeding phase ${name}: transactions still pending after 1000 blocks`);
    await provider.send("evm_mine", []);
    const pending = await provider.send("eth_getBlockByNumber", ["pending", false]);
    if (!pending || pending.transactions.length === 0) break;
  }
  const receipts = await Promise.all(hashes.map((h) => provider.getTransactionReceipt(h)));
  receipts.forEach((r, i) => {
    if (!r) throw new Error(`seeding phase ${name}: transaction ${hashes[i]} was not mined`);
    if (r.status !== 1) throw new Error(`seeding phase ${name}: transaction ${hashes[i]} reverted`);
  });
}

// Run as a script (hardhat run deploy-scripts/seed-sim.js); deploy-scripts/sim-seeder.js calls main() once per run.
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { seedSim: main };
