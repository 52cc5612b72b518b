// The Hardhat Ignition module of a KeeperSuite deployment, built from a normalized parameters file
// (deploy-scripts/lib/config.js). Ignition journals every future, so a run that dies resumes where it stopped and
// a finished deployment sends nothing when run again; a parameter changed after deployment is refused by its
// reconciliation instead of silently deploying a second system.
//
// Order: tokens and feeds (existing: contractAt, no transaction; mocks: local chains only), one ChainlinkOracle
// per collateral, LendingPool and Market with the DEPLOYER as admin (it must wire them), pool.setMarket, the
// collaterals listed one after another (ids follow the file's order), MarketLens, then the write-off
// (RecoveryToken, DebtAuction, InsuranceFund, Waterfall; token.setMinter, fund/auction.setWaterfall,
// pool.setWriteOff) and last the hand-over: every role granted to the admin (PAUSER_ROLE to the pauser), then
// renounced by the deployer. Future ids are stable names: they key the journal.
const { buildModule } = require("@nomicfoundation/hardhat-ignition/modules");
const { id: keccakId, ZeroHash, parseUnits } = require("ethers");

const ROLE = { DEFAULT_ADMIN_ROLE: ZeroHash, GOVERNOR_ROLE: keccakId("GOVERNOR_ROLE"), PAUSER_ROLE: keccakId("PAUSER_ROLE") };
/** Roles each contract grants its admin in its constructor (checked on chain after the hand-over). */
const ROLES_OF = {
  LendingPool: ["GOVERNOR_ROLE", "DEFAULT_ADMIN_ROLE"],
  Market: ["GOVERNOR_ROLE", "PAUSER_ROLE", "DEFAULT_ADMIN_ROLE"],
  DebtAuction: ["GOVERNOR_ROLE", "DEFAULT_ADMIN_ROLE"],
  InsuranceFund: ["DEFAULT_ADMIN_ROLE"],
  Waterfall: ["GOVERNOR_ROLE", "DEFAULT_ADMIN_ROLE"],
};
/** Our copy of Chainlink's interface (Chainlink's own, compiled for the rehearsal, has the same name). */
const AGGREGATOR_FQN = "contracts/oracle/interfaces/AggregatorV3Interface.sol:AggregatorV3Interface";
const ERC20_FQN = "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol:IERC20Metadata";

const safeId = (s) => s.replace(/[^A-Za-z0-9_]/g, "_");

/**
 * @param {object} cfg normalized config
 * @param {object} o { deployer: address, admin: address, pauser: address, artifacts: hre.artifacts,
 *   parts: "all" | "core" | "writeOff", pool: address (parts "writeOff": the existing pool), moduleId }
 */
