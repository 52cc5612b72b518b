#!/usr/bin/env node
// Writes the ethers v6 test vectors that the C# chain-access tests check byte for byte.
// Usage: node tests/vectors/generate-vectors.js [outputDir]   (default: this folder)
// Deterministic: fixed keys, salts, ivs and a seeded PRNG, so re-running gives identical files.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const { ethers } = require("ethers");

const outDir = path.resolve(process.argv[2] || __dirname);
fs.mkdirSync(outDir, { recursive: true });
const coder = ethers.AbiCoder.defaultAbiCoder();

// ---------- JSON form of ABI values (the C# tests read the same form) ----------
// uint/int -> decimal string, address -> checksummed string, bytes/bytesN -> 0x hex,
// bool -> bool, string -> string, arrays and tuples -> arrays.
function toJson(value) {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return Array.from(value, toJson);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

function write(name, data) {
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(data, null, 2) + "\n");
}

// ---------- seeded PRNG (mulberry32) ----------
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(0x6b656570);
const int = (n) => Math.floor(rand() * n);
const randomBytes = (n) => ethers.hexlify(Uint8Array.from({ length: n }, () => int(256)));
const pick = (xs) => xs[int(xs.length)];

// ---------- ABI: hand-written cases ----------
const widths = Array.from({ length: 32 }, (_, i) => (i + 1) * 8);
const abiCases = [];
for (const bits of widths) {
  const max = (1n << BigInt(bits)) - 1n;
  abiCases.push({ types: [`uint${bits}`, `uint${bits}`, `uint${bits}`], values: [0n, 1n, max] });
  const smax = (1n << BigInt(bits - 1)) - 1n;
  abiCases.push({ types: [`int${bits}`, `int${bits}`, `int${bits}`, `int${bits}`], values: [-(smax + 1n), -1n, 0n, smax] });
}
for (let size = 1; size <= 32; size++) abiCases.push({ types: [`bytes${size}`], values: [randomBytes(size)] });
abiCases.push(
  { types: ["address", "bool", "bool"], values: ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", true, false] },
  { types: ["bytes", "bytes", "bytes", "bytes"], values: ["0x", "0x01", randomBytes(32), randomBytes(97)] },
  { types: ["string", "string", "string"], values: ["", "hello", "Grüße, 世界 — 🦄 ".repeat(5)] },
  { types: ["uint256[]"], values: [[]] },
  { types: ["uint256[]", "address[3]"], values: [[1n, 2n, 3n], [ethers.ZeroAddress, "0x8617E340B3D01FA5F11F306F4090FD50E238070D", "0xde709f2102306220921060314715629080e2fb77"]] },
  { types: ["bytes[]", "string[][]"], values: [["0x", "0xdeadbeef", randomBytes(40)], [["a", "bc"], [], ["def"]]] },
  { types: ["uint8[2][]", "bool[][2]"], values: [[[1n, 2n], [3n, 4n]], [[true], [false, true]]] },
  { types: ["tuple(uint256,address[])[]"], values: [[[7n, ["0x52908400098527886E0F7030069857D2E4169EE7"]], [8n, []]]] },
  { types: ["(uint256,(string,bytes[])[],bool)[2]"], values: [[[1n, [["x", ["0x01", "0x"]]], true], [2n, [], false]]] },
  { types: ["(uint256,bytes32)", "(bool,(uint8,int16)[2])"], values: [[5n, randomBytes(32)], [true, [[1n, -2n], [3n, -4n]]]] },
  { types: ["((string,(bytes,uint256[])[]),string)"], values: [[["outer", [["0xab", [1n, 2n]], ["0x", []]]], "tail"]] },
  // A typical keeper call: liquidate(collateralId, owners, repayAmounts, receiver)
  { types: ["uint256", "address[]", "uint256[]", "address"], values: [2n, ["0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"], [1000000n, 2500000000n], "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"] },
);

// ---------- ABI: seeded random types and values (fuzz against ethers) ----------
function randomType(depth) {
  const r = int(depth > 2 ? 8 : 12);
  switch (r) {
    case 0: return `uint${pick(widths)}`;
    case 1: return `int${pick(widths)}`;
    case 2: return "address";
    case 3: return "bool";
    case 4: return `bytes${1 + int(32)}`;
    case 5: return "bytes";
    case 6: return "string";
    case 7: return "uint256";
    case 8: case 9: return `${randomType(depth + 1)}${rand() < 0.5 ? "[]" : `[${1 + int(3)}]`}`;
    default: return `(${Array.from({ length: 1 + int(3) }, () => randomType(depth + 1)).join(",")})`;
  }
}
function randomValue(type) {
  let m;
  if ((m = /^(.*)\[(\d*)\]$/.exec(type))) {
    const n = m[2] === "" ? int(4) : Number(m[2]);
    return Array.from({ length: n }, () => randomValue(m[1]));
  }
  if (type.startsWith("(")) return splitTuple(type).map(randomValue);
  if ((m = /^uint(\d+)$/.exec(type))) return BigInt(randomBytes(Number(m[1]) / 8)) >> BigInt(int(Number(m[1])));
  if ((m = /^int(\d+)$/.exec(type))) {
    const bits = BigInt(m[1]);
    const raw = BigInt(randomBytes(Number(m[1]) / 8)) >> BigInt(int(Number(m[1])));
    return ethers.fromTwos(raw, bits);
  }
  if (type === "address") return ethers.getAddress(randomBytes(20));
  if (type === "bool") return rand() < 0.5;
  if ((m = /^bytes(\d+)$/.exec(type))) return randomBytes(Number(m[1]));
  if (type === "bytes") return randomBytes(int(70));
  if (type === "string") return pick(["", "a", "keeper", "déficit", "x".repeat(40 + int(40)), "🦄 ok"]);
  throw new Error(`no value for ${type}`);
}
function splitTuple(type) {
  const inner = type.slice(1, -1);
  const parts = [];
  let depth = 0, start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "(") depth++;
    else if (inner[i] === ")") depth--;
    else if (inner[i] === "," && depth === 0) { parts.push(inner.slice(start, i)); start = i + 1; }
  }
  parts.push(inner.slice(start));
  return parts;
}
for (let i = 0; i < 80; i++) {
  const types = Array.from({ length: 1 + int(4) }, () => randomType(0));
  abiCases.push({ types, values: types.map(randomValue) });
}
write("abi.json", abiCases.map(({ types, values }) => ({
  types,
  values: toJson(values),
  encoded: coder.encode(types, values),
})));

