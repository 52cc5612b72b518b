// Write helpers: each previews what the call will do (the contract's own preview), approves the debt asset
// when the allowance is short, simulates (a revert is thrown decoded, before any gas is spent), sends,
// waits for the receipt and returns the outcome decoded from the receipt's logs.
import { erc20Abi, type Account, type Address, type Chain, type Hash, type TransactionReceipt, type Transport, type WalletClient } from "viem";
import { lendingPoolAbi } from "./abis/LendingPool.js";
import { marketAbi } from "./abis/Market.js";
import { waterfallAbi } from "./abis/Waterfall.js";
import type { Context } from "./context.js";
import { decodeLogs, decodeRevert, type DecodedRevert, type SystemLog } from "./decode.js";
import { liquidationStatusName, Step, stepName, type LiquidationStatusName, type StepName } from "./enums.js";

export type AnyWalletClient = WalletClient<Transport, Chain | undefined, Account>;

/** A call the SDK refused to send or the chain reverted; `revert` is the decoded error when there is one. */
export class KeeperSuiteError extends Error {
  constructor(message: string, readonly revert?: DecodedRevert, options?: { cause?: unknown }) {
    super(revert ? `${message}: ${revert.description}` : message, options);
    this.name = "KeeperSuiteError";
  }
}

/** What every write helper returns. */
export interface WriteResult<P, O> {
  preview: P;
  outcome: O;
  hash: Hash;
  receipt: TransactionReceipt;
  /** Every system event of the transaction, decoded (callee contracts' events included). */
  events: SystemLog[];
}

type Event<N extends SystemLog["eventName"]> = Extract<SystemLog, { eventName: N }>;
const find = <N extends SystemLog["eventName"]>(events: SystemLog[], name: N, address?: Address) =>
  events.find((e) => e.eventName === name && (!address || e.address.toLowerCase() === address.toLowerCase())) as Event<N> | undefined;
const filter = <N extends SystemLog["eventName"]>(events: SystemLog[], name: N) => events.filter((e) => e.eventName === name) as Event<N>[];

