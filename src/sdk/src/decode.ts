// One decoder for every revert and every log of the system: the ABI it uses (systemAbi) holds every error
// and event of every KeeperSuite contract and of the ERC-20s they move, so a revert raised three calls deep
// or a log emitted by a callee decodes the same as one of the called contract.
import {
  BaseError,
  decodeErrorResult,
  decodeEventLog,
  hexToString,
  parseEventLogs,
  trim,
  type DecodeErrorResultReturnType,
  type Hex,
  type Log,
  type ParseEventLogsReturnType,
} from "viem";
import { systemAbi } from "./abis/system.js";
import { liquidationStatusName, stepName } from "./enums.js";

export type SystemAbi = typeof systemAbi;
/** A decoded revert of any KeeperSuite contract: `errorName` and typed `args`. */
export type SystemError = DecodeErrorResultReturnType<SystemAbi>;
/** A decoded log of any KeeperSuite contract: `eventName` and typed `args`, with the log's position. */
export type SystemLog = ParseEventLogsReturnType<SystemAbi, undefined, true>[number];

/** A bytes32 parameter name (ParameterOutOfBounds) as text: "0x6d696e436f766572…" -> "minCover". */
export const bytes32ToString = (value: Hex) => hexToString(trim(value, { dir: "right" }));

/** The revert data inside a thrown viem error (or the data itself), if any. */
export function revertData(error: unknown): Hex | undefined {
  if (typeof error === "string" && error.startsWith("0x")) return error as Hex;
  if (!(error instanceof BaseError)) return undefined;
  let data: Hex | undefined;
  error.walk((e) => {
    const d = (e as { data?: unknown }).data;
    if (typeof d === "string" && d.startsWith("0x") && d.length >= 10) data = d as Hex;
    else if (typeof d === "object" && d !== null && typeof (d as { data?: unknown }).data === "string") data = (d as { data: Hex }).data;
    else if (typeof (e as { raw?: unknown }).raw === "string") data = (e as { raw: Hex }).raw;
    return false;
  });
  return data;
}

/** A decoded revert with a readable description (enum values and bytes32 names spelled out). */
export interface DecodedRevert {
  errorName: SystemError["errorName"];
  args: SystemError["args"];
  /** `StepDue(Take)`, `ParameterOutOfBounds(minCover, 0, 1, 10000000000)`, `PriceAboveMax(1, …)`. */
  description: string;
  data: Hex;
}

function describeArg(errorName: string, index: number, value: unknown): string {
  if (errorName === "StepDue" && index === 0) return stepName(value as number);
  if (errorName === "ParameterOutOfBounds" && index === 0) return bytes32ToString(value as Hex);
  return typeof value === "bigint" ? value.toString() : String(value);
}

/**
 * Decodes a revert of any KeeperSuite contract from revert data or from the error viem threw. Returns
 * undefined when there is no revert data or it is not one of the system's errors (Error(string) and
 * Panic(uint256) are decoded too, as viem's built-ins).
 */
export function decodeRevert(errorOrData: unknown): DecodedRevert | undefined {
  const data = revertData(errorOrData);
  if (!data || data === "0x") return undefined;
  try {
    const { errorName, args } = decodeErrorResult({ abi: systemAbi, data });
    const list = (args ?? []) as readonly unknown[];
    const description = `${errorName}(${list.map((a, i) => describeArg(errorName, i, a)).join(", ")})`;
    return { errorName, args, description, data } as DecodedRevert;
  } catch {
    return undefined;
  }
}

/** The step a StepDue revert names ("Take"), or undefined for any other error. */
export function stepDueOf(error: unknown): ReturnType<typeof stepName> | undefined {
  const d = decodeRevert(error);
  return d?.errorName === "StepDue" ? stepName((d.args as readonly [number])[0]) : undefined;
}

/** Decodes one log of any KeeperSuite contract (throws for a log that is not one of the system's events). */
export function decodeLog(log: { topics: readonly Hex[] | [Hex, ...Hex[]] | []; data: Hex }) {
  return decodeEventLog({ abi: systemAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data, strict: true });
}

/** Decodes every system log of a receipt or log list, skipping logs of other contracts' events. */
export function decodeLogs(logs: readonly Log[]): SystemLog[] {
  return parseEventLogs({ abi: systemAbi, logs: logs as Log[], strict: true }) as SystemLog[];
}

/** A readable line for a decoded log (dashboards, logs): `Liquidated(collateralId=1, owner=0x…, …)`. */
export function describeLog(log: { eventName: string; args: unknown }): string {
  const args = log.args as Record<string, unknown> | readonly unknown[] | undefined;
  const entries = args === undefined ? [] : Array.isArray(args) ? args.map((v, i) => [String(i), v] as const) : Object.entries(args);
  const fmt = (k: string, v: unknown) => {
    if (log.eventName === "LiquidationSkipped" && k === "reason") return liquidationStatusName(v as number);
    return typeof v === "bigint" ? v.toString() : String(v);
  };
  return `${log.eventName}(${entries.map(([k, v]) => `${k}=${fmt(k, v)}`).join(", ")})`;
}
