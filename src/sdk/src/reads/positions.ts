// Every position of the Market, discovered from its events (the Market keeps no list), then read through
// MarketLens at one block. The index is kept between calls: each call scans only the blocks since the last.
import { parseEventLogs, type Address } from "viem";
import { marketAbi } from "../abis/Market.js";
import { marketLensAbi } from "../abis/MarketLens.js";
import { pin, type Context, type ReadOptions } from "../context.js";
import { getLogsChunked } from "./logs.js";
import type { AccountPosition } from "./account.js";

/** A position somewhere in the market, with its owner. */
export interface MarketPosition extends AccountPosition {
  owner: Address;
}

export interface PositionsAtRiskOptions extends ReadOptions {
  /** Positions with a health factor below this (WAD) are returned. Default 1.1e18. */
  maxHealthFactor?: bigint;
  /** Also return positions whose oracle is invalid (their health is unknown). Default true. */
  includeOracleInvalid?: boolean;
}

/** Positions at risk at one block, the least healthy first. */
export interface PositionsAtRisk {
  blockNumber: bigint;
  /** Positions with debt that were read. */
  scanned: number;
  positions: MarketPosition[];
}

const LENS_BATCH = 200;

export class PositionIndex {
  private keys = new Map<string, { collateralId: number; owner: Address }>();
  private scannedTo: bigint | undefined;

  constructor(private readonly ctx: Context) {}

  /** Adds the positions opened up to `toBlock` (events from the deploy block on, each block scanned once). */
  async update(toBlock: bigint): Promise<void> {
    const from = this.scannedTo === undefined ? BigInt(this.ctx.deployment.deployBlock) : this.scannedTo + 1n;
    if (from > toBlock) return;
    const logs = await getLogsChunked(this.ctx, { address: this.ctx.addresses.Market, fromBlock: from, toBlock });
    for (const log of parseEventLogs({ abi: marketAbi, logs, eventName: ["CollateralDeposited", "Borrowed"] })) {
      if (log.address.toLowerCase() !== this.ctx.addresses.Market.toLowerCase()) continue;
      const { collateralId, owner } = log.args as { collateralId: number; owner: Address };
      this.keys.set(`${collateralId}:${owner.toLowerCase()}`, { collateralId, owner });
    }
    this.scannedTo = toBlock;
  }

  all() {
    return [...this.keys.values()];
  }
}

export async function readPositionsAtRisk(ctx: Context, index: PositionIndex, options?: PositionsAtRiskOptions): Promise<PositionsAtRisk> {
  const at = await pin(ctx, options);
  await index.update(at.blockNumber);
  const keys = index.all();
  const views = [];
  for (let i = 0; i < keys.length; i += LENS_BATCH) {
    const batch = keys.slice(i, i + LENS_BATCH);
    views.push(...(await ctx.publicClient.readContract({
      address: ctx.addresses.MarketLens, abi: marketLensAbi, functionName: "positions", args: [batch], ...at,
    })));
  }
  const max = options?.maxHealthFactor ?? 11n * 10n ** 17n;
  const withInvalid = options?.includeOracleInvalid ?? true;
  const symbol = (id: number) => ctx.deployment.collaterals.find((c) => c.id === id)?.symbol ?? `#${id}`;
  const indebted = views.filter((v) => v.debt !== 0n);
  const positions = indebted
    .filter((v) => (v.oracleValid ? v.healthFactor < max : withInvalid))
    .map((v) => ({
      owner: v.owner,
      collateralId: v.collateralId,
      symbol: symbol(v.collateralId),
      collateral: v.collateral,
      debt: v.debt,
      collateralValue: v.collateralValue,
      healthFactor: v.healthFactor,
      maxBorrow: v.maxBorrow,
      liquidatable: v.liquidatable,
      oracleValid: v.oracleValid,
    }))
    .sort((x, y) => (x.healthFactor < y.healthFactor ? -1 : x.healthFactor > y.healthFactor ? 1 : 0));
  return { blockNumber: at.blockNumber, scanned: indebted.length, positions };
}
