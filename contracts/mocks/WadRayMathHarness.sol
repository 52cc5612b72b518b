// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title WadRayMathHarness
/// @notice Test-only: exposes WadRayMath's internal functions so their edges (products beyond 256 bits,
///         rounding, division by zero) can be checked against exact arithmetic.
contract WadRayMathHarness {
    function mulDivDown(uint256 a, uint256 b, uint256 d) external pure returns (uint256) {
        return WadRayMath.mulDivDown(a, b, d);
    }

    function mulDivUp(uint256 a, uint256 b, uint256 d) external pure returns (uint256) {
        return WadRayMath.mulDivUp(a, b, d);
    }

    function wadMulDown(uint256 a, uint256 b) external pure returns (uint256) {
        return WadRayMath.wadMulDown(a, b);
    }

    function wadMulUp(uint256 a, uint256 b) external pure returns (uint256) {
        return WadRayMath.wadMulUp(a, b);
    }

    function rayMulDown(uint256 a, uint256 b) external pure returns (uint256) {
        return WadRayMath.rayMulDown(a, b);
    }

    function rayMulUp(uint256 a, uint256 b) external pure returns (uint256) {
        return WadRayMath.rayMulUp(a, b);
    }

    function rayPowUp(uint256 x, uint256 n) external pure returns (uint256) {
        return WadRayMath.rayPowUp(x, n);
    }
}
