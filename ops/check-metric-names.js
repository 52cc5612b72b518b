#!/usr/bin/env node
// Checks that the alert rules and the Grafana dashboard query only metrics the keeper really exports, and that the
// dashboard shows every one of them. The exported names follow prometheus-net 8.2.1's MeterAdapter, checked by
// scraping a running daemon: `keepersuite_keeper_` (the meter "KeeperSuite.Keeper") + the instrument name from
// KeeperMetrics.cs; counters keep their name (no `_total`); histograms add `_bucket`, `_sum`, `_count`.
// It also checks that every alert's runbook_url points at a heading of docs/operator.md.
// With `--dashboard-rules FILE` it also writes the dashboard's queries as recording rules (Grafana's variables
// replaced by values) so that `promtool check rules FILE` parses them: promtool knows PromQL, Grafana is not here.
// Prints one `ok - ...` / `not ok - ...` line per check (tests/run-all.sh counts them); exits 1 on any failure.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const PREFIX = "keepersuite_keeper_";
// Every instrument on the keeper's meter: KeeperMetrics.cs and the other classes in Observability/ that create on it.
const metricsDir = path.join(root, "src/KeeperSuite.Core/Observability");
const rulesFile = path.join(root, "ops/prometheus/keeper-alerts.yml");
const dashboardFile = path.join(root, "ops/grafana/keeper-dashboard.json");
const guideFile = path.join(root, "docs/operator.md");

/** Instrument name -> kind, from the Create* calls in KeeperMetrics.cs. */
function instruments(source) {
  const found = new Map();
  const re = /\.Create(Counter|UpDownCounter|Histogram|Gauge|ObservableGauge|ObservableCounter|ObservableUpDownCounter)\s*(?:<[^>]+>)?\s*\(\s*"([^"]+)"/g;
  for (const m of source.matchAll(re)) found.set(m[2], m[1]);
  return found;
}

/** The PromQL of every `expr:` in the rules file (single-line or a `|` block). */
function ruleExpressions(yaml) {
  const exprs = [];
  const lines = yaml.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)expr:\s*(.*)$/.exec(lines[i]);
    if (!m) continue;
    if (!/^[|>]/.test(m[2])) { exprs.push(m[2]); continue; }
    const block = [];
    while (i + 1 < lines.length && (lines[i + 1].trim() === "" || lines[i + 1].search(/\S/) > m[1].length)) block.push(lines[++i]);
    exprs.push(block.join("\n"));
  }
  return exprs;
}

/** Every `expr` in the dashboard: panel targets and query variables. */
function dashboardExpressions(dashboard) {
  const exprs = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === "object") {
      if (typeof node.expr === "string") exprs.push(node.expr);
      if (typeof node.definition === "string") exprs.push(node.definition);
      Object.values(node).forEach(walk);
    }
  };
  walk(dashboard);
  return exprs;
}

/** Metric-name tokens in a PromQL expression that belong to the keeper (label values and strings stripped). */
function keeperNames(expr) {
  const bare = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\{[^}]*\}/g, "{}");
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((t) => /keeper/.test(t));
}

/** The instrument an exported series name comes from, or null. */
function instrumentOf(name, known) {
  if (!name.startsWith(PREFIX)) return null;
  const rest = name.slice(PREFIX.length);
  if (known.has(rest) && known.get(rest) !== "Histogram") return rest;
  const h = /^(.*)_(bucket|sum|count)$/.exec(rest);
  if (h && known.get(h[1]) === "Histogram") return h[1];
  return null;
}

let failed = 0;
const report = (ok, what) => { console.log(`${ok ? "ok" : "not ok"} - ${what}`); if (!ok) failed++; };

const known = instruments(fs.readdirSync(metricsDir).filter((f) => f.endsWith(".cs")).map((f) => fs.readFileSync(path.join(metricsDir, f), "utf8")).join("\n"));
report(known.size > 0, `Observability/*.cs declare ${known.size} instruments`);

const used = new Set();
for (const [label, exprs] of [
  ["alert rules (ops/prometheus/keeper-alerts.yml)", ruleExpressions(fs.readFileSync(rulesFile, "utf8"))],
  ["dashboard (ops/grafana/keeper-dashboard.json)", dashboardExpressions(JSON.parse(fs.readFileSync(dashboardFile, "utf8")))],
]) {
  const unknown = new Set();
  let count = 0;
  for (const expr of exprs)
    for (const name of keeperNames(expr)) {
      count++;
      const instrument = instrumentOf(name, known);
      if (instrument) { if (label.startsWith("dashboard")) used.add(instrument); } else unknown.add(name);
    }
  report(exprs.length > 0 && count > 0 && unknown.size === 0,
    `${label}: ${exprs.length} expressions, ${count} keeper metric references` +
      (unknown.size ? `; not exported by KeeperMetrics.cs: ${[...unknown].join(", ")}` : ", all exported"));
}
const missing = [...known.keys()].filter((k) => !used.has(k));
report(missing.length === 0, "dashboard shows every keeper metric" + (missing.length ? `; missing: ${missing.join(", ")}` : ""));

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
const anchors = new Set([...fs.readFileSync(guideFile, "utf8").matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));
const runbooks = [...fs.readFileSync(rulesFile, "utf8").matchAll(/runbook_url:\s*"docs\/operator\.md#([^"]+)"/g)].map((m) => m[1]);
const alerts = [...fs.readFileSync(rulesFile, "utf8").matchAll(/^\s*- alert:/gm)].length;
const dangling = [...new Set(runbooks.filter((a) => !anchors.has(a)))];
report(runbooks.length === alerts && dangling.length === 0,
  `every alert (${alerts}) has a runbook_url to a heading of docs/operator.md` + (dangling.length ? `; no such heading: ${dangling.join(", ")}` : "") +
    (runbooks.length !== alerts ? `; ${runbooks.length} runbook_url for ${alerts} alerts` : ""));

const emitAt = process.argv.indexOf("--dashboard-rules");
if (emitAt > 0) {
  const queries = dashboardExpressions(JSON.parse(fs.readFileSync(dashboardFile, "utf8")))
    .filter((e) => !/^label_values\(/.test(e))
    .map((e) => e.replace(/\$__rate_interval/g, "1m").replace(/\$instance/g, ".*"));
  const rules = queries.map((e, i) => `      - record: dashboard:query_${i}\n        expr: ${JSON.stringify(e)}`);
  fs.writeFileSync(process.argv[emitAt + 1], `groups:\n  - name: dashboard\n    rules:\n${rules.join("\n")}\n`);
}
process.exit(failed ? 1 : 0);
