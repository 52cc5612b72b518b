// A real chain for the tests: `hardhat node` on a free port, the contracts deployed and seeded by the
// repository's own scripts (deploy-scripts/deploy.js + seed.js through `hardhat run --network localhost`,
// moved to the port by HARDHAT_NODE_PORT), the deployments file written to a temporary folder. stop() kills
// the node this process started.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../..");
const HARDHAT = path.join(REPO, "node_modules/.bin/hardhat");

export interface Devnet {
  url: string;
  port: number;
  deploymentsDir: string;
  deploymentPath: string;
  /** Runs a script of the repository with `hardhat run --network localhost` against this node. */
  run(script: string, env?: Record<string, string>): Promise<string>;
  /** A JSON-RPC call to the node (evm_increaseTime, evm_mine, ...). */
  rpc(method: string, params?: unknown[]): Promise<unknown>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function exec(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited ${code}:\n${out}`))));
  });
}

export async function startDevnet(options: { seed?: boolean } = {}): Promise<Devnet> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const deploymentsDir = mkdtempSync(path.join(tmpdir(), "keepersuite-sdk-"));
  const node: ChildProcess = spawn(HARDHAT, ["node", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let nodeLog = "";
  node.stdout!.on("data", (d) => (nodeLog = (nodeLog + d).slice(-4000)));
  node.stderr!.on("data", (d) => (nodeLog = (nodeLog + d).slice(-4000)));
  const killNode = () => {
    if (node.exitCode === null && node.pid) node.kill("SIGTERM");
  };
  // The node must not outlive the test process, however it ends.
  const onSignal = (signal: NodeJS.Signals) => {
    killNode();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("exit", killNode);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let id = 0;
  const rpc = async (method: string, params: unknown[] = []) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }) });
    const body = (await res.json()) as { result?: unknown; error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (node.exitCode !== null) throw new Error(`hardhat node exited ${node.exitCode}:\n${nodeLog}`);
    try {
      await rpc("eth_chainId");
      break;
    } catch {
      if (Date.now() > deadline) {
        killNode();
        throw new Error(`hardhat node did not answer on ${url} within 60 s:\n${nodeLog}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const env = { HARDHAT_NODE_PORT: String(port), KEEPERSUITE_DEPLOYMENTS_DIR: deploymentsDir };
  const run = (script: string, extra: Record<string, string> = {}) =>
    exec(HARDHAT, ["run", "--no-compile", script, "--network", "localhost"], { ...env, ...extra });
  const devnet: Devnet = {
    url,
    port,
    deploymentsDir,
    deploymentPath: path.join(deploymentsDir, "localhost.json"),
    run,
    rpc,
    async stop() {
      process.removeListener("exit", killNode);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      if (node.exitCode === null) {
        const exited = new Promise((r) => node.once("exit", r));
        killNode();
        await exited;
      }
      rmSync(deploymentsDir, { recursive: true, force: true });
    },
  };
  try {
    await run("deploy-scripts/deploy.js");
    if (options.seed ?? true) await run("deploy-scripts/seed.js");
  } catch (e) {
    await devnet.stop();
    throw e;
  }
  return devnet;
}
