// Where healthFactors' gas goes, per position: the call sent as a transaction at 1,000 keys and traced
// (debug_traceTransaction), each opcode's gas summed by opcode and call depth.
//   npx hardhat run deploy-scripts/gas-lens-trace.js        (LENS_KEYS=1000 by default)
const hre = require("hardhat");
const { lensFixture } = require("./gas-lens");

const { ethers } = hre;

async function main() {
  const n = Number(process.env.LENS_KEYS || 1000);
  const f = await lensFixture(n);
  const data = f.lens.interface.encodeFunctionData("healthFactors", [f.keys]);
  const [sender] = await ethers.getSigners();
  const estimate = await ethers.provider.estimateGas({ to: await f.lens.getAddress(), data });
  const tx = await sender.sendTransaction({ to: await f.lens.getAddress(), data, gasLimit: estimate });
  const rc = await tx.wait();
  const bytes = ethers.getBytes(data);
  const zero = bytes.filter((b) => b === 0).length;
  const calldata = zero * 4 + (bytes.length - zero) * 16;
  const trace = await ethers.provider.send("debug_traceTransaction", [rc.hash, { disableStack: true, disableMemory: true, disableStorage: true }]);
  // Each step's own cost: gasCost, except for a call, whose gasCost includes the gas it forwards: there it is
  // the caller's drop across the call minus what the callee used (the callee's steps are counted themselves).
  const logs = trace.structLogs;
  const CALLS = new Set(["CALL", "STATICCALL", "DELEGATECALL", "CALLCODE"]);
  const by = {};
  const label = ["", "lens  ", "market", "oracle", "feed  "];
  for (let i = 0; i < logs.length; i++) {
    const s = logs[i];
    let self = s.gasCost;
    if (CALLS.has(s.op)) {
      let j = i + 1;
      while (j < logs.length && logs[j].depth > s.depth) j++;
      const back = logs[j];
      if (j === i + 1) self = s.gas - back.gas; // no code ran
      else {
        const last = logs[j - 1];
        self = s.gas - back.gas - (logs[i + 1].gas - (last.gas - last.gasCost));
      }
    }
    const key = `${label[s.depth] || s.depth} ${s.op}`;
    by[key] = by[key] || { n: 0, gas: 0 };
    by[key].n++;
    by[key].gas += self;
  }
  const rows = Object.entries(by).sort((a, b) => b[1].gas - a[1].gas);
  const execution = Number(rc.gasUsed) - 21_000 - calldata;
  console.log(`healthFactors(${n} keys): gasUsed ${rc.gasUsed} (estimate ${estimate}); intrinsic 21,000; calldata ${calldata} (${(calldata / n).toFixed(1)} per key); execution ${execution} (${(execution / n).toFixed(1)} per key)`);
  console.log("| depth op | count | gas | per key |");
  console.log("|---|---:|---:|---:|");
  let sum = 0;
  for (const [k, v] of rows) {
    sum += v.gas;
    if (v.gas / n >= 1) console.log(`| ${k} | ${v.n} | ${v.gas} | ${(v.gas / n).toFixed(1)} |`);
  }
  console.log(`sum of opcode gas ${sum} (execution ${execution})`);
  // The same gas by kind, per key: where each unit goes.
  const kind = (op) => (op === "SLOAD" ? "storage reads (SLOAD)"
    : op === "KECCAK256" ? "slot hash (KECCAK256)"
    : ["MSTORE", "MLOAD", "MSTORE8", "RETURNDATACOPY", "CALLDATACOPY", "CODECOPY", "MCOPY"].includes(op) ? "memory (incl. expansion)"
    : /^(PUSH|DUP|SWAP|POP)/.test(op) ? "stack (PUSH/DUP/SWAP/POP)"
    : ["JUMP", "JUMPI", "JUMPDEST"].includes(op) ? "control flow (JUMP/JUMPI/JUMPDEST)"
    : ["CALL", "STATICCALL", "DELEGATECALL"].includes(op) ? "calls (access + overhead)"
    : op === "CALLDATALOAD" ? "calldata reads"
    : "arithmetic, comparisons, other");
  const kinds = {};
  for (const [k, v] of Object.entries(by)) {
    const [where, op] = k.split(/\s+/);
    const key = `${where.padEnd(6)} ${kind(op)}`;
    kinds[key] = (kinds[key] || 0) + v.gas;
  }
  console.log("| where | kind | gas per key |");
  console.log("|---|---|---:|");
  console.log(`| transaction | intrinsic 21,000 / keys | ${(21_000 / n).toFixed(1)} |`);
  console.log(`| transaction | calldata (64 bytes a key) | ${(calldata / n).toFixed(1)} |`);
  for (const [k, g] of Object.entries(kinds).sort((a, b) => b[1] - a[1])) {
    const [where, ...rest] = k.split(/\s+/);
    console.log(`| ${where} | ${rest.join(" ")} | ${(g / n).toFixed(1)} |`);
  }
  console.log(`| **total** | | **${(Number(rc.gasUsed) / n).toFixed(1)}** |`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
