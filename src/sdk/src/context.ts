// What every read and write helper shares: the client, the deployment's addresses, and the block a read
// is pinned to.
import type { Address, Chain, PublicClient, Transport } from "viem";
import type { Deployment } from "./deployment.js";

export type AnyPublicClient = PublicClient<Transport, Chain | undefined>;

/** The addresses of the system's contracts in a deployment. */
export interface Addresses {
  LendingPool: Address;
  Market: Address;
  MarketLens: Address;
  Waterfall: Address;
  DebtAuction: Address;
  InsuranceFund: Address;
  RecoveryToken: Address;
  DebtAsset: Address;
}

export interface Context {
  publicClient: AnyPublicClient;
  deployment: Deployment;
  addresses: Addresses;
  /** Blocks per eth_getLogs request (public RPCs cap the range). */
  logChunkSize: bigint;
}

/** Every read helper takes one: pin it to a given block, or (default) to the latest block at the call. */
export interface ReadOptions {
  blockNumber?: bigint;
}

/** The block a read is pinned to: every eth_call of the read names it, so all its figures are one state. */
export interface Pinned {
  blockNumber: bigint;
}

export async function pin(ctx: Context, options?: ReadOptions): Promise<Pinned> {
  return { blockNumber: options?.blockNumber ?? (await ctx.publicClient.getBlockNumber({ cacheTime: 0 })) };
}

export function addressesOf(deployment: Deployment): Addresses {
  const c = deployment.contracts;
  return {
    LendingPool: c.LendingPool.address,
    Market: c.Market.address,
    MarketLens: c.MarketLens.address,
    Waterfall: c.Waterfall.address,
    DebtAuction: c.DebtAuction.address,
    InsuranceFund: c.InsuranceFund.address,
    RecoveryToken: c.RecoveryToken.address,
    DebtAsset: deployment.debtAsset.address,
  };
}
