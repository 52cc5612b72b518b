// A crash at scale, written off on the aggregate (issue 12), on the in-process Hardhat EVM:
//   npx hardhat run deploy-scripts/gas-crash.js
// 200 positions on the three collateral types, five LPs, an insurance deposit, a two-wave crash (47-62%,
// then 11-34%), liquidations in batches, then a keeper that uses only the public functions
// (waterfallState / cover / startAuction / settle / socialize) and three bidders with different
// reservation prices. Reports the write-off transactions, their gas, the rewards paid per step, and the
// before/after table pasted into BENCHMARKS.md ("before" = the per-deficit figures measured in issue 12).
const hre = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployCore } = require("./deploy");
const { deployWriteOff } = require("./writeoff");
const { compilerSummary } = require("./compiler-summary");
const { mulberry32 } = require("./mulberry32");

const { ethers } = hre;
const U = (n) => ethers.parseUnits(String(n), 6);
const fmt = (x, d = 2) => Number(ethers.formatUnits(x, 6)).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
const MAX = ethers.MaxUint256;
const STEP = ["None", "Cover", "StartAuction", "Take", "Settle", "Socialize"];

async function main() {
  const rnd = mulberry32(12);
  const core = await deployCore(hre);
  const { usdc, pool, market, aggregators, config, collateralTokens, collateralIds } = core;
  const w = await deployWriteOff(ethers, { pool });
  const { fund, waterfall, auction } = w;
  const signers = await ethers.getSigners();
  const [, treasury, liquidator, keeper, b1, b2, b3] = signers;
  const lps = signers.slice(7, 12);
  const poolAddr = await pool.getAddress();
  const M = await market.getAddress();
  const W = await waterfall.getAddress();

  // LPs: 3,000,000 USDC in five deposits; insurance: 50,000 USDC.
  for (const lp of lps) {
    await usdc.mint(lp.address, U(600_000));
    await usdc.connect(lp).approve(poolAddr, MAX);
    await pool.connect(lp).deposit(U(600_000), lp.address);
  }
  for (const s of [treasury, liquidator, keeper, b1, b2, b3]) {
    await usdc.mint(s.address, U(5_000_000));
    for (const spender of [M, W, await fund.getAddress()]) await usdc.connect(s).approve(spender, MAX);
  }
  await fund.connect(treasury).deposit(U(50_000));

  // 200 borrowers (fresh wallets), one position each, collateral type i % 3, borrowing 40-79% of max LTV.
  const syms = ["WETH", "WBTC", "XAU6"];
  const price0 = Object.fromEntries(config.collaterals.map((c) => [c.symbol, c]));
  const positions = [];
  for (let i = 0; i < 200; i++) {
    const wallet = ethers.Wallet.createRandom().connect(ethers.provider);
    await ethers.provider.send("hardhat_setBalance", [wallet.address, "0x56BC75E2D63100000"]);
    const sym = syms[i % 3];
    const c = price0[sym];
    const valueUsd = 2_000 + Math.floor(rnd() * 18_000); // 2,000 .. 20,000 USD of collateral
    const amount = (BigInt(valueUsd) * 10n ** BigInt(c.decimals)) / BigInt(c.price);
    const ltv = Number(c.maxLtv) / 1e18;
    const borrow = U(Math.floor(valueUsd * ltv * (0.6 + rnd() * 0.39)));
    const token = collateralTokens[sym];
    await token.mint(wallet.address, amount);
    await token.connect(wallet).approve(M, MAX);
    await market.connect(wallet).open(collateralIds[sym], amount, borrow, wallet.address);
    positions.push({ collateralId: collateralIds[sym], owner: wallet.address });
  }

  const setPrice = async (sym, usd) => {
    const c = price0[sym];
    await aggregators[sym].setAnswer((BigInt(Math.round(usd * 1e4)) * 10n ** BigInt(c.feedDecimals)) / 10_000n);
  };
  const current = Object.fromEntries(syms.map((s) => [s, price0[s].price]));
  const liquidateAll = async () => {
    let deficits = 0;
    let gas = 0n;
    const views = await core.lens.positions(positions);
    const bad = views.filter((v) => v.liquidatable).map((v) => ({ collateralId: v.collateralId, owner: v.owner, maxRepay: MAX }));
    for (let i = 0; i < bad.length; i += 20) {
      const rc = await (await market.connect(liquidator).liquidateBatch(bad.slice(i, i + 20))).wait();
      gas += rc.gasUsed;
      for (const l of rc.logs) {
        try {
          const e = pool.interface.parseLog(l);
          if (e && e.name === "DeficitRecorded") deficits++;
        } catch { /* other contract */ }
      }
    }
    return { liquidated: bad.length, deficits, gas };
  };
  // Two waves, each followed by liquidations (a partial liquidation may leave a position for wave 2).
  const waves = [[0.47, 0.62], [0.11, 0.34]];
  const liq = [];
  // What an LP would get for redeeming `shares` now; the chain is reverted, so the run goes on as if it had not.
  const redeemAndRevert = async (lp, shares) => {
    const snapshot = await ethers.provider.send("evm_snapshot", []);
    const before = await usdc.balanceOf(lp.address);
    await (await pool.connect(lp).redeem(shares, lp.address, lp.address)).wait();
    const got = (await usdc.balanceOf(lp.address)) - before;
    await ethers.provider.send("evm_revert", [snapshot]);
    return got;
  };
  // The same exit during an oracle outage: the crash is reported, then every 1-hour feed stays silent past its
  // staleness bound, so the Market refuses to liquidate and no deficit is recorded. Before issue 18's exit
  // rule the redemption went through at the pre-liquidation price; now it reverts ExitsPaused.
  const redeemInOutageAndRevert = async (lp, shares) => {
    const snapshot = await ethers.provider.send("evm_snapshot", []);
    await time.increase(3_601);
    const before = await usdc.balanceOf(lp.address);
    let out;
    try {
      await (await pool.connect(lp).redeem(shares, lp.address, lp.address)).wait();
      out = { got: (await usdc.balanceOf(lp.address)) - before };
    } catch (e) {
      const err = pool.interface.parseError(e.data ?? e.error?.data ?? "0x") ?? null;
      out = { refused: err ? `${err.name}(${err.args.join(", ")})` : String(e.message).slice(0, 80) };
    }
    await ethers.provider.send("evm_revert", [snapshot]);
    return out;
  };
  const exitLp = lps[0];
  const exitShares = await pool.balanceOf(exitLp.address);
  const exitAt = {};
  for (const [lo, hi] of waves) {
    for (const s of syms) {
      current[s] = current[s] * (1 - (lo + rnd() * (hi - lo)));
      await setPrice(s, current[s]);
    }
    if (liq.length === 0) {
      exitAt.beforeLiquidation = await redeemAndRevert(exitLp, exitShares);
      exitAt.inOutage = await redeemInOutageAndRevert(exitLp, exitShares);
    }
    liq.push(await liquidateAll());
    if (liq.length === 1) exitAt.afterLiquidation = await redeemAndRevert(exitLp, exitShares);
    liq.push(await liquidateAll()); // positions a partial liquidation left unhealthy
  }
  const deficitCount = Number(await pool.deficitCount());
  const uncovered0 = await pool.uncoveredDeficit();
  const fund0 = await fund.balance();
  // Liquidation fees and the reserve share of interest wait in the pool's reserves; the first step skims them.
  const skim0 = (await waterfall.waterfallState()).skimmableReserves;

  // The keeper and the bidders: public functions only.
  const bidders = [
    { s: b1, reservation: 1.1, budget: U(60_000) },
    { s: b2, reservation: 0.9, budget: U(40_000) },
    { s: b3, reservation: 0.7, budget: U(30_000) },
  ];
  const tip = await waterfall.tip();
  const txs = [];
  const record = async (step, who, p) => {
    const rc = await (await p).wait();
    let reward = 0n;
    for (const l of rc.logs) {
      try {
        const e = pool.interface.parseLog(l);
        if (e && e.name === "RewardPaid") reward += e.args.assets;
      } catch { /* other contract */ }
    }
    txs.push({ step, gas: rc.gasUsed, reward, who });
    return rc;
  };
  for (let guard = 0; guard < 500; guard++) {
    const st = await waterfall.waterfallState();
    const next = Number(st.next);
    if (next === 0) break;
    if (next === 1) await record("cover", "keeper", waterfall.connect(keeper).cover());
    else if (next === 2) await record("startAuction", "keeper", waterfall.connect(keeper).startAuction());
    else if (next === 4) await record("settle", "keeper", waterfall.connect(keeper).settle());
    else if (next === 5) await record("socialize", "keeper", waterfall.connect(keeper).socialize());
    else {
      // Take: each bidder buys while the price is at or under its reservation price and it has budget left.
      const a = st.auction;
      const priceUsd = Number(a.price / 10n ** 18n) / 1e6;
      let bought = false;
      for (const b of bidders) {
        if (priceUsd > b.reservation || b.budget <= 0n) continue;
        const tokens = (b.budget * 10n ** 36n) / a.price;
        const rc = await record("take", "bidder", waterfall.connect(b.s).take(a.auctionId, tokens, a.price, b.s.address));
        const ev = rc.logs.map((l) => { try { return waterfall.interface.parseLog(l); } catch { return null; } }).find((e) => e && e.name === "AuctionTaken");
        b.budget -= ev.args.paid;
        bought = true;
        break;
      }
      if (!bought) {
        await time.increase(5 * 60); // bidders wait for a lower price
        for (const s of syms) await setPrice(s, current[s]); // keep the feeds fresh
      }
    }
  }
  const st = await waterfall.waterfallState();
  if (st.uncoveredDeficit !== 0n) throw new Error("write-off did not finish");
  const r1 = await waterfall.round(1);
  // The LP who stayed: everything it can redeem once the last recovery has unlocked.
  await time.increase(Number((await pool.RECOVERY_EPOCH()) + (await pool.RECOVERY_UNLOCK_PERIOD())));
  for (const s of syms) await setPrice(s, current[s]); // the feeds' heartbeats (exits wait for valid oracles)
  exitAt.stayed = await redeemAndRevert(exitLp, exitShares);

  const keeperSteps = txs.filter((t) => t.who === "keeper");
  const total = (xs) => xs.reduce((s, t) => s + t.gas, 0n);
  const rewards = txs.reduce((s, t) => s + t.reward, 0n);
  const minReward = keeperSteps.reduce((m, t) => (t.reward < m ? t.reward : m), MAX);
  const byStep = {};
  for (const t of txs) {
    byStep[t.step] = byStep[t.step] || { n: 0, gas: 0n, reward: 0n };
    byStep[t.step].n++;
    byStep[t.step].gas += t.gas;
    byStep[t.step].reward += t.reward;
  }

  console.log(`positions 200; liquidated ${liq.map((l) => l.liquidated).join(" + ")}; deficits ${deficitCount} (${fmt(uncovered0)} USDC); fund before the write-off ${fmt(fund0)} USDC + ${fmt(skim0)} USDC skimmable reserves (liquidation fees, interest share)`);
  console.log(`liquidation batches: ${liq.map((l) => `${l.liquidated} pos / ${l.gas.toLocaleString("en-US")} gas`).join("; ")}`);
  console.log();
  console.log("| Step | Transactions | Gas (total) | Rewards paid (USDC) |");
  console.log("|---|---:|---:|---:|");
  for (const k of ["cover", "startAuction", "take", "settle", "socialize"]) {
    const b = byStep[k] || { n: 0, gas: 0n, reward: 0n };
    console.log(`| ${k} | ${b.n} | ${b.gas.toLocaleString("en-US")} | ${k === "take" ? "—" : fmt(b.reward)} |`);
  }
  console.log(`| **write-off total** | **${txs.length}** | **${total(txs).toLocaleString("en-US")}** | **${fmt(rewards)}** |`);
  console.log();
  console.log("| Crash write-off (200 positions) | Before (per deficit, issue 12) | After (aggregate) |");
  console.log("|---|---:|---:|");
  console.log(`| deficits written off | 111 | ${deficitCount} |`);
  console.log(`| write-off transactions | ~340 | ${txs.length} (${keeperSteps.length} keeper steps + ${txs.length - keeperSteps.length} takes) |`);
  console.log(`| write-off gas | ~67,000,000 | ${total(txs).toLocaleString("en-US")} |`);
  console.log(`| rewards paid to the keeper | 39.41 USDC | ${fmt(rewards)} USDC |`);
  console.log(`| smallest keeper-step reward (tip ${fmt(tip)}) | 0.00 (88 of 88 settles) | ${fmt(minReward)} |`);
  console.log();
  console.log(`round #1: deficits #${r1.firstDeficitId}..#${r1.lastDeficitId}; covered ${fmt(r1.covered)}, raised ${fmt(r1.raised)}, socialized ${fmt(r1.socialized)}, rewards ${fmt(r1.rewards)} (USDC)`);
  console.log(`every keeper step paid at least its tip: ${minReward >= tip ? "yes" : "NO"}; write-off gas <= 3,000,000: ${total(txs) <= 3_000_000n ? "yes" : "NO"}`);
  const deposit = U(600_000);
  const pct = (x) => ((Number(x) * 100) / Number(deposit)).toFixed(2);
  console.log();
  console.log(`exit window (one LP, ${fmt(deposit)} USDC deposited, redeeming all its shares; the main run never redeems):`);
  console.log(`  between the crash block and the liquidations: ${fmt(exitAt.beforeLiquidation)} USDC`);
  console.log(`  after the first wave's liquidations:          ${fmt(exitAt.afterLiquidation)} USDC`);
  console.log(`  stayed through the write-off and the unlock:  ${fmt(exitAt.stayed)} USDC`);
  console.log(`  the window's gain over staying: ${fmt(exitAt.beforeLiquidation - exitAt.stayed)} USDC (${pct(exitAt.beforeLiquidation - exitAt.stayed)}% of the deposit); exiting after the liquidation: ${fmt(exitAt.afterLiquidation - exitAt.stayed)} USDC`);
  const o = exitAt.inOutage;
  console.log(`  during an oracle outage after the crash (WETH and WBTC feeds silent 3,601 s, liquidation refused): ${o.refused ? `refused, ${o.refused}; the gain over staying: 0.00 USDC` : `${fmt(o.got)} USDC, the gain over staying: ${fmt(o.got - exitAt.stayed)} USDC (${pct(o.got - exitAt.stayed)}% of the deposit)`}`);
  console.log(`${compilerSummary(hre)}; in-process Hardhat EVM, gas from transaction receipts`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