function keeperSuiteModule(cfg, o) {
  const parts = o.parts || "all";
  return buildModule(o.moduleId || "KeeperSuite", (m) => {
    const deployer = o.deployer;
    const handOver = o.admin.toLowerCase() !== deployer.toLowerCase();
    const r = {};
    const wiring = []; // calls that need the deployer's roles: the hand-over waits for all of them
    const roleHolders = []; // [name, future]
    const erc20 = o.artifacts.readArtifactSync(ERC20_FQN);
    const aggregator = o.artifacts.readArtifactSync(AGGREGATOR_FQN);

    if (parts !== "writeOff") {
      const d = cfg.debtAsset;
      r.debtAsset = d.mock
        ? m.contract("MockERC20", [d.mock.name, d.symbol, d.decimals], { id: "DebtAssetMock" })
        : m.contractAt("IERC20Metadata", erc20, d.address, { id: "DebtAsset" });
      for (const c of cfg.collaterals) {
        const s = safeId(c.symbol);
        r[`${s}_token`] = c.token.mock
          ? m.contract("MockERC20", [c.token.mock.name, c.symbol, c.decimals], { id: `${s}_TokenMock` })
          : m.contractAt("IERC20Metadata", erc20, c.token.address, { id: `${s}_Token` });
        r[`${s}_feed`] = c.feed.mock
          ? m.contract("MockAggregator", [c.feed.mock.decimals, c.feed.mock.description || `${c.symbol} / ${d.symbol}`,
            parseUnits(c.feed.mock.price, c.feed.mock.decimals)], { id: `${s}_FeedMock` })
          : m.contractAt("AggregatorV3Interface", aggregator, c.feed.address, { id: `${s}_Feed` });
        r[`${s}_oracle`] = m.contract("ChainlinkOracle", [r[`${s}_feed`], c.maxStaleness], { id: `${s}_Oracle` });
      }
      r.pool = m.contract("LendingPool", [r.debtAsset, cfg.lpToken.name, cfg.lpToken.symbol, deployer, cfg.rateParams, cfg.reserveFactor], { id: "LendingPool" });
      r.market = m.contract("Market", [r.pool, deployer, cfg.marketParams], { id: "Market" });
      wiring.push(m.call(r.pool, "setMarket", [r.market], { id: "LendingPool_setMarket" }));
      let previous;
      for (const c of cfg.collaterals) {
        const s = safeId(c.symbol);
        previous = m.call(r.market, "listCollateral", [r[`${s}_token`], r[`${s}_oracle`], c.params],
          { id: `Market_listCollateral_${s}`, after: previous ? [previous] : [] });
        wiring.push(previous);
      }
      r.lens = m.contract("MarketLens", [r.market], { id: "MarketLens" });
      roleHolders.push(["LendingPool", r.pool], ["Market", r.market]);
    } else {
      r.pool = m.contractAt("LendingPool", o.pool, { id: "LendingPool" });
      r.debtAsset = m.contractAt("IERC20Metadata", erc20, o.debtAsset, { id: "DebtAsset" });
    }

    if (parts !== "core") {
      const w = cfg.writeOff;
      r.recoveryToken = m.contract("RecoveryToken", [w.tokenName, w.tokenSymbol], { id: "RecoveryToken" });
      r.auction = m.contract("DebtAuction", [r.recoveryToken, deployer, w.minReferencePrice, w.maxReferencePrice, w.auction], { id: "DebtAuction" });
      r.fund = m.contract("InsuranceFund", [r.debtAsset, deployer], { id: "InsuranceFund" });
      r.waterfall = m.contract("Waterfall", [r.pool, r.fund, r.auction, deployer, w.tip, w.chip, w.rewardCap, w.maxRewardShare, w.minCover], { id: "Waterfall" });
      wiring.push(
        m.call(r.recoveryToken, "setMinter", [r.auction], { id: "RecoveryToken_setMinter" }),
        m.call(r.fund, "setWaterfall", [r.waterfall], { id: "InsuranceFund_setWaterfall" }),
        m.call(r.auction, "setWaterfall", [r.waterfall], { id: "DebtAuction_setWaterfall" }),
        m.call(r.pool, "setWriteOff", [r.waterfall, r.fund], { id: "LendingPool_setWriteOff" }),
      );
      roleHolders.push(["DebtAuction", r.auction], ["InsuranceFund", r.fund], ["Waterfall", r.waterfall]);
    }

    if (handOver || o.pauser.toLowerCase() !== deployer.toLowerCase()) {
      const grants = [];
      for (const [name, c] of roleHolders) {
        for (const role of ROLES_OF[name]) {
          const to = role === "PAUSER_ROLE" ? o.pauser : o.admin;
          if (to.toLowerCase() === deployer.toLowerCase()) continue;
          grants.push(m.call(c, "grantRole", [ROLE[role], to], { id: `${name}_grant_${role}`, after: wiring }));
        }
      }
      for (const [name, c] of roleHolders) {
        for (const role of ROLES_OF[name]) {
          const to = role === "PAUSER_ROLE" ? o.pauser : o.admin;
          if (!handOver && to.toLowerCase() === deployer.toLowerCase()) continue;
          // DEFAULT_ADMIN_ROLE is the last of each contract's list: nothing is left that needs it.
          m.call(c, "renounceRole", [ROLE[role], deployer], { id: `${name}_renounce_${role}`, after: grants });
        }
      }
    }
    return r;
  });
}

module.exports = { keeperSuiteModule, ROLE, ROLES_OF, AGGREGATOR_FQN, ERC20_FQN, safeId };
