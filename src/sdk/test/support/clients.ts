import { createPublicClient, createTestClient, createWalletClient, http, parseAbi, type Address } from "viem";
import { hardhat } from "viem/chains";
import { createKeeperSuiteClient, loadDeployment } from "../../src/index.js";
import type { Devnet } from "./devnet.js";

/** Mock tokens and feeds of the local deployment (deploy-scripts/deploy.js); mintable by anyone. */
export const mockErc20Abi = parseAbi(["function mint(address to, uint256 amount)", "function balanceOf(address) view returns (uint256)"]);
export const mockAggregatorAbi = parseAbi([
  "function setAnswer(int256 answer)",
  "function latestRoundData() view returns (uint80, int256, uint256, uint256, uint80)",
]);

export async function clientsFor(devnet: Devnet, onRequest?: (body: unknown) => void) {
  const chain = { ...hardhat, rpcUrls: { default: { http: [devnet.url] } } };
  const transport = http(devnet.url, {
    batch: true,
    onFetchRequest: onRequest
      ? async (request) => {
          onRequest(JSON.parse(await request.clone().text()));
        }
      : undefined,
  });
  const publicClient = createPublicClient({ chain, transport, pollingInterval: 50 });
  const deployment = await loadDeployment(devnet.deploymentPath);
  const sdk = createKeeperSuiteClient({ publicClient, deployment, logChunkSize: 7n });
  const accounts = (await devnet.rpc("eth_accounts")) as Address[];
  const wallet = (index: number) => createWalletClient({ account: accounts[index]!, chain, transport: http(devnet.url) });
  const testClient = createTestClient({ chain, mode: "hardhat", transport: http(devnet.url) });
  return { chain, publicClient, deployment, sdk, accounts, wallet, testClient };
}
