// The contracts' enums as names. Values are the Solidity ordinals (the ABI carries them as uint8).

/** Waterfall.Step: what the write-off needs next (contracts/writeoff/Waterfall.sol). */
export const Step = {
  None: 0,
  Cover: 1,
  StartAuction: 2,
  Take: 3,
  Settle: 4,
  Socialize: 5,
} as const;
export type Step = (typeof Step)[keyof typeof Step];
export type StepName = keyof typeof Step;

/** Waterfall.Phase: where the aggregate deficit is. */
export const Phase = {
  Idle: 0,
  Open: 1,
  Auctioning: 2,
  Settled: 3,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
export type PhaseName = keyof typeof Phase;

/** Market.LiquidationStatus: why a (batch) liquidation entry was or was not liquidated. */
export const LiquidationStatus = {
  Liquidated: 0,
  SkippedUnknownCollateral: 1,
  SkippedNoDebt: 2,
  SkippedHealthy: 3,
  SkippedOracleInvalid: 4,
  SkippedSelfLiquidation: 5,
  SkippedMaxRepayTooLow: 6,
} as const;
export type LiquidationStatus = (typeof LiquidationStatus)[keyof typeof LiquidationStatus];
export type LiquidationStatusName = keyof typeof LiquidationStatus;

/** PriceCurve.Kind: the debt auction's price curve (contracts/writeoff/PriceCurve.sol). */
export const CurveKind = {
  Linear: 0,
  StairstepExponential: 1,
} as const;
export type CurveKind = (typeof CurveKind)[keyof typeof CurveKind];
export type CurveKindName = keyof typeof CurveKind;

function namer<T extends Record<string, number>>(table: T, what: string) {
  const names = Object.fromEntries(Object.entries(table).map(([k, v]) => [v, k])) as Record<number, keyof T>;
  return (value: number | bigint): keyof T => {
    const name = names[Number(value)];
    if (name === undefined) throw new RangeError(`unknown ${what} ${value}`);
    return name;
  };
}

/** The name of a Step value (`stepName(3)` is "Take"). */
export const stepName = namer(Step, "Step") as (value: number | bigint) => StepName;
/** The name of a Phase value. */
export const phaseName = namer(Phase, "Phase") as (value: number | bigint) => PhaseName;
/** The name of a LiquidationStatus value. */
export const liquidationStatusName = namer(LiquidationStatus, "LiquidationStatus") as (value: number | bigint) => LiquidationStatusName;
/** The name of a PriceCurve.Kind value. */
export const curveKindName = namer(CurveKind, "CurveKind") as (value: number | bigint) => CurveKindName;
