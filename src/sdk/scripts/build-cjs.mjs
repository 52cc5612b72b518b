#!/usr/bin/env node
// The package's CommonJS build, for consumers that `require("@keepersuite/sdk")`: one esbuild bundle of
// src/index.ts into dist/index.cjs (viem stays a peer dependency: required, not bundled). The ES module build and
// the type declarations are tsc's (dist/index.js, dist/index.d.ts); package.json's `exports` picks one by condition.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [path.join(SDK, "src/index.ts")],
  outfile: path.join(SDK, "dist/index.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
