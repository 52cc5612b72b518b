#!/usr/bin/env node
// Generates the Nethereum bindings in this folder from abi/*.json with Nethereum's own generator
// (nethereum-codegen, pinned in package.json): one namespace per contract,
// KeeperSuite.Contracts.<Contract> (service) and .<Contract>.ContractDefinition (messages, DTOs, errors).
//
//   npm run bindings            regenerate (after a contract's ABI changed)
//   npm run bindings -- --check exit 1 and name the files when the checked-in bindings differ
//
// The generator is driven through its in-memory API rather than `generateAllClasses` so that --check
// can compare without writing. No bytecode is passed: contracts are deployed by deploy-scripts/.
"use strict";
const fs = require("fs");
const path = require("path");
const abiDeserialiser = require("nethereum-codegen/AbiDeserialiser");
require("nethereum-codegen/Nethereum.Generators.DuoCode.js"); // defines the global `Nethereum`

const ROOT = path.resolve(__dirname, "../..");
const OUT = __dirname;
const BASE_NAMESPACE = "KeeperSuite.Contracts";
const CSHARP = 0;
// The deployed contracts (deployments/<network>.json "contracts" and the collateral token/oracle/feed).
const CONTRACTS = [
  "LendingPool", "Market", "MarketLens", "ChainlinkOracle", "InsuranceFund",
  "DebtAuction", "Waterfall", "RecoveryToken", "MockAggregator", "MockERC20", "FlashLiquidator",
  // Uniswap v3 (abi/ exported by deploy.js from @uniswap/v3-periphery): the keeper quotes and sells through them.
  "SwapRouter", "QuoterV2",
];

// The generator turns `MAX_X` and `maxX` into the same C# class name; refuse such an ABI with a clear message
// instead of generating code that does not compile.
function refuseCollisions(name, abi) {
  const seen = new Map();
  for (const item of JSON.parse(abi)) {
    if (!item.name) continue;
    const key = `${item.type}:${item.name.replace(/_/g, "").toLowerCase()}`;
    if (seen.has(key) && seen.get(key) !== item.name) {
      throw new Error(`${name}: ${item.type}s '${seen.get(key)}' and '${item.name}' map to one C# name; rename one in the contract`);
    }
    seen.set(key, item.name);
  }
}

function generate(name) {
  const abi = fs.readFileSync(path.join(ROOT, "abi", `${name}.json`), "utf8");
  refuseCollisions(name, abi);
  const contract = abiDeserialiser.buildContract(abi);
  const generator = new Nethereum.Generators.ContractProjectGenerator(
    contract, name, "", BASE_NAMESPACE, name, `${name}.ContractDefinition`, `${name}.ContractDefinition`,
    "", "/", CSHARP);
  return generator.GenerateAllMessagesFileAndService().map((file) => {
    const folder = file.get_OutputFolder().replace(/^\/+/, "");
    return {
      path: path.join(OUT, folder, file.get_FileName()),
      // Normalise line endings so the drift check does not depend on the generator's platform.
      code: file.get_GeneratedCode().replace(/\r\n/g, "\n"),
    };
  });
}

function main() {
  const check = process.argv.includes("--check");
  const files = CONTRACTS.flatMap(generate);
  const expected = new Set(files.map((f) => f.path));
  const drift = [];
  for (const file of files) {
    const current = fs.existsSync(file.path) ? fs.readFileSync(file.path, "utf8") : null;
    if (current === file.code) continue;
    drift.push(path.relative(ROOT, file.path));
    if (!check) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      fs.writeFileSync(file.path, file.code);
    }
  }
  // A binding of a contract that is no longer generated is drift too.
  for (const name of CONTRACTS) {
    for (const dir of [path.join(OUT, name), path.join(OUT, name, "ContractDefinition")]) {
      if (!fs.existsSync(dir)) continue;
      for (const entry of fs.readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (entry.endsWith(".cs") && !expected.has(full)) {
          drift.push(path.relative(ROOT, full));
          if (!check) fs.unlinkSync(full);
        }
      }
    }
  }
  if (check && drift.length > 0) {
    console.error(`Bindings differ from abi/*.json; run \`npm run bindings\` and commit:\n  ${drift.join("\n  ")}`);
    process.exit(1);
  }
  console.log(check ? `bindings current (${files.length} files)` : `${files.length} files, ${drift.length} changed`);
}

main();
