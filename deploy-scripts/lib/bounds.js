// The contracts' parameter bounds, mirrored for the pre-flight so a bad parameter is refused before the first
// transaction. ONE table per setter, in the order and with the names of its ParameterBounds.check calls
// (contracts/libraries/ParameterBounds.sol); when a contract's bounds change, change the row here.
// tests/contracts/Deploy.preflight.test.js reads every `constant` named below from the deployed contracts and
// fails when a row and its contract disagree, so a change on one side cannot go unnoticed.
//
// A row: [parameter, value(p, ctx), min(p, ctx), max(p, ctx), source]. `ctx` = { unit } (10^debtDecimals).
// `source` names the contract function and the constants the bound comes from.
const WAD = 10n ** 18n;
const RAY = 10n ** 27n;
const UINT128_MAX = (1n << 128n) - 1n;

/** Contract constants the rows use (value here = value in the contract; the drift test checks each). */
const CONSTANTS = {
  LendingPool: {
    MAX_BASE_RATE: WAD / 2n, MAX_SLOPE1: WAD, MAX_SLOPE2: 10n * WAD,
    MIN_OPTIMAL_UTILIZATION: (5n * WAD) / 100n, MAX_OPTIMAL_UTILIZATION: (99n * WAD) / 100n,
    MAX_RESERVE_FACTOR: WAD / 2n,
  },
  Market: {
    MIN_MAX_LTV: WAD / 100n, MAX_LIQUIDATION_THRESHOLD: (97n * WAD) / 100n, MAX_LIQUIDATION_BONUS: WAD / 4n,
    MIN_CLOSE_FACTOR_HF_THRESHOLD: WAD / 2n, MAX_CLOSE_FACTOR_HF_THRESHOLD: WAD, MAX_INSURANCE_CUT: WAD / 2n,
    MAX_DUST_WHOLE_UNITS: 1_000_000n,
  },
  ChainlinkOracle: { MIN_STALENESS_BOUND: 60n, MAX_STALENESS_BOUND: 7n * 86400n },
  DebtAuction: {
    MIN_BUF: WAD, MAX_BUF: 5n * WAD, MIN_FLOOR_RATIO: (5n * WAD) / 100n, MAX_FLOOR_RATIO: WAD,
    MIN_TAU: 600n, MAX_TAU: 30n * 86400n, MIN_STEP: 10n, MAX_STEP: 86400n,
    MIN_CUT: RAY / 2n, MAX_CUT: (9999n * RAY) / 10000n, MIN_DURATION: 3600n, MAX_DURATION: 30n * 86400n,
    MIN_MINT_CAP: WAD, MAX_MINT_CAP: 10n ** 27n,
  },
  Waterfall: { MAX_TIP_UNITS: 1_000n, MAX_REWARD_CAP_UNITS: 10_000n, MAX_CHIP: WAD / 100n, MAX_REWARD_SHARE_BOUND: WAD / 5n },
};
const C = CONSTANTS;
const min = (a, b) => (a < b ? a : b);
const wadMulUp = (a, b) => (a * b + WAD - 1n) / WAD;

