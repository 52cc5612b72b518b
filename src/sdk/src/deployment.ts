// The deployments/<network>.json document written by deploy-scripts/deploy.js (README "Deploying"), typed,
// and loaded from wherever it was copied: a path (Node), a URL (browser or Node), JSON text or the parsed
// object. Only the keys the SDK relies on are checked; everything else is kept as written.
import { getAddress, isAddress, type Address } from "viem";

/** A contract entry: its address and the name (or abi/<Name>.json path) of its ABI. */
export interface DeployedContract {
  address: Address;
  abi: string;
}

/** A collateral type as listed by the deployment (ratios are WAD decimal strings, amounts base units). */
export interface DeployedCollateral {
  id: number;
  symbol: string;
  decimals: number;
  token: Address;
  oracle: Address;
  /** The price feed behind `oracle` (mock feeds on local chains and testnets). */
  aggregator?: Address;
  feedDecimals: number;
  maxStaleness: number;
  params: {
    maxLtv: string;
    liquidationThreshold: string;
    liquidationBonus: string;
    debtCeiling: string;
    dust: string;
  };
}

/** The contracts every KeeperSuite deployment has. */
export const DEPLOYED_CONTRACTS = [
  "LendingPool", "Market", "MarketLens", "DebtAsset", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken",
] as const;
export type DeployedContractName = (typeof DEPLOYED_CONTRACTS)[number];

/** deployments/<network>.json, schema version 2. */
export interface Deployment {
  schemaVersion: number;
  network: string;
  chainId: number;
  /** First block of the deployment: event scans start here. */
  deployBlock: number;
  deployedAt?: string;
  deployer?: Address;
  admin?: Address;
  debtAsset: { symbol: string; decimals: number; address: Address };
  contracts: Record<DeployedContractName, DeployedContract> & Record<string, DeployedContract>;
  collateralAbis?: Record<string, string>;
  collaterals: DeployedCollateral[];
  parameters?: Record<string, unknown>;
  abis?: Record<string, unknown>;
}

/** The deployments file is not one the SDK can use; `problems` lists every key that is wrong. */
export class DeploymentError extends Error {
  constructor(readonly problems: string[], source: string) {
    super(`invalid KeeperSuite deployment (${source}): ${problems.join("; ")}`);
    this.name = "DeploymentError";
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks a parsed document and returns it typed, addresses checksummed; throws DeploymentError. */
export function parseDeployment(doc: unknown, source = "object"): Deployment {
  const problems: string[] = [];
  if (!isObject(doc)) throw new DeploymentError(["not a JSON object"], source);
  const int = (v: unknown, key: string) => {
    if (!Number.isInteger(v) || (v as number) < 0) problems.push(`${key} must be a non-negative integer`);
  };
  const address = (v: unknown, key: string): Address => {
    if (typeof v !== "string" || !isAddress(v, { strict: false })) {
      problems.push(`${key} must be an address`);
      return v as Address;
    }
    return getAddress(v);
  };
  int(doc.schemaVersion, "schemaVersion");
  int(doc.chainId, "chainId");
  int(doc.deployBlock, "deployBlock");
  const out = { ...doc } as unknown as Deployment;
  if (!isObject(doc.debtAsset)) problems.push("debtAsset must be an object");
  else {
    int(doc.debtAsset.decimals, "debtAsset.decimals");
    out.debtAsset = { ...(doc.debtAsset as Deployment["debtAsset"]), address: address(doc.debtAsset.address, "debtAsset.address") };
  }
  if (!isObject(doc.contracts)) problems.push("contracts must be an object");
  else {
    const contracts: Json = {};
    for (const [name, entry] of Object.entries(doc.contracts)) {
      if (!isObject(entry)) problems.push(`contracts.${name} must be an object`);
      else contracts[name] = { ...entry, address: address(entry.address, `contracts.${name}.address`) };
    }
    for (const name of DEPLOYED_CONTRACTS) if (!(name in doc.contracts)) problems.push(`contracts.${name} is missing`);
    out.contracts = contracts as Deployment["contracts"];
  }
  if (!Array.isArray(doc.collaterals)) problems.push("collaterals must be an array");
  else {
    out.collaterals = doc.collaterals.map((c: unknown, i: number) => {
      if (!isObject(c)) {
        problems.push(`collaterals[${i}] must be an object`);
        return c as DeployedCollateral;
      }
      int(c.id, `collaterals[${i}].id`);
      int(c.decimals, `collaterals[${i}].decimals`);
      return {
        ...(c as unknown as DeployedCollateral),
        token: address(c.token, `collaterals[${i}].token`),
        oracle: address(c.oracle, `collaterals[${i}].oracle`),
        ...(c.aggregator === undefined ? {} : { aggregator: address(c.aggregator, `collaterals[${i}].aggregator`) }),
      };
    });
  }
  if (problems.length) throw new DeploymentError(problems, source);
  return out;
}

const isNode = () => typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";

/**
 * Loads a deployments file: the parsed object, JSON text, a URL (fetched), or a file path (Node). In a
 * browser a relative path is fetched relative to the page.
 */
export async function loadDeployment(pathOrJson: string | URL | object): Promise<Deployment> {
  if (typeof pathOrJson === "object" && !(pathOrJson instanceof URL)) return parseDeployment(pathOrJson);
  const source = String(pathOrJson);
  if (source.trimStart().startsWith("{")) return parseDeployment(JSON.parse(source), "JSON text");
  const isUrl = pathOrJson instanceof URL || /^(https?|file|data):/i.test(source);
  let text: string;
  if (isNode() && (!isUrl || source.startsWith("file:"))) {
    // Kept out of browser bundles: only reached under Node.
    const fs = await import("node:fs/promises");
    text = await fs.readFile(source.startsWith("file:") ? new URL(source) : source, "utf8");
  } else {
    const response = await fetch(source);
    if (!response.ok) throw new DeploymentError([`HTTP ${response.status} fetching it`], source);
    text = await response.text();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new DeploymentError([`not JSON: ${(e as Error).message}`], source);
  }
  return parseDeployment(parsed, source);
}
