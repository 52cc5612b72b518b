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

/** USDC (6 decimals) + LendingPool; `market` signer holds MARKET_ROLE, `writeOff` WRITE_OFF_ROLE. */
async function deployPoolFixture() {
  const [admin, market, writeOff, lp1, lp2, alice, insurance, other] = await ethers.getSigners();
  const usdc = await (await ethers.getContractFactory("MockERC20")).deploy("USD Coin", "USDC", 6);
  const pool = await (await ethers.getContractFactory("LendingPool")).deploy(
    await usdc.getAddress(), "KeeperSuite USDC LP", "ksUSDC", admin.address, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR,
  );
  await pool.grantRole(await pool.MARKET_ROLE(), market.address);
  await pool.grantRole(await pool.WRITE_OFF_ROLE(), writeOff.address);
  const poolAddr = await pool.getAddress();
  for (const s of [lp1, lp2, market, writeOff, alice]) {
    await usdc.mint(s.address, 10_000_000n * 10n ** 6n);
    await usdc.connect(s).approve(poolAddr, ethers.MaxUint256);
  }
  return { usdc, pool, admin, market, writeOff, lp1, lp2, alice, insurance, other };
}

module.exports = { WAD, RAY, YEAR, DEFAULT_RATE_PARAMS, DEFAULT_RESERVE_FACTOR, deployPoolFixture };