// ---------- Contract ABI: selectors, calls, outputs, events, errors ----------
const iface = new ethers.Interface([
  "function liquidate(uint256 collateralId, address owner, uint256 repayAmount) returns (uint256 seized, bool closed)",
  "function liquidateBatch(uint256 collateralId, address[] owners, uint256[] repayAmounts) returns (uint256[] seized)",
  "function positions(uint256 collateralId, address owner) view returns (tuple(uint256 collateral, uint256 debt, uint64 updatedAt) position)",
  "function healthOf(tuple(uint256 id, address owner)[] keys) view returns (tuple(address owner, uint256 healthFactor, bool liquidatable)[] health)",
  "function setName(string name, bytes data)",
  "function transfer(address to, uint256 amount) returns (bool)",
  "function transfer(address to, uint256 amount, bytes memo) returns (bool)",
  "event Liquidated(uint256 indexed collateralId, address indexed owner, address indexed liquidator, uint256 repaid, uint256 seized)",
  "event DeficitRecorded(uint256 indexed deficitId, string indexed reason, uint256 amount, string note)",
  "event Batch(bytes indexed tag, (uint256,address)[] items, bytes32 root)",
  { type: "event", name: "Anon", anonymous: true, inputs: [
    { name: "who", type: "address", indexed: true }, { name: "value", type: "uint256", indexed: false }] },
  "error InsufficientCollateral(uint256 needed, uint256 available)",
  "error PositionHealthy(address owner, uint256 collateralId, (uint256 debt, uint256 threshold) state)",
  "error Unauthorized()",
  "error BadNames(string[] names)",
]);
const addrA = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const addrB = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const calls = [
  ["liquidate(uint256,address,uint256)", [3n, addrA, 12345678n], [999n, true]],
  ["liquidateBatch(uint256,address[],uint256[])", [1n, [addrA, addrB], [5n, 6n]], [[50n, 60n]]],
  ["positions(uint256,address)", [0n, addrB], [[10n ** 18n, 5000000n, 1700000000n]]],
  ["healthOf((uint256,address)[])", [[[1n, addrA], [2n, addrB]]], [[[addrA, 10n ** 18n, false], [addrB, 9n * 10n ** 17n, true]]]],
  ["setName(string,bytes)", ["Keeper ☂", "0x0102"], []],
  ["transfer(address,uint256)", [addrB, 1n], [true]],
  ["transfer(address,uint256,bytes)", [addrB, 1n, "0xffff"], [false]],
];
const functions = calls.map(([signature, args, outputs]) => {
  const fragment = iface.getFunction(signature);
  return {
    signature: fragment.format("sighash"),
    selector: fragment.selector,
    args: toJson(args),
    callData: iface.encodeFunctionData(fragment, args),
    outputs: toJson(outputs),
    returnData: iface.encodeFunctionResult(fragment, outputs),
  };
});
const eventInputs = [
  ["Liquidated", [4n, addrA, addrB, 100n, 250n]],
  ["DeficitRecorded", [9n, "collateral exhausted", 77n, "note with ünïcode"]],
  ["Batch", ["0xc0ffee", [[1n, addrA], [2n, addrB]], ethers.id("root")]],
  ["Anon", [addrB, 42n]],
];
const events = eventInputs.map(([name, args]) => {
  const fragment = iface.getEvent(name);
  const { topics, data } = iface.encodeEventLog(fragment, args);
  // Expected decoded value per parameter: the value, or for indexed dynamic types the topic (its hash).
  let topicIndex = fragment.anonymous ? 0 : 1;
  const expected = fragment.inputs.map((input, i) => {
    if (!input.indexed) return toJson(args[i]);
    const topic = topics[topicIndex++];
    return input.type === "string" || input.type === "bytes" || input.baseType === "tuple" || input.baseType === "array"
      ? topic : toJson(args[i]);
  });
  return {
    name,
    signature: fragment.format("sighash"),
    topic0: fragment.topicHash,
    parameterNames: fragment.inputs.map((p) => p.name),
    topics,
    data,
    expected,
  };
});
const errorInputs = [
  ["InsufficientCollateral", [5n * 10n ** 18n, 1n]],
  ["PositionHealthy", [addrA, 2n, [300n, 400n]]],
  ["Unauthorized", []],
  ["BadNames", [["a", "", "ccc"]]],
];
const errors = errorInputs.map(([name, args]) => {
  const fragment = iface.getError(name);
  return { name, signature: fragment.format("sighash"), selector: fragment.selector, args: toJson(args), data: iface.encodeErrorResult(fragment, args) };
});
const revertStrings = ["", "Ownable: caller is not the owner", "a long revert reason that spans more than thirty-two bytes 🙂"].map((message) => ({
  message,
  data: ethers.concat(["0x08c379a0", coder.encode(["string"], [message])]),
}));
const panics = [0x00, 0x01, 0x11, 0x12, 0x21, 0x22, 0x31, 0x32, 0x41, 0x51].map((code) => ({
  code,
  data: ethers.concat(["0x4e487b71", coder.encode(["uint256"], [code])]),
}));
write("contract.json", {
  abi: JSON.parse(iface.formatJson()),
  functions,
  events,
  errors,
  revertStrings,
  panics,
});

