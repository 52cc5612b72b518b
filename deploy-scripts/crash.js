// Moves the mock price feeds of a deployed KeeperSuite (a crash for the keeper to handle) and can fund a
// keeper account with the mock debt asset.
//
//   CRASH_PERCENT=45 npx hardhat run deploy-scripts/crash.js --network localhost
//   CRASH_PERCENT=45 CRASH_SYMBOLS=WETH KEEPER_FUND=0xKeeper:250000 npx hardhat run deploy-scripts/crash.js --network localhost
//
// CRASH_PERCENT: drop of every listed feed (or of CRASH_SYMBOLS, comma-separated), in percent (0-99).
// KEEPER_FUND: address:amount — mints `amount` whole debt-asset units to the keeper (mock token only).
// Reads deployments/<network>.json (or KEEPERSUITE_DEPLOYMENTS_DIR). The deployer owns the mock feeds.
const fs = require("fs");
const path = require("path");
const hre = require("hardhat");

async function main() {
  const { ethers, network } = hre;
  const dir = process.env.KEEPERSUITE_DEPLOYMENTS_DIR || path.join(__dirname, "..", "deployments");
  const doc = JSON.parse(fs.readFileSync(path.join(dir, `${network.name}.json`), "utf8"));
  const percent = Number(process.env.CRASH_PERCENT ?? "0");
  if (!(percent >= 0 && percent < 100)) throw new Error("CRASH_PERCENT must be between 0 and 99");
  const symbols = (process.env.CRASH_SYMBOLS || "").split(",").filter(Boolean);
  for (const c of doc.collaterals) {
    if (symbols.length && !symbols.includes(c.symbol)) continue;
    const feed = await ethers.getContractAt("MockAggregator", c.aggregator);
    const [, answer] = await feed.latestRoundData();
    const next = (answer * BigInt(Math.round((100 - percent) * 100))) / 10_000n;
    await (await feed.setAnswer(next)).wait();
    console.log(`${c.symbol}: ${answer} -> ${next} (-${percent}%)`);
  }
  if (process.env.KEEPER_FUND) {
    const [address, amount] = process.env.KEEPER_FUND.split(":");
    const usdc = await ethers.getContractAt("MockERC20", doc.debtAsset.address);
    await (await usdc.mint(address, ethers.parseUnits(amount, doc.debtAsset.decimals))).wait();
    const [signer] = await ethers.getSigners();
    await (await signer.sendTransaction({ to: address, value: ethers.parseEther("10") })).wait();
    console.log(`funded ${address} with ${amount} ${doc.debtAsset.symbol} and 10 ETH`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
