// account(owner) is one place on purpose: when MarketLens gains `account(owner)` (one call returning the
// positions, LP balance and previews), readAccount becomes that single call mapped onto AccountState, and
// nothing that uses it changes.
import type { Address } from "viem";
import { lendingPoolAbi } from "../abis/LendingPool.js";
import { marketLensAbi } from "../abis/MarketLens.js";
import { pin, type Context, type ReadOptions } from "../context.js";
import { MAX_UINT256 } from "../units.js";

/** One position of the account, with its health and whether its oracle gives a usable price now. */
export interface AccountPosition {
  collateralId: number;
  symbol: string;
  /** Collateral token base units. */
  collateral: bigint;
  /** Debt-asset base units (interest to this block included, rounded up). */
  debt: bigint;
  /** Collateral value in debt-asset base units at the oracle price (0 when the oracle is invalid). */
  collateralValue: bigint;
  /** WAD; MAX_UINT256 without debt; 0 when the oracle is invalid (unknown, not unhealthy). */
  healthFactor: bigint;
  /** Further debt max LTV allows now. */
  maxBorrow: bigint;
  liquidatable: boolean;
  oracleValid: boolean;
}

/** An account at one block: its positions and its LP shares with what they redeem for. */
export interface AccountState {
  blockNumber: bigint;
  owner: Address;
  positions: AccountPosition[];
  lp: {
    shares: bigint;
    /** What the shares are worth now (convertToAssets). */
    assets: bigint;
    /** What redeeming all shares would pay now (previewRedeem). */
    previewRedeem: bigint;
    /** Most it can withdraw now (cash permitting). */
    maxWithdraw: bigint;
    maxRedeem: bigint;
  };
}

export async function readAccount(ctx: Context, owner: Address, options?: ReadOptions): Promise<AccountState> {
  const at = await pin(ctx, options);
  const { publicClient: c, addresses: a, deployment } = ctx;
  const pool = { address: a.LendingPool, abi: lendingPoolAbi, ...at } as const;
  const keys = deployment.collaterals.map((col) => ({ collateralId: col.id, owner }));
  const [views, shares, maxWithdraw, maxRedeem] = await Promise.all([
    c.readContract({ address: a.MarketLens, abi: marketLensAbi, functionName: "positions", args: [keys], ...at }),
    c.readContract({ ...pool, functionName: "balanceOf", args: [owner] }),
    c.readContract({ ...pool, functionName: "maxWithdraw", args: [owner] }),
    c.readContract({ ...pool, functionName: "maxRedeem", args: [owner] }),
  ]);
  const [assets, previewRedeem] = await Promise.all([
    c.readContract({ ...pool, functionName: "convertToAssets", args: [shares] }),
    c.readContract({ ...pool, functionName: "previewRedeem", args: [shares] }),
  ]);
  const symbol = (id: number) => deployment.collaterals.find((col) => col.id === id)?.symbol ?? `#${id}`;
  return {
    blockNumber: at.blockNumber,
    owner,
    positions: views
      .filter((v) => v.collateral !== 0n || v.debt !== 0n)
      .map((v) => ({
        collateralId: v.collateralId,
        symbol: symbol(v.collateralId),
        collateral: v.collateral,
        debt: v.debt,
        collateralValue: v.collateralValue,
        healthFactor: v.debt === 0n ? MAX_UINT256 : v.healthFactor,
        maxBorrow: v.maxBorrow,
        liquidatable: v.liquidatable,
        oracleValid: v.oracleValid,
      })),
    lp: { shares, assets, previewRedeem, maxWithdraw, maxRedeem },
  };
}
