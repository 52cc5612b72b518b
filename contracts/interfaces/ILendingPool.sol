// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";

/// @title ILendingPool
/// @notice The LP vault (ERC-4626 over the debt asset) as the Market and the write-off Waterfall see it.
/// @dev Accounting identity, true at every block:
///        sum(position scaled debts) == totalScaledDebt()
///        totalLent() == totalDebt() + uncoveredDeficit()
///        totalAssets() == cash() + totalDebt() - reserves() - lockedRecovery()   (clamped at zero)
///      A deficit leaves totalDebt when it is recorded, so the share price already excludes it:
///      no LP can exit ahead of a known loss. Recoveries (insurance, auction) come back as cash that
///      is locked and unlocks into the share price linearly over a fixed period, so they accrue to
///      whoever holds shares during that window and a deposit made just before a recovery cannot
///      capture it. writeOffDeficit is the final, O(1) socialization.
interface ILendingPool is IERC4626 {
    /// @notice One recorded deficit: debt with no collateral left behind it.
    struct Deficit {
        uint128 remaining; // debt-asset units still uncovered
        uint128 original; // debt-asset units when recorded
        uint64 recordedAt; // block timestamp
        uint32 collateralId; // collateral type of the closed position
        address borrower; // owner of the closed position
    }

    event InterestAccrued(uint256 borrowIndex, uint256 interest, uint256 toReserves);
    event Borrowed(address indexed receiver, uint256 assets, uint256 scaledDebt);
    event Repaid(uint256 assets, uint256 scaledDebt);
    event ReservesSkimmed(address indexed insuranceFund, uint256 assets);
    event DeficitRecorded(
        uint256 indexed deficitId, uint32 indexed collateralId, address indexed borrower, uint256 assets
    );
    event DeficitRepaid(uint256 indexed deficitId, address indexed payer, uint256 assets, uint256 remaining);
    event DeficitWrittenOff(uint256 indexed deficitId, uint256 assets, uint256 lossPerShareWad);
    event InsuranceFundSet(address indexed insuranceFund);
    /// @notice A deficit repayment of `assets` was locked; `lockedTotal` is what is locked now (the
    ///         earlier still-locked remainder plus `assets`), unlocking linearly from this block.
    event RecoveryLocked(uint256 assets, uint256 lockedTotal);

    // ---- Market (MARKET_ROLE) ----

    /// @notice Lends `assets` of cash to `receiver`; returns the scaled debt added (rounded up).
    function borrow(address receiver, uint256 assets) external returns (uint256 scaledDebt);

    /// @notice Books a repayment of `scaledDebt` whose `assets` the Market already transferred into
    ///         the pool. Reverts unless assets >= scaledDebt valued at the current index (rounded up).
    function repay(uint256 scaledDebt, uint256 assets) external;

    /// @notice Moves `scaledDebt` out of lending into a new deficit; returns its id and size in assets.
    function recordDeficit(uint256 scaledDebt, uint32 collateralId, address borrower)
        external
        returns (uint256 deficitId, uint256 assets);

    // ---- Write-off (WRITE_OFF_ROLE) ----

    /// @notice Pulls `assets` from msg.sender into the pool and reduces deficit `deficitId` by them.
    ///         Reverts when `assets` exceeds what remains. The cash is locked (RecoveryLocked) and
    ///         reaches totalAssets over the unlock period, not in this transaction.
    function repayDeficit(uint256 deficitId, uint256 assets) external;

    /// @notice Final step: writes what remains of `deficitId` off against the LPs, O(1).
    function writeOffDeficit(uint256 deficitId) external returns (uint256 assets);

    // ---- Anyone ----

    /// @notice Accrues interest up to now.
    function accrueInterest() external;

    /// @notice Sends accrued reserves (as far as cash allows) to the insurance fund; returns the amount.
    function skimReserves() external returns (uint256 assets);

    // ---- Views ----

    function insuranceFund() external view returns (address);
    function cash() external view returns (uint256);
    function reserves() external view returns (uint256);
    function borrowIndex() external view returns (uint256);
    function totalScaledDebt() external view returns (uint256);
    function totalDebt() external view returns (uint256);
    function uncoveredDeficit() external view returns (uint256);
    function totalLent() external view returns (uint256);
    function deficitCount() external view returns (uint256);
    function deficit(uint256 deficitId) external view returns (Deficit memory);
    function borrowRatePerSecond() external view returns (uint256 rateRay);
    function utilization() external view returns (uint256 wad);

    /// @notice Recovered cash not yet in totalAssets: it unlocks linearly over the pool's
    ///         RECOVERY_UNLOCK_PERIOD after the last repayDeficit (rounded up).
    function lockedRecovery() external view returns (uint256);
}
