// Deploys and wires the bad-debt write-off contracts next to an existing LendingPool:
// RecoveryToken, DebtAuction, InsuranceFund, Waterfall; then the roles:
//   token.setMinter(auction), fund.setWaterfall(waterfall), auction.setWaterfall(waterfall),
//   pool.setWriteOff(waterfall, fund) (once: the Waterfall is the pool's only write-off account and the
//   fund its insurance fund for good).
// deployWriteOff runs the write-off part of deploy-scripts/ignition/KeeperSuite.js against an existing pool
// (the Hardhat tests and gas scripts); deploy.js deploys the same part with the core.

const WAD = 10n ** 18n;
const RAY = 10n ** 27n;
const CURVE = { Linear: 0, StairstepExponential: 1 };

/**
 * Default parameters for a debt asset with `decimals` decimals and an 18-decimal recovery token.
 * Prices are WAD debt-asset units per whole token: 1 unit of the asset per token = 10^decimals * 1e18.
 */
function defaultWriteOffParams(decimals = 6) {
  const unit = 10n ** BigInt(decimals);
  const onePerToken = unit * WAD; // 1 debt-asset unit per whole token
  return {
    tokenName: "KeeperSuite Recovery",
    tokenSymbol: "KSR",
    minReferencePrice: onePerToken / 1_000_000n,
    // 1e6 per token, or what fits the auction's 128-bit start price (x5 max buf) for 18-decimal assets.
    maxReferencePrice: [onePerToken * 1_000_000n, (2n ** 128n - 1n) / 5n].reduce((a, b) => (a < b ? a : b)),
    auction: {
      referencePrice: onePerToken, // 1.00 per token
      buf: (120n * WAD) / 100n, // start at 1.20
      floorRatio: (50n * WAD) / 100n, // never fill below 0.50
      duration: 6n * 3600n, // deadline 6 hours after start
      mintCap: 1_000_000n * WAD, // at most one million tokens per auction
      curve: { kind: CURVE.StairstepExponential, tau: 0n, step: 60n, cut: (99n * RAY) / 100n }, // -1%/minute
    },
    tip: 5n * unit, // 5.00 per step
    chip: WAD / 1000n, // + 0.1% of the amount moved
    rewardCap: 100n * unit, // at most 100.00 per step
    maxRewardShare: (5n * WAD) / 100n, // and never more than 5% of what the step moves (dust earns ~0)
    minCover: 1_000n * unit, // the fund "has money" for a deficit at min(1,000.00, remaining)
  };
}

/**
 * Deploys the write-off next to an existing pool through the same Ignition module as deploy.js (its write-off part).
 * @param {object} ethers hardhat's ethers
 * @param {{pool: object, deployer?: object, admin?: string, params?: object}} opts
 *        pool = the LendingPool contract; deployer = signer that deploys and wires (must hold the pool's
 *        DEFAULT_ADMIN role; default: first signer); admin = address receiving the new
 *        contracts' DEFAULT_ADMIN and GOVERNOR roles (default: the deployer; hand to a timelock).
 */
async function deployWriteOff(ethers, { pool, deployer, admin, params }) {
  const hre = require("hardhat");
  const { keeperSuiteModule } = require("./ignition/KeeperSuite");
  const { runModule, checkHandOver } = require("./lib/run");
  const signer = deployer || (await ethers.getSigners())[0];
  const adminAddr = admin || signer.address;
  const asset = await ethers.getContractAt("IERC20Metadata", await pool.asset());
  const p = params || defaultWriteOffParams(Number(await asset.decimals()));
  const module = keeperSuiteModule({ writeOff: p }, {
    moduleId: "KeeperSuiteWriteOff", parts: "writeOff", pool: await pool.getAddress(), debtAsset: await asset.getAddress(),
    deployer: signer.address, admin: adminAddr, pauser: signer.address, artifacts: hre.artifacts,
  });
  const chainId = Number((await ethers.provider.getNetwork()).chainId);
  const { result } = await runModule(hre, module, { deployer: signer.address, dir: undefined, chainId });
  const at = (id, name) => ethers.getContractAt(name, result.contracts[`${module.id}#${id}`].address, signer);
  const w = { token: await at("RecoveryToken", "RecoveryToken"), auction: await at("DebtAuction", "DebtAuction"),
    fund: await at("InsuranceFund", "InsuranceFund"), waterfall: await at("Waterfall", "Waterfall"), params: p };
  await checkHandOver(hre, { DebtAuction: w.auction, InsuranceFund: w.fund, Waterfall: w.waterfall, RecoveryToken: w.token },
    { deployer: signer.address, admin: adminAddr, pauser: signer.address });
  return w;
}

/** Contracts of the write-off whose ABIs deploy.js exports to abi/. */
const WRITE_OFF_ABI_CONTRACTS = ["Waterfall", "InsuranceFund", "DebtAuction", "RecoveryToken"];

/** deployments/<network>.json entries for the write-off contracts. */
async function writeOffEntries(w) {
  const entry = async (c, abi) => ({ address: await c.getAddress(), abi: `abi/${abi}.json` });
  return {
    Waterfall: await entry(w.waterfall, "Waterfall"),
    InsuranceFund: await entry(w.fund, "InsuranceFund"),
    DebtAuction: await entry(w.auction, "DebtAuction"),
    RecoveryToken: await entry(w.token, "RecoveryToken"),
  };
}

module.exports = { WAD, RAY, CURVE, WRITE_OFF_ABI_CONTRACTS, defaultWriteOffParams, deployWriteOff, writeOffEntries };
