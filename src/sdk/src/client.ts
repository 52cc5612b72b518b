import type { Address } from "viem";
import { abis } from "./abis/index.js";
import { addressesOf, type AnyPublicClient, type Context, type ReadOptions } from "./context.js";
import type { Deployment } from "./deployment.js";
import { readAccount } from "./reads/account.js";
import { readHistory } from "./reads/history.js";
import { readPool } from "./reads/pool.js";
import { PositionIndex, readPositionsAtRisk, type PositionsAtRiskOptions } from "./reads/positions.js";
import { readWaterfall } from "./reads/waterfall.js";
import { createWriter, type AnyWalletClient } from "./write.js";

export interface KeeperSuiteClientOptions {
  /** A viem public client on the deployment's chain (an http transport with `batch: true` sends a read's calls in one request). */
  publicClient: AnyPublicClient;
  deployment: Deployment;
  /** Blocks per eth_getLogs request in history() and positionsAtRisk(); default 2,000 (halved on refusal). */
  logChunkSize?: bigint;
}

/**
 * A read client for one KeeperSuite deployment. Every read is pinned to one block (options.blockNumber, or
 * the latest block when the read starts): each of its eth_calls names that block, so its figures are one state.
 */
export function createKeeperSuiteClient(options: KeeperSuiteClientOptions) {
  const ctx: Context = {
    publicClient: options.publicClient,
    deployment: options.deployment,
    addresses: addressesOf(options.deployment),
    logChunkSize: options.logChunkSize ?? 2_000n,
  };
  if (ctx.logChunkSize < 1n) throw new RangeError("logChunkSize must be at least 1");
  const index = new PositionIndex(ctx);
  return {
    deployment: ctx.deployment,
    addresses: ctx.addresses,
    abis,
    /** Share price and its parts, utilization, rates, the insurance fund. */
    pool: (opts?: ReadOptions) => readPool(ctx, opts),
    /** Open deficits, the step due and its reward, the live auction with price, floor, lot and time to floor. */
    waterfall: (opts?: ReadOptions & { maxDeficits?: number }) => readWaterfall(ctx, opts),
    /** An owner's positions (health, oracle validity) and LP shares with redeem previews. */
    account: (owner: Address, opts?: ReadOptions) => readAccount(ctx, owner, opts),
    /** Indebted positions below a health factor (default 1.1), least healthy first. */
    positionsAtRisk: (opts?: PositionsAtRiskOptions) => readPositionsAtRisk(ctx, index, opts),
    /** Every event of the system's contracts in blocks from..to (inclusive), decoded, in chain order. */
    history: (fromBlock: bigint, toBlock: bigint) => readHistory(ctx, fromBlock, toBlock),
    /** Write helpers sending from `walletClient`'s account: deposit, redeem, liquidate, take, runStep. */
    writer: (walletClient: AnyWalletClient) => createWriter(ctx, walletClient),
  };
}

export type KeeperSuiteClient = ReturnType<typeof createKeeperSuiteClient>;
