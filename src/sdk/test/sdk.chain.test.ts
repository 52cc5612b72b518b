// The SDK against a real Hardhat node with the real contracts, deployed and seeded by deploy-scripts/.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { BaseError, ContractFunctionRevertedError, createPublicClient, custom, parseEventLogs, getAddress, hexToBigInt, numberToHex, parseUnits, stringToHex, type Address, type Hex } from "viem";
import {
  abis, createKeeperSuiteClient, curvePrice, decodeLog, decodeRevert, KeeperSuiteError, LiquidationStatus, MAX_UINT256, Step, stepDueOf, supplyApr, WAD,
} from "../src/index.js";
import { clientsFor, mockErc20Abi } from "./support/clients.js";
import { REPO, startDevnet, type Devnet } from "./support/devnet.js";

const USDC = (n: number | string) => parseUnits(String(n), 6);
// A write's preview is read at the latest block; the transaction runs one block (one second of interest)
// later, so outcome and preview agree to within that interest.
function near(actual: bigint, expected: bigint, message: string) {
  const diff = actual > expected ? actual - expected : expected - actual;
  assert.ok(diff * 1_000_000n <= expected + 1_000_000n, `${message}: ${actual} vs preview ${expected}`);
}

/** The error name viem itself decoded (with the ABI the call was made with), if any. */
function revertedWith(error: unknown): string | undefined {
  const found = error instanceof BaseError ? error.walk((e) => e instanceof ContractFunctionRevertedError) : null;
  return found instanceof ContractFunctionRevertedError ? found.data?.errorName : undefined;
}

