import { debtAuctionAbi } from "../abis/DebtAuction.js";
import { marketLensAbi } from "../abis/MarketLens.js";
import { waterfallAbi } from "../abis/Waterfall.js";
import { pin, type Context, type ReadOptions } from "../context.js";
import { timeToFloor } from "../curve.js";
import { curveKindName, phaseName, stepName, type CurveKindName, type PhaseName, type StepName } from "../enums.js";

/** A deficit of the open round (recorded when a liquidation ran out of collateral). */
export interface OpenDeficit {
  deficitId: bigint;
  assets: bigint;
  collateralId: number;
  borrower: `0x${string}`;
  recordedAt: bigint;
}

/** The live debt auction. Prices: WAD debt-asset base units per whole recovery token (1 USDC = 1e24). */
export interface LiveAuction {
  auctionId: bigint;
  price: bigint;
  floor: bigint;
  top: bigint;
  lotLeft: bigint;
  minted: bigint;
  raised: bigint;
  debtLeft: bigint;
  startedAt: bigint;
  deadline: bigint;
  canSell: boolean;
  curve: { kind: CurveKindName; tau: bigint; step: bigint; cut: bigint };
  /** Seconds until the curve falls under the floor (0: already; null: the deadline comes first). */
  timeToFloor: bigint | null;
  /** Seconds until the deadline (0: passed). */
  timeToDeadline: bigint;
}

/** The write-off waterfall at one block. */
export interface WaterfallState {
  blockNumber: bigint;
  timestamp: bigint;
  /** The step due now, as the next transaction would see it. */
  step: StepName;
  phase: PhaseName;
  /** What the due step moves (Take: the debt the auction still sells for). */
  stepAmount: bigint;
  /** What the due step pays its caller. */
  stepReward: bigint;
  uncoveredDeficit: bigint;
  openDebt: bigint;
  settledDebt: bigint;
  fundBalance: bigint;
  skimmableReserves: bigint;
  lockedRecovery: bigint;
  deficitCount: bigint;
  roundId: bigint;
  round: { firstDeficitId: bigint; covered: bigint; raised: bigint; socialized: bigint; rewards: bigint; openedAt: bigint };
  /** Deficits recorded in the open round (newest last; at most `maxDeficits`). */
  openDeficits: OpenDeficit[];
  auction: LiveAuction | null;
}

export async function readWaterfall(ctx: Context, options?: ReadOptions & { maxDeficits?: number }): Promise<WaterfallState> {
  const at = await pin(ctx, options);
  const { publicClient: c, addresses: a } = ctx;
  const [st, block] = await Promise.all([
    c.readContract({ address: a.Waterfall, abi: waterfallAbi, functionName: "waterfallState", ...at }),
    c.getBlock({ blockNumber: at.blockNumber }),
  ]);
  const timestamp = block.timestamp;
  const maxDeficits = BigInt(options?.maxDeficits ?? 50);
  // Deficits of the open round: while the aggregate is uncovered, ids first..deficitCount.
  // One MarketLens.deficits(from, to) call, not one pool.deficit call per id.
  let range: readonly [bigint, bigint] | null = null;
  if (st.uncoveredDeficit !== 0n && st.deficitCount !== 0n) {
    const first = st.round.firstDeficitId > 0n ? BigInt(st.round.firstDeficitId) : 1n;
    const from = st.deficitCount - first + 1n > maxDeficits ? st.deficitCount - maxDeficits + 1n : first;
    range = [from, st.deficitCount];
  }
  const [deficits, stored] = await Promise.all([
    range
      ? c.readContract({ address: a.MarketLens, abi: marketLensAbi, functionName: "deficits", args: range, ...at })
      : Promise.resolve([]),
    st.auction.auctionId !== 0n
      ? c.readContract({ address: a.DebtAuction, abi: debtAuctionAbi, functionName: "auction", args: [st.auction.auctionId], ...at })
      : Promise.resolve(null),
  ]);
  let auction: LiveAuction | null = null;
  if (stored) {
    const v = st.auction;
    const curve = { kind: stored.curve.kind, tau: BigInt(stored.curve.tau), step: BigInt(stored.curve.step), cut: BigInt(stored.curve.cut) };
    auction = {
      auctionId: v.auctionId,
      price: v.price,
      floor: v.floor,
      top: stored.top,
      lotLeft: v.lotLeft,
      minted: v.minted,
      raised: v.raised,
      debtLeft: v.debtLeft,
      startedAt: BigInt(stored.startedAt),
      deadline: BigInt(v.deadline),
      canSell: v.canSell,
      curve: { ...curve, kind: curveKindName(curve.kind) },
      timeToFloor: timeToFloor(curve, stored.top, stored.floor, BigInt(stored.startedAt), timestamp),
      timeToDeadline: BigInt(v.deadline) > timestamp ? BigInt(v.deadline) - timestamp : 0n,
    };
  }
  return {
    blockNumber: at.blockNumber,
    timestamp,
    step: stepName(st.next),
    phase: phaseName(st.phase),
    stepAmount: st.nextAmount,
    stepReward: st.nextReward,
    uncoveredDeficit: st.uncoveredDeficit,
    openDebt: st.openDebt,
    settledDebt: st.settledDebt,
    fundBalance: st.fundBalance,
    skimmableReserves: st.skimmableReserves,
    lockedRecovery: st.lockedRecovery,
    deficitCount: st.deficitCount,
    roundId: st.roundId,
    round: {
      firstDeficitId: BigInt(st.round.firstDeficitId),
      covered: st.round.covered,
      raised: st.round.raised,
      socialized: st.round.socialized,
      rewards: st.round.rewards,
      openedAt: BigInt(st.round.openedAt),
    },
    openDeficits: deficits.map((d) => ({
      deficitId: d.deficitId,
      assets: d.assets,
      collateralId: d.collateralId,
      borrower: d.borrower,
      recordedAt: BigInt(d.recordedAt),
    })),
    auction,
  };
}
