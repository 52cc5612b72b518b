#!/usr/bin/env node
// Writes the ethers v6 test vectors that the C# tests check byte for byte:
//   calldata.json   call data and return data of the keeper's calls, encoded by ethers from the committed abi/*.json
//                   (the generated Nethereum FunctionMessages must produce the same bytes; tuples, arrays, enums)
//   keystores.json  Web3 Secret Storage v3 keystores written by ethers (the keeper key loader must read them)
// Usage: node tests/vectors/generate-vectors.js [outputDir]   (default: this folder)
// Deterministic: fixed keys, salts, ivs and derived addresses, so re-running gives identical files.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const { ethers } = require("ethers");

const outDir = path.resolve(process.argv[2] || __dirname);
fs.mkdirSync(outDir, { recursive: true });
const repoRoot = path.resolve(__dirname, "..", "..");

// JSON form of ABI values (the C# tests read the same form): integers as decimal strings, addresses checksummed,
// tuples as objects keyed by component name, arrays as arrays.
function toJson(value) {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return Array.from(value, toJson);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

function write(name, data) {
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(data, null, 2) + "\n");
}

// ---------- Call data of the keeper's calls, from the real ABIs ----------
const iface = (contract) => new ethers.Interface(JSON.parse(fs.readFileSync(path.join(repoRoot, "abi", `${contract}.json`), "utf8")));
const address = (label) => ethers.getAddress(ethers.dataSlice(ethers.id(label), 12));
const MAX = ethers.MaxUint256;
const WAD = 10n ** 18n;
const orders = (n) => Array.from({ length: n }, (_, i) => ({ collateralId: BigInt(1 + (i % 3)), owner: address(`owner ${i}`), maxRepay: 1_000_000n * BigInt(i + 1) }));
const keys = (n) => Array.from({ length: n }, (_, i) => ({ collateralId: BigInt(1 + (i % 3)), owner: address(`owner ${i}`) }));
// LiquidationStatus / Waterfall Phase and Step are enums: uint8 on the wire.
const result = (i) => ({ status: BigInt(i % 3), repaid: 10n ** 6n * BigInt(i + 1), seized: WAD * BigInt(i), fee: 1234n, deficitId: BigInt(i), deficitAssets: BigInt(i) * 777n });

const cases = [
  ["Market", "liquidate", [2n, address("victim"), MAX], [result(2)]],
  ["Market", "liquidateBatch", [[]], [[]]],
  ["Market", "liquidateBatch", [orders(2)], [[result(0), result(1)]]],
  ["Market", "liquidateBatch", [orders(20)], [Array.from({ length: 20 }, (_, i) => result(i))]],
  ["MarketLens", "healthFactors", [keys(4)], [[WAD, MAX, 0n, 9n * WAD / 10n], [false, false, false, true], [true, true, false, true]]],
  ["MarketLens", "healthFactors", [[]], [[], [], []]],
  ["Waterfall", "cover", [], [123456789n, 42n]],
  ["Waterfall", "startAuction", [], [3n, 5000n * 10n ** 6n, 10n ** 6n]],
  ["Waterfall", "take", [3n, 500n * WAD, 2n * 10n ** 6n * WAD, address("bidder")], [250n * WAD, 500n * 10n ** 6n]],
  ["Waterfall", "settle", [], [17n]],
  ["Waterfall", "socialize", [], [999n, 1n]],
  ["Waterfall", "waterfallState", [], [{
    next: 3n, phase: 2n, nextAmount: 4000n, nextReward: 0n,
    uncoveredDeficit: 5000n, openDebt: 4000n, settledDebt: 1000n, fundBalance: 7n, skimmableReserves: 8n,
    lockedRecovery: 9n, deficitCount: 12n, roundId: 2n,
    round: { firstDeficitId: 3n, lastDeficitId: 0n, openedAt: 1767225000n, closedAt: 0n, covered: 100n, raised: 1000n,
      socialized: 0n, rewards: 5n, lossIndexAtOpen: 7n * WAD, recoveryIndexAtOpen: WAD },
    auction: { auctionId: 4n, price: 2n * 10n ** 24n, floor: 10n ** 23n, lotLeft: 100n * WAD, minted: 5n * WAD,
      raised: 1000n, debtLeft: 4000n, deadline: 1767225600n, canSell: true },
  }]],
];
write("calldata.json", cases.map(([contract, name, args, outputs]) => {
  const i = iface(contract);
  const fragment = i.getFunction(name);
  return {
    contract,
    function: fragment.format("sighash"),
    args: toJson(args),
    callData: i.encodeFunctionData(fragment, args),
    outputs: toJson(outputs),
    returnData: i.encodeFunctionResult(fragment, outputs),
  };
}));

// ---------- Keystores (Web3 Secret Storage v3) ----------
const keystoreKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
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

console.log(`wrote vectors to ${outDir}`);
