// The read-only dashboard: every block, one pinned read of the pool, the waterfall and the positions at
// risk, plus the block's events. Configured by the query string:
//   ?rpc=http://127.0.0.1:8545   JSON-RPC endpoint (default: that)
//   &deployment=deployment.json  the deployments file, relative to the page (default: that)
//   &maxHf=1.2                   positions below this health factor are listed (default 1.2)
//   &poll=1000                   block polling interval, ms (default 1000)
import { createPublicClient, http, type Address } from "viem";
import {
  auctionPriceToNumber, createKeeperSuiteClient, describeLog, formatAmount, formatHealthFactor, loadDeployment, Step, toWad,
  wadToNumber, type HistoryEvent, type PoolState, type PositionsAtRisk, type WaterfallState,
} from "../src/index.js";

const params = new URLSearchParams(location.search);
const rpc = params.get("rpc") ?? "http://127.0.0.1:8545";
const deploymentUrl = new URL(params.get("deployment") ?? "deployment.json", location.href).href;
const maxHf = toWad(params.get("maxHf") ?? "1.2");
const poll = Number(params.get("poll") ?? 1000);
const MAX_EVENTS = 60;
const HISTORY_BLOCKS = 1_000n;

const $ = (id: string) => document.getElementById(id)!;
const el = (tag: string, text?: string, className?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};
const short = (a: Address) => `${a.slice(0, 6)}…${a.slice(-4)}`;
const pct = (wad: bigint, digits = 2) => `${(wadToNumber(wad) * 100).toFixed(digits)}%`;
const secs = (s: bigint | null) => (s === null ? "never (deadline first)" : `${s / 60n}m ${(s % 60n).toString().padStart(2, "0")}s`);

function list(target: HTMLElement, rows: [string, string, string?][]) {
  target.replaceChildren(
    ...rows.flatMap(([k, v, id]) => {
      const dd = el("dd", v);
      if (id) dd.dataset.testid = id;
      return [el("dt", k), dd];
    }),
  );
}

