// Reusable Hardhat fixtures for the contract tests (use with network-helpers' loadFixture).
const { ethers } = require("hardhat");

const WAD = 10n ** 18n;
const RAY = 10n ** 27n;
const YEAR = 365n * 24n * 3600n;

/** Default kinked model: 0% base, +4% to the 80% kink, +75% above it. */
const DEFAULT_RATE_PARAMS = {
  baseRate: 0n,
  slope1: (4n * WAD) / 100n,
  slope2: (75n * WAD) / 100n,
  optimalUtilization: (80n * WAD) / 100n,
};
const DEFAULT_RESERVE_FACTOR = (10n * WAD) / 100n;

/**
 * USDC (6 decimals) + LendingPool; the `market` signer is the pool's market (setMarket). With `opts.wireWriteOff`, the
 * `writeOff` signer is the pool's write-off account (setWriteOff, once) with `insurance` as its fund.
 */
async function deployPoolFixture(opts = {}) {
  const [admin, market, writeOff, lp1, lp2, alice, insurance, other] = await ethers.getSigners();
  const usdc = await (await ethers.getContractFactory("MockERC20")).deploy("USD Coin", "USDC", 6);
  const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
    await usdc.getAddress(), "KeeperSuite USDC LP", "ksUSDC", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
  );
  await pool.setMarket(market.address);
  if (opts.wireWriteOff) await pool.setWriteOff(writeOff.address, insurance.address);
  const poolAddr = await pool.getAddress();
  for (const s of [lp1, lp2, market, writeOff, alice]) {
    await usdc.mint(s.address, 10_000_000n * 10n ** 6n);
    await usdc.connect(s).approve(poolAddr, ethers.MaxUint256);
  }
  return { usdc, pool, admin, market, writeOff, lp1, lp2, alice, insurance, other };
}

/**
 * The whole core as deploy-scripts/deploy.js deploys it (same code path), plus funded actors:
 *   USDC (6 dec) debt asset; collaterals WETH (18 dec, id 1), WBTC (8 dec, id 2), XAU6 (6 dec, id 3)
 *   with MockAggregator feeds (8, 8 and 18 feed decimals) behind ChainlinkOracle adapters;
 *   LendingPool (the Market is its `market`; insuranceFund = the `insurance` signer until the write-off
 *   Waterfall/InsuranceFund replace it), Market, MarketLens.
 *   lp1 has deposited 2,000,000 USDC. Borrowers alice/bob/carol hold 1,000 WETH, 100 WBTC, 100,000 XAU6
 *   and 1,000,000 USDC each; the liquidator holds 10,000,000 USDC. Everyone approved the Market for
 *   everything and the pool for USDC.
 */
async function deployCoreFixture() {
  const hre = require("hardhat");
  const { deployCore } = require("../../deploy-scripts/deploy");
  const signers = await ethers.getSigners();
  const [admin, lp1, lp2, alice, bob, carol, liquidator, insurance, other] = signers;
  const core = await deployCore(hre);
  const { usdc, pool, market, lens, collateralTokens, aggregators, oracles, collateralIds } = core;
  const weth = collateralTokens.WETH;
  const wbtc = collateralTokens.WBTC;
  const xau = collateralTokens.XAU6;
  await pool.setInsuranceFund(insurance.address);
  const marketAddr = await market.getAddress();
  const poolAddr = await pool.getAddress();
  const M = 10n ** 6n;
  for (const s of [lp1, lp2, liquidator, alice, bob, carol, other]) {
    await usdc.mint(s.address, (s === liquidator ? 10_000_000n : 1_000_000n) * M);
    await usdc.connect(s).approve(marketAddr, ethers.MaxUint256);
    await usdc.connect(s).approve(poolAddr, ethers.MaxUint256);
  }
  for (const s of [alice, bob, carol, other]) {
    await weth.mint(s.address, 1_000n * 10n ** 18n);
    await wbtc.mint(s.address, 100n * 10n ** 8n);
    await xau.mint(s.address, 100_000n * 10n ** 6n);
    for (const t of [weth, wbtc, xau]) await t.connect(s).approve(marketAddr, ethers.MaxUint256);
  }
  await pool.connect(lp1).deposit(1_000_000n * M, lp1.address);
  await usdc.mint(lp1.address, 1_000_000n * M);
  await pool.connect(lp1).deposit(1_000_000n * M, lp1.address);
  return {
    ...core, usdc, weth, wbtc, xau, pool, market, lens, aggregators, oracles,
    ids: { WETH: collateralIds.WETH, WBTC: collateralIds.WBTC, XAU6: collateralIds.XAU6 },
    admin, lp1, lp2, alice, bob, carol, liquidator, insurance, other,
  };
}

/** deployPoolFixture with the `writeOff` signer wired as the pool's write-off (fund: `insurance`). */
async function deployPoolFixtureWithWriteOff() {
  return deployPoolFixture({ wireWriteOff: true });
}

module.exports = { WAD, RAY, YEAR, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR, deployPoolFixture, deployPoolFixtureWithWriteOff, deployCoreFixture };
