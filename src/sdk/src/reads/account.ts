// account(owner) is one MarketLens.account(owner) call (positions on every collateral type, LP shares and
// previews, all at one block), mapped onto AccountState.
import type { Address } from "viem";
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
  const v = await c.readContract({ address: a.MarketLens, abi: marketLensAbi, functionName: "account", args: [owner], ...at });
  const symbol = (id: number) => deployment.collaterals.find((col) => col.id === id)?.symbol ?? `#${id}`;
  return {
    blockNumber: at.blockNumber,
    owner,
    // The lens returns only the positions that hold collateral or debt.
    positions: v.positions.map((p) => ({
      collateralId: p.collateralId,
      symbol: symbol(p.collateralId),
      collateral: p.collateral,
      debt: p.debt,
      collateralValue: p.collateralValue,
      healthFactor: p.debt === 0n ? MAX_UINT256 : p.healthFactor,
      maxBorrow: p.maxBorrow,
      liquidatable: p.liquidatable,
      oracleValid: p.oracleValid,
    })),
    // The pool does not override ERC-4626's conversions: convertToAssets(shares) == previewRedeem(shares).
    lp: { shares: v.shares, assets: v.shareValue, previewRedeem: v.shareValue, maxWithdraw: v.maxWithdraw, maxRedeem: v.maxRedeem },
  };
}
