import { lendingPoolAbi } from "../abis/LendingPool.js";
import { marketLensAbi } from "../abis/MarketLens.js";
import { insuranceFundAbi } from "../abis/InsuranceFund.js";
import { pin, type Context, type ReadOptions } from "../context.js";

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
  /** false while the recovery of a deficit still depends on a live auction: deposits and mints are refused. */
  entriesOpen: boolean;
  /** A collateral id whose oracle is invalid while it carries debt: withdrawals and redemptions are refused (0: open). */
  exitsPausedBy: number;
}

export async function readPool(ctx: Context, options?: ReadOptions): Promise<PoolState> {
  const at = await pin(ctx, options);
  const { publicClient: c, addresses: a } = ctx;
  const lens = { address: a.MarketLens, abi: marketLensAbi, ...at } as const;
  // Four reads in one round, all at one block: poolDetails carries the entry and exit price of one share,
  // the reserve factor and the rates.
  const [s, d, shareDecimals, fundBalance] = await Promise.all([
    c.readContract({ ...lens, functionName: "poolState" }),
    c.readContract({ ...lens, functionName: "poolDetails" }),
    c.readContract({ address: a.LendingPool, abi: lendingPoolAbi, functionName: "decimals", ...at }),
    c.readContract({ address: a.InsuranceFund, abi: insuranceFundAbi, functionName: "balance", ...at }),
  ]);
  return {
    blockNumber: at.blockNumber,
    debtDecimals: ctx.deployment.debtAsset.decimals,
    shareDecimals,
    // previewRedeem(one share) == convertToAssets(one share): the pool keeps ERC-4626's conversions.
    sharePrice: d.exitPricePerShare,
    entrySharePrice: d.entryPricePerShare,
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
    // The lens computes both as units.ts's borrowApr/supplyApr do (simple annual, rounded down).
    borrowApr: d.borrowApr,
    supplyApr: d.supplyApr,
    reserveFactor: d.reserveFactor,
    deficitCount: s.deficitCount,
    insuranceFund: s.insuranceFund,
    fundBalance,
    lastAccrual: BigInt(s.lastAccrual),
    entriesOpen: d.entriesOpen,
    exitsPausedBy: d.exitsPausedBy,
  };
}
