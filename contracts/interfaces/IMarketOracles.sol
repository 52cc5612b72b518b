// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IMarketOracles
/// @notice The Market views the LendingPool reads to decide whether LP exits are open: every listed collateral
///         type's price validity, and for an invalid one whether it carries debt (see LendingPool.exitsPausedBy).
///         The structs have Market.Collateral's ABI shape.
interface IMarketOracles {
    struct CollateralParams {
        uint64 maxLtv;
        uint64 liquidationThreshold;
        uint64 liquidationBonus;
        uint128 debtCeiling;
        uint128 dust;
    }

    struct Collateral {
        address token;
        uint8 decimals;
        address oracle;
        CollateralParams params;
        uint128 totalCollateral;
        uint128 totalScaledDebt;
    }

    /// @notice Number of listed collateral types; ids run from 1 to collateralCount.
    function collateralCount() external view returns (uint32);

    /// @notice The price the Market uses for a collateral type now and whether it is valid; never reverts
    ///         for a listed id, whatever the oracle does (each read gets at most the Market's ORACLE_GAS_LIMIT).
    function collateralPrice(uint32 collateralId) external view returns (uint256 price, bool valid);

    /// @notice A listed collateral type, with its total scaled debt.
    function collateral(uint32 collateralId) external view returns (Collateral memory);
}
