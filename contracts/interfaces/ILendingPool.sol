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
///      capture it; entries are priced at entryAssets (see there). writeOffDeficits is the final, O(1)
///      socialization. The write-off works on the aggregate uncoveredDeficit; per-deficit records are
///      kept for reporting only.
interface ILendingPool is IERC4626 {
    /// @notice One recorded deficit (for reporting): debt with no collateral left behind it. How it
    ///         ended is the Waterfall's `deficitOutcome(deficitId)`.
    struct Deficit {
        uint128 original; // debt-asset units when recorded
        uint64 recordedAt; // block timestamp
        uint32 collateralId; // collateral type of the closed position
        address borrower; // owner of the closed position
    }

    event InterestAccrued(uint256 borrowIndex, uint256 interest, uint256 toReserves);
    event Borrowed(address indexed receiver, uint256 assets, uint256 scaledDebt);
    /// @notice The Market repaid `scaledDebt` with `assets`; `fee` (a liquidation's insurance fee, paid in the
    ///         same transfer) was credited to reserves, which skimReserves sends to the insurance fund.
    event Repaid(uint256 assets, uint256 scaledDebt, uint256 fee);
    event ReservesSkimmed(address indexed insuranceFund, uint256 assets);
    event DeficitRecorded(
        uint256 indexed deficitId, uint32 indexed collateralId, address indexed borrower, uint256 assets
    );
    /// @notice The write-off repaid `assets` of the aggregate deficit; `uncoveredDeficit` is what is left.
    event DeficitsRepaid(address indexed payer, uint256 assets, uint256 uncoveredDeficit);
    /// @notice The write-off paid keeper `to` a reward of `assets` from cash; it joined the aggregate deficit.
    event RewardPaid(address indexed to, uint256 assets, uint256 uncoveredDeficit);
    /// @notice `assets` of the aggregate deficit were socialized (no price change; already priced in).
    event DeficitsWrittenOff(uint256 assets, uint256 uncoveredDeficit);
    event InsuranceFundSet(address indexed insuranceFund);
    /// @notice The Market was wired (once).
    event MarketSet(address indexed market);
    /// @notice The write-off Waterfall was wired (once).
    event WriteOffSet(address indexed writeOff);
    /// @notice A repayment of `assets` was locked; `lockedTotal` is everything locked now; this epoch's
    ///         lock (with `assets`) unlocks linearly until `unlockEnd`.
    event RecoveryLocked(uint256 assets, uint256 lockedTotal, uint64 unlockEnd);

    // ---- Market (the `market` set once by setMarket) ----

    /// @notice Lends `assets` of cash to `receiver`; returns the scaled debt added (rounded up).
    function borrow(address receiver, uint256 assets) external returns (uint256 scaledDebt);

    /// @notice Books a repayment of `scaledDebt` whose `assets` plus `fee` the Market already transferred
    ///         into the pool; `fee` (the liquidation's insurance fee, 0 for a plain repayment) is credited to
    ///         reserves: the insurance fund's, sent to it by skimReserves. Reverts unless assets >= scaledDebt
    ///         valued at the current index (rounded up).
    function repay(uint256 scaledDebt, uint256 assets, uint256 fee) external;

    /// @notice Moves `scaledDebt` out of lending into a new deficit; returns its id and size in assets.
    function recordDeficit(uint256 scaledDebt, uint32 collateralId, address borrower)
        external
        returns (uint256 deficitId, uint256 assets);

    // ---- Write-off (the `writeOff` account, set once) ----

    /// @notice Pulls `assets` from the caller and reduces the aggregate deficit by them. Reverts when
    ///         `assets` exceeds it. The cash is locked (RecoveryLocked) and reaches totalAssets over the
    ///         unlock window, not in this transaction.
    function repayDeficits(uint256 assets) external;

    /// @notice Pays a keeper reward of up to `assets` from cash (less if cash is short) and adds what it
    ///         paid to the aggregate deficit. Returns what it paid.
    function payReward(address to, uint256 assets) external returns (uint256 paid);

    /// @notice Final step: writes `assets` of the aggregate deficit off against the LPs, O(1).
    function writeOffDeficits(uint256 assets) external;

    // ---- Anyone ----

    /// @notice Accrues interest up to now (anyone; every state-changing entry point also does it). Returns
    ///         the borrow index (RAY): what a Market's liquidation needs from the pool before it plans.
    function accrueInterest() external returns (uint256 index);

    /// @notice Sends accrued reserves (reserve-factor interest and liquidation fees, as far as cash allows)
    ///         to the insurance fund; returns the amount.
    function skimReserves() external returns (uint256 assets);

    // ---- Views ----

    function market() external view returns (address);
    function insuranceFund() external view returns (address);
    function writeOff() external view returns (address);
    function lastAccrual() external view returns (uint64);
    function cumulativeLossPerShareWad() external view returns (uint256);
    function cumulativeRecoveryPerShareWad() external view returns (uint256);
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

    /// @notice Recovered cash not yet in totalAssets (exit NAV): each repayment unlocks linearly until the
    ///         end of its RECOVERY_EPOCH plus RECOVERY_UNLOCK_PERIOD (rounded up).
    function lockedRecovery() external view returns (uint256);

    /// @notice Recovery already decided but not yet paid: min(insurance fund + every reserve the pool owes
    ///         it (borrowed out or not), uncoveredDeficit) once the write-off is wired, else 0.
    function recoveryInSight() external view returns (uint256);

    /// @notice The NAV entries are priced at: totalAssets + lockedRecovery + recoveryInSight. Exits use
    ///         totalAssets. An entrant pays for the recoveries it may later share in; while part of the
    ///         deficit can only be recovered by an auction (uncoveredDeficit > recoveryInSight), entries are
    ///         refused instead (maxDeposit and maxMint are 0).
    function entryAssets() external view returns (uint256);

    /// @notice Whether deposits and mints are accepted now: false while a wiped pool's shares exist with no
    ///         assets behind them, and while part of the uncovered deficit can only be recovered by an auction
    ///         (uncoveredDeficit > recoveryInSight, write-off wired).
    function entriesOpen() external view returns (bool);

    /// @notice The first listed collateral type with debt whose oracle is invalid now (stale, non-positive, no
    ///         answer, reverting), 0 when there is none (and 0 before a Market is wired). While it is not 0, LP
    ///         exits are refused (withdraw/redeem revert ExitsPaused; maxWithdraw and maxRedeem are 0): a loss
    ///         the Market cannot see, because it cannot price a collateral, must not be left to the LPs who stay.
    function exitsPausedBy() external view returns (uint32 collateralId);
}