async function main() {
  const deployment = await loadDeployment(deploymentUrl);
  const dec = deployment.debtAsset.decimals;
  const sym = deployment.debtAsset.symbol;
  const money = (v: bigint) => `${Number(formatAmount(v, dec)).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${sym}`;
  const publicClient = createPublicClient({ transport: http(rpc, { batch: true }), pollingInterval: poll });
  const ks = createKeeperSuiteClient({ publicClient, deployment });
  $("network").textContent = `${deployment.network} (chain ${deployment.chainId})`;
  $("risk-threshold").textContent = `health < ${wadToNumber(maxHf)}`;

  const events: HistoryEvent[] = [];
  let eventsTo = BigInt(deployment.deployBlock) - 1n;

  function renderPool(p: PoolState) {
    list($("pool"), [
      ["share price (exit)", `${formatAmount(p.sharePrice, dec)} ${sym}`, "share-price"],
      ["share price (entry)", `${formatAmount(p.entrySharePrice, dec)} ${sym}`],
      ["total assets", money(p.totalAssets), "total-assets"],
      ["  cash", money(p.cash)],
      ["  + borrowers' debt", money(p.totalDebt)],
      ["  − reserves", money(p.reserves)],
      ["  − recovery unlocking", money(p.lockedRecovery)],
      ["uncovered deficit (priced in)", money(p.uncoveredDeficit), "pool-deficit"],
      ["utilization", pct(p.utilization), "utilization"],
      ["borrow APR", pct(p.borrowApr)],
      ["supply APR", pct(p.supplyApr)],
      ["insurance fund", `${money(p.fundBalance)} (+ ${money(p.reserves)} reserves to skim)`, "fund"],
      ["LP deposits", p.entriesOpen ? "open" : "refused while the auction decides the recovery", "entries"],
      ["LP withdrawals", p.exitsPausedBy === 0 ? "open" : `paused: collateral ${p.exitsPausedBy}'s oracle is invalid`, "exits"],
    ]);
  }

  function renderWaterfall(w: WaterfallState) {
    const steps = el("span");
    for (const name of Object.keys(Step)) steps.append(el("span", name, name === w.step ? "step active" : "step muted"), " ");
    list($("waterfall"), [
      ["step due", w.step, "step"],
      ["phase", w.phase, "phase"],
      ["uncovered deficit", money(w.uncoveredDeficit), "uncovered"],
      ["  open / settled", `${money(w.openDebt)} / ${money(w.settledDebt)}`],
      ["step moves / pays", `${money(w.stepAmount)} / ${money(w.stepReward)}`],
      ["insurance fund", money(w.fundBalance)],
      ["round", `#${w.roundId}: covered ${money(w.round.covered)}, raised ${money(w.round.raised)}, socialized ${money(w.round.socialized)}`],
    ]);
    const sequence = el("dd");
    sequence.append(steps);
    $("waterfall").append(el("dt", "sequence"), sequence);
    const a = w.auction;
    const box = $("auction");
    if (!a) {
      box.replaceChildren(el("p", "No live auction.", "muted"));
    } else {
      const price = auctionPriceToNumber(a.price, dec);
      const floor = auctionPriceToNumber(a.floor, dec);
      const top = auctionPriceToNumber(a.top, dec);
      const bar = el("div", undefined, "bar");
      const fill = el("span");
      fill.style.width = `${Math.min(100, Math.max(0, ((top - price) / (top - floor)) * 100)).toFixed(1)}%`;
      bar.append(fill);
      const dl = el("dl");
      list(dl, [
        [`auction #${a.auctionId} price`, `${price.toFixed(6)} ${sym}/token`, "auction-price"],
        ["floor / start", `${floor.toFixed(6)} / ${top.toFixed(6)}`, "auction-floor"],
        ["time to floor", secs(a.timeToFloor), "time-to-floor"],
        ["time to deadline", secs(a.timeToDeadline)],
        ["lot left", `${Number(formatAmount(a.lotLeft, 18)).toLocaleString("en-US")} tokens`],
        ["raised / debt left", `${money(a.raised)} / ${money(a.debtLeft)}`],
        ["can sell", a.canSell ? "yes" : "no (settle due)"],
      ]);
      box.replaceChildren(el("h3", "Live auction: price falling toward the floor"), bar, dl);
    }
    const body = $("deficits").querySelector("tbody")!;
    body.replaceChildren(
      ...w.openDeficits.map((d) => {
        const tr = el("tr");
        const symbol = deployment.collaterals.find((c) => c.id === d.collateralId)?.symbol ?? `#${d.collateralId}`;
        tr.append(el("td", String(d.deficitId)), el("td", symbol), el("td", short(d.borrower)), el("td", money(d.assets)));
        return tr;
      }),
    );
  }

  function renderRisk(r: PositionsAtRisk) {
    const body = $("risk").querySelector("tbody")!;
    body.replaceChildren(
      ...r.positions.map((p) => {
        const tr = el("tr");
        const hf = p.oracleValid ? formatHealthFactor(p.healthFactor) : "oracle invalid";
        const cls = !p.oracleValid ? "warn" : p.liquidatable ? "bad" : "warn";
        tr.append(
          el("td", short(p.owner)), el("td", p.symbol), el("td", money(p.debt)), el("td", money(p.collateralValue)),
          el("td", hf, cls), el("td", p.liquidatable ? "liquidatable" : ""),
        );
        return tr;
      }),
    );
    if (!r.positions.length) {
      const tr = el("tr");
      const td = el("td", `none of ${r.scanned} indebted positions`, "muted");
      (td as HTMLTableCellElement).colSpan = 6;
      tr.append(td);
      body.append(tr);
    }
  }

  function renderEvents() {
    $("events").replaceChildren(
      ...events
        .slice(-MAX_EVENTS)
        .reverse()
        .map((e) => el("li", `#${e.blockNumber} ${e.contract}.${describeLog(e).replace(/0x([0-9a-fA-F]{4})[0-9a-fA-F]{32}([0-9a-fA-F]{4})\b/g, "0x$1…$2")}`)),
    );
  }

  let busy = false;
  let queued: bigint | null = null;
  async function refresh(blockNumber: bigint) {
    if (busy) {
      queued = blockNumber;
      return;
    }
    busy = true;
    try {
      const at = { blockNumber };
      // A page opened on a long-lived chain shows recent events, not the whole history.
      if (eventsTo < blockNumber - HISTORY_BLOCKS) eventsTo = blockNumber - HISTORY_BLOCKS;
      const [pool, waterfall, risk, fresh] = await Promise.all([
        ks.pool(at),
        ks.waterfall(at),
        ks.positionsAtRisk({ ...at, maxHealthFactor: maxHf }),
        ks.history(eventsTo + 1n, blockNumber),
      ]);
      events.push(...fresh);
      events.splice(0, Math.max(0, events.length - MAX_EVENTS));
      eventsTo = blockNumber;
      renderPool(pool);
      renderWaterfall(waterfall);
      renderRisk(risk);
      renderEvents();
      $("block").textContent = String(blockNumber);
      $("status").textContent = `updated ${new Date().toLocaleTimeString()}`;
      document.body.dataset.block = String(blockNumber);
    } catch (e) {
      $("status").textContent = `error: ${(e as Error).message.split("\n")[0]}`;
    } finally {
      busy = false;
      if (queued !== null && queued > blockNumber) {
        const next = queued;
        queued = null;
        void refresh(next);
      }
    }
  }

  publicClient.watchBlockNumber({ emitOnBegin: true, emitMissed: false, poll: true, pollingInterval: poll, onBlockNumber: (n) => void refresh(n) });
}

main().catch((e) => {
  $("status").textContent = `error: ${(e as Error).message}`;
});