// ---------- EIP-55 ----------
const eipVectors = [
  "0x52908400098527886E0F7030069857D2E4169EE7",
  "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
  "0xde709f2102306220921060314715629080e2fb77",
  "0x27b1fdb04752bbc536007a920d24acb045561c26",
  "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
  "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
  "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
  "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
];
const generated = Array.from({ length: 24 }, (_, i) => ethers.getAddress(ethers.dataSlice(ethers.id(`address ${i}`), 12)));
const checksummed = [...eipVectors, ...generated].map((input) => ({ input, checksummed: ethers.getAddress(input) }));
// Flip the case of one letter of a checksummed address: ethers must reject it, and so must we.
const badChecksums = generated.slice(0, 8).map((address) => {
  const i = address.slice(2).search(/[a-fA-F]/) + 2;
  const c = address[i];
  const bad = address.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + address.slice(i + 1);
  let rejected = false;
  try { ethers.getAddress(bad); } catch { rejected = true; }
  if (!rejected) throw new Error(`ethers accepted ${bad}`);
  return bad;
});
write("eip55.json", { checksummed, badChecksums });

// ---------- RLP ----------
const rlpInputs = [
  "0x", "0x00", "0x01", "0x7f", "0x80", "0xff", randomBytes(55), randomBytes(56), randomBytes(300),
  [], ["0x"], ["0x01", "0x0203"], [[], [[]], [[], [[]]]],
  ["0x636174", "0x646f67"],
  Array.from({ length: 30 }, (_, i) => ethers.toBeHex(i * 1000 + 1)),
  [randomBytes(60), [randomBytes(3), [randomBytes(70)]], "0x"],
];
write("rlp.json", rlpInputs.map((input) => ({ input, encoded: ethers.encodeRlp(input) })));

