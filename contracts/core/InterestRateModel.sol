// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ParameterBounds} from "../libraries/ParameterBounds.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title InterestRateModel
/// @notice Kinked (two-slope) utilization model, as in Aave v3 / Compound: the borrow rate rises
///         gently up to the optimal utilization, then steeply, so that high utilization pays LPs
///         enough to keep cash available for withdrawals.
///         rate(u) = base + slope1 * u / uOpt                          for u <= uOpt
///         rate(u) = base + slope1 + slope2 * (u - uOpt) / (1 - uOpt)  for u >  uOpt
///         Parameters are annual rates in WAD; the model returns a per-second rate in RAY.
/// @dev Abstract and inherited by the LendingPool so that a parameter change always accrues
///      interest at the old rate first (the pool's setter does that) and a rate query costs no
///      external call.
abstract contract InterestRateModel {
    using WadRayMath for uint256;

    /// @notice Annual rates in WAD (1e18 = 100% APR) and the kink in WAD utilization.
    struct RateParams {
        uint64 baseRate;
        uint64 slope1;
        uint64 slope2;
        uint64 optimalUtilization;
    }

    /// @dev Bounds: no setter can push the model outside these (custom error otherwise).
    uint256 public constant MAX_BASE_RATE = 0.5e18; // 50% APR at zero utilization
    uint256 public constant MAX_SLOPE1 = 1e18; // +100% APR up to the kink
    uint256 public constant MAX_SLOPE2 = 10e18; // +1000% APR from the kink to 100% utilization
    uint256 public constant MIN_OPTIMAL_UTILIZATION = 0.05e18;
    uint256 public constant MAX_OPTIMAL_UTILIZATION = 0.99e18;

    /// @dev WAD per year -> RAY per second: x * 1e9 / SECONDS_PER_YEAR.
    uint256 private constant WAD_TO_RAY = 1e9;

    RateParams internal _rateParams;

    /// @notice Emitted whenever the model's parameters change (also at deployment).
    event RateParamsSet(uint256 baseRate, uint256 slope1, uint256 slope2, uint256 optimalUtilization);

    /// @notice A governance value outside its documented bounds.

    /// @notice The current model parameters (annual WAD rates, WAD kink).
    function rateParams() external view returns (RateParams memory) {
        return _rateParams;
    }

    /// @notice Per-second borrow rate (RAY) at a given utilization (WAD, capped at 100%).
    /// @param utilizationWad Borrowed / (cash + borrowed), WAD.
    function borrowRateAt(uint256 utilizationWad) public view returns (uint256 rateRay) {
        RateParams memory p = _rateParams;
        uint256 u = utilizationWad > WadRayMath.WAD ? WadRayMath.WAD : utilizationWad;
        uint256 annualWad;
        if (u <= p.optimalUtilization) {
            annualWad = p.baseRate + WadRayMath.mulDivDown(p.slope1, u, p.optimalUtilization);
        } else {
            uint256 excess = u - p.optimalUtilization;
            annualWad = p.baseRate + p.slope1
                + WadRayMath.mulDivDown(p.slope2, excess, WadRayMath.WAD - p.optimalUtilization);
        }
        rateRay = annualWad * WAD_TO_RAY / WadRayMath.SECONDS_PER_YEAR;
    }

    /// @dev Validates and stores new parameters; callers accrue interest at the old rate first.
    function _setRateParams(RateParams memory p) internal {
        ParameterBounds.check("baseRate", p.baseRate, 0, MAX_BASE_RATE);
        ParameterBounds.check("slope1", p.slope1, 0, MAX_SLOPE1);
        ParameterBounds.check("slope2", p.slope2, 0, MAX_SLOPE2);
        ParameterBounds.check("optimalUtilization", p.optimalUtilization, MIN_OPTIMAL_UTILIZATION, MAX_OPTIMAL_UTILIZATION);
        _rateParams = p;
        emit RateParamsSet(p.baseRate, p.slope1, p.slope2, p.optimalUtilization);
    }

}
