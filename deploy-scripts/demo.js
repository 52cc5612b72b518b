// The bad-debt waterfall, end to end, on the in-process Hardhat chain:
//   npx hardhat run deploy-scripts/demo.js
// Deploys everything (deploy.js: core + write-off), seeds LPs and positions (seed.js), lets interest
// accrue, crashes ETH, liquidates (leaving several deficits), then drives the waterfall on the aggregate:
// one cover -> one auction start -> takes -> one settle -> one socialization, printing the numbers, the
// keeper's reward and the LP share price after each step, and the price once the recoveries have unlocked.
const hre = require("hardhat");
const { time } = require("@nomicfoundation/hardhat-toolbox/network-helpers");
const { deployAll } = require("./deploy");
const { seed } = require("./seed");

const { ethers } = hre;
const STEP_NAMES = ["none", "cover", "start auction", "take (auction live)", "settle", "socialize"];

async function main() {
  const { core, writeOff } = await deployAll(hre);
  const { pool, market, usdc, lens, aggregators } = core;
  const { fund, waterfall, auction, token } = writeOff;
  const signers = await ethers.getSigners();
  const [treasury, liquidator, keeper, bidderA, bidderB] = signers.slice(14, 19);
  const U = (n) => ethers.parseUnits(String(n), 6);
  const fmt = (x, d = 2) => Number(ethers.formatUnits(x, 6)).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const SHARE = 10n ** 12n; // one whole LP share (6 + 6 decimals)
  const sharePrice = async () => ethers.formatUnits(await pool.convertToAssets(SHARE), 6);
  const send = async (p) => (await p).wait();
  const ev = (c, rc, name) => rc.logs.map((l) => { try { return c.interface.parseLog(l); } catch { return null; } })
    .filter((e) => e && e.name === name).map((e) => e.args);
  const line = (s = "") => console.log(s);
  const status = async (label) => {
    const st = await waterfall.waterfallState();
    line(`   ${label.padEnd(34)} share price ${await sharePrice()} USDC | fund ${fmt(st.fundBalance)} | uncovered deficit ${fmt(st.uncoveredDeficit)} | locked recovery ${fmt(await pool.lockedRecovery())}`);
  };

  line("== KeeperSuite bad-debt waterfall demo (in-process Hardhat chain) ==");
  line(`Waterfall ${await waterfall.getAddress()}, InsuranceFund ${await fund.getAddress()}, DebtAuction ${await auction.getAddress()}`);
  line();
  line("1. Seeding LPs and borrowers (deploy-scripts/seed.js)");
  await seed(hre, core, (s) => line(`   ${s}`));
  for (const s of [treasury, liquidator, keeper, bidderA, bidderB]) {
    await send(usdc.mint(s.address, U(1_000_000)));
    for (const spender of [await market.getAddress(), await waterfall.getAddress(), await fund.getAddress()]) {
      await send(usdc.connect(s).approve(spender, ethers.MaxUint256));
    }
  }
  await status("after seeding:");

  line();
  line("2. 90 days pass: interest accrues; 10% of it is reserved for the insurance fund");
  await time.increase(90 * 24 * 3600);
  for (const sym of ["WBTC", "XAU6"]) {
    const [, answer] = await aggregators[sym].latestRoundData();
    await send(aggregators[sym].setAnswer(answer)); // keep the feeds fresh
  }
  line(`   reserves waiting in the pool: ${fmt(await pool.reserves(), 6)} USDC`);
  await send(fund.connect(treasury).deposit(U(8_000)));
  line("   the protocol treasury deposits 8,000.00 USDC into the insurance fund (anyone may)");
  await status("before the crash:");

  line();
  line("3. ETH crashes from 2,000 to 800 USD; a keeper liquidates the WETH positions in one batch");
  await send(aggregators.WETH.setAnswer(800n * 10n ** 8n));
  const keys = [];
  for (const s of signers.slice(0, 12)) {
    const p = await market.position(core.collateralIds.WETH, s.address);
    if (p.scaledDebt > 0n) keys.push({ collateralId: core.collateralIds.WETH, owner: s.address, maxRepay: ethers.MaxUint256 });
  }
  const rcLiq = await send(market.connect(liquidator).liquidateBatch(keys));
  // A deficit is the pool's DeficitRecorded, logged just before its position's Liquidated.
  const deficits = ev(pool, rcLiq, "DeficitRecorded");
  for (const l of ev(market, rcLiq, "Liquidated")) {
    const d = deficits.find((x) => x.borrower === l.owner && x.collateralId === l.collateralId);
    const left = d ? `deficit #${d.deficitId} = ${fmt(d.assets)} USDC` : "no deficit";
    line(`   liquidated ${l.owner.slice(0, 10)}…: repaid ${fmt(l.repaid)}, insurance fee ${fmt(l.fee)} -> fund, ${left}`);
  }
  line("   The deficits left the share price in the same transaction: an LP who exits now takes the same haircut.");
  await status("after the liquidations:");
  const showState = async () => {
    const st = await waterfall.waterfallState();
    line(`     next step: ${STEP_NAMES[Number(st.next)]} (moves ${fmt(st.nextAmount)}, pays its caller ${fmt(st.nextReward)}) | open ${fmt(st.openDebt)} | settled ${fmt(st.settledDebt)} | round #${st.roundId}`);
    const a = st.auction;
    if (a.auctionId !== 0n) {
      line(`     auction #${a.auctionId}: price ${fmt(a.price / 10n ** 18n, 4)} USDC/KSR, floor ${fmt(a.floor / 10n ** 18n, 4)}, lot left ${ethers.formatUnits(a.lotLeft, 18)} KSR, debt left ${fmt(a.debtLeft)}, ${a.canSell ? "selling" : "stale"}`);
    }
  };
  const refused = async (label, call) => {
    try {
      await call();
    } catch (e) {
      const err = waterfall.interface.parseError(e.data);
      line(`   ${label} -> reverts ${err.name}(${STEP_NAMES[Number(err.args[0])]}): order is fixed in code`);
    }
  };
  line("   waterfallState():");
  await showState();

  line();
  line("4. Step 1 - the insurance fund covers as much of the whole aggregate as it holds, in one call");
  let rc = await send(waterfall.connect(keeper).cover());
  const c = ev(waterfall, rc, "Covered")[0];
  const skim = ev(pool, rc, "ReservesSkimmed")[0];
  if (skim) line(`   (the call first pulled ${fmt(skim.assets, 6)} USDC of reserves from the pool into the fund)`);
  line(`   cover(): fund paid ${fmt(c.covered)} into the pool, ${fmt(c.remaining)} still uncovered, keeper reward ${fmt(c.reward)} (paid by the pool, covered by the fund first)`);
  await status("after cover:");
  const period = await pool.RECOVERY_UNLOCK_PERIOD();
  line("   The cover is back in the pool as cash but locked (lockedRecovery): it reaches the exit price linearly");
  line(`   by the end of its ${Number(await pool.RECOVERY_EPOCH()) / 3600} h epoch + ${Number(period) / 3600} h; entries pay for it at once (entryAssets), so`);
  line("   nobody captures it by entering after the loss.");
  await refused("cover() again", () => waterfall.cover.staticCall());
  await refused("socialize() now", () => waterfall.socialize.staticCall());

  line();
  line("5. Step 2 - one debt auction for everything still open: mint KSR and sell it for USDC (Dutch, -1%/minute, floor 0.50)");
  const rcStart = await send(waterfall.connect(keeper).startAuction());
  const started = ev(waterfall, rcStart, "AuctionStarted")[0];
  const auctionId = started.auctionId;
  const a = await auction.auction(auctionId);
  line(`   startAuction() -> auction #${auctionId} for ${fmt(started.target)} USDC (incl. the keeper's reward ${fmt(started.reward)}, which the auction raises)`);
  line(`   start ${fmt(a.top / 10n ** 18n, 4)} USDC/KSR, floor ${fmt(a.floor / 10n ** 18n, 4)}, mint cap ${ethers.formatUnits(a.mintCap, 18)} KSR, deadline in ${(Number(a.deadline - a.startedAt) / 3600).toFixed(0)} h`);
  await time.increaseTo(a.startedAt + 10n * 60n);
  let price = await auction.price(auctionId);
  rc = await send(waterfall.connect(bidderA).take(auctionId, ethers.parseUnits("800", 18), price, bidderA.address));
  let t = ev(waterfall, rc, "AuctionTaken")[0];
  line(`   +10 min, bidder A takes ${ethers.formatUnits(t.tokens, 18)} KSR at ${fmt(price / 10n ** 18n, 4)}: pays ${fmt(t.paid)} USDC straight into the pool`);
  await status("after take A:");
  await time.increaseTo(a.startedAt + 40n * 60n);
  price = await auction.price(auctionId);
  rc = await send(waterfall.connect(bidderB).take(auctionId, ethers.parseUnits("500", 18), price, bidderB.address));
  t = ev(waterfall, rc, "AuctionTaken")[0];
  line(`   +40 min, bidder B takes ${ethers.formatUnits(t.tokens, 18)} KSR at ${fmt(price / 10n ** 18n, 4)}: pays ${fmt(t.paid)} USDC`);
  await status("after take B:");
  await time.increaseTo(a.startedAt + 90n * 60n);
  line("   +90 min: the price curve is below the floor; nobody bought the rest. waterfallState():");
  await showState();
  try {
    await waterfall.connect(bidderA).take.staticCall(auctionId, ethers.parseUnits("1", 18), a.top, bidderA.address);
  } catch (e) {
    const err = auction.interface.parseError(e.data);
    line(`   a late bid -> reverts ${err.name}: no fill below the floor (Black Thursday)`);
  }
  rc = await send(waterfall.connect(keeper).settle());
  const s = ev(waterfall, rc, "AuctionSettled")[0];
  line(`   settle(): raised ${fmt(s.raised)} USDC, ${fmt(s.remaining)} (incl. the keeper's reward ${fmt(s.reward)}) goes on to socialization; KSR supply ${ethers.formatUnits(await token.totalSupply(), 18)}`);
  await status("after settle:");

  line();
  line("6. Step 3 - socialization: the remainder is written off against all LP shares, O(1)");
  rc = await send(waterfall.connect(keeper).socialize());
  const so = ev(waterfall, rc, "Socialized")[0];
  line(`   socialize(): wrote off ${fmt(so.assets)} USDC (keeper reward ${fmt(so.reward)}); a share held through the round lost ${ethers.formatUnits(so.lossPerShareWad, 18)} USDC net of recoveries; gas ${rc.gasUsed}`);
  line("   socialize itself moves the share price only by its own reward: the loss was priced in when it was recorded.");
  await status("after socialize:");
  const r1 = await waterfall.round(1);
  line(`   round #1 closed: deficits #${r1.firstDeficitId}..#${r1.lastDeficitId}: covered ${fmt(r1.covered)}, raised ${fmt(r1.raised)}, socialized ${fmt(r1.socialized)}, keeper rewards ${fmt(r1.rewards)}`);
  for (let id = r1.firstDeficitId; id <= r1.lastDeficitId; id++) {
    const o = await waterfall.deficitOutcome(id);
    line(`     deficit #${id}: ${fmt(o.assets)} -> fund ${fmt(o.covered)}, auction ${fmt(o.raised)}, LPs ${fmt(o.socialized)}`);
  }
  line();
  line("7. 18 h later: every recovery has unlocked into the share price (plus the borrowers' interest)");
  await time.increase(18 * 3600);
  await status("+18 h:");
  const st = await waterfall.waterfallState();
  const f = await lens.poolState();
  line();
  line(`Done: next step ${STEP_NAMES[Number(st.next)]}, uncovered ${fmt(st.uncoveredDeficit)}; pool totalLent ${fmt(f.totalLent)} = totalDebt ${fmt(f.totalDebt)} + deficits ${fmt(f.uncoveredDeficit)}`);
  line(`Insurance fund: in ${fmt(await fund.totalInflows())}, out ${fmt(await fund.totalOutflows())}, balance ${fmt(await fund.balance())} USDC`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
