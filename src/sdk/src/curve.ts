// The debt auction's price curve (contracts/writeoff/PriceCurve.sol), bit for bit, and the time until an
// auction's price falls under its floor (where it stops selling and Settle becomes due).
import { CurveKind } from "./enums.js";
import { mulDivUp, rayMulUp, rayPowUp } from "./units.js";

/** PriceCurve.Params: tau (linear: seconds to zero), step and cut (stairstep: RAY factor every step seconds). */
export interface CurveParams {
  kind: number;
  tau: bigint;
  step: bigint;
  cut: bigint;
}

/** PriceCurve.price: the price `elapsed` seconds after an auction started at `top` (rounded up). */
export function curvePrice(curve: CurveParams, top: bigint, elapsed: bigint): bigint {
  if (curve.kind === CurveKind.Linear) {
    if (elapsed >= curve.tau) return 0n;
    return mulDivUp(top, curve.tau - elapsed, curve.tau);
  }
  return rayMulUp(top, rayPowUp(curve.cut, elapsed / curve.step));
}

/**
 * Seconds after the start at which the curve price is first below `floor` (the auction cannot sell from
 * then on), or null when it never is. Exact: the first such second under the contract's rounding.
 */
export function floorCrossing(curve: CurveParams, top: bigint, floor: bigint): bigint | null {
  if (top < floor) return 0n;
  if (curve.kind === CurveKind.Linear) {
    if (curve.tau === 0n) return 0n;
    if (floor === 0n) return null; // price reaches 0 but never goes below it
    // ceil(top * (tau - e) / tau) < floor  <=>  top * (tau - e) <= (floor - 1) * tau
    // <=> e >= tau - floor((floor - 1) * tau / top)
    const e = curve.tau - ((floor - 1n) * curve.tau) / top;
    return e;
  }
  if (curve.cut >= 10n ** 27n || curve.step === 0n) return null;
  // Steps until top * cut^n (rounded up) < floor: binary search over n (the price does not rise with n).
  let lo = 0n;
  let hi = 1n;
  while (curvePrice(curve, top, hi * curve.step) >= floor) {
    lo = hi;
    hi *= 2n;
    if (hi > 1n << 40n) return null;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (curvePrice(curve, top, mid * curve.step) >= floor) lo = mid;
    else hi = mid;
  }
  return hi * curve.step;
}

/**
 * Seconds from `now` until an auction started at `startedAt` can no longer sell on price (its curve below
 * its floor): 0 when it already cannot, null when the curve never gets there (the deadline ends it first).
 */
export function timeToFloor(curve: CurveParams, top: bigint, floor: bigint, startedAt: bigint, now: bigint): bigint | null {
  const crossing = floorCrossing(curve, top, floor);
  if (crossing === null) return null;
  const at = startedAt + crossing;
  return at > now ? at - now : 0n;
}
