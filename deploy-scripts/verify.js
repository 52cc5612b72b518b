// Verifies every contract a deployment created on the network's block explorer, from the constructor arguments
// recorded in deployments/<network>.json (existing tokens and feeds are not ours and are skipped).
//
//   ETHERSCAN_API_KEY=... npm run verify:deployment -- --network sepolia
//
// Explorer settings: hardhat.config.js (deploy-scripts/networks.js). Already verified contracts are reported as such.
const fs = require("fs");
const path = require("path");
const hre = require("hardhat");
const { deploymentsDir } = require("./lib/document");

/** Every {contractName, address, constructorArgs} entry of a deployments document that we deployed. */
function verifiable(doc) {
  const entries = [
    ...Object.entries(doc.contracts).map(([name, e]) => [name, e]),
    ...doc.collaterals.flatMap((c) => Object.entries(c.deployments).map(([k, e]) => [`${c.symbol}.${k}`, e])),
  ];
  return entries.filter(([, e]) => e.contractName && e.constructorArgs).map(([label, e]) => ({ label, ...e }));
}

async function main() {
  const file = path.join(deploymentsDir(), `${hre.network.name}.json`);
  if (!fs.existsSync(file)) throw new Error(`no ${file}: deploy first (npm run deploy -- --network ${hre.network.name})`);
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  let failed = 0;
  for (const e of verifiable(doc)) {
    const artifact = await hre.artifacts.readArtifact(e.contractName);
    try {
      await hre.run("verify:verify", { address: e.address, constructorArguments: e.constructorArgs, contract: `${artifact.sourceName}:${artifact.contractName}` });
      console.log(`verified ${e.label} ${e.address}`);
    } catch (err) {
      if (/already verified/i.test(err.message)) console.log(`already verified ${e.label} ${e.address}`);
      else {
        failed++;
        console.error(`FAILED ${e.label} ${e.address}: ${err.message}`);
      }
    }
  }
  if (failed) throw new Error(`${failed} contract(s) not verified`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}

module.exports = { verifiable };
