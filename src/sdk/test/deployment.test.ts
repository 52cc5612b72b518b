import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { DeploymentError, loadDeployment } from "../src/index.js";

const addr = (n: number) => `0x${n.toString(16).padStart(40, "0")}`;
const hash = `0x${"ab".repeat(32)}`;
const deployed = (n: number, name: string) => ({ address: addr(n), abi: name, contractName: name, constructorArgs: [], txHash: hash, blockNumber: 1 });
// A document with every key the schema requires (deploy-scripts/schema/deployments.schema.json), and one it does not know.
const doc = {
  schemaVersion: 3,
  network: "localhost",
  chainId: 31337,
  deployBlock: 1,
  deployedAt: "2026-12-07T00:00:00.000Z",
  git: { commit: null, dirty: null },
  parametersFile: { path: "deploy-config/localhost.json" },
  deployer: addr(90),
  admin: addr(90),
  adminKind: "eoa",
  pauser: addr(90),
  roles: { deployerHoldsNone: false, checked: [] },
  debtAsset: { symbol: "USDC", decimals: 6, address: addr(1), mock: true },
  contracts: Object.fromEntries(
    ["LendingPool", "Market", "MarketLens", "DebtAsset", "Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"].map((n, i) => [n, deployed(i + 2, n)]),
  ),
  collateralAbis: { collateralToken: "IERC20Metadata", oracle: "ChainlinkOracle", aggregator: "AggregatorV3Interface" },
  collaterals: [{
    id: 1, symbol: "WETH", decimals: 18, token: addr(20), oracle: addr(21), aggregator: addr(22), feedDecimals: 8, maxStaleness: 3600,
    tokenMock: true, feedMock: true,
    deployments: { token: deployed(20, "IERC20Metadata"), feed: deployed(22, "AggregatorV3Interface"), oracle: deployed(21, "ChainlinkOracle") },
    params: { maxLtv: "800000000000000000", liquidationThreshold: "850000000000000000", liquidationBonus: "50000000000000000", debtCeiling: "0", dust: "0" },
  }],
  parameters: {
    pool: { rateParams: { baseRate: "0", slope1: "0", slope2: "0", optimalUtilization: "0" }, reserveFactor: "0", recoveryUnlockPeriod: "43200", recoveryEpoch: "21600", shareDecimals: 12 },
    market: { closeFactor: "0", closeFactorHfThreshold: "0", insuranceCut: "0", smallPositionValue: "0", minBonusShare: "0" },
  },
  units: {},
  calls: [],
  ignition: { deploymentId: "chain-31337", journal: null },
  dex: null,
  abis: {},
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

  it("names every wrong key, checked against the schema's required keys, types and patterns", async () => {
    const { git: _git, ...withoutGit } = doc;
    const bad = {
      ...withoutGit,
      chainId: "31337",
      adminKind: "multisig",
      contracts: { ...doc.contracts, Waterfall: undefined, Market: { ...doc.contracts.Market, address: "0x12" } },
      collaterals: [{ ...doc.collaterals[0]!, params: { ...doc.collaterals[0]!.params, dust: 5 } }],
      dex: 5,
    };
    delete (bad.contracts as Record<string, unknown>).Waterfall;
    await assert.rejects(loadDeployment(bad), (e: unknown) => {
      assert.ok(e instanceof DeploymentError);
      assert.deepEqual(e.problems, [
        "git is missing",
        "chainId must be a positive integer",
        'adminKind must be one of "eoa", "safe", "timelock"',
        "contracts.Market.address must be an address",
        "collaterals[0].params.dust must be a string",
        "dex must be null or an object",
        "contracts.Waterfall is missing",
      ]);
      return true;
    });
    // A schema-2 file (before the ABI names and keys of schema 3) is refused by its version, not misread.
    await assert.rejects(loadDeployment({ ...doc, schemaVersion: 2 }), /schemaVersion must be 3/);
    // A deployed contract needs its deployment record; an existing one must not claim constructor arguments.
    const { txHash: _tx, ...noTx } = doc.contracts.Market!;
    await assert.rejects(loadDeployment({ ...doc, contracts: { ...doc.contracts, Market: noTx } }), /contracts\.Market\.txHash is missing/);
    await assert.rejects(
      loadDeployment({ ...doc, contracts: { ...doc.contracts, DebtAsset: { ...doc.contracts.DebtAsset!, existing: true } } }),
      /contracts\.DebtAsset must not have constructorArgs/,
    );
    await assert.rejects(loadDeployment("/nonexistent/localhost.json"), /ENOENT/);
    await assert.rejects(loadDeployment("{ not json"), SyntaxError);
  });

  it("checksums every address the schema declares as one", async () => {
    const lower = { ...doc, deployer: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266" };
    const d = await loadDeployment(lower);
    assert.equal(d.deployer, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  });
});
