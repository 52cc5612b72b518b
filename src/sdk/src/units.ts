// Units of the contracts' figures, and the arithmetic frontends need to read them. Every helper works on
// bigint and rounds like the Solidity it mirrors (contracts/libraries/WadRayMath.sol), so a value computed
// here equals the one the chain computes.
//
// Units used across the ABIs:
//   - debt-asset amounts: base units of the debt asset (USDC: 6 decimals);
//   - ratios (LTV, thresholds, bonus, utilization, reserve factor, health factor, floorRatio, buf): WAD (1e18 = 1);
//   - borrowRatePerSecond, borrowIndex, the curve's `cut`: RAY (1e27 = 1);
//   - CollateralView.price: WAD, whole debt asset per whole collateral token (2,000 USDC/WETH = 2000e18);
//   - auction prices (price, floor, referencePrice): WAD debt-asset base units per whole recovery token
//     (1 USDC per token = 1e6 * 1e18 = 1e24); recovery tokens have 18 decimals.

import { formatUnits, parseUnits } from "viem";

export const WAD = 10n ** 18n;
export const RAY = 10n ** 27n;
export const SECONDS_PER_YEAR = 365n * 24n * 3600n;
/** healthFactor of a position without debt (type(uint256).max). */
export const MAX_UINT256 = 2n ** 256n - 1n;

const ceilDiv = (a: bigint, b: bigint) => (a === 0n ? 0n : (a - 1n) / b + 1n);

export const mulDivDown = (a: bigint, b: bigint, d: bigint) => (a * b) / d;
export const mulDivUp = (a: bigint, b: bigint, d: bigint) => ceilDiv(a * b, d);
export const wadMulDown = (a: bigint, b: bigint) => (a * b) / WAD;
export const wadMulUp = (a: bigint, b: bigint) => ceilDiv(a * b, WAD);
export const wadDivDown = (a: bigint, b: bigint) => (a * WAD) / b;
export const rayMulDown = (a: bigint, b: bigint) => (a * b) / RAY;
export const rayMulUp = (a: bigint, b: bigint) => ceilDiv(a * b, RAY);

/** x^n in RAY, each multiplication rounded up: WadRayMath.rayPowUp. */
export function rayPowUp(x: bigint, n: bigint): bigint {
  let z = n % 2n !== 0n ? x : RAY;
  for (n /= 2n; n !== 0n; n /= 2n) {
    x = rayMulUp(x, x);
    if (n % 2n !== 0n) z = rayMulUp(z, x);
  }
  return z;
}

/** A WAD ratio as a JS number (1.5e18 -> 1.5); for display only. */
export const wadToNumber = (wad: bigint) => Number(formatUnits(wad, 18));
/** A RAY value as a JS number; for display only. */
export const rayToNumber = (ray: bigint) => Number(formatUnits(ray, 27));
/** A decimal string or number as WAD ("1.05" -> 1.05e18). */
export const toWad = (value: string | number) => parseUnits(String(value), 18);
/** Base units of a token with `decimals` as a decimal string (1_500_000n, 6 -> "1.5"). */
export const formatAmount = (amount: bigint, decimals: number) => formatUnits(amount, decimals);
/** A decimal amount as base units of a token with `decimals` ("1.5", 6 -> 1_500_000n). */
export const parseAmount = (value: string | number, decimals: number) => parseUnits(String(value), decimals);

/** A health factor for display: "inf" for a position without debt, else the WAD ratio. */
export function formatHealthFactor(hf: bigint, digits = 3): string {
  return hf === MAX_UINT256 ? "inf" : wadToNumber(hf).toFixed(digits);
}

/**
 * An auction price (WAD base units per whole recovery token) in whole debt-asset units per token
 * (1e24 with a 6-decimals asset -> 1.0).
 */
export const auctionPriceToNumber = (price: bigint, debtDecimals: number) => Number(formatUnits(price, 18 + debtDecimals));

/** Simple borrow APR (WAD) from the pool's per-second borrow rate (RAY): rate * seconds per year. */
export const borrowApr = (borrowRatePerSecondRay: bigint) => (borrowRatePerSecondRay * SECONDS_PER_YEAR) / 10n ** 9n;

/**
 * Supply APR (WAD) an LP earns before losses: borrow APR x utilization x (1 - reserve factor). Borrowers pay
 * the borrow rate on the debt; the reserve factor's share of that interest goes to the insurance fund, the
 * rest accrues to the pool's assets, spread over everything the pool holds (utilization).
 */
export function supplyApr(borrowRatePerSecondRay: bigint, utilizationWad: bigint, reserveFactorWad: bigint): bigint {
  return wadMulDown(wadMulDown(borrowApr(borrowRatePerSecondRay), utilizationWad), WAD - reserveFactorWad);
}