/** Rows per setter; `p` is that setter's normalized parameter struct (bigints). */
const RULES = {
  // InterestRateModel._setRateParams (LendingPool constructor, setRateParams)
  rateParams: [
    ["baseRate", (p) => p.baseRate, () => 0n, () => C.LendingPool.MAX_BASE_RATE, "LendingPool.MAX_BASE_RATE"],
    ["slope1", (p) => p.slope1, () => 0n, () => C.LendingPool.MAX_SLOPE1, "LendingPool.MAX_SLOPE1"],
    ["slope2", (p) => p.slope2, () => 0n, () => C.LendingPool.MAX_SLOPE2, "LendingPool.MAX_SLOPE2"],
    ["optimalUtilization", (p) => p.optimalUtilization, () => C.LendingPool.MIN_OPTIMAL_UTILIZATION, () => C.LendingPool.MAX_OPTIMAL_UTILIZATION,
      "LendingPool.MIN/MAX_OPTIMAL_UTILIZATION"],
  ],
  // LendingPool._setReserveFactor
  reserveFactor: [["reserveFactor", (p) => p, () => 0n, () => C.LendingPool.MAX_RESERVE_FACTOR, "LendingPool.MAX_RESERVE_FACTOR"]],
  // Market._setMarketParams (constructor, setMarketParams)
  marketParams: [
    ["closeFactorHfThreshold", (p) => p.closeFactorHfThreshold, () => C.Market.MIN_CLOSE_FACTOR_HF_THRESHOLD, () => C.Market.MAX_CLOSE_FACTOR_HF_THRESHOLD,
      "Market.MIN/MAX_CLOSE_FACTOR_HF_THRESHOLD"],
    ["insuranceCut", (p) => p.insuranceCut, () => 0n, () => C.Market.MAX_INSURANCE_CUT, "Market.MAX_INSURANCE_CUT"],
    ["smallPositionValue", (p) => p.smallPositionValue, () => 0n, (p, x) => C.Market.MAX_DUST_WHOLE_UNITS * x.unit, "Market.MAX_DUST_WHOLE_UNITS"],
  ],
  // Market._setCollateralParams (listCollateral, setCollateralParams)
  collateralParams: [
    ["liquidationThreshold", (p) => p.liquidationThreshold, () => C.Market.MIN_MAX_LTV + 1n, () => C.Market.MAX_LIQUIDATION_THRESHOLD,
      "Market.MIN_MAX_LTV, MAX_LIQUIDATION_THRESHOLD"],
    ["maxLtv", (p) => p.maxLtv, () => C.Market.MIN_MAX_LTV, (p) => p.liquidationThreshold - 1n, "Market.MIN_MAX_LTV; < liquidationThreshold"],
    ["liquidationBonus", (p) => p.liquidationBonus, () => 0n, () => C.Market.MAX_LIQUIDATION_BONUS, "Market.MAX_LIQUIDATION_BONUS"],
    ["thresholdTimesBonus", (p) => wadMulUp(p.liquidationThreshold, WAD + p.liquidationBonus), () => 0n, () => WAD,
      "liquidationThreshold x (1 + liquidationBonus) <= 1"],
    ["dust", (p) => p.dust, () => 0n, (p, x) => C.Market.MAX_DUST_WHOLE_UNITS * x.unit, "Market.MAX_DUST_WHOLE_UNITS"],
  ],
  // ChainlinkOracle constructor (reverts StalenessOutOfBounds, same shape)
  oracle: [["maxStaleness", (p) => p.maxStaleness, () => C.ChainlinkOracle.MIN_STALENESS_BOUND, () => C.ChainlinkOracle.MAX_STALENESS_BOUND,
    "ChainlinkOracle.MIN/MAX_STALENESS_BOUND"]],
  // DebtAuction constructor: reference-price range, then _setReferencePrice .. _setCurve
  auction: [
    ["maxReferencePrice", (p) => p.maxReferencePrice, () => 1n, () => UINT128_MAX / (C.DebtAuction.MAX_BUF / WAD), "type(uint128).max / (MAX_BUF / WAD)"],
    ["minReferencePrice", (p) => p.minReferencePrice, () => 1n, (p) => p.maxReferencePrice, "1 .. maxReferencePrice"],
    ["referencePrice", (p) => p.auction.referencePrice, (p) => p.minReferencePrice, (p) => p.maxReferencePrice, "min/maxReferencePrice"],
    ["buf", (p) => p.auction.buf, () => C.DebtAuction.MIN_BUF, () => C.DebtAuction.MAX_BUF, "DebtAuction.MIN/MAX_BUF"],
    ["floorRatio", (p) => p.auction.floorRatio, () => C.DebtAuction.MIN_FLOOR_RATIO, () => C.DebtAuction.MAX_FLOOR_RATIO, "DebtAuction.MIN/MAX_FLOOR_RATIO"],
    ["duration", (p) => p.auction.duration, () => C.DebtAuction.MIN_DURATION, () => C.DebtAuction.MAX_DURATION, "DebtAuction.MIN/MAX_DURATION"],
    ["mintCap", (p) => p.auction.mintCap, () => C.DebtAuction.MIN_MINT_CAP, () => C.DebtAuction.MAX_MINT_CAP, "DebtAuction.MIN/MAX_MINT_CAP"],
    // _setCurve: Linear checks tau; StairstepExponential checks step and cut
    ["tau", (p) => (p.auction.curve.kind === 0 ? p.auction.curve.tau : null), () => C.DebtAuction.MIN_TAU, () => C.DebtAuction.MAX_TAU, "DebtAuction.MIN/MAX_TAU"],
    ["step", (p) => (p.auction.curve.kind === 1 ? p.auction.curve.step : null), () => C.DebtAuction.MIN_STEP, () => C.DebtAuction.MAX_STEP, "DebtAuction.MIN/MAX_STEP"],
    ["cut", (p) => (p.auction.curve.kind === 1 ? p.auction.curve.cut : null), () => C.DebtAuction.MIN_CUT, () => C.DebtAuction.MAX_CUT, "DebtAuction.MIN/MAX_CUT (RAY)"],
  ],
  // Waterfall._setIncentives, _setMinCover
  waterfall: [
    ["rewardCap", (p) => p.rewardCap, () => 0n, (p, x) => C.Waterfall.MAX_REWARD_CAP_UNITS * x.unit, "Waterfall.MAX_REWARD_CAP_UNITS"],
    ["tip", (p) => p.tip, () => 0n, (p, x) => min(C.Waterfall.MAX_TIP_UNITS * x.unit, p.rewardCap), "Waterfall.MAX_TIP_UNITS, <= rewardCap"],
    ["chip", (p) => p.chip, () => 0n, () => C.Waterfall.MAX_CHIP, "Waterfall.MAX_CHIP"],
    ["maxRewardShare", (p) => p.maxRewardShare, () => 0n, () => C.Waterfall.MAX_REWARD_SHARE_BOUND, "Waterfall.MAX_REWARD_SHARE_BOUND"],
    ["minCover", (p) => p.minCover, () => 1n, (p, x) => C.Waterfall.MAX_REWARD_CAP_UNITS * x.unit, "Waterfall.MAX_MIN_COVER_UNITS (= MAX_REWARD_CAP_UNITS)"],
  ],
};

