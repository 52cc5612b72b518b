// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IPriceOracle
/// @notice Price of one whole collateral token in whole debt-asset units, WAD (1e18 = 1:1).
interface IPriceOracle {
    /// @notice The price and whether it may be used. Never reverts: an unusable feed
    ///         (stale, non-positive, incomplete round, reverting) returns valid = false.
    function tryPrice() external view returns (uint256 priceWad, bool valid);

    /// @notice The price; reverts with the oracle's specific error when it is not usable.
    function price() external view returns (uint256 priceWad);
}
