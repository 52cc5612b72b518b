import type { Address, Hex } from "viem";
import type { Addresses, Context } from "../context.js";
import { decodeLogs, type SystemLog } from "../decode.js";
import { getLogsChunked } from "./logs.js";

/** A decoded event of the system with the contract that emitted it. */
export type HistoryEvent = SystemLog & { contract: keyof Addresses | "unknown" };

/** Contracts whose events history() reads (not the debt asset: its transfers are everyone's). */
const EMITTERS = ["LendingPool", "Market", "Waterfall", "DebtAuction", "InsuranceFund", "RecoveryToken"] as const;

/**
 * Every event of the system's contracts in blocks from..to (inclusive), decoded, in chain order. Reads in
 * chunks of `logChunkSize` blocks.
 */
export async function readHistory(ctx: Context, fromBlock: bigint, toBlock: bigint): Promise<HistoryEvent[]> {
  if (toBlock < fromBlock) return [];
  const byAddress = new Map<string, keyof Addresses>(
    Object.entries(ctx.addresses).map(([name, addr]) => [addr.toLowerCase(), name as keyof Addresses]),
  );
  const address: Address[] = EMITTERS.map((n) => ctx.addresses[n]);
  const logs = await getLogsChunked(ctx, { address, fromBlock, toBlock });
  return decodeLogs(logs)
    .map((log) => ({ ...log, contract: byAddress.get((log.address as Hex).toLowerCase()) ?? "unknown" }) as HistoryEvent)
    .sort((x, y) => (x.blockNumber === y.blockNumber ? x.logIndex - y.logIndex : x.blockNumber < y.blockNumber ? -1 : 1));
}
