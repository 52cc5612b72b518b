// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title WadRayMath
/// @notice Fixed-point math for the whole protocol: WAD (1e18) for ratios and prices, RAY (1e27)
///         for indexes. Every function names its rounding direction so that each call site states
///         who the rounding works against (always the caller of the protocol, never the protocol).
library WadRayMath {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant RAY = 1e27;
    uint256 internal constant SECONDS_PER_YEAR = 365 days;

    /// @dev a * b / denominator, rounded down. Exact for every input: when a * b fits in 256 bits (every
    ///      product in this protocol's normal range) one MUL and one DIV, otherwise OpenZeppelin's full
    ///      512-bit Math.mulDiv (no phantom overflow). Reverts when denominator is 0 or the result overflows.
    function mulDivDown(uint256 a, uint256 b, uint256 denominator) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := and(gt(denominator, 0), or(iszero(a), eq(div(p, a), b)))
            z := div(p, denominator)
        }
        if (!fits) z = Math.mulDiv(a, b, denominator);
    }

    /// @dev a * b / denominator, rounded up. Same fast path and fallback as mulDivDown.
    function mulDivUp(uint256 a, uint256 b, uint256 denominator) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := and(gt(denominator, 0), or(iszero(a), eq(div(p, a), b)))
            z := add(div(p, denominator), gt(mod(p, denominator), 0))
        }
        if (!fits) z = Math.mulDiv(a, b, denominator, Math.Rounding.Ceil);
    }

    // The WAD/RAY helpers below repeat mulDivDown/mulDivUp's fast path with the constant in place (one
    // internal call instead of two on the liquidation hot path); results are identical to
    // mulDivDown(a, b, WAD) etc., the 512-bit fallback included.

    function wadMulDown(uint256 a, uint256 b) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := or(iszero(a), eq(div(p, a), b))
            z := div(p, WAD)
        }
        if (!fits) z = Math.mulDiv(a, b, WAD);
    }

    function wadMulUp(uint256 a, uint256 b) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := or(iszero(a), eq(div(p, a), b))
            z := add(div(p, WAD), gt(mod(p, WAD), 0))
        }
        if (!fits) z = Math.mulDiv(a, b, WAD, Math.Rounding.Ceil);
    }

    function wadDivDown(uint256 a, uint256 b) internal pure returns (uint256) {
        return mulDivDown(a, WAD, b);
    }

    function wadDivUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return mulDivUp(a, WAD, b);
    }

    function rayMulDown(uint256 a, uint256 b) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := or(iszero(a), eq(div(p, a), b))
            z := div(p, RAY)
        }
        if (!fits) z = Math.mulDiv(a, b, RAY);
    }

    function rayMulUp(uint256 a, uint256 b) internal pure returns (uint256 z) {
        bool fits;
        assembly ("memory-safe") {
            let p := mul(a, b)
            fits := or(iszero(a), eq(div(p, a), b))
            z := add(div(p, RAY), gt(mod(p, RAY), 0))
        }
        if (!fits) z = Math.mulDiv(a, b, RAY, Math.Rounding.Ceil);
    }

    function rayDivDown(uint256 a, uint256 b) internal pure returns (uint256) {
        return mulDivDown(a, RAY, b);
    }

    function rayDivUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return mulDivUp(a, RAY, b);
    }

    /// @dev x^n for a RAY base, by squaring, rounded up at every step: it drives the exponential price
    ///      decay of auctions, where rounding up keeps the price a bidder pays on the protocol's side.
    function rayPowUp(uint256 x, uint256 n) internal pure returns (uint256 z) {
        z = n % 2 != 0 ? x : RAY;
        for (n /= 2; n != 0; n /= 2) {
            x = rayMulUp(x, x);
            if (n % 2 != 0) z = rayMulUp(z, x);
        }
    }
}