// ---------- Transactions and personal_sign ----------
const keys = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", // hardhat account #0
  "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
  ethers.id("keepersuite test key"),
];
const data1 = iface.encodeFunctionData("liquidateBatch", [1n, [addrA, addrB], [5n, 6n]]);
const txInputs = [
  { type: 0, chainId: 31337n, nonce: 0, gasPrice: 1000000000n, gasLimit: 21000n, to: addrA, value: 10n ** 18n, data: "0x" },
  { type: 0, chainId: 1n, nonce: 9, gasPrice: 20000000000n, gasLimit: 21000n, to: "0x3535353535353535353535353535353535353535", value: 10n ** 18n, data: "0x" },
  { type: 0, chainId: 11155111n, nonce: 1234567, gasPrice: 1n, gasLimit: 500000n, to: null, value: 0n, data: "0x6080604052" },
  { type: 0, chainId: 137n, nonce: 77, gasPrice: 35000000000n, gasLimit: 300000n, to: addrB, value: 0n, data: data1 },
  { type: 2, chainId: 31337n, nonce: 0, maxPriorityFeePerGas: 1000000000n, maxFeePerGas: 30000000000n, gasLimit: 21000n, to: addrA, value: 1n, data: "0x", accessList: [] },
  { type: 2, chainId: 1n, nonce: 3, maxPriorityFeePerGas: 2n, maxFeePerGas: 100n * 10n ** 9n, gasLimit: 400000n, to: addrB, value: 0n, data: data1, accessList: [] },
  { type: 2, chainId: 42161n, nonce: 2 ** 40, maxPriorityFeePerGas: 0n, maxFeePerGas: 10n ** 8n, gasLimit: 3000000n, to: null, value: 5n, data: "0x6000", accessList: [] },
  { type: 2, chainId: 10n, nonce: 1, maxPriorityFeePerGas: 1n, maxFeePerGas: 2n, gasLimit: 60000n, to: addrA, value: 0n, data: "0x",
    accessList: [{ address: addrB, storageKeys: [ethers.ZeroHash, ethers.id("slot")] }, { address: addrA, storageKeys: [] }] },
];
async function signAll() {
  const transactions = [];
  for (const key of keys) {
    const wallet = new ethers.Wallet(key);
    for (const tx of txInputs) {
      const raw = await wallet.signTransaction(tx);
      transactions.push({
        privateKey: key,
        address: wallet.address,
        tx: toJson({ ...tx, nonce: BigInt(tx.nonce) }),
        raw,
        hash: ethers.Transaction.from(raw).hash,
      });
    }
  }
  return transactions;
}
const messages = ["hello", "", "KeeperSuite login nonce 42"].map((message) => {
  const wallet = new ethers.Wallet(keys[1]);
  return { privateKey: keys[1], message, signature: wallet.signMessageSync(message) };
});
const transactionsWritten = signAll().then((transactions) => write("transactions.json", { transactions, messages }));

