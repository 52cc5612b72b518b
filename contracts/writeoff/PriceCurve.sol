// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title PriceCurve
/// @notice Falling-price curves for Dutch auctions, after Maker's abacus contracts:
///         `LinearDecrease` (price reaches zero after `tau` seconds) and
///         `StairstepExponentialDecrease` (price multiplied by `cut` every `step` seconds).
///         The auction never fills below its floor, so the curve's tail below the floor is never used.
library PriceCurve {
    using WadRayMath for uint256;

    enum Kind {
        Linear,
        StairstepExponential
    }

    /// @notice Curve parameters (one set per auction, snapshotted when it starts).
    /// @param kind Linear or stairstep exponential.
    /// @param tau Linear: seconds from the start price to zero.
    /// @param step Stairstep: seconds between two price cuts.
    /// @param cut Stairstep: RAY multiplier applied at every step (e.g. 0.99e27 = -1% per step).
    struct Params {
        Kind kind;
        uint64 tau;
        uint64 step;
        uint96 cut;
    }

    /// @notice Price `elapsed` seconds after an auction started at `top`.
    /// @dev Both curves round up: the taker never pays less than the curve.
    function price(Params memory p, uint256 top, uint256 elapsed) internal pure returns (uint256) {
        if (p.kind == Kind.Linear) {
            if (elapsed >= p.tau) return 0;
            return top.mulDivUp(p.tau - elapsed, p.tau);
        }
        return top.rayMulUp(WadRayMath.rayPowUp(p.cut, elapsed / p.step));
    }
}
