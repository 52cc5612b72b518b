// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {InterestRateModel} from "./InterestRateModel.sol";
import {ParameterBounds} from "../libraries/ParameterBounds.sol";

/// @title LendingPool
/// @notice ERC-4626 vault of the debt asset. LPs deposit cash; the Market (MARKET_ROLE) lends it to
///         positions; the write-off Waterfall (WRITE_OFF_ROLE) drains the deficit ledger.
///         totalAssets = cash + totalDebt - reserves - lockedRecovery (clamped at zero), every term
///         including the interest accrued up to the current block.
/// @dev - Cash is tracked internally: tokens sent to the pool without a deposit (donations) change
///        neither cash nor the share price, and a 6-decimal offset on shares (OZ ERC4626
///        virtual shares) makes the first-depositor inflation attack unprofitable.
///      - Debt is kept as scaled debt against a RAY borrow index (Aave style): debt = scaled * index.
///        The index compounds at every accrual (linear within one accrual period).
///      - All views (borrowIndex, totalDebt, reserves, totalAssets, ...) are current: they include
///        interest pending since the last accrual, so previews and keeper reads need no transaction.
///      - Deficit ids start at 1 (0 means "no deficit" in the Market's events).
///      - Seam for the write-off: recordDeficit moves debt out of totalDebt into uncoveredDeficit,
///        which lowers totalAssets (the share price) in the same transaction; repayDeficit brings
///        cash back, which reaches the share price linearly over RECOVERY_UNLOCK_PERIOD (see
///        lockedRecovery); writeOffDeficit only clears the ledger.
contract LendingPool is ERC4626, AccessControl, ReentrancyGuardTransient, InterestRateModel, ILendingPool {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;
    using SafeCast for uint256;

    /// @notice The Market: may borrow, repay and record deficits.
    bytes32 public constant MARKET_ROLE = keccak256("MARKET_ROLE");
    /// @notice The write-off Waterfall: may repay and write off deficits.
    bytes32 public constant WRITE_OFF_ROLE = keccak256("WRITE_OFF_ROLE");
    /// @notice Bounded parameter setters (rate model, reserve factor, insurance fund).
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Share decimals = asset decimals + this offset (inflation-attack resistance).
    uint8 public constant DECIMALS_OFFSET = 6;
    /// @notice Upper bound of the share of interest that goes to reserves.
    uint256 public constant MAX_RESERVE_FACTOR = 0.5e18;
    /// @notice Time over which a deficit recovery (insurance cover, auction proceeds) reaches the share
    ///         price, linearly. Long enough that holding shares across it is a real exposure (no
    ///         flash loan or same-block round trip can capture a recovery), short enough that the LPs
    ///         who bore the loss get it back within a day.
    uint256 public constant RECOVERY_UNLOCK_PERIOD = 12 hours;

    uint256 private _cash;
    uint256 private _reserves; // as of lastAccrual
    uint256 private _borrowIndex; // RAY, as of lastAccrual
    uint256 private _totalScaledDebt;
    uint256 private _uncoveredDeficit;
    uint256 private _deficitCount;
    /// @notice Timestamp of the last accrual.
    uint64 public lastAccrual;
    // Recovery lock (packed with lastAccrual: one slot). _lockedRecovery was locked at _recoveryLockedAt
    // and unlocks linearly until _recoveryLockedAt + RECOVERY_UNLOCK_PERIOD; see lockedRecovery().
    uint64 private _recoveryLockedAt;
    uint128 private _lockedRecovery;
    /// @notice Share of accrued interest (WAD) that goes to reserves, the insurance fund's income.
    uint256 public reserveFactor;
    /// @notice Receives skimmed reserves and the Market's liquidation fee (the write-off InsuranceFund).
    address public insuranceFund;
    mapping(uint256 deficitId => Deficit) private _deficits;

    /// @notice Emitted when governance changes the reserve factor.
    event ReserveFactorSet(uint256 reserveFactor);
    /// @notice Emitted when a deficit leaves reserves larger than everything the pool holds.
    event ReservesWrittenDown(uint256 assets);

    error ZeroAmount();
    error ZeroAddress();
    error InsufficientCash(uint256 requested, uint256 available);
    error RepaymentTooSmall(uint256 assets, uint256 required);
    error ScaledDebtExceedsTotal(uint256 scaledDebt, uint256 totalScaledDebt);
    error UnknownDeficit(uint256 deficitId);
    error DeficitRepaymentTooLarge(uint256 deficitId, uint256 assets, uint256 remaining);
    error InsuranceFundNotSet();

    /// @param asset_ The debt asset (e.g. a 6-decimal stablecoin).
    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE (hand both to a timelock in production).
    /// @param params Initial interest-rate model (bounded).
    /// @param reserveFactor_ Initial reserve factor (bounded by MAX_RESERVE_FACTOR).
    constructor(
        IERC20 asset_,
        string memory name_,
        string memory symbol_,
        address admin,
        RateParams memory params,
        uint256 reserveFactor_
    ) ERC20(name_, symbol_) ERC4626(asset_) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        _borrowIndex = WadRayMath.RAY;
        lastAccrual = uint64(block.timestamp);
        _setRateParams(params);
        _setReserveFactor(reserveFactor_);
    }

    // ------------------------------------------------------------------ Market

    /// @inheritdoc ILendingPool
    function borrow(address receiver, uint256 assets)
        external
        onlyRole(MARKET_ROLE)
        nonReentrant
        returns (uint256 scaledDebt)
    {
        if (assets == 0) revert ZeroAmount();
        _accrue();
        uint256 cash_ = _cash;
        if (assets > cash_) revert InsufficientCash(assets, cash_);
        scaledDebt = assets.rayDivUp(_borrowIndex); // against the borrower
        _totalScaledDebt += scaledDebt;
        _cash = cash_ - assets;
        IERC20(asset()).safeTransfer(receiver, assets);
        emit Borrowed(receiver, assets, scaledDebt);
    }

    /// @inheritdoc ILendingPool
    function repay(uint256 scaledDebt, uint256 assets) external onlyRole(MARKET_ROLE) nonReentrant {
        if (scaledDebt == 0) revert ZeroAmount();
        _accrue();
        uint256 required = scaledDebt.rayMulUp(_borrowIndex);
        if (assets < required) revert RepaymentTooSmall(assets, required);
        _removeScaledDebt(scaledDebt);
        _cash += assets;
        emit Repaid(assets, scaledDebt);
    }

    /// @inheritdoc ILendingPool
    function recordDeficit(uint256 scaledDebt, uint32 collateralId, address borrower)
        external
        onlyRole(MARKET_ROLE)
        nonReentrant
        returns (uint256 deficitId, uint256 assets)
    {
        if (scaledDebt == 0) revert ZeroAmount();
        _accrue();
        assets = scaledDebt.rayMulUp(_borrowIndex); // the loss is recognised at its largest
        _removeScaledDebt(scaledDebt);
        _capReserves();
        _uncoveredDeficit += assets;
        deficitId = ++_deficitCount;
        _deficits[deficitId] = Deficit({
            remaining: assets.toUint128(),
            original: assets.toUint128(),
            recordedAt: uint64(block.timestamp),
            collateralId: collateralId,
            borrower: borrower
        });
        emit DeficitRecorded(deficitId, collateralId, borrower, assets);
    }

    // ------------------------------------------------------------------ Write-off

    /// @inheritdoc ILendingPool
    /// @dev The repaid cash is locked (RecoveryLocked) and unlocks into totalAssets linearly over
    ///      RECOVERY_UNLOCK_PERIOD; what is still locked from an earlier recovery is re-locked with it
    ///      from now. Why: cover and take are permissionless, so an instant step in the share price
    ///      would let anyone deposit just before it and redeem just after (same block, flash loan) and
    ///      take most of a recovery owed to the LPs who bore the loss. Locked, the step is worth nothing
    ///      to a round trip; the recovery accrues to whoever holds shares during the unlock window, in
    ///      proportion to shares and time held (Yearn v2 "locked profit").
    function repayDeficit(uint256 deficitId, uint256 assets) external onlyRole(WRITE_OFF_ROLE) nonReentrant {
        if (assets == 0) revert ZeroAmount();
        Deficit storage d = _existingDeficit(deficitId);
        uint256 remaining = d.remaining;
        if (assets > remaining) revert DeficitRepaymentTooLarge(deficitId, assets, remaining);
        _accrue(); // cash changes utilization: settle interest at the old rate first
        remaining -= assets;
        d.remaining = uint128(remaining);
        _uncoveredDeficit -= assets;
        _cash += assets;
        uint256 locked = lockedRecovery() + assets;
        _lockedRecovery = locked.toUint128();
        _recoveryLockedAt = uint64(block.timestamp);
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), assets);
        emit DeficitRepaid(deficitId, msg.sender, assets, remaining);
        emit RecoveryLocked(assets, locked);
    }

    /// @inheritdoc ILendingPool
    /// @dev No share-price change: the loss left totalAssets when the deficit was recorded.
    ///      lossPerShareWad is informational: assets (debt-asset units) per share unit, WAD.
    function writeOffDeficit(uint256 deficitId) external onlyRole(WRITE_OFF_ROLE) returns (uint256 assets) {
        Deficit storage d = _existingDeficit(deficitId);
        assets = d.remaining;
        d.remaining = 0;
        _uncoveredDeficit -= assets;
        uint256 supply = totalSupply();
        uint256 lossPerShareWad = supply == 0 ? 0 : assets.mulDivDown(WadRayMath.WAD, supply);
        emit DeficitWrittenOff(deficitId, assets, lossPerShareWad);
    }

    // ------------------------------------------------------------------ Anyone

    /// @notice Accrues interest up to now (anyone; every state-changing entry point also does it).
    function accrueInterest() external {
        _accrue();
    }

    /// @inheritdoc ILendingPool
    function skimReserves() external nonReentrant returns (uint256 assets) {
        address fund = insuranceFund;
        if (fund == address(0)) revert InsuranceFundNotSet();
        _accrue();
        assets = Math.min(_reserves, _cash);
        if (assets == 0) return 0;
        _reserves -= assets;
        _cash -= assets;
        IERC20(asset()).safeTransfer(fund, assets);
        emit ReservesSkimmed(fund, assets);
    }

    // ------------------------------------------------------------------ Governance

    /// @notice Replaces the interest-rate model parameters (bounded); accrues at the old rate first.
    /// @param params Annual base rate, slopes (WAD) and optimal utilization (WAD).
    function setRateParams(RateParams calldata params) external onlyRole(GOVERNOR_ROLE) {
        _accrue();
        _setRateParams(params);
    }

    /// @notice Sets the reserve factor (WAD, at most MAX_RESERVE_FACTOR); accrues at the old one first.
    /// @param reserveFactor_ New share of interest going to reserves.
    function setReserveFactor(uint256 reserveFactor_) external onlyRole(GOVERNOR_ROLE) {
        _accrue();
        _setReserveFactor(reserveFactor_);
    }

    /// @notice Sets where skimmed reserves go (the write-off InsuranceFund).
    /// @param fund Non-zero address of the insurance fund.
    function setInsuranceFund(address fund) external onlyRole(GOVERNOR_ROLE) {
        if (fund == address(0)) revert ZeroAddress();
        insuranceFund = fund;
        emit InsuranceFundSet(fund);
    }

    // ------------------------------------------------------------------ Views

    /// @notice Debt asset held for LPs and borrowers (internal count: donations are not cash).
    function cash() external view returns (uint256) {
        return _cash;
    }

    /// @notice Reserves owed to the insurance fund, including the share of pending interest.
    function reserves() public view returns (uint256) {
        (,, uint256 toReserves) = _pending();
        return _reserves + toReserves;
    }

    /// @notice Current borrow index (RAY), including interest pending since the last accrual.
    function borrowIndex() public view returns (uint256) {
        (uint256 index,,) = _pending();
        return index;
    }

    /// @notice Sum of all positions' scaled debts (debt / borrowIndex).
    function totalScaledDebt() external view returns (uint256) {
        return _totalScaledDebt;
    }

    /// @notice Total borrowers' debt including pending interest, rounded down (it counts towards LP
    ///         assets); each position's debt is rounded up.
    function totalDebt() public view returns (uint256) {
        return _totalScaledDebt.rayMulDown(borrowIndex());
    }

    /// @notice Sum of what remains of every recorded deficit (debt-asset units).
    function uncoveredDeficit() external view returns (uint256) {
        return _uncoveredDeficit;
    }

    /// @notice What the pool has lent out and not got back: totalDebt + uncoveredDeficit.
    function totalLent() external view returns (uint256) {
        return totalDebt() + _uncoveredDeficit;
    }

    /// @notice Number of deficits ever recorded; ids run from 1 to deficitCount.
    function deficitCount() external view returns (uint256) {
        return _deficitCount;
    }

    /// @notice One recorded deficit; reverts UnknownDeficit for an id outside 1..deficitCount.
    function deficit(uint256 deficitId) external view returns (Deficit memory) {
        if (deficitId == 0 || deficitId > _deficitCount) revert UnknownDeficit(deficitId);
        return _deficits[deficitId];
    }

    /// @notice Per-second borrow rate (RAY) at the current utilization.
    function borrowRatePerSecond() external view returns (uint256 rateRay) {
        return borrowRateAt(utilization());
    }

    /// @notice Utilization (WAD) = totalDebt / (cash + totalDebt); zero for an empty pool.
    function utilization() public view returns (uint256 wad) {
        return _utilization(_cash, totalDebt());
    }

    /// @inheritdoc ILendingPool
    /// @dev remaining × (1 − elapsed / RECOVERY_UNLOCK_PERIOD), rounded up: against whoever exits or
    ///      redeems now (the last base unit unlocks at the end of the period).
    function lockedRecovery() public view returns (uint256) {
        uint256 locked = _lockedRecovery;
        if (locked == 0) return 0;
        uint256 elapsed = block.timestamp - _recoveryLockedAt;
        if (elapsed >= RECOVERY_UNLOCK_PERIOD) return 0;
        return Math.mulDiv(locked, RECOVERY_UNLOCK_PERIOD - elapsed, RECOVERY_UNLOCK_PERIOD, Math.Rounding.Ceil);
    }

    /// @notice Cash + debt − reserves − lockedRecovery, including pending interest; clamped at zero.
    function totalAssets() public view override(ERC4626, IERC4626) returns (uint256) {
        (uint256 index,, uint256 toReserves) = _pending();
        uint256 gross = _cash + _totalScaledDebt.rayMulDown(index);
        uint256 held = _reserves + toReserves + lockedRecovery();
        return gross > held ? gross - held : 0;
    }

    /// @notice ERC-4626 maxWithdraw, further limited by the pool's cash.
    function maxWithdraw(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return Math.min(super.maxWithdraw(owner), _cash);
    }

    /// @notice ERC-4626 maxRedeem, further limited by the shares the pool's cash can pay.
    function maxRedeem(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return Math.min(super.maxRedeem(owner), _convertToShares(_cash, Math.Rounding.Floor));
    }

    /// @inheritdoc AccessControl
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------ Internals

    function _decimalsOffset() internal pure override returns (uint8) {
        return DECIMALS_OFFSET;
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares)
        internal
        override
        nonReentrant
    {
        _accrue(); // shares were priced with pending interest included; make it real
        _cash += assets;
        super._deposit(caller, receiver, assets, shares);
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
        nonReentrant
    {
        _accrue();
        uint256 cash_ = _cash;
        if (assets > cash_) revert InsufficientCash(assets, cash_);
        _cash = cash_ - assets;
        super._withdraw(caller, receiver, owner, assets, shares);
    }

    /// @dev Index, interest and reserve share accrued since lastAccrual, at the stored utilization.
    function _pending() internal view returns (uint256 index, uint256 interest, uint256 toReserves) {
        index = _borrowIndex;
        uint256 elapsed = block.timestamp - lastAccrual;
        uint256 scaled = _totalScaledDebt;
        if (elapsed == 0 || scaled == 0) return (index, 0, 0);
        uint256 oldDebt = scaled.rayMulDown(index);
        uint256 rate = borrowRateAt(_utilization(_cash, oldDebt));
        index = index.rayMulUp(WadRayMath.RAY + rate * elapsed); // against borrowers
        interest = scaled.rayMulDown(index) - oldDebt;
        toReserves = interest.wadMulDown(reserveFactor);
    }

    function _accrue() internal {
        if (block.timestamp == lastAccrual) return;
        (uint256 index, uint256 interest, uint256 toReserves) = _pending();
        lastAccrual = uint64(block.timestamp);
        if (index == _borrowIndex) return;
        _borrowIndex = index;
        _reserves += toReserves;
        emit InterestAccrued(index, interest, toReserves);
    }

    function _utilization(uint256 cash_, uint256 debt) internal pure returns (uint256) {
        uint256 total = cash_ + debt;
        return total == 0 ? 0 : debt.wadDivDown(total);
    }

    function _removeScaledDebt(uint256 scaledDebt) internal {
        uint256 total = _totalScaledDebt;
        if (scaledDebt > total) revert ScaledDebtExceedsTotal(scaledDebt, total);
        _totalScaledDebt = total - scaledDebt;
    }

    /// @dev Reserves are interest owed to the insurance fund; interest that just became a deficit
    ///      will never be paid. Reserves above what the pool holds (cash + remaining debt) are
    ///      written down so that later depositors never pay for them (no clamped, negative equity).
    function _capReserves() internal {
        uint256 backing = _cash + _totalScaledDebt.rayMulDown(_borrowIndex);
        uint256 reserves_ = _reserves;
        if (reserves_ <= backing) return;
        _reserves = backing;
        emit ReservesWrittenDown(reserves_ - backing);
    }

    function _existingDeficit(uint256 deficitId) internal view returns (Deficit storage) {
        if (deficitId == 0 || deficitId > _deficitCount) revert UnknownDeficit(deficitId);
        return _deficits[deficitId];
    }

    function _setReserveFactor(uint256 reserveFactor_) internal {
        ParameterBounds.check("reserveFactor", reserveFactor_, 0, MAX_RESERVE_FACTOR);
        reserveFactor = reserveFactor_;
        emit ReserveFactorSet(reserveFactor_);
    }
}
