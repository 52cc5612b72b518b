#!/usr/bin/env node
// Coverage gate (issue 11): fails (exit 1) when the contracts' line or branch coverage in
// coverage/coverage-summary.json (written by `npm run coverage`, mocks excluded by .solcover.js) is below
// its threshold, or when the summary is missing (the coverage run crashed). Prints the per-folder table.
// tests/run-all.sh runs it right after the coverage step.
const fs = require("fs");
const path = require("path");

const THRESHOLDS = { lines: 95, branches: 90 }; // percent of contracts/ (mocks excluded)

const file = path.join(__dirname, "..", "coverage", "coverage-summary.json");
if (!fs.existsSync(file)) {
  console.error(`coverage gate: FAILED, ${path.relative(process.cwd(), file)} is missing (did the coverage run crash?)`);
  process.exit(1);
}
const summary = JSON.parse(fs.readFileSync(file, "utf8"));

// Per-folder totals (the summary lists files by absolute path).
const folders = {};
for (const [key, v] of Object.entries(summary)) {
  if (key === "total") continue;
  const rel = key.replace(/^(.*\/)?contracts\//, "");
  const folder = rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/") + 1) : "./";
  const acc = (folders[folder] ||= { lines: [0, 0], branches: [0, 0] });
  for (const m of ["lines", "branches"]) {
    acc[m][0] += v[m].covered;
    acc[m][1] += v[m].total;
  }
}
const pct = ([c, t]) => (t === 0 ? "100.00" : ((100 * c) / t).toFixed(2));
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("contracts/", 26)}${pad("lines", 22)}branches`);
for (const name of Object.keys(folders).sort()) {
  if (folders[name].lines[1] + folders[name].branches[1] === 0) continue; // interfaces only
  const f = folders[name];
  console.log(`${pad(name, 26)}${pad(`${pct(f.lines)}% (${f.lines[0]}/${f.lines[1]})`, 22)}${pct(f.branches)}% (${f.branches[0]}/${f.branches[1]})`);
}
const t = summary.total;
console.log(`${pad("all files", 26)}${pad(`${t.lines.pct}% (${t.lines.covered}/${t.lines.total})`, 22)}${t.branches.pct}% (${t.branches.covered}/${t.branches.total})`);

const failures = Object.entries(THRESHOLDS)
  .filter(([m, min]) => !(t[m].total > 0 && t[m].pct >= min))
  .map(([m, min]) => `${m} ${t[m].pct}% < ${min}%`);
if (failures.length) {
  console.error(`coverage gate: FAILED, ${failures.join(", ")}`);
  process.exit(1);
}
console.log(`coverage gate: passed (lines ${t.lines.pct}% >= ${THRESHOLDS.lines}%, branches ${t.branches.pct}% >= ${THRESHOLDS.branches}%)`);
