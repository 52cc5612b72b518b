// Shared helpers for the Market tests: unit conversion, an independent model of the liquidation
// rule (written from the spec, not from the contract), and the accounting-identity check.
const { expect } = require("chai");
const { ethers, artifacts } = require("hardhat");

const WAD = 10n ** 18n;
const RAY = 10n ** 27n;
const U = 10n ** 6n; // one USDC
const usdc = (x) => ethers.parseUnits(String(x), 6);
const units = (x, dec) => ethers.parseUnits(String(x), dec);
const ceilDiv = (a, b) => (a + b - 1n) / b;

/** Sets a MockAggregator price given in whole USD (string or number allowed). */
async function setPrice(f, symbol, price) {
  const feedDec = Number(await f.aggregators[symbol].decimals());
  await f.aggregators[symbol].setAnswer(ethers.parseUnits(String(price), feedDec));
}

/** All-zero interest so that debts stay exact in liquidation-math tests. */
async function zeroRates(f) {
  await f.pool.setRateParams({ baseRate: 0n, slope1: 0n, slope2: 0n, optimalUtilization: (8n * WAD) / 10n });
}

/**
 * Spec model of one liquidation at index RAY (zero rates): returns { repaid, seized, fee, deficit }
 * or { tooLow: required } when maxRepay cannot cover a forced full liquidation, or { healthy: true }.
 * price: WAD debt-asset per whole collateral token.
 */
function modelLiquidation({ collateral, debt, price, collDec, debtDec = 6, lt, bonus, dust, closeHf, small, cut, maxRepay }) {
  const scale = 10n ** BigInt(18 + collDec - debtDec);
  const value = (amt) => (amt * price) / scale;
  const toColl = (v) => (v * scale) / price;
  const collValue = value(collateral);
  if ((collValue * lt) / WAD >= debt) return { healthy: true };
  // Dynamic bonus: the surplus collValue/debt − 1 (rounded down) when below the configured bonus, but at
  // least half of it (Market.MIN_BONUS_SHARE).
  const coverage = (collValue * WAD) / debt;
  const floorBonus = (bonus * (WAD / 2n)) / WAD;
  const surplus = coverage > WAD ? coverage - WAD : 0n;
  const effBonus = coverage >= WAD + bonus ? bonus : surplus > floorBonus ? surplus : floorBonus;
  bonus = effBonus;
  const bf = WAD + bonus;
  const hf = (((collValue * lt) / WAD) * WAD) / debt;
  const isSmall = debt < small || collValue < small;
  const cap = !isSmall && hf >= closeHf ? (debt * WAD / 2n) / WAD : debt;
  const fee = (r) => ceilDiv(r * bonus * cut, WAD * WAD); // one rounding, up (against the liquidator)
  let repaid = maxRepay < cap ? maxRepay : cap;
  if (repaid > 0n && repaid < debt) {
    const seized = toColl((repaid * bf) / WAD);
    const left = debt - repaid;
    if (seized < collateral && left >= dust && value(collateral - seized) >= left) {
      return { repaid, seized, fee: fee(repaid), deficit: 0n, partial: true };
    }
  }
  let seized = toColl((debt * bf) / WAD);
  let deficit = 0n;
  if (seized <= collateral) repaid = debt;
  else {
    seized = collateral;
    repaid = ceilDiv(collValue * WAD, bf);
    if (repaid > debt) repaid = debt;
    deficit = debt - repaid;
  }
  if (repaid > maxRepay) return { tooLow: repaid };
  return { repaid, seized, fee: fee(repaid), deficit, partial: false };
}

// The pool's events, from its compiled interface (the one ABI the pool and this helper share).
const poolEvents = new ethers.Interface(artifacts.readArtifactSync("ILendingPool").abi);

/**
 * The Market's Liquidated events of a receipt, each with the deficit it left: the pool's DeficitRecorded
 * for the same position logged between the previous Liquidated and this one (deficitId/deficitAssets 0 when
 * none), which is where the Market's liquidation records it.
 */
function liquidatedEvents(market, receipt) {
  const out = [];
  let pending = [];
  for (const l of receipt.logs) {
    let e = null;
    try { e = market.interface.parseLog(l); } catch { /* not the Market's */ }
    if (e && e.name === "Liquidated") {
      const { collateralId, owner, liquidator, repaid, seized, fee } = e.args;
      const d = pending.find((x) => x.collateralId === collateralId && x.borrower === owner);
      out.push({ collateralId, owner, liquidator, repaid, seized, fee, deficitId: d ? d.deficitId : 0n, deficitAssets: d ? d.assets : 0n });
      pending = [];
      continue;
    }
    try {
      const d = poolEvents.parseLog(l);
      if (d && d.name === "DeficitRecorded") pending.push(d.args);
    } catch { /* another event */ }
  }
  return out;
}

/**
 * DESIGN.md's accounting identity, for the given positions:
 *   sum of position scaled debts == pool.totalScaledDebt (== sum of per-type totals)
 *   totalLent == totalDebt + uncoveredDeficit; Market's collateral balances == per-type totals;
 *   pool's USDC balance == cash (no donations in these tests).
 */
async function expectAccounting(f, keys) {
  let sumScaled = 0n;
  const perType = {};
  for (const [id, owner] of keys) {
    const p = await f.market.position(id, owner);
    sumScaled += p.scaledDebt;
    perType[id] = perType[id] || { coll: 0n, scaled: 0n };
    perType[id].coll += p.collateral;
    perType[id].scaled += p.scaledDebt;
  }
  expect(await f.pool.totalScaledDebt()).to.equal(sumScaled);
  const n = Number(await f.market.collateralCount());
  for (let id = 1; id <= n; id++) {
    const c = await f.market.collateral(id);
    const t = perType[id] || { coll: 0n, scaled: 0n };
    expect(c.totalScaledDebt).to.equal(t.scaled);
    expect(c.totalCollateral).to.equal(t.coll);
    const token = await ethers.getContractAt("MockERC20", c.token);
    expect(await token.balanceOf(await f.market.getAddress())).to.equal(c.totalCollateral);
  }
  expect(await f.pool.totalLent()).to.equal((await f.pool.totalDebt()) + (await f.pool.uncoveredDeficit()));
  expect(await f.usdc.balanceOf(await f.pool.getAddress())).to.equal(await f.pool.cash());
}

module.exports = { WAD, RAY, U, usdc, units, ceilDiv, setPrice, zeroRates, modelLiquidation, liquidatedEvents, expectAccounting };
