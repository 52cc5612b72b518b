// Gas of MarketLens's batch views at scale, measured with eth_estimateGas on the in-process Hardhat EVM.
//   npx hardhat run deploy-scripts/gas-lens.js            (LENS_KEYS=1000 by default)
// Opens LENS_KEYS positions spread over the three collateral types (WETH 18, WBTC 8, XAU6 6 decimals),
// then estimates healthFactors, positions and previewLiquidations over all of them in one call each.
// "per position" = the whole estimate (21,000 intrinsic and the keys' calldata included) / keys; the
// execution-only figure subtracts the intrinsic gas and the calldata (16 per non-zero byte, 4 per zero).
// tests/contracts/MarketLens.test.js holds healthFactors under 3,450 per position (issue 17 goal: 3,000; BENCHMARKS.md
// "MarketLens batch views" shows where the rest goes).
const hre = require("hardhat");
const { deployCore } = require("./deploy");

const { ethers } = hre;
const U = (n) => ethers.parseUnits(String(n), 6);
const PREVIEW_KEYS = 500;

function calldataGas(data) {
  const bytes = ethers.getBytes(data);
  let gas = 0;
  for (const b of bytes) gas += b === 0 ? 4 : 16;
  return gas;
}

/** Deploys a core with `n` positions (a third per collateral type); returns it with the keys. */
async function lensFixture(n) {
  const core = await deployCore(hre);
  const { usdc, pool, market, collateralTokens, collateralIds } = core;
  const [, lp] = await ethers.getSigners();
  await usdc.mint(lp.address, U(1_000_000_000));
  await usdc.connect(lp).approve(await pool.getAddress(), ethers.MaxUint256);
  await pool.connect(lp).deposit(U(1_000_000_000), lp.address);
  const factory = await (await ethers.getContractFactory("PositionFactory")).deploy();
  const types = [
    ["WETH", 10n ** 18n], // 1 WETH at 2,000: borrow 1,000
    ["WBTC", 10n ** 7n], // 0.1 WBTC
    ["XAU6", 10n ** 6n], // 1 XAU6
  ];
  const M = await market.getAddress();
  const keys = [];
  const perType = Math.ceil(n / types.length);
  for (const [sym, amount] of types) {
    const count = Math.min(perType, n - keys.length);
    const before = Number(await factory.created());
    for (let done = 0; done < count; done += 100) {
      const k = Math.min(100, count - done);
      await (await factory.openMany(M, await collateralTokens[sym].getAddress(), collateralIds[sym], k, amount, U(100))).wait();
    }
    const impl = await factory.implementation();
    const fAddr = await factory.getAddress();
    for (let i = 0; i < count; ++i) {
      const salt = ethers.zeroPadValue(ethers.toBeHex(before + i), 32);
      keys.push({ collateralId: collateralIds[sym], owner: predictClone(impl, salt, fAddr) });
    }
  }
  return { ...core, keys, factory };
}

/** OpenZeppelin Clones.predictDeterministicAddress (EIP-1167 init code, CREATE2). */
function predictClone(implementation, salt, deployer) {
  const initCode = ethers.concat([
    "0x3d602d80600a3d3981f3363d3d373d3d3d363d73",
    implementation,
    "0x5af43d82803e903d91602b57fd5bf3",
  ]);
  return ethers.getCreate2Address(deployer, salt, ethers.keccak256(initCode));
}

/** Estimates one lens call; returns { total, execution, perPosition, executionPerPosition }. */
async function estimate(lens, fn, args, n) {
  const data = lens.interface.encodeFunctionData(fn, args);
  const total = await ethers.provider.estimateGas({ to: await lens.getAddress(), data });
  const execution = total - 21_000n - BigInt(calldataGas(data));
  return { total, execution, perPosition: total / BigInt(n), executionPerPosition: execution / BigInt(n) };
}

async function measureLensGas(n = 1000) {
  const f = await lensFixture(n);
  const [, , liquidator] = await ethers.getSigners();
  return {
    n,
    f,
    healthFactors: await estimate(f.lens, "healthFactors", [f.keys], n),
    positions: await estimate(f.lens, "positions", [f.keys], n),
    // Previews cost ~16k a key (each valid key is planned by Market.previewLiquidation): 500 per call.
    previewLiquidations: await estimate(f.lens, "previewLiquidations", [f.keys.slice(0, PREVIEW_KEYS), liquidator.address], PREVIEW_KEYS),
  };
}

/** estimate(), or the reason it could not run (out of gas, a function this build lacks). */
async function tryEstimate(lens, fn, args, n) {
  try {
    return await estimate(lens, fn, args, n);
  } catch (e) {
    return { error: String(e.shortMessage || e.message).split("\n")[0] };
  }
}

async function main() {
  const n = Number(process.env.LENS_KEYS || 1000);
  const f = await lensFixture(n);
  const [, , liquidator] = await ethers.getSigners();
  const m = {
    healthFactors: await tryEstimate(f.lens, "healthFactors", [f.keys], n),
    positions: await tryEstimate(f.lens, "positions", [f.keys], n),
    previewLiquidations: await tryEstimate(f.lens, "previewLiquidations", [f.keys, liquidator.address], n),
    [`previewLiquidations (first ${PREVIEW_KEYS})`]: await tryEstimate(f.lens, "previewLiquidations", [f.keys.slice(0, PREVIEW_KEYS), liquidator.address], PREVIEW_KEYS),
  };
  console.log(`| MarketLens call (${n.toLocaleString("en-US")} keys, 3 collateral types) | Gas (estimate) | Per position | Per position, execution only |`);
  console.log("|---|---:|---:|---:|");
  for (const fn of Object.keys(m)) {
    const r = m[fn];
    if (r.error) {
      console.log(`| ${fn} | ${r.error} | | |`);
      continue;
    }
    console.log(`| ${fn} | ${r.total.toLocaleString("en-US")} | ${r.perPosition.toLocaleString("en-US")} | ${r.executionPerPosition.toLocaleString("en-US")} |`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

module.exports = { measureLensGas, lensFixture, predictClone };
