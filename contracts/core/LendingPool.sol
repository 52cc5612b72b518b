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
import {IERC3156FlashLender} from "@openzeppelin/contracts/interfaces/IERC3156FlashLender.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";
import {TransientSlot} from "@openzeppelin/contracts/utils/TransientSlot.sol";

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {IMarketOracles} from "../interfaces/IMarketOracles.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {InterestRateModel} from "./InterestRateModel.sol";
import {ParameterBounds} from "../libraries/ParameterBounds.sol";

/// @title LendingPool
/// @notice ERC-4626 vault of the debt asset. LPs deposit cash; the Market (MARKET_ROLE) lends it to
///         positions; the write-off Waterfall (`writeOff`, set once) drains the aggregate deficit.
///         totalAssets = cash + totalDebt - reserves - lockedRecovery (clamped at zero), every term
///         including the interest accrued up to the current block. Exits (withdraw/redeem and their
///         previews, convertTo*) use totalAssets; entries (deposit/mint and their previews) use
///         entryAssets = totalAssets + lockedRecovery + recoveryInSight (see entryAssets).
/// @dev - Cash is tracked internally: tokens sent to the pool without a deposit (donations) change
///        neither cash nor the share price, and a 6-decimal offset on shares (OZ ERC4626
///        virtual shares) makes the first-depositor inflation attack unprofitable.
///      - Debt is kept as scaled debt against a RAY borrow index (Aave style): debt = scaled * index.
///        The index compounds at every accrual (linear within one accrual period).
///      - All views (borrowIndex, totalDebt, reserves, totalAssets, ...) are current: they include
///        interest pending since the last accrual, so previews and keeper reads need no transaction.
///      - Deficit ids start at 1 (0 means "no deficit" in the Market's events).
///      - Seam for the write-off: recordDeficit moves debt out of totalDebt into uncoveredDeficit,
///        which lowers totalAssets (the share price) in the same transaction and keeps a per-deficit
///        record for reporting; the Waterfall works on the aggregate only: repayDeficits brings cash
///        back (locked, see lockedRecovery), payReward pays a keeper from cash and adds the reward to
///        the aggregate (priced in at once), writeOffDeficits only clears the aggregate.
contract LendingPool is
    ERC4626,
    AccessControl,
    ReentrancyGuardTransient,
    InterestRateModel,
    ILendingPool,
    IERC3156FlashLender
{
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;
    using SafeCast for uint256;

    /// @notice Bounded parameter setters (rate model, reserve factor, insurance fund until the write-off is set).
    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice Share decimals = asset decimals + this offset (inflation-attack resistance).
    uint8 public constant DECIMALS_OFFSET = 6;
    /// @notice Upper bound of the share of interest that goes to reserves.
    uint256 public constant MAX_RESERVE_FACTOR = 0.5e18;
    /// @notice A deficit recovery (insurance cover, auction proceeds) reaches the exit share price
    ///         linearly, from its arrival until the end of its RECOVERY_EPOCH plus this period (so
    ///         12 to 18 hours after it arrives). Recoveries of one epoch share an unlock end; a later
    ///         recovery never pushes back what an earlier epoch is unlocking.
    uint256 public constant RECOVERY_UNLOCK_PERIOD = 12 hours;
    /// @notice Recoveries arriving in the same epoch (aligned to multiples of it) unlock together.
    uint256 public constant RECOVERY_EPOCH = 6 hours;
    /// @dev Epochs that can be unlocking at once: RECOVERY_UNLOCK_PERIOD / RECOVERY_EPOCH + 1.
    uint256 private constant _LOCK_SLOTS = 3;

    /// @dev One epoch's recovery: `amount` locked as of `updatedAt`, unlocking linearly until `end`.
    struct RecoveryLock {
        uint128 amount;
        uint64 updatedAt;
        uint64 end;
    }

    // Storage layout: what one repayment or liquidation touches sits in three slots (Morpho Blue keeps
    // its market totals in packed pairs the same way): {cash, totalScaledDebt, lastAccrual},
    // {borrowIndex, reserves}, {market, reserveFactor}. An accrual reads all three and writes the first
    // two; the repayment that follows it rewrites the first and checks its caller against the third,
    // all warm. uint104 holds 2.0e31 base units (2.0e13 whole tokens at 18 decimals), uint112 2.6e5
    // times that; a uint128 RAY index can grow 3.4e11-fold; uint40 seconds last until the year 36812
    // (Aave v3's timestamp width). Every widening write goes through SafeCast, so a total that would not
    // fit reverts the deposit or borrow that grows it; the accrual itself only writes the index and
    // reserves (uint128).
    uint112 private _cash;
    uint104 private _totalScaledDebt;
    uint40 private _lastAccrual;
    uint128 private _borrowIndex; // RAY, as of lastAccrual
    uint128 private _reserves; // as of lastAccrual: interest share and liquidation fees owed to the fund
    /// @notice The Market: the only account that may borrow, repay and record deficits. Set once
    ///         (setMarket); zero until then.
    address public market;
    uint64 private _reserveFactor; // WAD, <= MAX_RESERVE_FACTOR
    /// @notice Receives skimmed reserves (reserve-factor interest and the Market's liquidation fees,
    ///         credited to reserves): the write-off InsuranceFund.
    address public insuranceFund;
    uint256 private _uncoveredDeficit;
    uint256 private _deficitCount;
    /// @notice The write-off Waterfall: the only account that may repay, reward against and write off
    ///         the aggregate deficit. Set once (setWriteOff); zero until then.
    address public writeOff;
    /// @notice Sum over every loss priced into the shares (deficits, keeper rewards) of the loss per
    ///         whole share at that moment: whole debt-asset units per whole share, WAD, rounded up.
    uint256 public cumulativeLossPerShareWad;
    /// @notice Sum over every recovery (repayDeficits) of the recovery per whole share at that moment,
    ///         same units, rounded down. (loss - recovery) over a round = what a share held through it lost.
    uint256 public cumulativeRecoveryPerShareWad;
    RecoveryLock[_LOCK_SLOTS] private _locks;
    mapping(uint256 deficitId => Deficit) private _deficits;

    /// @notice Emitted when governance changes the reserve factor.
    event ReserveFactorSet(uint256 reserveFactor);
    /// @notice Emitted when a deficit leaves reserves (interest owed to the insurance fund) larger than
    ///         everything the pool holds (cash + remaining debt): the excess `assets`, interest that will
    ///         never be paid, is dropped from reserves so that later depositors never pay for it.
    event ReservesWrittenDown(uint256 assets);

    error ZeroAmount();
    error ZeroAddress();
    error InsufficientCash(uint256 requested, uint256 available);
    error RepaymentTooSmall(uint256 assets, uint256 required);
    error ScaledDebtExceedsTotal(uint256 scaledDebt, uint256 totalScaledDebt);
    error UnknownDeficit(uint256 deficitId);
    error DeficitRepaymentTooLarge(uint256 assets, uint256 uncoveredDeficit);
    error InsuranceFundNotSet();
    error NotWriteOff(address caller);
    error NotMarket(address caller);
    error MarketAlreadySet(address market);
    error WriteOffAlreadySet(address writeOff);
    /// @notice The insurance fund is fixed once the write-off is wired (the Waterfall's fund is immutable).
    error InsuranceFundLocked(address insuranceFund);
    /// @notice LP exits are refused while collateral type `collateralId`'s oracle is invalid (exitsPausedBy).
    error ExitsPaused(uint32 collateralId);

    modifier onlyMarket() {
        if (msg.sender != market) revert NotMarket(msg.sender);
        _;
    }

    modifier onlyWriteOff() {
        if (msg.sender != writeOff) revert NotWriteOff(msg.sender);
        _;
    }

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
        _borrowIndex = uint128(WadRayMath.RAY);
        _lastAccrual = uint40(block.timestamp);
        _setRateParams(params);
        _setReserveFactor(reserveFactor_);
    }

    // ------------------------------------------------------------------ Market

    /// @inheritdoc ILendingPool
    function borrow(address receiver, uint256 assets)
        external
        onlyMarket
        nonReentrant
        returns (uint256 scaledDebt)
    {
        if (assets == 0) revert ZeroAmount();
        uint256 index = _accrue();
        uint256 cash_ = _cash;
        if (assets > cash_) revert InsufficientCash(assets, cash_);
        scaledDebt = assets.rayDivUp(index); // against the borrower
        (_cash, _totalScaledDebt) = (uint112(cash_ - assets), (_totalScaledDebt + scaledDebt).toUint104());
        IERC20(asset()).safeTransfer(receiver, assets);
        emit Borrowed(receiver, assets, scaledDebt);
    }

    /// @inheritdoc ILendingPool
    /// @dev The fee joins cash and reserves alike, so totalAssets does not move: it is the insurance fund's
    ///      money held by the pool until skimReserves (which the Waterfall runs before every step) sends it.
    function repay(uint256 scaledDebt, uint256 assets, uint256 fee) external onlyMarket nonReentrant {
        if (scaledDebt == 0) revert ZeroAmount();
        uint256 index = _accrue();
        uint256 required = scaledDebt.rayMulUp(index);
        if (assets < required) revert RepaymentTooSmall(assets, required);
        uint256 total = _totalScaledDebt;
        if (scaledDebt > total) revert ScaledDebtExceedsTotal(scaledDebt, total);
        (_cash, _totalScaledDebt) = ((_cash + assets + fee).toUint112(), uint104(total - scaledDebt));
        if (fee != 0) _reserves = (_reserves + fee).toUint128();
        emit Repaid(assets, scaledDebt, fee);
    }

    /// @inheritdoc ILendingPool
    function recordDeficit(uint256 scaledDebt, uint32 collateralId, address borrower)
        external
        onlyMarket
        nonReentrant
        returns (uint256 deficitId, uint256 assets)
    {
        if (scaledDebt == 0) revert ZeroAmount();
        assets = scaledDebt.rayMulUp(_accrue()); // the loss is recognised at its largest
        _removeScaledDebt(scaledDebt);
        _capReserves();
        _uncoveredDeficit += assets;
        deficitId = ++_deficitCount;
        _deficits[deficitId] = Deficit({
            original: assets.toUint128(),
            recordedAt: uint64(block.timestamp),
            collateralId: collateralId,
            borrower: borrower
        });
        cumulativeLossPerShareWad += _perShare(assets, Math.Rounding.Ceil);
        emit DeficitRecorded(deficitId, collateralId, borrower, assets);
    }

    // ------------------------------------------------------------------ Write-off

    /// @inheritdoc ILendingPool
    /// @dev The repaid cash is locked (RecoveryLocked) and unlocks into totalAssets linearly until the end
    ///      of the current RECOVERY_EPOCH plus RECOVERY_UNLOCK_PERIOD. Recoveries of the same epoch share
    ///      that end; an earlier epoch's lock keeps its own end, so no repayment (not even a 1-wei take)
    ///      delays what is already unlocking. Why lock at all: an LP who exits during the unlock leaves
    ///      the still-locked part to those who stay, and entries pay for it (entryAssets counts it).
    function repayDeficits(uint256 assets) external onlyWriteOff nonReentrant {
        if (assets == 0) revert ZeroAmount();
        uint256 uncovered = _uncoveredDeficit;
        if (assets > uncovered) revert DeficitRepaymentTooLarge(assets, uncovered);
        _accrue(); // cash changes utilization: settle interest at the old rate first
        uncovered -= assets;
        _uncoveredDeficit = uncovered;
        _cash = (_cash + assets).toUint112();
        cumulativeRecoveryPerShareWad += _perShare(assets, Math.Rounding.Floor);
        (uint256 lockedTotal, uint64 end) = _lockRecovery(assets);
        IERC20(asset()).safeTransferFrom(msg.sender, address(this), assets);
        emit DeficitsRepaid(msg.sender, assets, uncovered);
        emit RecoveryLocked(assets, lockedTotal, end);
    }

    /// @inheritdoc ILendingPool
    /// @dev The reward leaves cash and joins the aggregate deficit: totalAssets drops by it at once (like a
    ///      recorded deficit), and the write-off waterfall then recovers it like any other bad debt.
    function payReward(address to, uint256 assets) external onlyWriteOff nonReentrant returns (uint256 paid) {
        if (to == address(0)) revert ZeroAddress();
        _accrue();
        uint256 cash_ = _cash;
        paid = Math.min(assets, cash_);
        if (paid == 0) return 0;
        _cash = uint112(cash_ - paid);
        uint256 uncovered = _uncoveredDeficit + paid;
        _uncoveredDeficit = uncovered;
        cumulativeLossPerShareWad += _perShare(paid, Math.Rounding.Ceil);
        IERC20(asset()).safeTransfer(to, paid);
        emit RewardPaid(to, paid, uncovered);
    }

    /// @inheritdoc ILendingPool
    /// @dev No share-price change: the loss left totalAssets when it was recorded.
    function writeOffDeficits(uint256 assets) external onlyWriteOff {
        if (assets == 0) revert ZeroAmount();
        uint256 uncovered = _uncoveredDeficit;
        if (assets > uncovered) revert DeficitRepaymentTooLarge(assets, uncovered);
        uncovered -= assets;
        _uncoveredDeficit = uncovered;
        emit DeficitsWrittenOff(assets, uncovered);
    }

    // ------------------------------------------------------------------ Anyone

    /// @inheritdoc ILendingPool
    function accrueInterest() external returns (uint256 index) {
        return _accrue();
    }

    /// @inheritdoc ILendingPool
    function skimReserves() external nonReentrant returns (uint256 assets) {
        address fund = insuranceFund;
        if (fund == address(0)) revert InsuranceFundNotSet();
        _accrue();
        (uint256 reserves_, uint256 cash_) = (_reserves, _cash);
        assets = Math.min(reserves_, cash_);
        if (assets == 0) return 0;
        (_reserves, _cash) = (uint128(reserves_ - assets), uint112(cash_ - assets));
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

    /// @notice Wires the Market once: it becomes the only account that may borrow the pool's cash, repay
    ///         and record deficits. Callable once, by the admin; there is no role to grant to anyone else
    ///         (an account that could borrow without collateral could empty the pool).
    function setMarket(address market_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (market != address(0)) revert MarketAlreadySet(market);
        if (market_ == address(0)) revert ZeroAddress();
        market = market_;
        emit MarketSet(market_);
    }

    /// @notice Sets where skimmed reserves and liquidation fees go, for a pool without a write-off yet
    ///         (a core-only deployment). Once setWriteOff has run it reverts InsuranceFundLocked: the
    ///         Waterfall's fund is fixed.
    /// @param fund Non-zero address of the insurance fund.
    function setInsuranceFund(address fund) external onlyRole(GOVERNOR_ROLE) {
        if (writeOff != address(0)) revert InsuranceFundLocked(insuranceFund);
        if (fund == address(0)) revert ZeroAddress();
        insuranceFund = fund;
        emit InsuranceFundSet(fund);
    }

    /// @notice Wires the write-off once: `writeOff_` (the Waterfall) becomes the only account that may
    ///         repay, reward against and write off deficits, and `fund` (its InsuranceFund) the insurance
    ///         fund for good. Callable once, by the admin; there is no role to grant to anyone else.
    function setWriteOff(address writeOff_, address fund) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (writeOff != address(0)) revert WriteOffAlreadySet(writeOff);
        if (writeOff_ == address(0) || fund == address(0)) revert ZeroAddress();
        writeOff = writeOff_;
        insuranceFund = fund;
        emit WriteOffSet(writeOff_);
        emit InsuranceFundSet(fund);
    }

    // ------------------------------------------------------------------ Views

    /// @notice Timestamp of the last accrual.
    function lastAccrual() external view returns (uint64) {
        return _lastAccrual;
    }

    /// @notice Share of accrued interest (WAD) that goes to reserves, the insurance fund's income.
    function reserveFactor() external view returns (uint256) {
        return _reserveFactor;
    }

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
        return uint256(_totalScaledDebt).rayMulDown(borrowIndex());
    }

    /// @notice The aggregate deficit: every recorded deficit and keeper reward, less what was repaid or
    ///         written off (debt-asset units). The write-off works on this total only.
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
    /// @dev Per epoch lock: amount × (end − now) / (end − updatedAt), rounded up: against whoever exits
    ///      now (the last base unit unlocks at the end).
    function lockedRecovery() public view returns (uint256 locked) {
        for (uint256 i; i < _LOCK_SLOTS; ++i) locked += _stillLocked(_locks[i]);
    }

    /// @notice When the last recovery locked now unlocks completely (0 if nothing is locked).
    function recoveryUnlockEnd() external view returns (uint256 end) {
        for (uint256 i; i < _LOCK_SLOTS; ++i) {
            RecoveryLock memory l = _locks[i];
            if (l.amount != 0 && l.end > block.timestamp && l.end > end) end = l.end;
        }
    }

    /// @inheritdoc ILendingPool
    /// @dev min(insurance fund balance + reserves, uncoveredDeficit), and zero until the write-off is wired.
    ///      Every reserve counts, also the part lent out (not skimmable until borrowers repay): capping it at
    ///      cash let a one-block borrow of all the cash hide the reserves from the entry price (N-02). The
    ///      Waterfall pays the fund's money into the pool before any debt goes to auction or socialization;
    ///      reserves reach the fund at its next step that finds cash, so this is a recovery already owed,
    ///      not an estimate.
    function recoveryInSight() public view returns (uint256) {
        uint256 uncovered = _uncoveredDeficit;
        if (writeOff == address(0) || uncovered == 0) return 0;
        uint256 fundSide = IERC20(asset()).balanceOf(insuranceFund) + reserves();
        return Math.min(fundSide, uncovered);
    }

    /// @inheritdoc ILendingPool
    function entriesOpen() public view returns (bool) {
        if (totalSupply() != 0 && totalAssets() == 0) return false;
        return writeOff == address(0) || _uncoveredDeficit <= recoveryInSight();
    }

    /// @inheritdoc ILendingPool
    function entryAssets() public view returns (uint256) {
        return totalAssets() + lockedRecovery() + recoveryInSight();
    }

    /// @notice Cash + debt − reserves − lockedRecovery, including pending interest; clamped at zero.
    function totalAssets() public view override(ERC4626, IERC4626) returns (uint256) {
        (uint256 index,, uint256 toReserves) = _pending();
        uint256 gross = _cash + uint256(_totalScaledDebt).rayMulDown(index);
        uint256 held = _reserves + toReserves + lockedRecovery();
        return gross > held ? gross - held : 0;
    }

    /// @notice ERC-4626 previewDeposit, priced at entryAssets (rounded down: fewer shares for the caller).
    function previewDeposit(uint256 assets) public view override(ERC4626, IERC4626) returns (uint256) {
        return assets.mulDivDown(totalSupply() + 10 ** DECIMALS_OFFSET, entryAssets() + 1);
    }

    /// @notice ERC-4626 previewMint, priced at entryAssets (rounded up: more assets from the caller).
    function previewMint(uint256 shares) public view override(ERC4626, IERC4626) returns (uint256) {
        return shares.mulDivUp(entryAssets() + 1, totalSupply() + 10 ** DECIMALS_OFFSET);
    }

    /// @notice ERC-4626 maxDeposit: zero (entries refused) when entriesOpen is false — a pool whose equity a
    ///         loss wiped out has no price an entrant could fairly pay, and while the recovery of part of the
    ///         deficit depends on an auction, no entry price is fair to both sides (N-01). Otherwise what
    ///         the pool's cash can still book (it is a uint112): a larger deposit would revert.
    function maxDeposit(address) public view override(ERC4626, IERC4626) returns (uint256) {
        return entriesOpen() ? type(uint112).max - _cash : 0;
    }

    /// @notice ERC-4626 maxMint: zero under the same conditions as maxDeposit; otherwise the shares
    ///         maxDeposit buys (previewMint of it is at most maxDeposit).
    function maxMint(address) public view override(ERC4626, IERC4626) returns (uint256) {
        return entriesOpen() ? previewDeposit(type(uint112).max - _cash) : 0;
    }

    /// @notice ERC-4626 maxWithdraw: 0 while exits are paused (exitsPausedBy), else limited by the pool's cash.
    function maxWithdraw(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return exitsPausedBy() == 0 ? _maxWithdrawNow(owner) : 0;
    }

    /// @notice ERC-4626 maxRedeem: 0 while exits are paused (exitsPausedBy), else limited by the shares the
    ///         pool's cash can pay.
    function maxRedeem(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return exitsPausedBy() == 0 ? _maxRedeemNow(owner) : 0;
    }

    /// @inheritdoc ILendingPool
    /// @dev Why exits wait for the oracles (issue 18, item 9): the Market refuses to liquidate a collateral it
    ///      cannot price, so during an oracle outage a crash is not yet a recorded deficit and the share price
    ///      still counts the lost debt at par; an LP who left then would leave its share of the loss to those
    ///      who stay. Only types with debt count (a type without debt cannot hide a loss), so a feed that dies
    ///      on an unused collateral freezes nobody. Liquidation, repayment and the write-off never wait for this
    ///      (they do not call it). Cost: one Market call per listed type, each oracle read bounded by the
    ///      Market's ORACLE_GAS_LIMIT, and one more for an invalid type.
    function exitsPausedBy() public view returns (uint32) {
        address m = market;
        if (m.code.length == 0) return 0; // no Market wired (or a test's plain account): nothing to price
        uint32 n = IMarketOracles(m).collateralCount();
        for (uint32 id = 1; id <= n; ++id) {
            (, bool valid) = IMarketOracles(m).collateralPrice(id);
            // A type without debt cannot hide a loss: its outage leaves exits open.
            if (!valid && IMarketOracles(m).collateral(id).totalScaledDebt != 0) return id;
        }
        return 0;
    }

    /// @notice ERC-4626 withdraw; reverts ExitsPaused while a collateral's oracle is invalid (exitsPausedBy).
    function withdraw(uint256 assets, address receiver, address owner)
        public
        override(ERC4626, IERC4626)
        returns (uint256 shares)
    {
        _requireExitsOpen();
        uint256 maxAssets = _maxWithdrawNow(owner);
        if (assets > maxAssets) revert ERC4626ExceededMaxWithdraw(owner, assets, maxAssets);
        shares = previewWithdraw(assets);
        _withdraw(_msgSender(), receiver, owner, assets, shares);
    }

    /// @notice ERC-4626 redeem; reverts ExitsPaused while a collateral's oracle is invalid (exitsPausedBy).
    function redeem(uint256 shares, address receiver, address owner)
        public
        override(ERC4626, IERC4626)
        returns (uint256 assets)
    {
        _requireExitsOpen();
        uint256 maxShares = _maxRedeemNow(owner);
        if (shares > maxShares) revert ERC4626ExceededMaxRedeem(owner, shares, maxShares);
        assets = previewRedeem(shares);
        _withdraw(_msgSender(), receiver, owner, assets, shares);
    }

    /// @inheritdoc AccessControl
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------ Flash loans (ERC-3156)
    //
    // The pool lends its cash for one transaction (Morpho Blue and Balancer do the same, free; Aave charges a
    // premium). Accounting: a flash loan is not a cash movement. `_cash` stays as it was while the tokens are
    // out, so totalAssets, entryAssets, the share price, utilization and the interest rate read exactly as
    // without the loan; whatever the borrower does inside the callback (deposit, withdraw, borrow or repay
    // through the Market, liquidate) is booked by those functions against that unchanged state, and a payout
    // the missing tokens cannot cover simply fails its transfer. The principal and the fee are pulled back
    // with transferFrom (never measured by balanceOf, so a donation cannot stand in for a repayment). The fee
    // joins cash and reserves alike (the insurance fund's, like a liquidation fee): totalAssets does not move,
    // so no LP can sandwich a loan to catch its fee. The pool's own nonReentrant lock is NOT held during the
    // callback (a liquidation repays into this pool); a transient flag refuses nested loans, and a loan
    // cannot start from inside a pool operation.

    using TransientSlot for bytes32;
    using TransientSlot for TransientSlot.BooleanSlot;

    /// @notice Upper bound of flashFeeRate: 1% of the amount lent.
    uint256 public constant MAX_FLASH_FEE_RATE = 0.01e18;
    /// @dev ERC-3156: what onFlashLoan returns when the borrower accepts the loan.
    bytes32 private constant _FLASH_CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");
    /// @dev keccak256(abi.encode(uint256(keccak256("keepersuite.LendingPool.flashLoanActive")) - 1)) & ~0xff
    bytes32 private constant _FLASH_ACTIVE_SLOT = 0xad2eb4ea3cb9787a77d8af6592118a79fec4e66eaebb048481d1701239638400;

    /// @notice Fee of a flash loan as a share of the amount (WAD, rounded up), at most MAX_FLASH_FEE_RATE;
    ///         0 until governance sets it.
    uint256 public flashFeeRate;

    /// @notice Emitted when governance changes the flash-loan fee rate.
    event FlashFeeRateSet(uint256 flashFeeRate);
    /// @notice `receiver` borrowed `amount` for one transaction at the request of `initiator` and paid it back
    ///         with `fee` (credited to reserves).
    event FlashLoan(address indexed receiver, address indexed initiator, uint256 amount, uint256 fee);

    /// @notice Only the debt asset can be flash-borrowed.
    error UnsupportedFlashToken(address token);
    /// @notice A flash loan of `amount` exceeds the pool's cash `available`.
    error FlashLoanTooLarge(uint256 amount, uint256 available);
    /// @notice A flash loan was requested while another one is out.
    error FlashLoanActive();
    /// @notice `receiver`'s onFlashLoan did not return the ERC-3156 success value.
    error FlashLoanRejected(address receiver);

    /// @notice Sets the flash-loan fee rate (WAD share of the amount, at most MAX_FLASH_FEE_RATE).
    /// @param rate New fee rate.
    function setFlashFeeRate(uint256 rate) external onlyRole(GOVERNOR_ROLE) {
        ParameterBounds.check("flashFeeRate", rate, 0, MAX_FLASH_FEE_RATE);
        flashFeeRate = rate;
        emit FlashFeeRateSet(rate);
    }

    /// @inheritdoc IERC3156FlashLender
    /// @dev The pool's cash for the debt asset (0 while a loan is out), 0 for any other token.
    function maxFlashLoan(address token) external view returns (uint256) {
        return token == asset() && !_FLASH_ACTIVE_SLOT.asBoolean().tload() ? _cash : 0;
    }

    /// @inheritdoc IERC3156FlashLender
    /// @dev amount × flashFeeRate, rounded up (against the borrower). Reverts UnsupportedFlashToken.
    function flashFee(address token, uint256 amount) public view returns (uint256) {
        if (token != asset()) revert UnsupportedFlashToken(token);
        return amount.wadMulUp(flashFeeRate);
    }

    /// @inheritdoc IERC3156FlashLender
    /// @dev Works while the Market is paused (liquidations never stop, and flash liquidations need this).
    function flashLoan(IERC3156FlashBorrower receiver, address token, uint256 amount, bytes calldata data)
        external
        returns (bool)
    {
        if (amount == 0) revert ZeroAmount();
        uint256 fee = flashFee(token, amount);
        TransientSlot.BooleanSlot active = _FLASH_ACTIVE_SLOT.asBoolean();
        if (active.tload()) revert FlashLoanActive();
        if (_reentrancyGuardEntered()) revert ReentrancyGuardReentrantCall();
        uint256 available = _cash;
        if (amount > available) revert FlashLoanTooLarge(amount, available);
        active.tstore(true);
        IERC20(token).safeTransfer(address(receiver), amount);
        if (receiver.onFlashLoan(msg.sender, token, amount, fee, data) != _FLASH_CALLBACK_SUCCESS) {
            revert FlashLoanRejected(address(receiver));
        }
        IERC20(token).safeTransferFrom(address(receiver), address(this), amount + fee);
        if (fee != 0) {
            _accrue(); // cash changes utilization: settle interest at the old rate first
            (_cash, _reserves) = ((_cash + fee).toUint112(), (_reserves + fee).toUint128());
        }
        active.tstore(false);
        emit FlashLoan(address(receiver), msg.sender, amount, fee);
        return true;
    }

    // ------------------------------------------------------------------ Internals

    /// @dev Whole debt-asset units per whole share, WAD, for `assets` spread over the current shares
    ///      (virtual shares included, as in the ERC-4626 conversion).
    function _perShare(uint256 assets, Math.Rounding rounding) internal view returns (uint256) {
        return Math.mulDiv(assets, 10 ** DECIMALS_OFFSET * WadRayMath.WAD, totalSupply() + 10 ** DECIMALS_OFFSET, rounding);
    }

    function _stillLocked(RecoveryLock memory l) internal view returns (uint256) {
        if (l.amount == 0 || block.timestamp >= l.end) return 0;
        return Math.mulDiv(l.amount, l.end - block.timestamp, l.end - l.updatedAt, Math.Rounding.Ceil);
    }

    /// @dev Adds `assets` to the current epoch's lock (slot epoch % _LOCK_SLOTS). The slot's previous
    ///      epoch, three epochs ago, ended at (epoch - 2) * EPOCH + PERIOD = epoch * EPOCH <= now: expired.
    function _lockRecovery(uint256 assets) internal returns (uint256 lockedTotal, uint64 end) {
        uint256 epoch = block.timestamp / RECOVERY_EPOCH;
        end = uint64((epoch + 1) * RECOVERY_EPOCH + RECOVERY_UNLOCK_PERIOD);
        RecoveryLock storage slot = _locks[epoch % _LOCK_SLOTS];
        uint256 still = slot.end == end ? _stillLocked(slot) : 0;
        slot.amount = (still + assets).toUint128();
        slot.updatedAt = uint64(block.timestamp);
        slot.end = end;
        lockedTotal = lockedRecovery();
    }

    function _requireExitsOpen() internal view {
        uint32 blockedBy = exitsPausedBy();
        if (blockedBy != 0) revert ExitsPaused(blockedBy);
    }

    function _maxWithdrawNow(address owner) internal view returns (uint256) {
        return Math.min(super.maxWithdraw(owner), _cash);
    }

    function _maxRedeemNow(address owner) internal view returns (uint256) {
        return Math.min(super.maxRedeem(owner), _convertToShares(_cash, Math.Rounding.Floor));
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return DECIMALS_OFFSET;
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares)
        internal
        override
        nonReentrant
    {
        _accrue(); // shares were priced with pending interest included; make it real
        // Cash is booked after the tokens arrive and the shares exist (as withdrawals book it before the
        // tokens leave): a token hook that reads the share price mid-deposit sees neither (N-06).
        super._deposit(caller, receiver, assets, shares);
        _cash = (_cash + assets).toUint112();
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
        nonReentrant
    {
        _accrue();
        uint256 cash_ = _cash;
        if (assets > cash_) revert InsufficientCash(assets, cash_);
        _cash = uint112(cash_ - assets);
        super._withdraw(caller, receiver, owner, assets, shares);
    }

    /// @dev Index, interest and reserve share accrued since lastAccrual, at the stored utilization.
    function _pending() internal view returns (uint256 index, uint256 interest, uint256 toReserves) {
        index = _borrowIndex;
        uint256 elapsed = block.timestamp - _lastAccrual;
        uint256 scaled = _totalScaledDebt;
        if (elapsed == 0 || scaled == 0) return (index, 0, 0);
        uint256 oldDebt = scaled.rayMulDown(index);
        uint256 rate = borrowRateAt(_utilization(_cash, oldDebt));
        index = index.rayMulUp(WadRayMath.RAY + rate * elapsed); // against borrowers
        // The stored index is a uint128 (3.4e11-fold growth): at the highest rates governance may set (1,150%
        // APR) and full utilization, accruing often, it gets there in ~2.3 years. Capped, debts stop growing
        // instead of every call (withdrawals and the rate setter included) reverting for good.
        if (index > type(uint128).max) index = type(uint128).max;
        interest = scaled.rayMulDown(index) - oldDebt;
        toReserves = interest.wadMulDown(_reserveFactor);
    }

    /// @dev Books pending interest; returns the (now stored) borrow index.
    function _accrue() internal returns (uint256 index) {
        if (block.timestamp == _lastAccrual) return _borrowIndex;
        uint256 interest;
        uint256 toReserves;
        (index, interest, toReserves) = _pending();
        _lastAccrual = uint40(block.timestamp);
        if (index == _borrowIndex) return index;
        (_borrowIndex, _reserves) = (uint128(index), (_reserves + toReserves).toUint128()); // index capped by _pending
        emit InterestAccrued(index, interest, toReserves);
    }

    function _utilization(uint256 cash_, uint256 debt) internal pure returns (uint256) {
        uint256 total = cash_ + debt;
        return total == 0 ? 0 : debt.wadDivDown(total);
    }

    function _removeScaledDebt(uint256 scaledDebt) internal {
        uint256 total = _totalScaledDebt;
        if (scaledDebt > total) revert ScaledDebtExceedsTotal(scaledDebt, total);
        _totalScaledDebt = uint104(total - scaledDebt);
    }

    /// @dev Reserves are interest owed to the insurance fund; interest that just became a deficit
    ///      will never be paid. Reserves above what the pool holds (cash + remaining debt) are
    ///      written down so that later depositors never pay for them (no clamped, negative equity).
    function _capReserves() internal {
        uint256 backing = _cash + uint256(_totalScaledDebt).rayMulDown(_borrowIndex);
        uint256 reserves_ = _reserves;
        if (reserves_ <= backing) return;
        _reserves = uint128(backing);
        emit ReservesWrittenDown(reserves_ - backing);
    }

    function _setReserveFactor(uint256 reserveFactor_) internal {
        ParameterBounds.check("reserveFactor", reserveFactor_, 0, MAX_RESERVE_FACTOR);
        _reserveFactor = uint64(reserveFactor_); // <= MAX_RESERVE_FACTOR (checked above)
        emit ReserveFactorSet(reserveFactor_);
    }
}
