import { lendingPoolAbi } from "../abis/LendingPool.js";
import { marketLensAbi } from "../abis/MarketLens.js";
import { insuranceFundAbi } from "../abis/InsuranceFund.js";
import { pin, type Context, type ReadOptions } from "../context.js";
import { borrowApr, supplyApr } from "../units.js";

/** The pool at one block. Amounts in debt-asset base units; ratios WAD; rates as noted. */
export interface PoolState {
  blockNumber: bigint;
  debtDecimals: number;
  shareDecimals: number;
  /** What one whole share redeems for now (debt-asset base units): totalAssets / totalSupply, pool rounding. */
  sharePrice: bigint;
  /** What one whole share costs to mint now: priced at entryAssets (recoveries in sight included). */
  entrySharePrice: bigint;
  /** The share price's parts: totalAssets == cash + totalDebt - reserves - lockedRecovery (clamped). */
  totalAssets: bigint;
  totalSupply: bigint;
  cash: bigint;
  totalDebt: bigint;
  reserves: bigint;
  lockedRecovery: bigint;
  /** Debt no collateral backs, already out of totalAssets (LPs cannot exit ahead of it). */
  uncoveredDeficit: bigint;
  /** The NAV deposits are priced at (totalAssets + lockedRecovery + recovery in sight). */
  entryAssets: bigint;
  totalLent: bigint;
  utilization: bigint;
  borrowIndex: bigint;
  /** RAY per second. */
  borrowRatePerSecond: bigint;
  /** WAD, simple annual. */
  borrowApr: bigint;
  /** WAD, simple annual, before losses: borrowApr x utilization x (1 - reserveFactor). */
  supplyApr: bigint;
  reserveFactor: bigint;
  deficitCount: bigint;
  insuranceFund: `0x${string}`;
  /** The insurance fund's booked balance; `reserves` are what the pool will skim into it next. */
  fundBalance: bigint;
  lastAccrual: bigint;
}

export async function readPool(ctx: Context, options?: ReadOptions): Promise<PoolState> {
  const at = await pin(ctx, options);
  const { publicClient: c, addresses: a } = ctx;
  const pool = { address: a.LendingPool, abi: lendingPoolAbi, ...at } as const;
  const [s, shareDecimals, reserveFactor, fundBalance] = await Promise.all([
    c.readContract({ address: a.MarketLens, abi: marketLensAbi, functionName: "poolState", ...at }),
    c.readContract({ ...pool, functionName: "decimals" }),
    c.readContract({ ...pool, functionName: "reserveFactor" }),
    c.readContract({ address: a.InsuranceFund, abi: insuranceFundAbi, functionName: "balance", ...at }),
  ]);
  const oneShare = 10n ** BigInt(shareDecimals);
  const [sharePrice, entrySharePrice] = await Promise.all([
    c.readContract({ ...pool, functionName: "convertToAssets", args: [oneShare] }),
    c.readContract({ ...pool, functionName: "previewMint", args: [oneShare] }),
  ]);
  return {
    blockNumber: at.blockNumber,
    debtDecimals: ctx.deployment.debtAsset.decimals,
    shareDecimals,
    sharePrice,
    entrySharePrice,
    totalAssets: s.totalAssets,
    totalSupply: s.totalSupply,
    cash: s.cash,
    totalDebt: s.totalDebt,
    reserves: s.reserves,
    lockedRecovery: s.lockedRecovery,
    uncoveredDeficit: s.uncoveredDeficit,
    entryAssets: s.entryAssets,
    totalLent: s.totalLent,
    utilization: s.utilization,
    borrowIndex: s.borrowIndex,
    borrowRatePerSecond: s.borrowRatePerSecond,
    borrowApr: borrowApr(s.borrowRatePerSecond),
    supplyApr: supplyApr(s.borrowRatePerSecond, s.utilization, reserveFactor),
    reserveFactor,
    deficitCount: s.deficitCount,
    insuranceFund: s.insuranceFund,
    fundBalance,
    lastAccrual: BigInt(s.lastAccrual),
  };
}