/**
 * Checks one setter's parameters; returns the violations as { setter, parameter, value, min, max, source, where }
 * (the fields of the contracts' ParameterOutOfBounds error).
 */
function check(setter, p, ctx, where) {
  const out = [];
  for (const [parameter, valueOf, minOf, maxOf, source] of RULES[setter]) {
    const value = valueOf(p, ctx);
    if (value === null) continue;
    const lo = minOf(p, ctx);
    const hi = maxOf(p, ctx);
    if (value < lo || value > hi) out.push({ setter, parameter, value, min: lo, max: hi, source, where });
  }
  return out;
}

/** Every bounded parameter of a normalized deploy config (lib/config.js); [] when all are in range. */
function checkConfig(cfg) {
  const ctx = { unit: 10n ** BigInt(cfg.debtAsset.decimals) };
  const v = [
    ...check("rateParams", cfg.rateParams, ctx, "pool.rateParams"),
    ...check("reserveFactor", cfg.reserveFactor, ctx, "pool.reserveFactor"),
    ...check("marketParams", cfg.marketParams, ctx, "market"),
  ];
  cfg.collaterals.forEach((c, i) => {
    v.push(...check("collateralParams", c.params, ctx, `collaterals[${i}] ${c.symbol}`));
    v.push(...check("oracle", c, ctx, `collaterals[${i}] ${c.symbol}`));
  });
  if (cfg.writeOff) {
    v.push(...check("auction", cfg.writeOff, ctx, "writeOff"));
    v.push(...check("waterfall", cfg.writeOff, ctx, "writeOff"));
  }
  return v;
}

module.exports = { CONSTANTS, RULES, check, checkConfig };
