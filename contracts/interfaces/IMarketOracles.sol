// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IMarketOracles
/// @notice The two Market views the LendingPool reads to decide whether LP exits are open: every listed
///         collateral type's price validity (see LendingPool.exitsOpen).
interface IMarketOracles {
    /// @notice Number of listed collateral types; ids run from 1 to collateralCount.
    function collateralCount() external view returns (uint32);

    /// @notice The price the Market uses for a collateral type now and whether it is valid; never reverts
    ///         for a listed id, whatever the oracle does (each read gets at most the Market's ORACLE_GAS_LIMIT).
    function collateralPrice(uint32 collateralId) external view returns (uint256 price, bool valid);
}
