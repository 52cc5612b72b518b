// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {IPriceOracle} from "../interfaces/IPriceOracle.sol";
import {ParameterBounds} from "../libraries/ParameterBounds.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";

/// @title Market
/// @notice Isolated borrowing positions keyed by (collateralId, owner) against several collateral
///         types, each with its own oracle, max LTV, liquidation threshold, bonus, debt ceiling and
///         dust floor. Debt is lent by the LendingPool; repayments go from the payer straight into
///         the pool. Liquidation (single and batch) follows Aave v3.3's close-factor rule and never
///         leaves an unliquidatable remnant: when collateral cannot carry the rest, the position is
///         closed and the uncovered debt becomes a deficit in the pool's ledger in the same tx.
/// @dev Oracle-invalid mode (stale / <= 0 / incomplete round / reverting feed) for a collateral type:
///      new borrows and withdrawals from indebted positions revert OracleInvalid, and so does
///      liquidation (batch: skipped). Written choice: refusing to liquidate at an unknown price beats
///      liquidating healthy positions at a wrong one. The trade-off: while the feed is down, bad
///      debt can grow. Alternatives (not built): a fallback oracle, or liquidating at the last good
///      price within a grace window. Deposits, repayments and closing stay open in this mode.
///      Pause (PAUSER_ROLE) stops new borrows and collateral withdrawals from indebted positions;
///      never deposit, repay, close or liquidation.
///      Rounding: seized collateral rounds down (against the liquidator), debt rounds up and debt
///      reductions round down (against the borrower), fees round up (against the liquidator).
contract Market is AccessControl, Pausable, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;
    using SafeCast for uint256;

    // ------------------------------------------------------------------ Types

    /// @notice Per-collateral risk parameters. Ratios in WAD; amounts in debt-asset units.
    struct CollateralParams {
        uint64 maxLtv; // borrow / withdraw limit: debt <= value * maxLtv
        uint64 liquidationThreshold; // liquidatable when debt > value * threshold
        uint64 liquidationBonus; // liquidator receives repaid * (1 + bonus) in collateral
        uint128 debtCeiling; // cap on the total debt of this collateral type
        uint128 dust; // smallest non-zero debt a position may keep
    }

    /// @notice A listed collateral type.
    struct Collateral {
        IERC20 token;
        uint8 decimals;
        IPriceOracle oracle;
        CollateralParams params;
        uint128 totalCollateral;
        uint128 totalScaledDebt;
    }

    /// @notice One position; debt = scaledDebt * pool.borrowIndex().
    struct Position {
        uint128 collateral;
        uint128 scaledDebt;
    }

    /// @notice Market-wide liquidation parameters.
    struct MarketParams {
        uint64 closeFactorHfThreshold; // partial (close factor) allowed only at HF >= this (WAD)
        uint64 insuranceCut; // share of the liquidation bonus paid as fee to the insurance fund (WAD)
        uint128 smallPositionValue; // positions with debt or collateral value below: full liquidation
    }

    /// @notice One entry of a batch liquidation.
    struct LiquidationOrder {
        uint32 collateralId;
        address owner;
        uint256 maxRepay;
    }

    /// @notice Outcome of one liquidation (or why it was skipped in a batch).
    struct LiquidationResult {
        LiquidationStatus status;
        uint256 repaid;
        uint256 seized;
        uint256 fee;
        uint256 deficitId;
        uint256 deficitAssets;
    }

    /// @notice Why a batch entry was (not) liquidated.
    enum LiquidationStatus {
        Liquidated,
        SkippedUnknownCollateral,
        SkippedNoDebt,
        SkippedHealthy,
        SkippedOracleInvalid,
        SkippedSelfLiquidation,
        SkippedMaxRepayTooLow
    }

    // ------------------------------------------------------------------ Constants

    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice Share of the debt a partial liquidation may repay (Aave v3 default close factor).
    uint256 public constant CLOSE_FACTOR = 0.5e18;
    uint256 public constant MIN_MAX_LTV = 0.01e18;
    uint256 public constant MAX_LIQUIDATION_THRESHOLD = 0.97e18;
    uint256 public constant MAX_LIQUIDATION_BONUS = 0.25e18;
    uint256 public constant MIN_CLOSE_FACTOR_HF_THRESHOLD = 0.5e18;
    uint256 public constant MAX_CLOSE_FACTOR_HF_THRESHOLD = 1e18;
    uint256 public constant MAX_INSURANCE_CUT = 0.5e18;
    /// @notice Upper bound on dust and smallPositionValue, in whole debt-asset units.
    uint256 public constant MAX_DUST_WHOLE_UNITS = 1_000_000;
    uint8 private constant MAX_COLLATERAL_DECIMALS = 36;
    uint256 private constant WAD = WadRayMath.WAD;

    // ------------------------------------------------------------------ State

    ILendingPool public immutable pool;
    IERC20 public immutable debtAsset;
    uint8 public immutable debtDecimals;

    MarketParams public marketParams;
    /// @notice Number of listed collateral types; ids run from 1 to collateralCount.
    uint32 public collateralCount;
    mapping(uint32 collateralId => Collateral) private _collaterals;
    mapping(uint32 collateralId => mapping(address owner => Position)) private _positions;

    // ------------------------------------------------------------------ Events

    event CollateralListed(uint32 indexed collateralId, address indexed token, address oracle, uint8 decimals);
    event CollateralParamsSet(
        uint32 indexed collateralId,
        uint256 maxLtv,
        uint256 liquidationThreshold,
        uint256 liquidationBonus,
        uint256 debtCeiling,
        uint256 dust
    );
    event CollateralOracleSet(uint32 indexed collateralId, address oracle);
    event MarketParamsSet(uint256 closeFactorHfThreshold, uint256 insuranceCut, uint256 smallPositionValue);
    event CollateralDeposited(
        uint32 indexed collateralId, address indexed owner, address payer, uint256 amount, uint256 collateral
    );
    event CollateralWithdrawn(
        uint32 indexed collateralId, address indexed owner, address receiver, uint256 amount, uint256 collateral
    );
    event Borrowed(
        uint32 indexed collateralId, address indexed owner, address receiver, uint256 assets, uint256 scaledDebt
    );
    event Repaid(
        uint32 indexed collateralId, address indexed owner, address payer, uint256 assets, uint256 scaledDebt
    );
    /// @dev collateral and scaledDebt in Deposited/Withdrawn/Borrowed/Repaid are the position's new totals.
    event Liquidated(
        uint32 indexed collateralId,
        address indexed owner,
        address indexed liquidator,
        uint256 repaid,
        uint256 seized,
        uint256 fee,
        uint256 deficitId,
        uint256 deficitAssets
    );
    event LiquidationSkipped(uint32 indexed collateralId, address indexed owner, LiquidationStatus reason);
    event PositionClosed(uint32 indexed collateralId, address indexed owner);

    // ------------------------------------------------------------------ Errors

    error ZeroAddress();
    error ZeroAmount();
    error UnknownCollateral(uint32 collateralId);
    error CollateralAlreadyListed(address token);
    error UnsupportedDecimals(uint8 decimals);
    error OracleInvalid(uint32 collateralId);
    error InsufficientCollateral(uint256 requested, uint256 available);
    error Unhealthy(uint256 debt, uint256 maxDebt);
    error DebtCeilingExceeded(uint256 totalDebt, uint256 debtCeiling);
    error DebtBelowDust(uint256 debt, uint256 dust);
    error NoDebt(uint32 collateralId, address owner);
    error PositionEmpty(uint32 collateralId, address owner);
    error PositionHealthy(uint256 healthFactor);
    error SelfLiquidation();
    error MaxRepayTooLow(uint256 required, uint256 maxRepay);
    error PoolScaledDebtMismatch(uint256 expected, uint256 actual);

    // ------------------------------------------------------------------ Construction

    /// @param pool_ The LendingPool this Market borrows from (the Market needs its MARKET_ROLE).
    /// @param admin Receives DEFAULT_ADMIN_ROLE, GOVERNOR_ROLE and PAUSER_ROLE (hand to a timelock / guardian).
    /// @param params Initial market-wide liquidation parameters (bounded).
    constructor(ILendingPool pool_, address admin, MarketParams memory params) {
        if (address(pool_) == address(0) || admin == address(0)) revert ZeroAddress();
        pool = pool_;
        debtAsset = IERC20(pool_.asset());
        debtDecimals = IERC20Metadata(address(debtAsset)).decimals();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _setMarketParams(params);
    }

    // ------------------------------------------------------------------ Borrower entry points

    /// @notice Deposits collateral into `owner`'s position (anyone may add collateral to any position).
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    /// @param amount Collateral amount in token units; pulled from msg.sender.
    function deposit(uint32 collateralId, address owner, uint256 amount) external nonReentrant {
        _deposit(collateralId, owner, amount);
    }

    /// @notice Deposits collateral and borrows in one call (opens or tops up msg.sender's position).
    /// @param collateralId Collateral type.
    /// @param collateralAmount Collateral to pull from msg.sender (may be 0 to borrow only).
    /// @param borrowAssets Debt asset to borrow (may be 0 to deposit only).
    /// @param receiver Receives the borrowed assets.
    function open(uint32 collateralId, uint256 collateralAmount, uint256 borrowAssets, address receiver)
        external
        nonReentrant
    {
        if (collateralAmount == 0 && borrowAssets == 0) revert ZeroAmount();
        if (collateralAmount != 0) _deposit(collateralId, msg.sender, collateralAmount);
        if (borrowAssets != 0) _borrow(collateralId, borrowAssets, receiver);
    }

    /// @notice Withdraws collateral from msg.sender's position; an indebted position must stay within
    ///         max LTV at a valid price, and the market must not be paused.
    /// @param collateralId Collateral type.
    /// @param amount Collateral amount to withdraw.
    /// @param receiver Receives the collateral.
    function withdraw(uint32 collateralId, uint256 amount, address receiver) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (receiver == address(0)) revert ZeroAddress();
        Collateral storage c = _collateral(collateralId);
        Position storage p = _positions[collateralId][msg.sender];
        uint256 available = p.collateral;
        if (amount > available) revert InsufficientCollateral(amount, available);
        uint256 newCollateral = available - amount;
        uint256 scaledDebt = p.scaledDebt;
        if (scaledDebt != 0) {
            _requireNotPaused();
            uint256 index = pool.borrowIndex();
            _requireWithinLtv(collateralId, c, newCollateral, scaledDebt.rayMulUp(index));
        }
        p.collateral = uint128(newCollateral);
        c.totalCollateral -= uint128(amount);
        emit CollateralWithdrawn(collateralId, msg.sender, receiver, amount, newCollateral);
        if (newCollateral == 0 && scaledDebt == 0) emit PositionClosed(collateralId, msg.sender);
        c.token.safeTransfer(receiver, amount);
    }

    /// @notice Borrows the debt asset against msg.sender's position (within max LTV, debt ceiling,
    ///         dust floor; reverts when paused or when the oracle is invalid).
    /// @param collateralId Collateral type.
    /// @param assets Amount of debt asset to borrow.
    /// @param receiver Receives the borrowed assets.
    function borrow(uint32 collateralId, uint256 assets, address receiver) external nonReentrant {
        if (assets == 0) revert ZeroAmount();
        _borrow(collateralId, assets, receiver);
    }

    /// @notice Repays debt of `owner`'s position, paid by msg.sender (anyone may repay for anyone).
    ///         type(uint256).max repays everything. A partial repayment may not leave debt below dust.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    /// @param assets Debt asset to repay, or type(uint256).max for all.
    /// @return repaid Assets actually pulled from msg.sender.
    function repay(uint32 collateralId, address owner, uint256 assets) external nonReentrant returns (uint256 repaid) {
        if (assets == 0) revert ZeroAmount();
        Collateral storage c = _collateral(collateralId);
        repaid = _repay(collateralId, c, owner, assets);
    }

    /// @notice Repays all debt of msg.sender's position (paid by msg.sender) and withdraws all its
    ///         collateral to `receiver`. Works when paused and when the oracle is invalid.
    ///         Reverts PositionEmpty when there is nothing to close.
    /// @param collateralId Collateral type.
    /// @param receiver Receives the collateral.
    function close(uint32 collateralId, address receiver) external nonReentrant {
        if (receiver == address(0)) revert ZeroAddress();
        Collateral storage c = _collateral(collateralId);
        Position storage p = _positions[collateralId][msg.sender];
        if (p.scaledDebt == 0 && p.collateral == 0) revert PositionEmpty(collateralId, msg.sender);
        if (p.scaledDebt != 0) _repay(collateralId, c, msg.sender, type(uint256).max);
        uint256 amount = p.collateral;
        if (amount != 0) {
            p.collateral = 0;
            c.totalCollateral -= uint128(amount);
            emit CollateralWithdrawn(collateralId, msg.sender, receiver, amount, 0);
        }
        emit PositionClosed(collateralId, msg.sender);
        if (amount != 0) c.token.safeTransfer(receiver, amount);
    }

    // ------------------------------------------------------------------ Liquidation

    /// @notice Liquidates `owner`'s position: repays up to `maxRepay` of its debt (paid by msg.sender,
    ///         plus the insurance fee) for collateral worth repaid × (1 + bonus).
    ///         Close factor 50% while HF >= closeFactorHfThreshold and the position is not small; 100%
    ///         otherwise. A liquidation that would leave debt below dust or collateral worth less than
    ///         the remaining debt becomes full; when collateral cannot cover debt × (1 + bonus) all of it
    ///         is seized, the liquidator repays its value / (1 + bonus), and the rest is recorded as a
    ///         deficit in the pool. Reverts for self-liquidation, healthy positions, no debt, an
    ///         invalid oracle, or a maxRepay below what a forced full liquidation requires.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    /// @param maxRepay Most debt asset the liquidator is willing to repay (fee excluded).
    /// @return result Amounts repaid, seized, fee, and the deficit (id 0 when none).
    function liquidate(uint32 collateralId, address owner, uint256 maxRepay)
        external
        nonReentrant
        returns (LiquidationResult memory result)
    {
        if (maxRepay == 0) revert ZeroAmount();
        uint256 index = pool.borrowIndex();
        (LiquidationResult memory r, uint256 price, uint256 scaledRepaid) =
            _liquidate(collateralId, owner, maxRepay, index, 0, 0);
        _revertIfSkipped(r, collateralId, owner, maxRepay, index, price);
        _settleDebtAsset(r.repaid, scaledRepaid, r.fee);
        return r;
    }

    /// @notice Liquidates many positions in one call. Entries that cannot be liquidated (unknown
    ///         collateral, no debt, healthy, invalid oracle, own position, maxRepay too low) are skipped
    ///         with a LiquidationSkipped event instead of reverting the batch. The debt asset is pulled
    ///         once for the whole batch.
    /// @param orders Positions and per-position repay caps.
    /// @return results One result per order, in order.
    function liquidateBatch(LiquidationOrder[] calldata orders)
        external
        nonReentrant
        returns (LiquidationResult[] memory results)
    {
        uint256 index = pool.borrowIndex();
        results = new LiquidationResult[](orders.length);
        uint256 totalRepaid;
        uint256 totalScaled;
        uint256 totalFee;
        uint32 cachedId;
        uint256 cachedPrice;
        for (uint256 i; i < orders.length; ++i) {
            LiquidationOrder calldata o = orders[i];
            (LiquidationResult memory r, uint256 price, uint256 scaledRepaid) =
                _liquidate(o.collateralId, o.owner, o.maxRepay, index, cachedId, cachedPrice);
            if (price != 0) (cachedId, cachedPrice) = (o.collateralId, price); // one oracle read per type run
            results[i] = r;
            if (r.status != LiquidationStatus.Liquidated) {
                emit LiquidationSkipped(o.collateralId, o.owner, r.status);
                continue;
            }
            totalRepaid += r.repaid;
            totalScaled += scaledRepaid;
            totalFee += r.fee;
        }
        _settleDebtAsset(totalRepaid, totalScaled, totalFee);
    }

    /// @notice What liquidate(collateralId, owner, maxRepay) sent by `liquidator` would do now: status
    ///         (Liquidated or the reason it would be skipped / revert), repaid, seized, fee and the
    ///         deficit it would record (deficitId is 0 in a preview). For keepers' profit checks.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    /// @param liquidator The would-be caller (self-liquidation is refused).
    /// @param maxRepay Repay cap as in liquidate.
    function previewLiquidation(uint32 collateralId, address owner, address liquidator, uint256 maxRepay)
        external
        view
        returns (LiquidationResult memory result)
    {
        (result,,) = _plan(collateralId, owner, liquidator, maxRepay, pool.borrowIndex(), 0, 0);
    }

    // ------------------------------------------------------------------ Governance

    /// @notice Lists a new collateral type (ids start at 1).
    /// @param token Collateral token (decimals read from it, at most 36).
    /// @param oracle Price of one whole token in whole debt-asset units (WAD); must be valid now.
    /// @param params Risk parameters (bounded, see _setCollateralParams).
    /// @return collateralId The new id.
    function listCollateral(IERC20 token, IPriceOracle oracle, CollateralParams calldata params)
        external
        onlyRole(GOVERNOR_ROLE)
        returns (uint32 collateralId)
    {
        if (address(token) == address(0)) revert ZeroAddress();
        if (address(token) == address(debtAsset)) revert CollateralAlreadyListed(address(token));
        for (uint32 id = 1; id <= collateralCount; ++id) {
            if (_collaterals[id].token == token) revert CollateralAlreadyListed(address(token));
        }
        uint8 decimals = IERC20Metadata(address(token)).decimals();
        if (decimals > MAX_COLLATERAL_DECIMALS || uint256(decimals) + 18 < debtDecimals) {
            revert UnsupportedDecimals(decimals);
        }
        collateralId = ++collateralCount;
        Collateral storage c = _collaterals[collateralId];
        c.token = token;
        c.decimals = decimals;
        emit CollateralListed(collateralId, address(token), address(oracle), decimals);
        _setOracle(collateralId, c, oracle);
        _setCollateralParams(collateralId, c, params);
    }

    /// @notice Updates a collateral type's risk parameters (bounded; custom error when out of range).
    /// @param collateralId Collateral type.
    /// @param params New parameters.
    function setCollateralParams(uint32 collateralId, CollateralParams calldata params)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        _setCollateralParams(collateralId, _collateral(collateralId), params);
    }

    /// @notice Replaces a collateral type's oracle; the new one must report a valid price now.
    /// @param collateralId Collateral type.
    /// @param oracle New oracle.
    function setCollateralOracle(uint32 collateralId, IPriceOracle oracle) external onlyRole(GOVERNOR_ROLE) {
        _setOracle(collateralId, _collateral(collateralId), oracle);
    }

    /// @notice Updates the market-wide liquidation parameters (bounded).
    /// @param params New parameters.
    function setMarketParams(MarketParams calldata params) external onlyRole(GOVERNOR_ROLE) {
        _setMarketParams(params);
    }

    /// @notice Stops new borrows and collateral withdrawals from indebted positions.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Lifts the pause.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ Views

    /// @notice A listed collateral type (reverts UnknownCollateral otherwise).
    function collateral(uint32 collateralId) external view returns (Collateral memory) {
        return _collateral(collateralId);
    }

    /// @notice The raw position (collateral, scaledDebt); zeros when none.
    function position(uint32 collateralId, address owner) external view returns (Position memory) {
        return _positions[collateralId][owner];
    }

    /// @notice Current debt of a position (pending interest included), rounded up.
    function debtOf(uint32 collateralId, address owner) public view returns (uint256) {
        return uint256(_positions[collateralId][owner].scaledDebt).rayMulUp(pool.borrowIndex());
    }

    /// @notice Value of `amount` collateral in debt-asset units at the oracle price (rounded down),
    ///         and whether the oracle is valid (value is 0 when it is not).
    function collateralValue(uint32 collateralId, uint256 amount) public view returns (uint256 value, bool valid) {
        Collateral storage c = _collateral(collateralId);
        uint256 price;
        (price, valid) = _tryPrice(c);
        if (valid) value = _value(c, amount, price);
    }

    /// @notice Health factor (WAD) = collateral value × liquidation threshold / debt; max uint when
    ///         debt is zero; 0 with valid=false when the oracle is invalid.
    function healthFactor(uint32 collateralId, address owner) external view returns (uint256 hf, bool valid) {
        Collateral storage c = _collateral(collateralId);
        Position memory p = _positions[collateralId][owner];
        if (p.scaledDebt == 0) return (type(uint256).max, true);
        uint256 price;
        (price, valid) = _tryPrice(c);
        if (!valid) return (0, false);
        hf = _healthFactor(c, p.collateral, uint256(p.scaledDebt).rayMulUp(pool.borrowIndex()), price);
    }

    // ------------------------------------------------------------------ Internals: positions

    function _deposit(uint32 collateralId, address owner, uint256 amount) internal {
        if (amount == 0) revert ZeroAmount();
        if (owner == address(0)) revert ZeroAddress();
        Collateral storage c = _collateral(collateralId);
        Position storage p = _positions[collateralId][owner];
        uint256 newCollateral = p.collateral + amount;
        p.collateral = newCollateral.toUint128();
        c.totalCollateral = (uint256(c.totalCollateral) + amount).toUint128();
        emit CollateralDeposited(collateralId, owner, msg.sender, amount, newCollateral);
        c.token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _borrow(uint32 collateralId, uint256 assets, address receiver) internal whenNotPaused {
        if (receiver == address(0)) revert ZeroAddress();
        Collateral storage c = _collateral(collateralId);
        Position storage p = _positions[collateralId][msg.sender];
        uint256 index = pool.borrowIndex();
        uint256 added = assets.rayDivUp(index);
        uint256 newScaled = p.scaledDebt + added;
        uint256 newDebt = newScaled.rayMulUp(index);
        if (newDebt < c.params.dust) revert DebtBelowDust(newDebt, c.params.dust);
        uint256 newTotalScaled = c.totalScaledDebt + added;
        uint256 typeDebt = newTotalScaled.rayMulUp(index);
        if (typeDebt > c.params.debtCeiling) revert DebtCeilingExceeded(typeDebt, c.params.debtCeiling);
        _requireWithinLtv(collateralId, c, p.collateral, newDebt);
        p.scaledDebt = newScaled.toUint128();
        c.totalScaledDebt = newTotalScaled.toUint128();
        emit Borrowed(collateralId, msg.sender, receiver, assets, newScaled);
        uint256 scaledByPool = pool.borrow(receiver, assets);
        if (scaledByPool != added) revert PoolScaledDebtMismatch(added, scaledByPool);
    }

    function _repay(uint32 collateralId, Collateral storage c, address owner, uint256 assets)
        internal
        returns (uint256 repaid)
    {
        Position storage p = _positions[collateralId][owner];
        uint256 scaled = p.scaledDebt;
        if (scaled == 0) revert NoDebt(collateralId, owner);
        uint256 index = pool.borrowIndex();
        uint256 debt = scaled.rayMulUp(index);
        uint256 scaledRepaid;
        if (assets >= debt) {
            (repaid, scaledRepaid) = (debt, scaled);
        } else {
            (repaid, scaledRepaid) = (assets, assets.rayDivDown(index)); // credit rounds against borrower
            if (scaledRepaid == 0) revert ZeroAmount();
            uint256 remaining = (scaled - scaledRepaid).rayMulUp(index);
            if (remaining < c.params.dust) revert DebtBelowDust(remaining, c.params.dust);
        }
        uint256 newScaled = scaled - scaledRepaid;
        p.scaledDebt = uint128(newScaled);
        c.totalScaledDebt -= uint128(scaledRepaid);
        emit Repaid(collateralId, owner, msg.sender, repaid, newScaled);
        if (newScaled == 0 && p.collateral == 0) emit PositionClosed(collateralId, owner);
        debtAsset.safeTransferFrom(msg.sender, address(pool), repaid);
        pool.repay(scaledRepaid, repaid);
    }

    // ------------------------------------------------------------------ Internals: liquidation

    /// @dev Applies one liquidation to storage (collateral is sent to msg.sender, deficits recorded);
    ///      the debt asset is settled by the caller. Never reverts for a position that cannot be
    ///      liquidated: returns a Skipped status instead. Returns the price used (0 when none).
    function _liquidate(
        uint32 collateralId,
        address owner,
        uint256 maxRepay,
        uint256 index,
        uint32 cachedId,
        uint256 cachedPrice
    ) internal returns (LiquidationResult memory r, uint256 price, uint256 scaledRepaid) {
        (r, price, scaledRepaid) = _plan(collateralId, owner, msg.sender, maxRepay, index, cachedId, cachedPrice);
        if (r.status == LiquidationStatus.Liquidated) {
            _applyLiquidation(collateralId, owner, r, scaledRepaid);
        }
    }

    /// @dev Everything a liquidation would do, without doing it. `cachedId`/`cachedPrice` avoid
    ///      re-reading the oracle within a batch.
    function _plan(
        uint32 collateralId,
        address owner,
        address liquidator,
        uint256 maxRepay,
        uint256 index,
        uint32 cachedId,
        uint256 cachedPrice
    ) internal view returns (LiquidationResult memory r, uint256 price, uint256 scaledRepaid) {
        if (collateralId == 0 || collateralId > collateralCount) {
            r.status = LiquidationStatus.SkippedUnknownCollateral;
            return (r, 0, 0);
        }
        if (owner == liquidator) {
            r.status = LiquidationStatus.SkippedSelfLiquidation;
            return (r, 0, 0);
        }
        Collateral storage c = _collaterals[collateralId];
        Position memory p = _positions[collateralId][owner];
        if (p.scaledDebt == 0 || maxRepay == 0) {
            r.status = LiquidationStatus.SkippedNoDebt;
            return (r, 0, 0);
        }
        if (cachedId == collateralId && cachedPrice != 0) {
            price = cachedPrice;
        } else {
            bool valid;
            (price, valid) = _tryPrice(c);
            if (!valid) {
                r.status = LiquidationStatus.SkippedOracleInvalid;
                return (r, 0, 0);
            }
        }
        uint256 debt = uint256(p.scaledDebt).rayMulUp(index);
        uint256 collValue = _value(c, p.collateral, price);
        if (collValue.wadMulDown(c.params.liquidationThreshold) >= debt) {
            r.status = LiquidationStatus.SkippedHealthy;
            return (r, price, 0);
        }
        (r.repaid, r.seized, scaledRepaid) = _liquidationAmounts(c, p, debt, collValue, maxRepay, index, price);
        // A partial that would credit no scaled debt takes collateral for nothing: too small to liquidate.
        if (r.repaid == type(uint256).max || (scaledRepaid == 0 && r.seized != p.collateral)) {
            r.status = LiquidationStatus.SkippedMaxRepayTooLow;
            (r.repaid, r.seized) = (0, 0);
            return (r, price, 0);
        }
        r.fee = _insuranceFee(r.repaid, c.params.liquidationBonus);
        if (r.seized == p.collateral && scaledRepaid < p.scaledDebt) {
            // All collateral is gone: whatever debt remains becomes a deficit and the position closes.
            r.deficitAssets = (p.scaledDebt - scaledRepaid).rayMulUp(index);
        }
    }

    /// @dev Close-factor rule and remnant rule. Returns repaid = type(uint256).max when the
    ///      liquidation must be full but maxRepay does not cover it.
    function _liquidationAmounts(
        Collateral storage c,
        Position memory p,
        uint256 debt,
        uint256 collValue,
        uint256 maxRepay,
        uint256 index,
        uint256 price
    ) internal view returns (uint256 repaid, uint256 seized, uint256 scaledRepaid) {
        uint256 bonusFactor = WAD + c.params.liquidationBonus;
        uint256 cap = _closeFactorCap(c, debt, collValue);
        repaid = maxRepay < cap ? maxRepay : cap;
        if (repaid != 0 && repaid < debt) {
            seized = _toCollateralDown(c, repaid.wadMulDown(bonusFactor), price);
            if (seized < p.collateral && _remnantLiquidatable(c, p.collateral - seized, debt - repaid, price)) {
                return (repaid, seized, repaid.rayDivDown(index));
            }
            // A partial would leave an unliquidatable or under-collateralised remnant: go full.
        }
        seized = _toCollateralDown(c, debt.wadMulDown(bonusFactor), price);
        if (seized <= p.collateral) {
            (repaid, scaledRepaid) = (debt, p.scaledDebt);
        } else {
            seized = p.collateral;
            repaid = collValue.wadDivUp(bonusFactor); // against the liquidator
            if (repaid > debt) repaid = debt;
            scaledRepaid = repaid.rayDivDown(index);
            if (scaledRepaid > p.scaledDebt) scaledRepaid = p.scaledDebt;
            // Collateral worth less than one scaled unit: the liquidator takes the dust for nothing and the
            // whole debt becomes the deficit, so even a worthless remnant can be closed (Morpho Blue #82).
            if (scaledRepaid == 0) repaid = 0;
        }
        if (repaid > maxRepay) return (type(uint256).max, 0, 0);
    }

    /// @dev Most debt one liquidation may repay: CLOSE_FACTOR of it for a large position at
    ///      HF >= closeFactorHfThreshold, all of it for a small or deeply unhealthy one (Aave v3.3).
    function _closeFactorCap(Collateral storage c, uint256 debt, uint256 collValue) internal view returns (uint256) {
        MarketParams memory mp = marketParams;
        if (debt < mp.smallPositionValue || collValue < mp.smallPositionValue) return debt;
        uint256 hf = collValue.wadMulDown(c.params.liquidationThreshold).wadDivDown(debt);
        return hf >= mp.closeFactorHfThreshold ? debt.wadMulDown(CLOSE_FACTOR) : debt;
    }

    /// @dev A remnant is acceptable only if its debt is at least dust and its collateral is worth
    ///      at least its debt (Morpho Blue #82: no hiding bad debt behind 1 wei of collateral).
    function _remnantLiquidatable(Collateral storage c, uint256 collateralLeft, uint256 debtLeft, uint256 price)
        internal
        view
        returns (bool)
    {
        return debtLeft >= c.params.dust && _value(c, collateralLeft, price) >= debtLeft;
    }

    function _applyLiquidation(uint32 collateralId, address owner, LiquidationResult memory r, uint256 scaledRepaid)
        internal
    {
        Collateral storage c = _collaterals[collateralId];
        Position storage s = _positions[collateralId][owner];
        Position memory p = s;
        uint256 deficitScaled = r.deficitAssets != 0 ? p.scaledDebt - scaledRepaid : 0;
        uint256 newCollateral = p.collateral - r.seized;
        uint256 newScaled = p.scaledDebt - scaledRepaid - deficitScaled;
        s.collateral = uint128(newCollateral);
        s.scaledDebt = uint128(newScaled);
        c.totalCollateral -= uint128(r.seized);
        c.totalScaledDebt -= uint128(scaledRepaid + deficitScaled);
        if (deficitScaled != 0) {
            (r.deficitId, r.deficitAssets) = pool.recordDeficit(deficitScaled, collateralId, owner);
        }
        emit Liquidated(collateralId, owner, msg.sender, r.repaid, r.seized, r.fee, r.deficitId, r.deficitAssets);
        if (newCollateral == 0 && newScaled == 0) emit PositionClosed(collateralId, owner);
        if (r.seized != 0) c.token.safeTransfer(msg.sender, r.seized);
    }

    /// @dev Pulls repayments (into the pool) and the insurance fee (to the fund) from msg.sender.
    function _settleDebtAsset(uint256 repaid, uint256 scaledRepaid, uint256 fee) internal {
        if (repaid != 0) {
            debtAsset.safeTransferFrom(msg.sender, address(pool), repaid);
            pool.repay(scaledRepaid, repaid);
        }
        if (fee != 0) debtAsset.safeTransferFrom(msg.sender, pool.insuranceFund(), fee);
    }

    function _revertIfSkipped(
        LiquidationResult memory r,
        uint32 collateralId,
        address owner,
        uint256 maxRepay,
        uint256 index,
        uint256 price
    ) internal view {
        LiquidationStatus s = r.status;
        if (s == LiquidationStatus.Liquidated) return;
        if (s == LiquidationStatus.SkippedUnknownCollateral) revert UnknownCollateral(collateralId);
        if (s == LiquidationStatus.SkippedSelfLiquidation) revert SelfLiquidation();
        if (s == LiquidationStatus.SkippedNoDebt) revert NoDebt(collateralId, owner);
        if (s == LiquidationStatus.SkippedOracleInvalid) revert OracleInvalid(collateralId);
        Collateral storage c = _collaterals[collateralId];
        Position memory p = _positions[collateralId][owner];
        uint256 debt = uint256(p.scaledDebt).rayMulUp(index);
        if (s == LiquidationStatus.SkippedHealthy) revert PositionHealthy(_healthFactor(c, p.collateral, debt, price));
        // SkippedMaxRepayTooLow: report what a full liquidation requires.
        uint256 collValue = _value(c, p.collateral, price);
        uint256 bonusFactor = WAD + c.params.liquidationBonus;
        uint256 required = _toCollateralDown(c, debt.wadMulDown(bonusFactor), price) <= p.collateral
            ? debt
            : collValue.wadDivUp(bonusFactor);
        revert MaxRepayTooLow(required, maxRepay);
    }

    function _insuranceFee(uint256 repaid, uint256 bonus) internal view returns (uint256) {
        if (pool.insuranceFund() == address(0)) return 0;
        return repaid.wadMulUp(bonus).wadMulUp(marketParams.insuranceCut);
    }

    // ------------------------------------------------------------------ Internals: pricing

    function _collateral(uint32 collateralId) internal view returns (Collateral storage c) {
        if (collateralId == 0 || collateralId > collateralCount) revert UnknownCollateral(collateralId);
        return _collaterals[collateralId];
    }

    /// @dev The one place the Market reads a price: valid only when the oracle says so AND it is non-zero,
    ///      since every collateral conversion divides by it (any IPriceOracle, not only ours).
    function _tryPrice(Collateral storage c) internal view returns (uint256 price, bool valid) {
        (price, valid) = c.oracle.tryPrice();
        if (price == 0) valid = false;
    }

    function _price(uint32 collateralId, Collateral storage c) internal view returns (uint256 price) {
        bool valid;
        (price, valid) = _tryPrice(c);
        if (!valid) revert OracleInvalid(collateralId);
    }

    /// @dev 10^(18 + collateral decimals − debt decimals): value = amount × price / scale.
    function _priceScale(Collateral storage c) internal view returns (uint256) {
        return 10 ** (uint256(c.decimals) + 18 - debtDecimals);
    }

    function _value(Collateral storage c, uint256 amount, uint256 price) internal view returns (uint256) {
        return amount.mulDivDown(price, _priceScale(c));
    }

    function _toCollateralDown(Collateral storage c, uint256 value, uint256 price) internal view returns (uint256) {
        return value.mulDivDown(_priceScale(c), price);
    }

    function _healthFactor(Collateral storage c, uint256 amount, uint256 debt, uint256 price)
        internal
        view
        returns (uint256)
    {
        if (debt == 0) return type(uint256).max;
        return _value(c, amount, price).wadMulDown(c.params.liquidationThreshold).wadDivDown(debt);
    }

    function _requireWithinLtv(uint32 collateralId, Collateral storage c, uint256 amount, uint256 debt) internal view {
        uint256 maxDebt = _value(c, amount, _price(collateralId, c)).wadMulDown(c.params.maxLtv);
        if (debt > maxDebt) revert Unhealthy(debt, maxDebt);
    }

    // ------------------------------------------------------------------ Internals: governance

    function _setOracle(uint32 collateralId, Collateral storage c, IPriceOracle oracle) internal {
        if (address(oracle) == address(0)) revert ZeroAddress();
        (, bool valid) = oracle.tryPrice();
        if (!valid) revert OracleInvalid(collateralId);
        c.oracle = oracle;
        emit CollateralOracleSet(collateralId, address(oracle));
    }

    function _setCollateralParams(uint32 collateralId, Collateral storage c, CollateralParams memory p) internal {
        ParameterBounds.check("liquidationThreshold", p.liquidationThreshold, MIN_MAX_LTV + 1, MAX_LIQUIDATION_THRESHOLD);
        ParameterBounds.check("maxLtv", p.maxLtv, MIN_MAX_LTV, p.liquidationThreshold - 1);
        ParameterBounds.check("liquidationBonus", p.liquidationBonus, 0, MAX_LIQUIDATION_BONUS);
        // A position liquidated just below HF 1 must still hold collateral for repay × (1 + bonus).
        ParameterBounds.check("thresholdTimesBonus", uint256(p.liquidationThreshold).wadMulUp(WAD + p.liquidationBonus), 0, WAD);
        uint256 maxDust = MAX_DUST_WHOLE_UNITS * 10 ** debtDecimals;
        ParameterBounds.check("dust", p.dust, 0, maxDust);
        c.params = p;
        emit CollateralParamsSet(
            collateralId, p.maxLtv, p.liquidationThreshold, p.liquidationBonus, p.debtCeiling, p.dust
        );
    }

    function _setMarketParams(MarketParams memory p) internal {
        ParameterBounds.check(
            "closeFactorHfThreshold",
            p.closeFactorHfThreshold,
            MIN_CLOSE_FACTOR_HF_THRESHOLD,
            MAX_CLOSE_FACTOR_HF_THRESHOLD
        );
        ParameterBounds.check("insuranceCut", p.insuranceCut, 0, MAX_INSURANCE_CUT);
        ParameterBounds.check("smallPositionValue", p.smallPositionValue, 0, MAX_DUST_WHOLE_UNITS * 10 ** debtDecimals);
        marketParams = p;
        emit MarketParamsSet(p.closeFactorHfThreshold, p.insuranceCut, p.smallPositionValue);
    }

}
