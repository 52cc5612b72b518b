// The package as an integrator gets it: `npm pack`, installed into a folder outside the repository (viem
// comes from the registry as its peer dependency), imported at run time, and type-checked with
// `tsc --noEmit` over test/consumer/: consumer.ts must compile, and every line of misspelt.ts marked
// `// must fail` (a misspelt functionName, a wrong argument type, ...) must be an error, and nothing else.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSC = path.resolve(SDK, "../../node_modules/.bin/tsc");
const CONSUMER_SRC = path.join(SDK, "test/consumer");
const VIEM = JSON.parse(readFileSync(path.join(SDK, "package.json"), "utf8")).devDependencies.viem as string;

describe("the packed package in a consumer folder outside the repository", () => {
  let work: string;
  let consumer: string;
  let tarball: string;

  before(async () => {
    work = mkdtempSync(path.join(tmpdir(), "ks-sdk-pack-"));
    // The consumer folder is kept between runs (deleting an installed viem, 14k files, can take longer than
    // installing it); the package itself is removed and installed afresh from the new tarball every run.
    consumer = path.join(tmpdir(), "keepersuite-sdk-consumer");
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: SDK });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(work, packed!.filename);
    const files = packed!.files.map((f) => f.path);
    assert.ok(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "package.json"].every((f) => files.includes(f)), `packed: ${files}`);
    assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("test/") || f.startsWith("dashboard/")), `packed sources or tests: ${files}`);
  });
  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("installs with npm and imports at run time", async () => {
    mkdirSync(consumer, { recursive: true });
    rmSync(path.join(consumer, "node_modules/@keepersuite"), { recursive: true, force: true });
    rmSync(path.join(consumer, "package-lock.json"), { force: true });
    writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `viem@${VIEM}`], { cwd: consumer, timeout: 180_000 });
    const script = `import * as sdk from "@keepersuite/sdk";
      console.log(JSON.stringify({ abis: Object.keys(sdk.abis), fns: ["createKeeperSuiteClient", "loadDeployment", "decodeRevert"].map((f) => typeof sdk[f]), take: sdk.Step.Take }));`;
    const { stdout } = await run("node", ["--input-type=module", "-e", script], { cwd: consumer });
    const out = JSON.parse(stdout) as { abis: string[]; fns: string[]; take: number };
    for (const name of ["LendingPool", "Market", "MarketLens", "Waterfall", "DebtAuction", "InsuranceFund", "RecoveryToken"]) {
      assert.ok(out.abis.includes(name), `abis.${name} missing`);
    }
    assert.deepEqual(out.fns, ["function", "function", "function"]);
    assert.equal(out.take, 3);
  });

  it("require()s from a CommonJS file (the package's cjs build, picked by the `require` condition)", async () => {
    // Runs after the install above. A .cjs file in the same folder: require must resolve through `exports`.
    writeFileSync(path.join(consumer, "consumer.cjs"), `const sdk = require("@keepersuite/sdk");
const resolved = require.resolve("@keepersuite/sdk");
sdk.loadDeployment(process.argv[2]).catch((e) => {
  console.log(JSON.stringify({
    resolved: resolved.slice(resolved.lastIndexOf("/dist/")),
    abis: Object.keys(sdk.abis), take: sdk.Step.Take, wad: String(sdk.WAD),
    isDeploymentError: e instanceof sdk.DeploymentError, problems: e.problems,
  }));
});
`);
    const { stdout } = await run("node", ["consumer.cjs", JSON.stringify({ schemaVersion: 3 })], { cwd: consumer });
    const out = JSON.parse(stdout) as { resolved: string; abis: string[]; take: number; wad: string; isDeploymentError: boolean; problems: string[] };
    assert.equal(out.resolved, "/dist/index.cjs");
    assert.ok(out.abis.includes("Waterfall") && out.abis.includes("MarketLens"), `abis: ${out.abis}`);
    assert.equal(out.take, 3);
    assert.equal(out.wad, (10n ** 18n).toString());
    assert.equal(out.isDeploymentError, true);
    assert.ok(out.problems.includes("network is missing"), `problems: ${out.problems}`);
  });

  it("tsc --noEmit accepts the consumer file and flags every deliberate mistake", async () => {
    for (const f of ["consumer.ts", "misspelt.ts", "tsconfig.json"]) copyFileSync(path.join(CONSUMER_SRC, f), path.join(consumer, f));
    const result = await run(TSC, ["-p", "tsconfig.json"], { cwd: consumer }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    const errors = [...result.out.matchAll(/^([\w.]+)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => ({ file: m[1], line: Number(m[2]), code: m[3] }));
    const marked = readFileSync(path.join(CONSUMER_SRC, "misspelt.ts"), "utf8")
      .split("\n")
      .flatMap((l, i) => (l.trimEnd().endsWith("// must fail") ? [i + 1] : []));
    assert.equal(result.code, 2, `tsc must fail on misspelt.ts:\n${result.out}`);
    assert.deepEqual(errors.filter((e) => e.file !== "misspelt.ts"), [], `errors outside misspelt.ts:\n${result.out}`);
    assert.deepEqual([...new Set(errors.map((e) => e.line))].sort((a, b) => a - b), marked, `flagged lines differ from the marked ones:\n${result.out}`);
    assert.match(result.out, /"poolStat"' is not assignable .* Did you mean '"poolState"'/);
  });
});
