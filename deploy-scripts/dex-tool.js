// Moves the recorded local DEX the way the market would, for tests and scenarios (local chains only):
//
//   DEX_ACTION=arb  npx hardhat run deploy-scripts/dex-tool.js --network custom
//       arbitrage every pool back to the Market's oracle price (as arbitrageurs do after an oracle move)
//   DEX_ACTION=thin DEX_COLLATERAL=<id> DEX_KEEP_BPS=<bps> npx hardhat run deploy-scripts/dex-tool.js --network custom
//       the LP withdraws all but DEX_KEEP_BPS of the collateral's pool liquidity (a thin pool)
//
// Reads deployments/<network>.json (KEEPERSUITE_DEPLOYMENTS_DIR moves it); the signer is account #0 (the deployer,
// who holds the pools' positions and mints the mock tokens arbitrage needs).
const fs = require("fs");
const path = require("path");
const hre = require("hardhat");
const { deploymentsDir } = require("./lib/document");
const { arbToOraclePrice, POOL_ABI } = require("./dex");

const POSITIONS = require("@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json");
const ROUTER = require("@uniswap/v3-periphery/artifacts/contracts/SwapRouter.sol/SwapRouter.json");

async function main() {
  const { ethers } = hre;
  const [signer] = await ethers.getSigners();
  const doc = JSON.parse(fs.readFileSync(path.join(deploymentsDir(), `${hre.network.name}.json`), "utf8"));
  if (!doc.dex) throw new Error("the deployments file records no DEX");
  const market = await ethers.getContractAt("Market", doc.contracts.Market.address);
  const debt = doc.debtAsset;
  const dex = {
    ethers, signer,
    router: new ethers.Contract(doc.dex.router, ROUTER.abi, signer),
    positionManager: new ethers.Contract(doc.dex.positionManager, POSITIONS.abi, signer),
  };
  const poolInfo = (id) => {
    const p = doc.dex.pools[id];
    const c = doc.collaterals.find((x) => String(x.id) === String(id));
    return { ...p, pool: new ethers.Contract(p.address, POOL_ABI, signer), debt: debt.address, collateralDecimals: c.decimals, debtDecimals: debt.decimals };
  };
  const action = process.env.DEX_ACTION;
  if (action === "arb") {
    for (const id of Object.keys(doc.dex.pools)) {
      const [priceWad, valid] = await market.collateralPrice(id);
      if (!valid) continue;
      const r = await arbToOraclePrice(dex, { ...poolInfo(id), priceWad, signer });
      console.log(`pool ${id}: at ${ethers.formatUnits(r.priceWad, 18)} (swapped ${r.amountIn} in)`);
    }
  } else if (action === "thin") {
    const id = process.env.DEX_COLLATERAL;
    const keepBps = BigInt(process.env.DEX_KEEP_BPS || "100");
    const p = poolInfo(id);
    const [t0, t1] = p.collateralIsToken0 ? [p.collateral, p.debt] : [p.debt, p.collateral];
    const count = await dex.positionManager.balanceOf(signer.address);
    for (let i = 0n; i < count; i++) {
      const tokenId = await dex.positionManager.tokenOfOwnerByIndex(signer.address, i);
      const pos = await dex.positionManager.positions(tokenId);
      if (pos.token0 !== t0 || pos.token1 !== t1 || Number(pos.fee) !== p.fee || pos.liquidity === 0n) continue;
      const remove = pos.liquidity - (pos.liquidity * keepBps) / 10_000n;
      await (await dex.positionManager.decreaseLiquidity({ tokenId, liquidity: remove, amount0Min: 0n, amount1Min: 0n, deadline: 2n ** 64n })).wait();
      console.log(`pool ${id}: position ${tokenId} keeps ${keepBps} bps of its liquidity`);
    }
  } else {
    throw new Error("DEX_ACTION must be arb or thin");
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
