// @keepersuite/sdk: typed access to a KeeperSuite deployment on viem.
export { abis, type ContractName } from "./abis/index.js";
export {
  chainlinkOracleAbi, debtAuctionAbi, insuranceFundAbi, lendingPoolAbi, marketAbi, marketLensAbi, recoveryTokenAbi,
  systemAbi, waterfallAbi,
} from "./abis/index.js";
export { createKeeperSuiteClient, type KeeperSuiteClient, type KeeperSuiteClientOptions } from "./client.js";
export type { Addresses, ReadOptions } from "./context.js";
export {
  DEPLOYED_CONTRACTS, DeploymentError, loadDeployment, parseDeployment,
  type DeployedCollateral, type DeployedContract, type DeployedContractName, type Deployment, type DeploymentDocument,
} from "./deployment.js";
export {
  bytes32ToString, decodeLog, decodeLogs, decodeRevert, describeLog, revertData, stepDueOf,
  type DecodedRevert, type SystemError, type SystemLog,
} from "./decode.js";
export * from "./enums.js";
export * from "./units.js";
export { curvePrice, floorCrossing, timeToFloor, type CurveParams } from "./curve.js";
export type { PoolState } from "./reads/pool.js";
export type { WaterfallState, LiveAuction, OpenDeficit } from "./reads/waterfall.js";
export type { AccountState, AccountPosition } from "./reads/account.js";
export type { MarketPosition, PositionsAtRisk, PositionsAtRiskOptions } from "./reads/positions.js";
export type { HistoryEvent } from "./reads/history.js";
export { KeeperSuiteError, type KeeperSuiteWriter, type WriteResult } from "./write.js";
