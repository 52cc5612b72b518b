#!/usr/bin/env node
// forge needs a native `solc` executable and cannot download one here (offline, none served); Hardhat
// already compiles with the pinned npm solcjs (node_modules/solc). This shim makes solcjs answer the two
// calls forge makes: `--version` and `--standard-json` (JSON on stdin, JSON on stdout), resolving any
// import forge did not inline from its --base-path / --include-path directories (e.g. node_modules).
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const args = process.argv.slice(2);
if (args.includes("--version")) {
  // The same compiler build as a native binary would report; forge checks the version line's shape.
  console.log(`solc, the solidity compiler commandline interface\nVersion: ${solc.version().replace("Emscripten.clang", "Linux.g++")}`);
  process.exit(0);
}
const roots = [];
for (let i = 0; i < args.length; i++) if (args[i] === "--base-path" || args[i] === "--include-path") roots.push(args[++i]);
const findImports = (p) => {
  for (const r of [...roots, process.cwd()]) {
    const f = path.resolve(r, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, "utf8") };
  }
  return { error: `File not found: ${p}` };
};
process.stdout.write(solc.compile(fs.readFileSync(0, "utf8"), { import: findImports }));