describe("KeeperSuite SDK on a Hardhat node", () => {
  let devnet: Devnet;
  let env: Awaited<ReturnType<typeof clientsFor>>;
  const requests: unknown[] = [];

  before(async () => {
    devnet = await startDevnet();
    env = await clientsFor(devnet, (body) => requests.push(body));
  });
  after(async () => {
    await devnet?.stop();
  });

  // Every eth_call of a read, flattened out of JSON-RPC batches.
  const ethCalls = () =>
    requests.flatMap((b) => (Array.isArray(b) ? b : [b])).filter((r) => (r as { method: string }).method === "eth_call") as { params: [unknown, string] }[];

  it("pool(): share price and its parts add up, every call pinned to the read's block", async () => {
    requests.length = 0;
    const p = await env.sdk.pool();
    const calls = ethCalls();
    // MarketLens.poolState + poolDetails (share prices, rates, reserve factor), the share decimals, the fund's balance.
    assert.equal(calls.length, 4, `expected the read's 4 eth_calls, saw ${calls.length}`);
    for (const call of calls) assert.equal(call.params[1], numberToHex(p.blockNumber), "an eth_call not pinned to the read's block");
    assert.equal(p.totalAssets, p.cash + p.totalDebt - p.reserves - p.lockedRecovery);
    assert.equal(p.totalLent, p.totalDebt + p.uncoveredDeficit);
    // seed.js: 1,500,000 USDC deposited, 115,700 lent.
    assert.equal(p.cash, USDC(1_500_000) - USDC(115_700));
    assert.equal(p.debtDecimals, 6);
    assert.equal(p.shareDecimals, 12);
    // One whole share (12 decimals) starts at one whole USDC and interest only raises it.
    assert.ok(p.sharePrice >= USDC(1) && p.sharePrice < USDC(1.01), `share price ${p.sharePrice}`);
    assert.ok(p.utilization > 0n && p.utilization < WAD);
    assert.equal(p.supplyApr, supplyApr(p.borrowRatePerSecond, p.utilization, p.reserveFactor));
    assert.ok(p.supplyApr < p.borrowApr);
    // Every feed fresh and nothing written off: LPs may enter and leave.
    assert.equal(p.entriesOpen, true);
    assert.equal(p.exitsPausedBy, 0);
  });

  it("a read pinned to an older block returns that block's state", async () => {
    const before = await env.sdk.pool();
    const lp = env.wallet(1);
    await env.publicClient.waitForTransactionReceipt({
      hash: await lp.writeContract({ address: env.deployment.debtAsset.address, abi: mockErc20Abi, functionName: "mint", args: [lp.account.address, USDC(1000)] }),
    });
    const result = await env.sdk.writer(lp).deposit(USDC(1000));
    near(result.outcome.shares, result.preview.shares, "deposit minted what previewDeposit said");
    assert.ok(result.outcome.shares <= result.preview.shares, "interest accrued since the preview only raises the share price");
    const now = await env.sdk.pool();
    assert.ok(now.totalSupply > before.totalSupply);
    const again = await env.sdk.pool({ blockNumber: before.blockNumber });
    assert.deepEqual(again, before);
  });

  it("account(owner): positions with health and oracle validity, LP shares with previews", async () => {
    const borrower = env.accounts[6]!; // seed.js: the 5 WETH / 7,900 USDC position (HF ~1.08)
    const a = await env.sdk.account(borrower);
    assert.equal(a.positions.length, 1);
    const [pos] = a.positions;
    assert.equal(pos!.symbol, "WETH");
    assert.equal(pos!.collateral, parseUnits("5", 18));
    assert.ok(pos!.debt >= USDC(7_900) && pos!.debt < USDC(7_901));
    assert.ok(pos!.oracleValid);
    const view = await env.publicClient.readContract({
      address: env.sdk.addresses.MarketLens, abi: abis.MarketLens, functionName: "position", args: [pos!.collateralId, borrower], blockNumber: a.blockNumber,
    });
    assert.equal(pos!.healthFactor, view.healthFactor);
    assert.equal(a.lp.shares, 0n);

    const lp = await env.sdk.account(env.accounts[1]!);
    assert.equal(lp.positions.length, 0);
    assert.ok(lp.lp.shares > 0n);
    assert.equal(lp.lp.previewRedeem, lp.lp.assets);
  });

  it("positionsAtRisk(): found from the Market's events in chunks, least healthy first", async () => {
    const risk = await env.sdk.positionsAtRisk({ maxHealthFactor: parseUnits("1.15", 18) });
    assert.equal(risk.scanned, 6);
    assert.deepEqual(risk.positions.map((p) => p.symbol), ["WETH", "WBTC", "WBTC"]);
    for (let i = 1; i < risk.positions.length; i++) assert.ok(risk.positions[i - 1]!.healthFactor <= risk.positions[i]!.healthFactor);
    assert.equal(risk.positions[0]!.owner, getAddress(env.accounts[6]!));
  });

  it("the README's SDK example runs as written (only the deployments path and the node's port swapped)", async () => {
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    const block = /<!-- sdk-readme-example -->\n```js\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, "README.md has no sdk-readme-example block");
    let code = block[1]!;
    assert.ok(code.split("\n").filter((l) => l.trim()).length <= 10, "the README promises ten lines");
    for (const [from, to] of [["deployments/localhost.json", devnet.deploymentPath], ["http://127.0.0.1:8545", devnet.url]] as const) {
      assert.ok(code.includes(from), `the example no longer names ${from}`);
      code = code.replaceAll(from, to);
    }
    const dir = mkdtempSync(path.join(tmpdir(), "ks-sdk-readme-"));
    try {
      mkdirSync(path.join(dir, "node_modules/@keepersuite"), { recursive: true });
      symlinkSync(path.join(REPO, "src/sdk"), path.join(dir, "node_modules/@keepersuite/sdk"));
      symlinkSync(path.join(REPO, "node_modules/viem"), path.join(dir, "node_modules/viem"));
      writeFileSync(path.join(dir, "example.mjs"), code);
      const { stdout } = await promisify(execFile)("node", ["example.mjs"], { cwd: dir });
      assert.match(stdout, /^share 1(\.0\d*)?, utilization 7\.\d+%$/m);
      assert.match(stdout, /^step due None$/m);
      assert.match(stdout, /^WETH 0x[0-9a-fA-F]{40} 1\.07\d$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("waterfall(), account() and positionsAtRisk() pin every eth_call to their block too", async () => {
    const reads = [
      { read: () => env.sdk.waterfall(), exactly: undefined },
      { read: () => env.sdk.account(env.accounts[6]! as Address), exactly: 1 }, // one MarketLens.account call
      { read: () => env.sdk.positionsAtRisk(), exactly: undefined },
    ];
    for (const { read, exactly } of reads) {
      requests.length = 0;
      const { blockNumber } = await read();
      const calls = ethCalls();
      assert.ok(calls.length >= 1);
      if (exactly !== undefined) assert.equal(calls.length, exactly);
      for (const call of calls) assert.equal(call.params[1], numberToHex(blockNumber));
    }
  });

  it("history() splits a range the node refuses until it passes, and loses no log", async () => {
    const toBlock = await env.publicClient.getBlockNumber();
    const all = await env.sdk.history(0n, toBlock);
    // A node that refuses eth_getLogs over more than 3 blocks, as public RPCs cap ranges.
    const strict = createPublicClient({
      transport: custom({
        async request({ method, params }) {
          if (method === "eth_getLogs") {
            const [{ fromBlock, toBlock: to }] = params as [{ fromBlock: Hex; toBlock: Hex }];
            if (hexToBigInt(to) - hexToBigInt(fromBlock) + 1n > 3n) throw new Error("query exceeds max block range 3");
          }
          return devnet.rpc(method, params as unknown[]);
        },
      }, { retryCount: 0 }),
    });
    const chunked = createKeeperSuiteClient({ publicClient: strict, deployment: env.deployment, logChunkSize: 1_000n });
    const got = await chunked.history(0n, toBlock);
    assert.ok(all.length > 30);
    assert.deepEqual(got.map((e) => `${e.blockNumber}:${e.logIndex}:${e.eventName}`), all.map((e) => `${e.blockNumber}:${e.logIndex}:${e.eventName}`));
  });

  it("redeem(): pays what previewRedeem said", async () => {
    const lp = env.wallet(1);
    const shares = (await env.sdk.account(lp.account.address)).lp.shares / 10n;
    const r = await env.sdk.writer(lp).redeem(shares);
    assert.equal(r.outcome.shares, shares);
    near(r.outcome.assets, r.preview.assets, "redeem paid what previewRedeem said");
  });

  it("decodes reverts raised through other contracts: UnknownCollateral via MarketLens, ERC20InsufficientAllowance via Market", async () => {
    const err1 = await env.publicClient
      .readContract({ address: env.sdk.addresses.MarketLens, abi: abis.MarketLens, functionName: "healthFactors", args: [[{ collateralId: 9, owner: env.accounts[1]! }]] })
      .then(() => undefined, (e) => e);
    const d1 = decodeRevert(err1);
    assert.equal(d1?.errorName, "UnknownCollateral");
    assert.equal(revertedWith(err1), "UnknownCollateral", "viem decodes it with MarketLens's own ABI");
    assert.deepEqual(d1?.args, [9]);

    const borrower = env.wallet(12);
    const weth = env.deployment.collaterals.find((c) => c.symbol === "WETH")!;
    await env.publicClient.waitForTransactionReceipt({
      hash: await borrower.writeContract({ address: weth.token, abi: mockErc20Abi, functionName: "mint", args: [borrower.account.address, WAD] }),
    });
    const err2 = await env.publicClient
      .simulateContract({ account: borrower.account, address: env.sdk.addresses.Market, abi: abis.Market, functionName: "open", args: [weth.id, WAD, 0n, borrower.account.address] })
      .then(() => undefined, (e) => e);
    const d2 = decodeRevert(err2);
    assert.equal(d2?.errorName, "ERC20InsufficientAllowance");
    assert.equal(revertedWith(err2), "ERC20InsufficientAllowance", "viem decodes it with the Market's own ABI");
    assert.match(d2!.description, /^ERC20InsufficientAllowance\(0x[0-9a-fA-F]{40}, 0, 1000000000000000000\)$/);
  });

  it("decodes ParameterOutOfBounds with its parameter named", async () => {
    const admin = env.wallet(0);
    const err = await env.publicClient
      .simulateContract({ account: admin.account, address: env.sdk.addresses.Waterfall, abi: abis.Waterfall, functionName: "setMinCover", args: [0n] })
      .then(() => undefined, (e) => e);
    const d = decodeRevert(err);
    assert.equal(d?.errorName, "ParameterOutOfBounds");
    assert.equal((d!.args as readonly unknown[])[0], stringToHex("minCover", { size: 32 }));
    assert.match(d!.description, /^ParameterOutOfBounds\(minCover, 0, 1, 10000000000\)$/);
  });

  it("after a crash: liquidate() records the deficit, waterfall() follows every step, take() fills, history() decodes it all", async () => {
    const fromBlock = await env.publicClient.getBlockNumber();
    await devnet.run("deploy-scripts/crash.js", { CRASH_PERCENT: "45" });
    const keeper = env.wallet(10);
    await env.publicClient.waitForTransactionReceipt({
      hash: await keeper.writeContract({ address: env.deployment.debtAsset.address, abi: mockErc20Abi, functionName: "mint", args: [keeper.account.address, USDC(500_000)] }),
    });
    const writer = env.sdk.writer(keeper);
    const atRisk = await env.sdk.positionsAtRisk({ maxHealthFactor: WAD });
    assert.equal(atRisk.positions.length, 6, "a 45% crash puts every seeded position under water");
    let deficits = 0n;
    for (const p of atRisk.positions) {
      const r = await writer.liquidate(p.collateralId, p.owner, MAX_UINT256);
      assert.equal(r.preview.status, LiquidationStatus.Liquidated);
      near(r.outcome.repaid, r.preview.repaid, "repaid");
      near(r.outcome.seized, r.preview.seized, "seized");
      near(r.outcome.deficitAssets, r.preview.deficitAssets, "deficit");
      // The pool's DeficitRecorded decodes from the Market's receipt like the Market's own Liquidated.
      // Every log of the receipt (the pool's, the tokens') decodes with the Market's ABI alone.
      assert.equal(parseEventLogs({ abi: abis.Market, logs: r.receipt.logs }).length, r.receipt.logs.length);
      if (r.outcome.deficitAssets > 0n) {
        assert.ok(r.outcome.deficitId > 0n);
        assert.ok(r.events.some((e) => e.eventName === "DeficitRecorded"));
      }
      deficits += r.outcome.deficitAssets;
    }
    assert.ok(deficits > 0n, "the crash left deficits");

    let w = await env.sdk.waterfall();
    assert.equal(w.uncoveredDeficit, deficits);
    assert.equal(w.openDeficits.reduce((s, d) => s + d.assets, 0n), deficits);
    assert.equal(w.step, "StartAuction");
    assert.equal(w.phase, "Open");

    // A step called out of order reverts StepDue naming the step due, decoded as a name.
    const outOfOrder = await env.publicClient
      .simulateContract({ account: keeper.account, address: env.sdk.addresses.Waterfall, abi: abis.Waterfall, functionName: "settle" })
      .then(() => undefined, (e) => e);
    assert.equal(stepDueOf(outOfOrder), "StartAuction");

    const started = await writer.runStep();
    assert.equal(started.outcome.step, "StartAuction");
    assert.ok(started.events.some((e) => e.eventName === "AuctionStarted"));
    w = await env.sdk.waterfall();
    assert.equal(w.step, "Take");
    assert.equal(w.phase, "Auctioning");
    // The recovery now depends on the auction: entries are refused until it ends (issue 18 N-01).
    assert.equal((await env.sdk.pool()).entriesOpen, false);
    const a1 = w.auction!;
    assert.equal(a1.curve.kind, "StairstepExponential");
    assert.equal(a1.price, a1.top);
    assert.equal(a1.timeToFloor, 88n * 60n, "1.20 x 0.99^n < 0.50 first at n = 88 one-minute steps");

    // The price falls step by step as PriceCurve computes it, and the SDK's time to floor counts down.
    await env.testClient.increaseTime({ seconds: 600 });
    await env.testClient.mine({ blocks: 1 });
    w = await env.sdk.waterfall();
    const a2 = w.auction!;
    assert.equal(a2.price, curvePrice({ kind: 1, tau: a2.curve.tau, step: a2.curve.step, cut: a2.curve.cut }, a2.top, w.timestamp - a2.startedAt));
    assert.ok(a2.price < a1.price);
    assert.equal(a2.timeToFloor, a1.startedAt + 88n * 60n - w.timestamp);

    // PriceAboveMax raised by the DebtAuction through Waterfall.take, decoded.
    await assert.rejects(writer.take(10n ** 18n, { maxPrice: a2.price - 1n }), (e: unknown) => {
      assert.ok(e instanceof KeeperSuiteError);
      assert.equal(e.revert?.errorName, "PriceAboveMax");
      assert.equal(revertedWith(e.cause), "PriceAboveMax", "viem decodes it with the Waterfall's own ABI");
      return true;
    });
    const taken = await writer.take(1_000n * 10n ** 18n);
    assert.equal(taken.outcome.tokens, 1_000n * 10n ** 18n);
    assert.ok(taken.outcome.paid > 0n && taken.outcome.paid <= taken.preview.maxCost);
    assert.equal(taken.outcome.debtLeft, w.openDebt - taken.outcome.paid);

    // Past the floor: Settle, then Socialize, then nothing.
    await env.testClient.increaseTime({ seconds: 90 * 60 });
    await env.testClient.mine({ blocks: 1 });
    w = await env.sdk.waterfall();
    assert.equal(w.step, "Settle");
    assert.equal(w.auction!.timeToFloor, 0n);
    assert.equal((await writer.runStep()).outcome.step, "Settle");
    w = await env.sdk.waterfall();
    assert.equal(w.step, "Socialize");
    assert.equal(w.phase, "Settled");
    assert.equal((await writer.runStep()).outcome.step, "Socialize");
    w = await env.sdk.waterfall();
    assert.equal(w.step, "None");
    assert.equal(w.phase, "Idle");
    assert.equal(w.uncoveredDeficit, 0n);
    await assert.rejects(writer.runStep(), /no keeper step is due \(None\)/);

    const toBlock = await env.publicClient.getBlockNumber();
    const events = await env.sdk.history(fromBlock, toBlock);
    const names = new Set(events.map((e) => e.eventName));
    for (const n of ["Liquidated", "DeficitRecorded", "AuctionStarted", "AuctionTaken", "Take", "AuctionSettled", "Socialized", "DeficitsWrittenOff", "RoundClosed"]) {
      assert.ok(names.has(n as never), `history lacks ${n}`);
    }
    assert.equal(events.filter((e) => e.eventName === "Liquidated").length, 6);
    for (const e of events) assert.notEqual(e.contract, "unknown");
    // Each AuctionStarted decodes to its own contract's shape (Waterfall's and DebtAuction's differ).
    const starts = events.filter((e) => e.eventName === "AuctionStarted");
    assert.deepEqual(starts.map((e) => e.contract).sort(), ["DebtAuction", "Waterfall"]);
    // In chain order.
    for (let i = 1; i < events.length; i++) {
      const [p, q] = [events[i - 1]!, events[i]!];
      assert.ok(p.blockNumber < q.blockNumber || (p.blockNumber === q.blockNumber && p.logIndex < q.logIndex));
    }
    assert.equal(Step.None, 0);
  });

  it("decodeLog() decodes a raw log of any contract", async () => {
    const logs = await env.publicClient.getLogs({ address: env.sdk.addresses.LendingPool, fromBlock: 0n });
    const recorded = logs.map((l) => decodeLog(l)).filter((l) => l.eventName === "DeficitRecorded");
    assert.equal(recorded.length, 6);
  });
});
