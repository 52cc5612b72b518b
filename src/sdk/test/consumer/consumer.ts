// An integrator's file: what `tsc --noEmit` must accept. Its twin misspelt.ts must be refused.
import { createPublicClient, http, parseEventLogs, type Address, type Log } from "viem";
import { hardhat } from "viem/chains";
import {
  abis, createKeeperSuiteClient, decodeRevert, formatHealthFactor, loadDeployment, Step, stepName, type PoolState, type WaterfallState,
} from "@keepersuite/sdk";

export async function dashboardLine(path: string, owner: Address): Promise<string> {
  const deployment = await loadDeployment(path);
  const publicClient = createPublicClient({ chain: hardhat, transport: http(undefined, { batch: true }) });
  const ks = createKeeperSuiteClient({ publicClient, deployment });

  const pool: PoolState = await ks.pool();
  const waterfall: WaterfallState = await ks.waterfall({ blockNumber: pool.blockNumber });
  const account = await ks.account(owner, { blockNumber: pool.blockNumber });
  const risk = await ks.positionsAtRisk();
  const events = await ks.history(BigInt(deployment.deployBlock), pool.blockNumber);

  // The ABIs are `as const`: results are typed, names and argument types are checked.
  const state = await publicClient.readContract({ address: deployment.contracts.MarketLens.address, abi: abis.MarketLens, functionName: "poolState" });
  const utilization: bigint = state.utilization;
  const [hfs, liquidatable, oracleValid] = await publicClient.readContract({
    address: deployment.contracts.MarketLens.address,
    abi: abis.MarketLens,
    functionName: "healthFactors",
    args: [[{ collateralId: 1, owner }]],
  });
  const wf = await publicClient.readContract({ address: deployment.contracts.Waterfall.address, abi: abis.Waterfall, functionName: "waterfallState" });
  const due: Step = wf.next as Step;
  const takeDue: boolean = waterfall.step === "Take" || stepName(due) === "Take";

  const liquidated = events.filter((e) => e.eventName === "Liquidated").length;
  // A liquidation receipt decodes with the Market's ABI alone, the pool's DeficitRecorded included.
  const receiptLogs: Log[] = [];
  const deficitIds: bigint[] = parseEventLogs({ abi: abis.Market, logs: receiptLogs, eventName: "DeficitRecorded" }).map((l) => l.args.deficitId);
  const error = decodeRevert("0x");
  return [
    utilization, deficitIds.length, hfs[0], liquidatable[0], oracleValid[0], takeDue, liquidated, error?.description,
    account.positions.map((p) => formatHealthFactor(p.healthFactor)).join(" "), risk.positions.length, waterfall.auction?.timeToFloor,
  ].join(",");
}
