// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice A governance setter was given `value` for `parameter`, outside [min, max].
/// @dev One error for every bounded setter of every contract, so a frontend or keeper decodes one shape.
error ParameterOutOfBounds(bytes32 parameter, uint256 value, uint256 min, uint256 max);

/// @title ParameterBounds
/// @notice The bounds check behind every governance setter: parameters are tunable only within ranges
///         fixed in code.
library ParameterBounds {
    /// @dev Reverts ParameterOutOfBounds unless min <= value <= max.
    function check(bytes32 parameter, uint256 value, uint256 min, uint256 max) internal pure {
        if (value < min || value > max) revert ParameterOutOfBounds(parameter, value, min, max);
    }
}
