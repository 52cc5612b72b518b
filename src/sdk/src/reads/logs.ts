// eth_getLogs in chunks: public RPCs cap a request's block range (often 1,000-10,000 blocks) or its result
// size; a chunk the node refuses is split in half until it passes.
import type { Address, Log } from "viem";
import type { Context } from "../context.js";

export async function getLogsChunked(
  ctx: Context,
  params: { address: Address | Address[]; fromBlock: bigint; toBlock: bigint; event?: never },
): Promise<Log[]> {
  const out: Log[] = [];
  let size = ctx.logChunkSize;
  let from = params.fromBlock;
  while (from <= params.toBlock) {
    const to = from + size - 1n < params.toBlock ? from + size - 1n : params.toBlock;
    try {
      const logs = await ctx.publicClient.getLogs({ address: params.address, fromBlock: from, toBlock: to });
      out.push(...(logs as Log[]));
      from = to + 1n;
    } catch (e) {
      if (size === 1n) throw e;
      size = size / 2n;
    }
  }
  return out;
}