// ---------- Keystores (Web3 Secret Storage v3) ----------
const keystoreKey = keys[1];
const keystoreAddress = new ethers.Wallet(keystoreKey).address;
const password = "correct horse battery staple";
const scryptJson = ethers.encryptKeystoreJsonSync({ address: keystoreAddress, privateKey: keystoreKey }, password, {
  scrypt: { N: 1024, r: 8, p: 1 },
  salt: ethers.id("scrypt salt"),
  iv: ethers.dataSlice(ethers.id("scrypt iv"), 0, 16),
  uuid: ethers.dataSlice(ethers.id("scrypt uuid"), 0, 16),
});
// ethers only writes scrypt keystores; build a pbkdf2 one per the v3 spec with ethers' pbkdf2/keccak and node's AES.
const pbkdf2Salt = ethers.id("pbkdf2 salt");
const pbkdf2Iv = ethers.dataSlice(ethers.id("pbkdf2 iv"), 0, 16);
const iterations = 4096;
const derived = ethers.getBytes(ethers.pbkdf2(ethers.toUtf8Bytes(password), pbkdf2Salt, iterations, 32, "sha256"));
const cipher = crypto.createCipheriv("aes-128-ctr", derived.slice(0, 16), ethers.getBytes(pbkdf2Iv));
const ciphertext = Buffer.concat([cipher.update(ethers.getBytes(keystoreKey)), cipher.final()]);
const mac = ethers.keccak256(ethers.concat([derived.slice(16, 32), ciphertext]));
const pbkdf2Json = JSON.stringify({
  address: keystoreAddress.slice(2).toLowerCase(),
  crypto: {
    cipher: "aes-128-ctr",
    cipherparams: { iv: pbkdf2Iv.slice(2) },
    ciphertext: ciphertext.toString("hex"),
    kdf: "pbkdf2",
    kdfparams: { c: iterations, dklen: 32, prf: "hmac-sha256", salt: pbkdf2Salt.slice(2) },
    mac: mac.slice(2),
  },
  id: "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  version: 3,
});
// A password typed in decomposed form (NFD): keystores hash the NFKC-normalised UTF-8 bytes.
const unicodePassword = "Pa\u0308sswo\u0308rd \uFF11\uFF12";
const unicodeJson = ethers.encryptKeystoreJsonSync({ address: keystoreAddress, privateKey: keystoreKey }, unicodePassword, {
  scrypt: { N: 1024, r: 8, p: 1 },
  salt: ethers.id("unicode salt"),
  iv: ethers.dataSlice(ethers.id("unicode iv"), 0, 16),
  uuid: ethers.dataSlice(ethers.id("unicode uuid"), 0, 16),
});
if (ethers.decryptKeystoreJsonSync(unicodeJson, unicodePassword.normalize("NFKC")).address !== keystoreAddress) throw new Error("NFKC");
for (const json of [scryptJson, pbkdf2Json]) {
  if (ethers.decryptKeystoreJsonSync(json, password).address !== keystoreAddress) throw new Error("ethers cannot read its keystore");
}
write("keystores.json", {
  password, address: keystoreAddress, scrypt: JSON.parse(scryptJson), pbkdf2: JSON.parse(pbkdf2Json),
  unicodePassword, unicode: JSON.parse(unicodeJson),
});

transactionsWritten.then(
  () => console.log(`wrote vectors to ${outDir}`),
  (error) => { console.error(error); process.exit(1); },
);
