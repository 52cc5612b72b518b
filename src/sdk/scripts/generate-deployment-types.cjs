#!/usr/bin/env node
// Generates src/sdk/src/deployment.generated.ts from deploy-scripts/schema/deployments.schema.json: the
// deployments file's TypeScript types, and the schema itself (the subset loadDeployment validates with), so the
// SDK's type and its checks follow the schema deploy.js writes against instead of a hand-written copy.
//
//   node src/sdk/scripts/generate-deployment-types.cjs          regenerate (after the schema changed)
//   node src/sdk/scripts/generate-deployment-types.cjs --check  exit 1 when the checked-in file differs
//
// JSON Schema subset understood (what the schema uses; anything else stops the generator, so a schema change
// the SDK cannot follow is noticed): type (one or a list), const, enum, properties, required, additionalProperties,
// items, $ref to #/definitions/*, oneOf, pattern, minimum, maximum, minItems, minLength, propertyNames, and
// if/then/else (kept for validation only: a conditional requirement does not change the type, whose keys it
// names are optional). A key that is required but declared only through additionalProperties gets that type.
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../../..");
const SCHEMA = path.join(ROOT, "deploy-scripts/schema/deployments.schema.json");
const OUT = path.resolve(__dirname, "../src/deployment.generated.ts");

const KNOWN = new Set([
  "$schema", "$id", "title", "description", "type", "const", "enum", "properties", "required", "additionalProperties",
  "items", "$ref", "oneOf", "pattern", "minimum", "maximum", "minItems", "minLength", "propertyNames", "if", "then", "else",
  "definitions", "not",
]);
// Kept in the validation schema (descriptions and titles are not needed at run time).
const VALIDATION_KEYS = ["type", "const", "enum", "properties", "required", "additionalProperties", "items", "$ref", "oneOf",
  "pattern", "minimum", "maximum", "minItems", "minLength", "propertyNames", "if", "then", "else", "not"];

const pascal = (s) => s.replace(/(^|[-_])([a-z])/g, (_, __, c) => c.toUpperCase());
const defName = (ref) => {
  const m = /^#\/definitions\/(\w+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref} (only #/definitions/<name>)`);
  return m[1] === "deployment" ? "DeploymentContract" : `Deployment${pascal(m[1])}`;
};
const ADDRESS = "^0x[0-9a-fA-F]{40}$";
const HASH = "^0x[0-9a-fA-F]{64}$";
const keyName = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
const doc = (s, indent) => (s.description ? `${indent}/** ${s.description.replace(/\*\//g, "*\\/")} */\n` : "");

function check(s, where) {
  for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`${where}: unsupported schema keyword ${k}`);
}

function scalar(t, s, indent, where) {
  switch (t) {
    case "string":
      if (s.pattern === ADDRESS || s.pattern === HASH) return "`0x${string}`";
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return `${s.items ? typeOf(s.items, indent, `${where}[]`) : "unknown"}[]`;
    default:
      throw new Error(`unsupported type ${t}`);
  }
}

function typeOf(s, indent, where) {
  check(s, where);
  if (s.$ref) return defName(s.$ref);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.oneOf) return s.oneOf.map((b, i) => typeOf(b, indent, `${where}.oneOf[${i}]`)).join(" | ");
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties || s.required ? ["object"] : [];
  if (types.length === 0) return "unknown";
  return types.map((t) => (t === "object" ? objectType(s, indent, where) : scalar(t, s, indent, where))).join(" | ");
}

function objectType(s, indent, where = "") {
  const inner = `${indent}  `;
  const required = new Set(s.required ?? []);
  const props = s.properties ?? {};
  const extra = typeof s.additionalProperties === "object" ? s.additionalProperties : undefined;
  const lines = [];
  const seen = new Set();
  for (const [k, v] of Object.entries(props)) {
    seen.add(k);
    lines.push(`${doc(v, inner)}${inner}${keyName(k)}${required.has(k) ? "" : "?"}: ${typeOf(v, inner, `${where}.${k}`)};`);
  }
  for (const k of required) {
    if (seen.has(k)) continue;
    if (!extra) throw new Error(`${where}: required key ${k} has no type (no property, no additionalProperties)`);
    lines.push(`${inner}${keyName(k)}: ${typeOf(extra, inner, `${where}.${k}`)};`);
  }
  if (extra) {
    const types = new Set([typeOf(extra, inner, `${where}.*`), ...Object.entries(props).map(([k, v]) => typeOf(v, inner, `${where}.${k}`))]);
    // Optional properties carry `undefined`, which the index signature must then admit too.
    const optional = Object.keys(props).some((k) => !required.has(k));
    lines.push(`${inner}[key: string]: ${[...types].join(" | ")}${optional ? " | undefined" : ""};`);
  }
  return lines.length ? `{\n${lines.join("\n")}\n${indent}}` : "Record<string, unknown>";
}

function validationSchema(s) {
  if (Array.isArray(s)) return s.map(validationSchema);
  if (typeof s !== "object" || s === null) return s;
  const out = {};
  for (const k of VALIDATION_KEYS) {
    if (!(k in s)) continue;
    const v = s[k];
    if (k === "properties") out[k] = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, validationSchema(ps)]));
    else out[k] = validationSchema(v);
  }
  return out;
}

function generate() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8"));
  check(schema, "root");
  const parts = [
    "// Generated by src/sdk/scripts/generate-deployment-types.cjs from deploy-scripts/schema/deployments.schema.json",
    "// (`npm run sdk:types`; the SDK's test runs it with --check). Do not edit by hand.",
    "",
    "/** A JSON Schema node, as far as loadDeployment's validator reads it. */",
    "export interface SchemaNode {",
    "  type?: string | string[];",
    "  const?: unknown;",
    "  enum?: unknown[];",
    "  properties?: Record<string, SchemaNode>;",
    "  required?: string[];",
    "  additionalProperties?: SchemaNode | boolean;",
    "  items?: SchemaNode;",
    "  $ref?: string;",
    "  oneOf?: SchemaNode[];",
    "  pattern?: string;",
    "  minimum?: number;",
    "  maximum?: number;",
    "  minItems?: number;",
    "  minLength?: number;",
    "  propertyNames?: SchemaNode;",
    "  if?: SchemaNode;",
    "  then?: SchemaNode;",
    "  else?: SchemaNode;",
    "  not?: SchemaNode;",
    "}",
    "",
  ];
  for (const [name, def] of Object.entries(schema.definitions ?? {})) {
    parts.push(`${doc(def, "")}export type ${defName(`#/definitions/${name}`)} = ${typeOf(def, "", name)};`, "");
  }
  parts.push(`/** ${schema.title}. ${schema.description} */`);
  parts.push(`export interface DeploymentDocument ${objectType(schema, "", "root")}`, "");
  parts.push("/** The schema's definitions and root, for validation. */");
  parts.push(`export const deploymentSchema: SchemaNode & { definitions: Record<string, SchemaNode> } = ${JSON.stringify(
    { ...validationSchema(schema), definitions: Object.fromEntries(Object.entries(schema.definitions ?? {}).map(([k, v]) => [k, validationSchema(v)])) },
    null, 2)};`, "");
  return parts.join("\n");
}

const text = generate();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (current !== text) {
    console.error(`${path.relative(ROOT, OUT)} differs from ${path.relative(ROOT, SCHEMA)}: run \`npm run sdk:types\` and commit the result`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} matches ${path.relative(ROOT, SCHEMA)}`);
} else {
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}
