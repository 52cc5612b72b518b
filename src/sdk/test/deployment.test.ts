import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { DeploymentError, loadDeployment } from "../src/index.js";

const addr = (n: number) => `0x${n.toString(16).padStart(40, "0")}`;
const doc = {
  schemaVersion: 2,
  network: "localhost",
  chainId: 31337,
  deployBlock: 1,
  debtAsset: { symbol: "USDC", decimals: 6, address: addr(1) },
  contracts: Object.fromEntries(
    ["LendingPool", "Market", "MarketLens", "DebtAsset", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"].map((n, i) => [n, { address: addr(i + 2), abi: n }]),
  ),
  collaterals: [{ id: 1, symbol: "WETH", decimals: 18, token: addr(20), oracle: addr(21), aggregator: addr(22), feedDecimals: 8, maxStaleness: 3600, params: {} }],
  extraKey: "kept",
};

describe("loadDeployment", () => {
  it("loads the parsed object, JSON text, a path and a file URL alike", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ks-sdk-deploy-"));
    try {
      const file = path.join(dir, "localhost.json");
      writeFileSync(file, JSON.stringify(doc));
      for (const source of [doc, JSON.stringify(doc), file, pathToFileURL(file)]) {
        const d = await loadDeployment(source);
        assert.equal(d.chainId, 31337);
        assert.equal(d.contracts.Waterfall.address, "0x0000000000000000000000000000000000000006");
        assert.equal(d.collaterals[0]!.symbol, "WETH");
        assert.equal((d as unknown as { extraKey: string }).extraKey, "kept");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names every wrong key", async () => {
    const bad = { ...doc, chainId: "31337", contracts: { ...doc.contracts, Waterfall: undefined, Market: { address: "0x12" } } };
    delete (bad.contracts as Record<string, unknown>).Waterfall;
    await assert.rejects(loadDeployment(bad), (e: unknown) => {
      assert.ok(e instanceof DeploymentError);
      assert.deepEqual(e.problems, ["chainId must be a non-negative integer", "contracts.Market.address must be an address", "contracts.Waterfall is missing"]);
      return true;
    });
    await assert.rejects(loadDeployment("/nonexistent/localhost.json"), /ENOENT/);
    await assert.rejects(loadDeployment("{ not json"), SyntaxError);
  });
});
