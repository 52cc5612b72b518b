// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";

/// @title SharePriceProbe
/// @notice Test helper: records an ERC-4626 vault's price of one whole share when called, e.g. from a token
///         hook in the middle of a deposit (read-only re-entrancy tests).
contract SharePriceProbe {
    /// @notice The vault read.
    IERC4626 public immutable vault;
    /// @notice convertToAssets(one whole share) at the last record().
    uint256 public seen;

    constructor(IERC4626 vault_) {
        vault = vault_;
    }

    /// @notice Reads and stores the vault's price of one whole share now.
    function record() external {
        seen = vault.convertToAssets(10 ** vault.decimals());
    }
}
