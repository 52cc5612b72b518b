// The dashboard in headless Chromium (Debian's, through playwright-core) against a Hardhat node with the
// real contracts deployed and seeded; the test crashes the prices (deploy-scripts/crash.js), liquidates and
// drives every write-off step with viem, and checks what the page shows after each. Screenshots go to
// src/sdk/test-artifacts/ (ignored by git).
import assert from "node:assert/strict";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { parseUnits } from "viem";
import { MAX_UINT256, WAD } from "../src/index.js";
import { clientsFor, mockErc20Abi } from "./support/clients.js";
import { startDevnet, type Devnet } from "./support/devnet.js";

const SDK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ARTIFACTS = path.join(SDK, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** A static file server: the built dashboard, and the deployments file as deployment.json. */
function serve(root: string, deploymentPath: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "") || "index.html";
    const file = name === "deployment.json" ? deploymentPath : path.join(root, path.normalize(name));
    if (!file.startsWith(root) && file !== deploymentPath) return void res.writeHead(403).end();
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

describe("dashboard in headless Chromium", () => {
  let devnet: Devnet;
  let env: Awaited<ReturnType<typeof clientsFor>>;
  let browser: Browser;
  let page: Page;
  let server: Server;
  let dist: string;
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dist = mkdtempSync(path.join(tmpdir(), "ks-sdk-dashboard-"));
    const { buildDashboard } = (await import(path.join(SDK, "dashboard/build.mjs"))) as { buildDashboard: (out: string) => Promise<string> };
    await buildDashboard(dist);
    devnet = await startDevnet();
    env = await clientsFor(devnet);
    const served = await serve(dist, devnet.deploymentPath);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${served.url}?rpc=${encodeURIComponent(devnet.url)}&poll=150`);
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    await devnet?.stop();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  // Waits until the page has rendered the chain's current block, then returns a field's text.
  async function synced() {
    const block = await env.publicClient.getBlockNumber({ cacheTime: 0 });
    await page.waitForFunction((b) => BigInt(document.body.dataset.block ?? "-1") >= BigInt(b), block.toString(), { timeout: 20_000 });
  }
  const text = async (testid: string) => ((await page.getByTestId(testid).first().textContent()) ?? "").trim();
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });
  const mine = async (seconds: number) => {
    await env.testClient.increaseTime({ seconds });
    await env.testClient.mine({ blocks: 1 });
  };

  it("shows the seeded pool, the positions closest to liquidation and no deficit", async () => {
    await synced();
    assert.equal(await text("step"), "None");
    assert.equal(await text("phase"), "Idle");
    assert.equal(await text("uncovered"), "0 USDC");
    assert.match(await text("total-assets"), /^1,500,0\d\d(\.\d+)? USDC$/);
    assert.match(await text("utilization"), /^7\.\d\d%$/);
    assert.equal(await text("entries"), "open");
    assert.equal(await text("exits"), "open");
    const rows = await page.getByTestId("risk").locator("tbody tr").allTextContents();
    assert.ok(rows.length >= 1 && rows.some((r) => /WETH.*7,900 USDC.*1\.07\d/.test(r)), `positions at risk: ${rows}`);
    await shot("1-seeded");
  });

  it("after a crash and the liquidations, shows the deficit appear and the step due", async () => {
    await devnet.run("deploy-scripts/crash.js", { CRASH_PERCENT: "45" });
    await synced();
    const rows = await page.getByTestId("risk").locator("tbody tr").allTextContents();
    assert.equal(rows.filter((r) => r.includes("liquidatable")).length, 6);
    await shot("2-crash");

    const keeper = env.wallet(10);
    await env.publicClient.waitForTransactionReceipt({
      hash: await keeper.writeContract({ address: env.deployment.debtAsset.address, abi: mockErc20Abi, functionName: "mint", args: [keeper.account.address, parseUnits("500000", 6)] }),
    });
    const writer = env.sdk.writer(keeper);
    for (const p of (await env.sdk.positionsAtRisk({ maxHealthFactor: WAD })).positions) await writer.liquidate(p.collateralId, p.owner, MAX_UINT256);
    await synced();
    const w = await env.sdk.waterfall();
    assert.ok(w.uncoveredDeficit > 0n);
    assert.notEqual(await text("uncovered"), "0 USDC");
    assert.equal(await text("step"), "StartAuction");
    assert.equal(await page.getByTestId("deficits").locator("tbody tr").count(), w.openDeficits.length);
    const events = await page.getByTestId("events").textContent();
    assert.match(events ?? "", /Market\.Liquidated\(/);
    assert.match(events ?? "", /LendingPool\.DeficitRecorded\(/);
    await shot("3-deficit");
  });

  it("follows each write-off step and the auction price falling toward the floor", async () => {
    const writer = env.sdk.writer(env.wallet(10));
    await writer.runStep(); // StartAuction
    await synced();
    assert.equal(await text("step"), "Take");
    assert.equal(await text("phase"), "Auctioning");
    assert.equal(await text("entries"), "refused while the auction decides the recovery");
    const start = await text("auction-price");
    assert.equal(start, "1.200000 USDC/token");
    assert.equal(await text("time-to-floor"), "88m 00s");
    await shot("4-auction-start");

    await mine(30 * 60);
    await synced();
    const later = await text("auction-price");
    assert.notEqual(later, start);
    assert.ok(parseFloat(later) < parseFloat(start) && parseFloat(later) > 0.5, `price ${later}`);
    await shot("5-auction-falling");

    await writer.take(1_000n * 10n ** 18n);
    await synced();
    assert.match((await page.getByTestId("events").textContent()) ?? "", /Waterfall\.AuctionTaken\(/);

    await mine(60 * 60);
    await synced();
    assert.equal(await text("step"), "Settle");
    assert.equal(await text("time-to-floor"), "0m 00s");
    await writer.runStep();
    await synced();
    assert.equal(await text("step"), "Socialize");
    assert.equal(await text("phase"), "Settled");
    await shot("6-settled");
    await writer.runStep();
    await synced();
    assert.equal(await text("step"), "None");
    assert.equal(await text("uncovered"), "0 USDC");
    await shot("7-written-off");
    assert.deepEqual(pageErrors, []);
  });
});
