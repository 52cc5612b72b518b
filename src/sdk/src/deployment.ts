// The deployments/<network>.json document written by deploy-scripts/deploy.js (docs/deploying.md), typed from its
// JSON Schema (deploy-scripts/schema/deployments.schema.json, through deployment.generated.ts) and loaded from
// wherever it was copied: a path (Node), a URL (browser or Node), JSON text or the parsed object. The document is
// checked against the schema (every required key, types, constants, patterns, bounds) and the contracts the SDK
// calls; keys the schema does not know are kept as written.
import { getAddress, type Address } from "viem";
import { deploymentSchema, type DeploymentContract, type DeploymentDocument, type SchemaNode } from "./deployment.generated.js";

export type { DeploymentDocument } from "./deployment.generated.js";

/** A contract entry: its address and the key of `abis` to call it with (and how it was deployed). */
export type DeployedContract = DeploymentContract & { address: Address };

/** A collateral type as listed by the deployment (ratios are WAD decimal strings, amounts base units). */
export type DeployedCollateral = DeploymentDocument["collaterals"][number];

/** The contracts every full KeeperSuite deployment has (the schema requires the first four; the SDK all). */
export const DEPLOYED_CONTRACTS = [
  "LendingPool", "Market", "MarketLens", "DebtAsset", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken",
] as const;
export type DeployedContractName = (typeof DEPLOYED_CONTRACTS)[number];

/** deployments/<network>.json as the schema describes it, with every contract the SDK calls present. */
export type Deployment = Omit<DeploymentDocument, "contracts"> & {
  contracts: Record<DeployedContractName, DeployedContract> & Record<string, DeployedContract>;
};