export function createWriter(ctx: Context, wallet: AnyWalletClient) {
  const { publicClient: c, addresses: a } = ctx;
  const account = wallet.account;

  async function approve(spender: Address, amount: bigint) {
    const allowance = await c.readContract({ address: a.DebtAsset, abi: erc20Abi, functionName: "allowance", args: [account.address, spender] });
    if (allowance >= amount) return;
    const hash = await wallet.writeContract({ address: a.DebtAsset, abi: erc20Abi, functionName: "approve", args: [spender, amount], account, chain: wallet.chain });
    await c.waitForTransactionReceipt({ hash });
  }

  // Simulate, send, wait, decode. A revert at simulation or in the receipt becomes a KeeperSuiteError.
  async function send(what: string, request: Parameters<typeof c.simulateContract>[0]) {
    let simulated;
    try {
      simulated = await c.simulateContract({ ...request, account } as Parameters<typeof c.simulateContract>[0]);
    } catch (e) {
      throw new KeeperSuiteError(`${what} would revert`, decodeRevert(e), { cause: e });
    }
    const hash = await wallet.writeContract(simulated.request as Parameters<typeof wallet.writeContract>[0]);
    const receipt = await c.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new KeeperSuiteError(`${what} reverted in transaction ${hash}`);
    return { hash, receipt, events: decodeLogs(receipt.logs) };
  }

  return {
    /** LP deposit of `assets` (debt-asset base units); outcome: the shares minted (ERC-4626 Deposit). */
    async deposit(assets: bigint, options?: { receiver?: Address }): Promise<WriteResult<{ shares: bigint }, { assets: bigint; shares: bigint }>> {
      const receiver = options?.receiver ?? account.address;
      const shares = await c.readContract({ address: a.LendingPool, abi: lendingPoolAbi, functionName: "previewDeposit", args: [assets] });
      await approve(a.LendingPool, assets);
      const r = await send("deposit", { address: a.LendingPool, abi: lendingPoolAbi, functionName: "deposit", args: [assets, receiver] });
      const ev = find(r.events, "Deposit", a.LendingPool);
      if (!ev) throw new KeeperSuiteError("deposit receipt has no Deposit event");
      return { preview: { shares }, outcome: { assets: ev.args.assets, shares: ev.args.shares }, ...r };
    },

    /** LP redeem of `shares`; outcome: the assets paid (ERC-4626 Withdraw). */
    async redeem(shares: bigint, options?: { receiver?: Address; owner?: Address }): Promise<WriteResult<{ assets: bigint }, { assets: bigint; shares: bigint }>> {
      const receiver = options?.receiver ?? account.address;
      const owner = options?.owner ?? account.address;
      const assets = await c.readContract({ address: a.LendingPool, abi: lendingPoolAbi, functionName: "previewRedeem", args: [shares] });
      const r = await send("redeem", { address: a.LendingPool, abi: lendingPoolAbi, functionName: "redeem", args: [shares, receiver, owner] });
      const ev = find(r.events, "Withdraw", a.LendingPool);
      if (!ev) throw new KeeperSuiteError("redeem receipt has no Withdraw event");
      return { preview: { assets }, outcome: { assets: ev.args.assets, shares: ev.args.shares }, ...r };
    },

    /**
     * Liquidates one position repaying at most `maxRepay` (debt-asset base units, fee excluded). Refuses to
     * send when Market.previewLiquidation says it would be skipped. Outcome: repaid, seized, fee and the
     * deficit it recorded (the pool's DeficitRecorded, logged in the same receipt).
     */
    async liquidate(collateralId: number, owner: Address, maxRepay: bigint) {
      const preview = await c.readContract({ address: a.Market, abi: marketAbi, functionName: "previewLiquidation", args: [collateralId, owner, account.address, maxRepay] });
      const status: LiquidationStatusName = liquidationStatusName(preview.status);
      if (status !== "Liquidated") throw new KeeperSuiteError(`liquidation of #${collateralId} ${owner} would be skipped: ${status}`);
      await approve(a.Market, preview.repaid + preview.fee);
      const r = await send("liquidate", { address: a.Market, abi: marketAbi, functionName: "liquidate", args: [collateralId, owner, maxRepay] });
      const liq = find(r.events, "Liquidated", a.Market);
      if (!liq) throw new KeeperSuiteError("liquidation receipt has no Liquidated event");
      const deficit = find(r.events, "DeficitRecorded", a.LendingPool);
      const outcome = {
        repaid: liq.args.repaid,
        seized: liq.args.seized,
        fee: liq.args.fee,
        deficitId: deficit?.args.deficitId ?? 0n,
        deficitAssets: deficit?.args.assets ?? 0n,
      };
      const result: WriteResult<typeof preview & { statusName: LiquidationStatusName }, typeof outcome> = { preview: { ...preview, statusName: status }, outcome, ...r };
      return result;
    },

    /**
     * Buys up to `maxTokens` recovery tokens (18 decimals) from the live auction at its current price, or
     * fails when that is above `maxPrice` (WAD base units per whole token; default: the price read now —
     * the curve only falls, so it fills at it or lower). Outcome: tokens bought, paid, debt left.
     */
    async take(maxTokens: bigint, options?: { maxPrice?: bigint; receiver?: Address }) {
      const state = await c.readContract({ address: a.Waterfall, abi: waterfallAbi, functionName: "waterfallState" });
      if (state.next !== Step.Take) throw new KeeperSuiteError(`no auction is selling: the step due is ${stepName(state.next)}`);
      const auctionId = state.auction.auctionId;
      const maxPrice = options?.maxPrice ?? state.auction.price;
      const receiver = options?.receiver ?? account.address;
      const cost = (maxTokens * maxPrice + 10n ** 36n - 1n) / 10n ** 36n;
      const preview = { auctionId, price: state.auction.price, maxPrice, maxCost: cost < state.nextAmount ? cost : state.nextAmount };
      await approve(a.Waterfall, preview.maxCost);
      const r = await send("take", { address: a.Waterfall, abi: waterfallAbi, functionName: "take", args: [auctionId, maxTokens, maxPrice, receiver] });
      const ev = find(r.events, "AuctionTaken", a.Waterfall);
      if (!ev) throw new KeeperSuiteError("take receipt has no AuctionTaken event");
      const outcome = { tokens: ev.args.tokens, paid: ev.args.paid, debtLeft: ev.args.remaining, settled: !!find(r.events, "AuctionSettled", a.Waterfall) };
      const result: WriteResult<typeof preview, typeof outcome> = { preview, outcome, ...r };
      return result;
    },

    /**
     * Runs the keeper step due (Cover, StartAuction, Settle or Socialize) and returns its decoded events.
     * Take is the bidders' (use take); None means nothing to do.
     */
    async runStep() {
      const [step, amount, reward] = await c.readContract({ address: a.Waterfall, abi: waterfallAbi, functionName: "previewStep" });
      const name: StepName = stepName(step);
      const fn = ({ [Step.Cover]: "cover", [Step.StartAuction]: "startAuction", [Step.Settle]: "settle", [Step.Socialize]: "socialize" } as const)[step as 1 | 2 | 4 | 5];
      if (!fn) throw new KeeperSuiteError(`no keeper step is due (${name})`);
      const r = await send(fn, { address: a.Waterfall, abi: waterfallAbi, functionName: fn });
      const result: WriteResult<{ step: StepName; amount: bigint; reward: bigint }, { step: StepName; rewardsPaid: bigint }> = {
        preview: { step: name, amount, reward },
        outcome: { step: name, rewardsPaid: filter(r.events, "RewardPaid").reduce((s, e) => s + e.args.assets, 0n) },
        ...r,
      };
      return result;
    },
  };
}

export type KeeperSuiteWriter = ReturnType<typeof createWriter>;
