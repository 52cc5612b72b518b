// Deliberate mistakes, each on a line marked `// must fail`: tsc must report an error on every marked line
// and on no other (test/package.test.ts).
import { createPublicClient, http, parseEventLogs, type Address } from "viem";
import { hardhat } from "viem/chains";
import { abis, createKeeperSuiteClient, loadDeployment } from "@keepersuite/sdk";

export async function mistakes(owner: Address) {
  const deployment = await loadDeployment("deployments/localhost.json");
  const publicClient = createPublicClient({ chain: hardhat, transport: http() });
  const lens = deployment.contracts.MarketLens.address;
  await publicClient.readContract({ address: lens, abi: abis.MarketLens, functionName: "poolStat" }); // must fail
  await publicClient.readContract({ address: lens, abi: abis.MarketLens, functionName: "position", args: [1, 42n] }); // must fail
  const ks = createKeeperSuiteClient({ publicClient, deployment });
  const w = await ks.waterfall();
  if (w.step === "Takee") return; // must fail
  await ks.account(42n); // must fail
  const p = await ks.pool();
  const s: string = p.sharePrice; // must fail
  parseEventLogs({ abi: abis.Market, logs: [], eventName: "DeficitRecord" }); // must fail
  return [owner, s];
}
