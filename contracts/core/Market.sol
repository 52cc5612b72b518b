// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

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
contract Market is AccessControl, Pausable, ReentrancyGuardTransient {
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

    /// @dev A collateral type as stored: four slots instead of Collateral's five, so a liquidation's cold
    ///      reads are {token, decimals, dust}, {oracle, threshold}, {maxLtv, bonus, debtCeiling} and the
    ///      totals. dust fits 88 bits: it is bounded by MAX_DUST_WHOLE_UNITS whole debt-asset units.
    struct CollateralSlots {
        IERC20 token;
        uint8 decimals;
        uint88 dust;
        IPriceOracle oracle;
        uint64 liquidationThreshold;
        uint64 maxLtv;
        uint64 liquidationBonus;
        uint128 debtCeiling;
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
    /// @dev Member order is load-bearing: _emitLiquidated logs the three words after `status` as the
    ///      Liquidated event's data.
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
    /// @notice Floor of the dynamic liquidation bonus, as a share of the configured bonus (WAD): when a
    ///         position's collateral covers less than debt × (1 + bonus), the bonus shrinks to the surplus,
    ///         but never below bonus × MIN_BONUS_SHARE (liquidators stay paid; see effectiveBonus).
    uint256 public constant MIN_BONUS_SHARE = 0.5e18;
    uint256 public constant MIN_CLOSE_FACTOR_HF_THRESHOLD = 0.5e18;
    uint256 public constant MAX_CLOSE_FACTOR_HF_THRESHOLD = 1e18;
    uint256 public constant MAX_INSURANCE_CUT = 0.5e18;
    /// @notice Upper bound on dust and smallPositionValue, in whole debt-asset units.
    uint256 public constant MAX_DUST_WHOLE_UNITS = 1_000_000;
    /// @notice Gas given to one oracle read (IPriceOracle.tryPrice); more reads as an invalid price.
    ///         Covers ChainlinkOracle's own FEED_GAS_LIMIT (100k) plus its checks.
    uint256 public constant ORACLE_GAS_LIMIT = 150_000;
    uint8 private constant MAX_COLLATERAL_DECIMALS = 36;
    uint256 private constant WAD = WadRayMath.WAD;

    // ------------------------------------------------------------------ State

    ILendingPool public immutable pool;
    IERC20 public immutable debtAsset;
    uint8 public immutable debtDecimals;

    /// @dev MarketParams and the collateral count in one slot: every liquidation reads both (one cold
    ///      read). smallPositionValue fits 96 bits: it is bounded by MAX_DUST_WHOLE_UNITS whole units.
    struct MarketState {
        uint64 closeFactorHfThreshold;
        uint64 insuranceCut;
        uint96 smallPositionValue;
        uint32 collateralCount; // listed collateral types; ids run from 1 to collateralCount
    }

    MarketState private _state;
    mapping(uint32 collateralId => CollateralSlots) private _collaterals;
    /// @dev Keyed by owner and collateral id packed into one word (_positionKey): one keccak per lookup
    ///      instead of a nested mapping's two, on every position read and on each entry of a batch.
    mapping(bytes32 positionKey => Position) private _positions;

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
    /// @dev collateral and scaledDebt in Deposited/Withdrawn/Borrowed/Repaid are the position's new totals.
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
    /// @notice One position liquidated: `repaid` debt asset (the fee excluded) for `seized` collateral.
    ///         A deficit it leaves is logged just before it, in the same transaction, by the pool's
    ///         DeficitRecorded(deficitId, collateralId, borrower, assets); the call's return value carries
    ///         both too (LiquidationResult).
    event Liquidated(
        uint32 indexed collateralId, address indexed owner, address indexed liquidator, uint256 repaid, uint256 seized, uint256 fee
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

    /// @param pool_ The LendingPool this Market borrows from (the pool's admin then wires it: pool.setMarket).
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
        CollateralSlots storage c = _collateral(collateralId);
        Position storage p = _positions[_positionKey(collateralId, msg.sender)];
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
        CollateralSlots storage c = _collateral(collateralId);
        repaid = _repay(collateralId, c, owner, assets);
    }

    /// @notice Repays all debt of msg.sender's position (paid by msg.sender) and withdraws all its
    ///         collateral to `receiver`. Works when paused and when the oracle is invalid.
    ///         Reverts PositionEmpty when there is nothing to close.
    /// @param collateralId Collateral type.
    /// @param receiver Receives the collateral.
    function close(uint32 collateralId, address receiver) external nonReentrant {
        if (receiver == address(0)) revert ZeroAddress();
        CollateralSlots storage c = _collateral(collateralId);
        Position storage p = _positions[_positionKey(collateralId, msg.sender)];
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
    ///         plus the insurance fee, which rides in the same transfer into the pool and is credited to
    ///         its reserves for the insurance fund) for collateral worth repaid × (1 + effective bonus).
    ///         Effective bonus: the collateral's configured bonus, shrunk to the collateral's surplus over
    ///         the debt (collateralValue / debt − 1) when that is smaller, but never below
    ///         MIN_BONUS_SHARE of the configured bonus (see effectiveBonus).
    ///         Close factor 50% while HF >= closeFactorHfThreshold and the position is not small; 100%
    ///         otherwise. A liquidation that would leave debt below dust or collateral worth less than
    ///         the remaining debt becomes full; when collateral cannot cover debt × (1 + effective bonus)
    ///         all of it is seized, the liquidator repays its value / (1 + effective bonus), and the rest
    ///         is recorded as a deficit in the pool. Reverts for self-liquidation (msg.sender == owner),
    ///         healthy positions, no debt, an invalid oracle, or a maxRepay below what a forced full
    ///         liquidation requires.
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
        Batch memory b = _batch();
        (uint256 scaledRepaid, uint256 required) = _liquidateOne(b, collateralId, owner, maxRepay, result);
        if (result.status != LiquidationStatus.Liquidated) _revertSkipped(b, result, collateralId, owner, maxRepay, required);
        _settle(b, result.repaid, scaledRepaid, result.fee);
    }

    /// @notice Liquidates many positions in one call. Entries that cannot be liquidated are skipped
    ///         with LiquidationSkipped(collateralId, owner, reason) instead of reverting the batch; their
    ///         result carries the reason as status and zero amounts. Reasons: SkippedUnknownCollateral,
    ///         SkippedNoDebt (no debt, or maxRepay 0), SkippedHealthy, SkippedOracleInvalid,
    ///         SkippedSelfLiquidation (owner == msg.sender), SkippedMaxRepayTooLow (the liquidation
    ///         must be full and maxRepay does not cover it, or it is too small to credit any debt).
    ///         Effects per position (storage, Liquidated event, deficit) happen in order; then, once
    ///         per call, each collateral type's totals are written and its seized collateral is sent
    ///         in one transfer, and the debt asset (repayments plus fees, the fees credited to the pool's
    ///         reserves for the insurance fund) is pulled into the pool in one transfer with one
    ///         pool.repay. Each collateral type's oracle
    ///         is read once per call, at its first liquidatable entry. A later entry of the same
    ///         position sees the state the earlier one left.
    /// @param orders Positions and per-position repay caps.
    /// @return results One result per order, in order.
    function liquidateBatch(LiquidationOrder[] calldata orders)
        external
        nonReentrant
        returns (LiquidationResult[] memory results)
    {
        Batch memory b = _batch();
        results = new LiquidationResult[](orders.length);
        uint256 totalRepaid;
        uint256 totalScaled;
        uint256 totalFee;
        for (uint256 i; i < orders.length; ++i) {
            LiquidationOrder calldata o = orders[i];
            LiquidationResult memory r = results[i];
            (uint256 scaledRepaid,) = _liquidateOne(b, o.collateralId, o.owner, o.maxRepay, r);
            if (r.status != LiquidationStatus.Liquidated) {
                emit LiquidationSkipped(o.collateralId, o.owner, r.status);
                continue;
            }
            // Sums of uint128-bounded amounts over a calldata-bounded list: no overflow possible.
            unchecked {
                totalRepaid += r.repaid;
                totalScaled += scaledRepaid;
                totalFee += r.fee;
            }
        }
        _settle(b, totalRepaid, totalScaled, totalFee);
    }

    /// @notice What liquidate(collateralId, owner, maxRepay) sent by `liquidator` would do now: status
    ///         (Liquidated, or the Skipped reason for which liquidate would revert and liquidateBatch
    ///         would skip), repaid, seized, fee and the deficit it would record (deficitId is 0 in a
    ///         preview; deficitAssets is exact). Never reverts for an unknown id or an invalid oracle.
    ///         For keepers' profit checks: profit = value(seized) − repaid − fee.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    /// @param liquidator The would-be caller (self-liquidation is refused).
    /// @param maxRepay Repay cap as in liquidate.
    function previewLiquidation(uint32 collateralId, address owner, address liquidator, uint256 maxRepay)
        external
        view
        returns (LiquidationResult memory result)
    {
        Batch memory b = _batchView();
        if (collateralId == 0 || collateralId >= b.runs.length) {
            result.status = LiquidationStatus.SkippedUnknownCollateral;
        } else if (owner == liquidator) {
            result.status = LiquidationStatus.SkippedSelfLiquidation;
        } else {
            Position memory p = _positions[_positionKey(collateralId, owner)];
            _plan(b, b.runs[collateralId], collateralId, p.collateral, p.scaledDebt, maxRepay, result);
        }
    }

    /// @notice Raw storage words at `slots` (as Morpho Blue's extSloads): the stateless MarketLens reads
    ///         many positions with one call and one cold read each (see MarketLens for the slots it reads).
    /// @param slots Storage slots of this contract.
    /// @return words The word stored at each slot.
    function extSloads(bytes32[] calldata slots) external view returns (bytes32[] memory words) {
        // Encoded in place and returned from there: one loop, no copy (the lens calls it per 128 positions).
        assembly ("memory-safe") {
            let out := mload(0x40)
            mstore(out, 0x20)
            mstore(add(out, 0x20), slots.length)
            let dst := add(out, 0x40)
            let end := add(slots.offset, shl(5, slots.length))
            for { let src := slots.offset } lt(src, end) { src := add(src, 0x20) } {
                mstore(dst, sload(calldataload(src)))
                dst := add(dst, 0x20)
            }
            return(out, sub(dst, out))
        }
    }

    /// @notice The bonus a liquidation pays now for a position with `collateralValue` against `debt`
    ///         (both in debt-asset units): the configured bonus when collateralValue >= debt × (1 + bonus);
    ///         otherwise the surplus collateralValue / debt − 1 (rounded down), but at least
    ///         bonus × MIN_BONUS_SHARE. So a position whose collateral covers its debt plus the floor
    ///         never leaves a deficit, and the liquidator is always paid at least the floor.
    /// @param collateralId Collateral type (its configured liquidationBonus).
    /// @param collateralValue_ Collateral value in debt-asset units.
    /// @param debt Debt in debt-asset units (non-zero).
    /// @return bonus Effective bonus, WAD.
    function effectiveBonus(uint32 collateralId, uint256 collateralValue_, uint256 debt)
        external
        view
        returns (uint256 bonus)
    {
        return _effectiveBonus(_collateral(collateralId).liquidationBonus, collateralValue_, debt);
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
        uint32 count = _state.collateralCount;
        for (uint32 id = 1; id <= count; ++id) {
            if (_collaterals[id].token == token) revert CollateralAlreadyListed(address(token));
        }
        uint8 decimals = IERC20Metadata(address(token)).decimals();
        if (decimals > MAX_COLLATERAL_DECIMALS || uint256(decimals) + 18 < debtDecimals) {
            revert UnsupportedDecimals(decimals);
        }
        collateralId = count + 1;
        _state.collateralCount = collateralId;
        CollateralSlots storage c = _collaterals[collateralId];
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

    /// @notice The market-wide liquidation parameters.
    function marketParams()
        external
        view
        returns (uint64 closeFactorHfThreshold, uint64 insuranceCut, uint128 smallPositionValue)
    {
        MarketState memory st = _state;
        return (st.closeFactorHfThreshold, st.insuranceCut, st.smallPositionValue);
    }

    /// @notice Number of listed collateral types; ids run from 1 to collateralCount.
    function collateralCount() external view returns (uint32) {
        return _state.collateralCount;
    }

    /// @notice A listed collateral type (reverts UnknownCollateral otherwise).
    function collateral(uint32 collateralId) external view returns (Collateral memory) {
        CollateralSlots storage c = _collateral(collateralId);
        return Collateral({
            token: c.token,
            decimals: c.decimals,
            oracle: c.oracle,
            params: CollateralParams({
                maxLtv: c.maxLtv,
                liquidationThreshold: c.liquidationThreshold,
                liquidationBonus: c.liquidationBonus,
                debtCeiling: c.debtCeiling,
                dust: c.dust
            }),
            totalCollateral: c.totalCollateral,
            totalScaledDebt: c.totalScaledDebt
        });
    }

    /// @notice The raw position (collateral, scaledDebt); zeros when none.
    function position(uint32 collateralId, address owner) external view returns (Position memory) {
        return _positions[_positionKey(collateralId, owner)];
    }

    /// @notice Current debt of a position (pending interest included), rounded up.
    function debtOf(uint32 collateralId, address owner) public view returns (uint256) {
        return uint256(_positions[_positionKey(collateralId, owner)].scaledDebt).rayMulUp(pool.borrowIndex());
    }

    /// @notice The price the Market uses for a collateral type now (WAD, whole debt asset per whole
    ///         collateral token) and whether it is valid; 0 when invalid. Never reverts for a listed id,
    ///         whatever the oracle does (see ORACLE_GAS_LIMIT).
    /// @param collateralId Collateral type.
    function collateralPrice(uint32 collateralId) external view returns (uint256 price, bool valid) {
        return _tryPrice(_collateral(collateralId));
    }

    /// @notice Value of `amount` collateral in debt-asset units at the oracle price (rounded down),
    ///         and whether the oracle is valid (value is 0 when it is not).
    function collateralValue(uint32 collateralId, uint256 amount) public view returns (uint256 value, bool valid) {
        CollateralSlots storage c = _collateral(collateralId);
        uint256 price;
        (price, valid) = _tryPrice(c);
        if (valid) value = _value(c, amount, price);
    }

    /// @notice Health factor (WAD) = collateral value × liquidation threshold / debt; max uint when
    ///         debt is zero; 0 with valid=false when the oracle is invalid.
    function healthFactor(uint32 collateralId, address owner) external view returns (uint256 hf, bool valid) {
        CollateralSlots storage c = _collateral(collateralId);
        Position memory p = _positions[_positionKey(collateralId, owner)];
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
        CollateralSlots storage c = _collateral(collateralId);
        Position storage p = _positions[_positionKey(collateralId, owner)];
        uint256 newCollateral = p.collateral + amount;
        p.collateral = newCollateral.toUint128();
        c.totalCollateral = (uint256(c.totalCollateral) + amount).toUint128();
        emit CollateralDeposited(collateralId, owner, msg.sender, amount, newCollateral);
        c.token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _borrow(uint32 collateralId, uint256 assets, address receiver) internal whenNotPaused {
        if (receiver == address(0)) revert ZeroAddress();
        CollateralSlots storage c = _collateral(collateralId);
        Position storage p = _positions[_positionKey(collateralId, msg.sender)];
        uint256 index = pool.borrowIndex();
        uint256 added = assets.rayDivUp(index);
        uint256 newScaled = p.scaledDebt + added;
        uint256 newDebt = newScaled.rayMulUp(index);
        if (newDebt < c.dust) revert DebtBelowDust(newDebt, c.dust);
        uint256 newTotalScaled = c.totalScaledDebt + added;
        uint256 typeDebt = newTotalScaled.rayMulUp(index);
        if (typeDebt > c.debtCeiling) revert DebtCeilingExceeded(typeDebt, c.debtCeiling);
        _requireWithinLtv(collateralId, c, p.collateral, newDebt);
        p.scaledDebt = newScaled.toUint128();
        c.totalScaledDebt = newTotalScaled.toUint128();
        emit Borrowed(collateralId, msg.sender, receiver, assets, newScaled);
        uint256 scaledByPool = pool.borrow(receiver, assets);
        if (scaledByPool != added) revert PoolScaledDebtMismatch(added, scaledByPool);
    }

    function _repay(uint32 collateralId, CollateralSlots storage c, address owner, uint256 assets)
        internal
        returns (uint256 repaid)
    {
        Position storage p = _positions[_positionKey(collateralId, owner)];
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
            if (remaining < c.dust) revert DebtBelowDust(remaining, c.dust);
        }
        uint256 newScaled = scaled - scaledRepaid;
        p.scaledDebt = uint128(newScaled);
        c.totalScaledDebt -= uint128(scaledRepaid);
        emit Repaid(collateralId, owner, msg.sender, repaid, newScaled);
        if (newScaled == 0 && p.collateral == 0) emit PositionClosed(collateralId, owner);
        debtAsset.safeTransferFrom(msg.sender, address(pool), repaid);
        pool.repay(scaledRepaid, repaid, 0);
    }

    // ------------------------------------------------------------------ Internals: liquidation

    /// @dev One collateral type as a liquidation call sees it: parameters and price read once, and what
    ///      the call takes out of the type, so totals are written and collateral sent once per type.
    struct TypeRun {
        uint256 state; // 0 = not loaded, 1 = oracle valid, 2 = oracle invalid
        IERC20 token;
        uint256 price;
        uint256 scale; // 10^(18 + collateral decimals − debt decimals)
        uint256 threshold;
        uint256 bonus;
        uint256 dust;
        uint256 seized; // collateral to send to the liquidator
        uint256 removedScaled; // scaled debt leaving the type (repaid + deficits)
    }

    /// @dev What every entry of one liquidation call shares (market parameters flattened: one read).
    struct Batch {
        uint256 index;
        uint256 cut; // insuranceCut
        uint256 closeHf; // closeFactorHfThreshold
        uint256 small; // smallPositionValue
        TypeRun[] runs; // indexed by collateralId (slot 0 unused)
    }

    /// @dev A liquidation's one pool call before planning: accrue, and get the index.
    function _batch() internal returns (Batch memory) {
        return _batchAt(pool.accrueInterest());
    }

    /// @dev The same state for a view (previewLiquidation), from the pool's current views.
    function _batchView() internal view returns (Batch memory) {
        return _batchAt(pool.borrowIndex());
    }

    function _batchAt(uint256 index) internal view returns (Batch memory b) {
        MarketState memory st = _state;
        b.index = index;
        b.cut = st.insuranceCut;
        b.closeHf = st.closeFactorHfThreshold;
        b.small = st.smallPositionValue;
        b.runs = new TypeRun[](uint256(st.collateralCount) + 1);
    }

    function _load(TypeRun memory t, uint32 collateralId) internal view {
        CollateralSlots storage c = _collaterals[collateralId];
        (uint256 price, bool valid) = _tryPrice(c);
        if (!valid) {
            t.state = 2;
            return;
        }
        t.state = 1;
        t.token = c.token;
        t.price = price;
        t.scale = _priceScale(c);
        (t.threshold, t.bonus, t.dust) = (c.liquidationThreshold, c.liquidationBonus, c.dust);
    }

    /// @dev Plans one entry against the call's running state into `r` and, when it liquidates, applies it
    ///      to storage (position, deficit, events). Returns the scaled debt repaid, and for
    ///      SkippedMaxRepayTooLow what a full liquidation requires.
    function _liquidateOne(Batch memory b, uint32 collateralId, address owner, uint256 maxRepay, LiquidationResult memory r)
        internal
        returns (uint256 scaledRepaid, uint256 required)
    {
        if (collateralId == 0 || collateralId >= b.runs.length) {
            r.status = LiquidationStatus.SkippedUnknownCollateral;
            return (0, 0);
        }
        if (owner == msg.sender) {
            r.status = LiquidationStatus.SkippedSelfLiquidation;
            return (0, 0);
        }
        Position storage s = _positions[_positionKey(collateralId, owner)];
        (uint256 coll, uint256 scaled) = (s.collateral, s.scaledDebt);
        TypeRun memory t = b.runs[collateralId];
        (scaledRepaid, required) = _plan(b, t, collateralId, coll, scaled, maxRepay, r);
        if (r.status == LiquidationStatus.Liquidated) _apply(s, t, collateralId, owner, coll, scaled, scaledRepaid, r);
    }

    /// @dev Writes one planned liquidation: the position (one slot), the type's running totals, the deficit
    ///      (the pool is trusted: this Market is its `market` and it never calls back), the events.
    ///      seized <= coll and scaledRepaid <= scaled (_liquidationAmounts), so nothing here underflows.
    function _apply(
        Position storage s,
        TypeRun memory t,
        uint32 collateralId,
        address owner,
        uint256 coll,
        uint256 scaled,
        uint256 scaledRepaid,
        LiquidationResult memory r
    ) internal {
        uint256 removed = r.deficitAssets != 0 ? scaled : scaledRepaid; // a deficit takes the rest
        bool closed;
        unchecked {
            (uint256 newCollateral, uint256 newScaled) = (coll - r.seized, scaled - removed);
            (s.collateral, s.scaledDebt) = (uint128(newCollateral), uint128(newScaled));
            closed = newCollateral == 0 && newScaled == 0;
        }
        unchecked {
            // Bounded by the type's uint128 totals, which _settle subtracts them from (checked there).
            t.seized += r.seized;
            t.removedScaled += removed;
        }
        if (removed != scaledRepaid) {
            unchecked {
                (r.deficitId, r.deficitAssets) = pool.recordDeficit(removed - scaledRepaid, collateralId, owner);
            }
        }
        _emitLiquidated(collateralId, owner, r);
        if (closed) emit PositionClosed(collateralId, owner);
    }

    /// @dev emit Liquidated(collateralId, owner, msg.sender, r.repaid, r.seized, r.fee), logged straight
    ///      from `r`'s memory: a memory struct is one word per member in declaration order, so (repaid,
    ///      seized, fee) are the three words after `status`, already the event's ABI-encoded data (no copy,
    ///      no encoder). Tested against the ABI by every liquidation test that decodes the event.
    function _emitLiquidated(uint32 collateralId, address owner, LiquidationResult memory r) private {
        bytes32 topic0 = Liquidated.selector;
        assembly ("memory-safe") {
            // Topics are cleaned explicitly: assembly sees types shorter than 256 bits uncleaned.
            log4(add(r, 0x20), 0x60, topic0, and(collateralId, 0xffffffff), shr(96, shl(96, owner)), caller())
        }
    }

    /// @dev Everything one liquidation would do, without doing it: fills `r` (status, repaid, seized, fee,
    ///      deficitAssets). Loads the type (price) on first use.
    function _plan(
        Batch memory b,
        TypeRun memory t,
        uint32 collateralId,
        uint256 coll,
        uint256 scaled,
        uint256 maxRepay,
        LiquidationResult memory r
    ) internal view returns (uint256 scaledRepaid, uint256 required) {
        if (scaled == 0 || maxRepay == 0) {
            r.status = LiquidationStatus.SkippedNoDebt;
            return (0, 0);
        }
        if (t.state == 0) _load(t, collateralId);
        if (t.state != 1) {
            r.status = LiquidationStatus.SkippedOracleInvalid;
            return (0, 0);
        }
        uint256 debt = scaled.rayMulUp(b.index);
        uint256 collValue = coll.mulDivDown(t.price, t.scale);
        uint256 repaidCap;
        {
            uint256 weighted = collValue.wadMulDown(t.threshold);
            if (weighted >= debt) {
                r.status = LiquidationStatus.SkippedHealthy;
                return (0, 0);
            }
            // Close factor (Aave v3.3): CLOSE_FACTOR of the debt for a large position at HF >=
            // closeFactorHfThreshold (HF = weighted / debt, rounded down), all of it for a small or deeply
            // unhealthy one. weighted >= ⌈debt × closeHf⌉ is exactly ⌊weighted / debt⌋ >= closeHf, without
            // the division.
            uint256 cap = debt;
            if (debt >= b.small && collValue >= b.small && weighted >= debt.wadMulUp(b.closeHf)) {
                cap = debt.wadMulDown(CLOSE_FACTOR);
            }
            repaidCap = maxRepay < cap ? maxRepay : cap;
        }
        uint256 bonus = _effectiveBonus(t.bonus, collValue, debt);
        uint256 bonusFactor;
        unchecked {
            bonusFactor = WAD + bonus; // bonus <= MAX_LIQUIDATION_BONUS
        }
        (r.repaid, r.seized, scaledRepaid) =
            _liquidationAmounts(t, b, coll, scaled, debt, collValue, repaidCap, bonusFactor);
        // A partial that would credit no scaled debt takes collateral for nothing: too small to liquidate.
        if (r.repaid > maxRepay || (scaledRepaid == 0 && r.seized != coll)) {
            r.status = LiquidationStatus.SkippedMaxRepayTooLow;
            required = r.repaid;
            (r.repaid, r.seized) = (0, 0);
            return (0, required);
        }
        // repaid × bonus × cut with one rounding, up (against the liquidator); bonus × cut <= 0.25e18 × 0.5e18.
        if (b.cut != 0) r.fee = r.repaid.mulDivUp(bonus * b.cut, WAD * WAD);
        if (r.seized == coll && scaledRepaid < scaled) {
            // All collateral is gone: whatever debt remains becomes a deficit and the position closes.
            unchecked {
                r.deficitAssets = (scaled - scaledRepaid).rayMulUp(b.index);
            }
        }
    }

    /// @dev Remnant rule, given `repaid` = min(maxRepay, close-factor cap). Returns the full liquidation's
    ///      repaid (possibly above maxRepay: the caller skips it) when a partial is not allowed.
    ///      seized <= coll and scaledRepaid <= scaled always.
    function _liquidationAmounts(
        TypeRun memory t,
        Batch memory b,
        uint256 coll,
        uint256 scaled,
        uint256 debt,
        uint256 collValue,
        uint256 repaidCap,
        uint256 bonusFactor
    ) internal pure returns (uint256 repaid, uint256 seized, uint256 scaledRepaid) {
        repaid = repaidCap;
        if (repaid != 0 && repaid < debt) {
            seized = repaid.wadMulDown(bonusFactor).mulDivDown(t.scale, t.price);
            // A remnant is acceptable only if its debt is at least dust and its collateral is worth at
            // least its debt (Morpho Blue #82: no hiding bad debt behind 1 wei of collateral).
            uint256 debtLeft;
            uint256 collLeft;
            unchecked {
                debtLeft = debt - repaid; // repaid < debt
                collLeft = coll - seized; // read only when seized < coll
            }
            if (seized < coll && debtLeft >= t.dust && collLeft.mulDivDown(t.price, t.scale) >= debtLeft) {
                return (repaid, seized, repaid.rayDivDown(b.index));
            }
            // A partial would leave an unliquidatable or under-collateralised remnant: go full.
        }
        seized = debt.wadMulDown(bonusFactor).mulDivDown(t.scale, t.price);
        if (seized <= coll) return (debt, seized, scaled);
        seized = coll;
        repaid = collValue.wadDivUp(bonusFactor); // against the liquidator
        if (repaid > debt) repaid = debt;
        scaledRepaid = repaid.rayDivDown(b.index);
        if (scaledRepaid > scaled) scaledRepaid = scaled;
        // Collateral worth less than one scaled unit: the liquidator takes the dust for nothing and the
        // whole debt becomes the deficit, so even a worthless remnant can be closed (Morpho Blue #82).
        if (scaledRepaid == 0) repaid = 0;
    }

    /// @dev Dynamic bonus (finding 7): min(bonus, surplus) but at least bonus × MIN_BONUS_SHARE, where
    ///      surplus = collValue / debt − 1 rounded down (against the liquidator).
    function _effectiveBonus(uint256 bonus, uint256 collValue, uint256 debt) internal pure returns (uint256) {
        uint256 coverage = collValue.wadDivDown(debt);
        uint256 surplus;
        unchecked {
            // bonus is a configured liquidationBonus (<= MAX_LIQUIDATION_BONUS); coverage - WAD only when larger.
            if (coverage >= WAD + bonus) return bonus;
            surplus = coverage > WAD ? coverage - WAD : 0;
        }
        uint256 floor = bonus.wadMulDown(MIN_BONUS_SHARE);
        return surplus > floor ? surplus : floor;
    }

    /// @dev Once per call, after every position's effects: each touched type's totals (one write),
    ///      its seized collateral (one transfer), then the debt asset: one pull of repayments and fees
    ///      into the pool and one pool.repay, which credits the fees to reserves (the insurance fund's).
    function _settle(Batch memory b, uint256 repaid, uint256 scaledRepaid, uint256 fee) internal {
        TypeRun[] memory runs = b.runs;
        for (uint256 id = 1; id < runs.length; ++id) {
            TypeRun memory t = runs[id];
            if (t.removedScaled == 0 && t.seized == 0) continue;
            CollateralSlots storage c = _collaterals[uint32(id)];
            (c.totalCollateral, c.totalScaledDebt) =
                (uint128(c.totalCollateral - t.seized), uint128(c.totalScaledDebt - t.removedScaled));
        }
        for (uint256 id = 1; id < runs.length; ++id) {
            TypeRun memory t = runs[id];
            if (t.seized != 0) t.token.safeTransfer(msg.sender, t.seized);
        }
        if (repaid != 0) {
            debtAsset.safeTransferFrom(msg.sender, address(pool), repaid + fee);
            pool.repay(scaledRepaid, repaid, fee);
        }
    }

    /// @dev liquidate()'s revert for a skipped entry: the matching custom error.
    function _revertSkipped(
        Batch memory b,
        LiquidationResult memory r,
        uint32 collateralId,
        address owner,
        uint256 maxRepay,
        uint256 required
    ) internal view {
        LiquidationStatus s = r.status;
        if (s == LiquidationStatus.SkippedUnknownCollateral) revert UnknownCollateral(collateralId);
        if (s == LiquidationStatus.SkippedSelfLiquidation) revert SelfLiquidation();
        if (s == LiquidationStatus.SkippedNoDebt) revert NoDebt(collateralId, owner);
        if (s == LiquidationStatus.SkippedOracleInvalid) revert OracleInvalid(collateralId);
        if (s == LiquidationStatus.SkippedHealthy) {
            Position memory p = _positions[_positionKey(collateralId, owner)];
            uint256 debt = uint256(p.scaledDebt).rayMulUp(b.index);
            revert PositionHealthy(_healthFactor(_collaterals[collateralId], p.collateral, debt, b.runs[collateralId].price));
        }
        revert MaxRepayTooLow(required, maxRepay);
    }

    /// @dev The one word a position is stored under: owner in the high bits, collateral id in the low 32.
    function _positionKey(uint32 collateralId, address owner) private pure returns (bytes32) {
        return bytes32((uint256(uint160(owner)) << 32) | collateralId);
    }

    // ------------------------------------------------------------------ Internals: pricing

    function _collateral(uint32 collateralId) internal view returns (CollateralSlots storage c) {
        if (collateralId == 0 || collateralId > _state.collateralCount) revert UnknownCollateral(collateralId);
        return _collaterals[collateralId];
    }

    /// @dev The one place the Market reads a price: valid only when the oracle says so AND it is non-zero,
    ///      since every collateral conversion divides by it (any IPriceOracle, not only ours). The call gets
    ///      at most ORACLE_GAS_LIMIT gas and only 64 bytes of its return data are read: an oracle that
    ///      reverts, burns gas, has no code or returns malformed data reads as invalid (never reverts).
    function _tryPrice(CollateralSlots storage c) internal view returns (uint256 price, bool valid) {
        address oracle = address(c.oracle);
        bytes4 selector = IPriceOracle.tryPrice.selector;
        uint256 gasLimit = ORACLE_GAS_LIMIT;
        uint256 flag;
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            ok := staticcall(gasLimit, oracle, ptr, 4, ptr, 64)
            ok := and(ok, iszero(lt(returndatasize(), 64)))
            price := mload(ptr)
            flag := mload(add(ptr, 32))
        }
        valid = ok && flag == 1 && price != 0;
        if (!valid) price = 0;
    }

    function _price(uint32 collateralId, CollateralSlots storage c) internal view returns (uint256 price) {
        bool valid;
        (price, valid) = _tryPrice(c);
        if (!valid) revert OracleInvalid(collateralId);
    }

    /// @dev 10^(18 + collateral decimals − debt decimals): value = amount × price / scale.
    function _priceScale(CollateralSlots storage c) internal view returns (uint256) {
        return 10 ** (uint256(c.decimals) + 18 - debtDecimals);
    }

    function _value(CollateralSlots storage c, uint256 amount, uint256 price) internal view returns (uint256) {
        return amount.mulDivDown(price, _priceScale(c));
    }

    function _healthFactor(CollateralSlots storage c, uint256 amount, uint256 debt, uint256 price)
        internal
        view
        returns (uint256)
    {
        if (debt == 0) return type(uint256).max;
        return _value(c, amount, price).wadMulDown(c.liquidationThreshold).wadDivDown(debt);
    }

    function _requireWithinLtv(uint32 collateralId, CollateralSlots storage c, uint256 amount, uint256 debt) internal view {
        uint256 maxDebt = _value(c, amount, _price(collateralId, c)).wadMulDown(c.maxLtv);
        if (debt > maxDebt) revert Unhealthy(debt, maxDebt);
    }

    // ------------------------------------------------------------------ Internals: governance

    function _setOracle(uint32 collateralId, CollateralSlots storage c, IPriceOracle oracle) internal {
        if (address(oracle) == address(0)) revert ZeroAddress();
        c.oracle = oracle; // read through the same guarded path the Market will use; undone by the revert
        (, bool valid) = _tryPrice(c);
        if (!valid) revert OracleInvalid(collateralId);
        emit CollateralOracleSet(collateralId, address(oracle));
    }

    function _setCollateralParams(uint32 collateralId, CollateralSlots storage c, CollateralParams memory p) internal {
        ParameterBounds.check("liquidationThreshold", p.liquidationThreshold, MIN_MAX_LTV + 1, MAX_LIQUIDATION_THRESHOLD);
        ParameterBounds.check("maxLtv", p.maxLtv, MIN_MAX_LTV, p.liquidationThreshold - 1);
        ParameterBounds.check("liquidationBonus", p.liquidationBonus, 0, MAX_LIQUIDATION_BONUS);
        // A position liquidated just below HF 1 must still hold collateral for repay × (1 + bonus).
        ParameterBounds.check("thresholdTimesBonus", uint256(p.liquidationThreshold).wadMulUp(WAD + p.liquidationBonus), 0, WAD);
        uint256 maxDust = MAX_DUST_WHOLE_UNITS * 10 ** debtDecimals;
        ParameterBounds.check("dust", p.dust, 0, maxDust);
        (c.maxLtv, c.liquidationThreshold, c.liquidationBonus, c.debtCeiling, c.dust) =
            (p.maxLtv, p.liquidationThreshold, p.liquidationBonus, p.debtCeiling, uint256(p.dust).toUint88());
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
        (_state.closeFactorHfThreshold, _state.insuranceCut, _state.smallPositionValue) =
            (p.closeFactorHfThreshold, p.insuranceCut, uint256(p.smallPositionValue).toUint96());
        emit MarketParamsSet(p.closeFactorHfThreshold, p.insuranceCut, p.smallPositionValue);
    }

}