/** The deployments file is not one the SDK can use; `problems` lists every key that is wrong. */
export class DeploymentError extends Error {
  constructor(readonly problems: string[], source: string) {
    super(`invalid KeeperSuite deployment (${source}): ${problems.join("; ")}`);
    this.name = "DeploymentError";
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const ADDRESS_PATTERN = "^0x[0-9a-fA-F]{40}$";

const typeMatches = (v: unknown, t: string) => {
  switch (t) {
    case "object": return isObject(v);
    case "array": return Array.isArray(v);
    case "integer": return Number.isInteger(v);
    case "number": return typeof v === "number" && Number.isFinite(v);
    case "null": return v === null;
    default: return typeof v === t;
  }
};
const article = (t: string) => (t === "null" ? "null" : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
/** "a string", "a positive integer", "an address or null": what a value of `node` must be. */
const expected = (node: SchemaNode): string => {
  if (node.pattern === ADDRESS_PATTERN) return "an address";
  return [node.type ?? []].flat().map((t) => (t !== "integer" || node.minimum === undefined ? article(t) : node.minimum >= 1 ? "a positive integer" : node.minimum === 0 ? "a non-negative integer" : article(t))).join(" or ");
};

/**
 * The problems of `v` against `node` (the subset of JSON Schema the deployments schema uses), each naming its key.
 * Addresses are checksummed in place of the written ones.
 */
function validate(v: unknown, node: SchemaNode, key: string, problems: string[]): unknown {
  const at = key || "the document";
  if (node.$ref) {
    const name = node.$ref.replace("#/definitions/", "");
    const def = deploymentSchema.definitions[name];
    if (!def) throw new Error(`deployments schema: unknown $ref ${node.$ref}`);
    return validate(v, def, key, problems);
  }
  if (node.oneOf) {
    // The first branch without problems wins; otherwise the problems of the branch whose type matched.
    let fallback: string[] | undefined;
    for (const branch of node.oneOf) {
      const own: string[] = [];
      const out = validate(v, branch, key, own);
      if (own.length === 0) return out;
      const t = branch.type;
      if (fallback === undefined || (t !== undefined && [t].flat().some((x) => typeMatches(v, x)))) fallback = own;
    }
    // No branch of the value's type: say which types are allowed.
    const typed = node.oneOf.filter((b) => b.type !== undefined && [b.type].flat().some((x) => typeMatches(v, x)));
    problems.push(...(typed.length ? fallback ?? [] : [`${at} must be ${node.oneOf.map(expected).join(" or ")}`]));
    return v;
  }
  if (node.const !== undefined && v !== node.const) {
    problems.push(`${at} must be ${JSON.stringify(node.const)}`);
    return v;
  }
  if (node.enum && !node.enum.includes(v)) {
    problems.push(`${at} must be one of ${node.enum.map((e) => JSON.stringify(e)).join(", ")}`);
    return v;
  }
  const types = node.type === undefined ? [] : [node.type].flat();
  if (types.length && !types.some((t) => typeMatches(v, t))) {
    problems.push(`${at} must be ${expected(node)}`);
    return v;
  }
  if (typeof v === "string") {
    if (node.pattern !== undefined && !new RegExp(node.pattern).test(v)) {
      problems.push(node.pattern === ADDRESS_PATTERN ? `${at} must be an address` : `${at} must match /${node.pattern}/`);
      return v;
    }
    if (node.minLength !== undefined && v.length < node.minLength) problems.push(`${at} must not be empty`);
    return node.pattern === ADDRESS_PATTERN ? getAddress(v) : v;
  }
  if (typeof v === "number") {
    if (node.minimum !== undefined && v < node.minimum) problems.push(`${at} must be at least ${node.minimum}`);
    if (node.maximum !== undefined && v > node.maximum) problems.push(`${at} must be at most ${node.maximum}`);
    return v;
  }
  if (Array.isArray(v)) {
    if (node.minItems !== undefined && v.length < node.minItems) problems.push(`${at} must have at least ${node.minItems} item(s)`);
    return node.items ? v.map((item, i) => validate(item, node.items!, `${key}[${i}]`, problems)) : v;
  }
  if (isObject(v)) {
    const out: Json = { ...v };
    for (const name of node.required ?? []) if (!(name in v)) problems.push(`${key ? `${key}.` : ""}${name} is missing`);
    for (const [name, value] of Object.entries(v)) {
      const child = key ? `${key}.${name}` : name;
      if (node.propertyNames?.pattern !== undefined && !new RegExp(node.propertyNames.pattern).test(name)) {
        problems.push(`${child}: the key must match /${node.propertyNames.pattern}/`);
      }
      const schema = node.properties?.[name] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
      if (schema) out[name] = validate(value, schema, child, problems);
      else if (node.additionalProperties === false) problems.push(`${child} is not allowed`);
    }
    if (node.if) {
      const probe: string[] = [];
      validate(v, node.if, key, probe);
      const branch = probe.length === 0 ? node.then : node.else;
      if (branch) validate(v, branch, key, problems);
    }
    if (node.not) {
      const probe: string[] = [];
      validate(v, node.not, key, probe);
      if (probe.length === 0) {
        problems.push(node.not.required ? `${at} must not have ${node.not.required.join(", ")}` : `${at} has a form the schema forbids`);
      }
    }
    return out;
  }
  return v;
}

/**
 * Checks a parsed document against the deployments schema (and that every contract the SDK calls is listed) and
 * returns it typed, addresses checksummed; throws DeploymentError naming every wrong key.
 */
export function parseDeployment(doc: unknown, source = "object"): Deployment {
  if (!isObject(doc)) throw new DeploymentError(["not a JSON object"], source);
  const problems: string[] = [];
  const out = validate(doc, deploymentSchema, "", problems) as Json;
  if (isObject(doc.contracts)) {
    for (const name of DEPLOYED_CONTRACTS) {
      if (!(name in doc.contracts) && !problems.includes(`contracts.${name} is missing`)) problems.push(`contracts.${name} is missing`);
    }
  }
  if (problems.length) throw new DeploymentError(problems, source);
  return out as unknown as Deployment;
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
