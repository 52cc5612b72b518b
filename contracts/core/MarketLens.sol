// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {Market} from "./Market.sol";
import {LendingPool} from "./LendingPool.sol";
import {IPriceOracle} from "../interfaces/IPriceOracle.sol";
import {ChainlinkOracle} from "../oracle/ChainlinkOracle.sol";
import {Waterfall} from "../writeoff/Waterfall.sol";
import {DebtAuction} from "../writeoff/DebtAuction.sol";
import {PriceCurve} from "../writeoff/PriceCurve.sol";

/// @title MarketLens
/// @notice Read-only bulk views for keepers and frontends: health of many positions in one call,
///         position details, collateral types with prices and totals, pool totals. Stateless; safe
///         to redeploy. Every figure includes interest pending up to the current block.
contract MarketLens {
    using WadRayMath for uint256;

    /// @notice Identifies one position.
    struct PositionKey {
        uint32 collateralId;
        address owner;
    }

    /// @notice Everything a keeper or frontend needs about one position.
    struct PositionView {
        uint32 collateralId;
        address owner;
        uint256 collateral; // collateral token units
        uint256 scaledDebt;
        uint256 debt; // debt-asset units, rounded up
        uint256 collateralValue; // debt-asset units at the oracle price (0 if the oracle is invalid)
        uint256 healthFactor; // WAD; max uint when debt is 0; 0 when the oracle is invalid
        uint256 maxBorrow; // additional debt allowed by max LTV now
        bool liquidatable;
        bool oracleValid;
    }

    /// @notice A collateral type with its live price and totals.
    struct CollateralView {
        uint32 collateralId;
        address token;
        uint8 decimals;
        address oracle;
        uint256 price; // WAD, whole debt asset per whole collateral token (0 if invalid)
        bool oracleValid;
        Market.CollateralParams params;
        uint256 totalCollateral;
        uint256 totalDebt;
    }

    /// @notice Pool totals in one read.
    struct PoolView {
        address asset;
        uint256 totalAssets;
        uint256 totalSupply;
        uint256 cash;
        uint256 totalDebt;
        uint256 reserves;
        uint256 uncoveredDeficit;
        uint256 totalLent;
        uint256 utilization;
        uint256 borrowRatePerSecond;
        uint256 borrowIndex;
        uint256 deficitCount;
        address insuranceFund;
        uint256 lockedRecovery; // recoveries still unlocking (not in totalAssets yet)
        uint256 entryAssets; // the NAV deposits are priced at (totalAssets + lockedRecovery + recovery in sight)
        uint64 lastAccrual; // timestamp of the pool's last interest accrual
    }

    /// @notice Why a collateral type's oracle is unusable (None: it is usable). Read from the oracle's own
    ///         revert (ChainlinkOracle's errors); any other oracle's failure reads as Unknown.
    enum OracleReason {
        None,
        Stale, // older than its maxStaleness
        NonPositive, // answer <= 0
        NoAnswer, // the feed call failed (reverted, no code, out of gas, malformed return)
        IncompleteRound, // updatedAt 0 or answeredInRound < roundId
        FutureTimestamp, // updatedAt after the block
        OutOfRange, // a positive answer with no usable WAD value (or a zero price)
        Unknown
    }

    /// @notice A collateral type's oracle now.
    struct OracleStatus {
        uint32 collateralId;
        address oracle;
        bool valid;
        OracleReason reason;
        uint256 price; // WAD; 0 when invalid
    }

    /// @notice One account in one call: every position it has (collateral or debt) with health, the
    ///         oracle's validity and reason, and its LP shares with what they are worth and can leave now.
    struct AccountView {
        PositionView[] positions;
        OracleReason[] oracleReasons; // one per position
        uint256 shares; // LP shares held
        uint256 shareValue; // previewRedeem(shares): what they redeem for now (exit price)
        uint256 maxWithdraw; // assets withdrawable now (limited by the pool's cash)
        uint256 maxRedeem; // shares redeemable now
        uint256 maxDeposit; // 0 while entries are refused (see LendingPool.entriesOpen)
    }

    /// @notice The pool's prices, rates and write-off state beyond poolState().
    struct PoolDetails {
        uint256 entryPricePerShare; // previewMint(one whole share): assets an entrant pays for it (rounded up)
        uint256 exitPricePerShare; // previewRedeem(one whole share): assets it redeems for (rounded down)
        uint256 recoveryInSight;
        uint256 lockedRecovery;
        uint256 recoveryUnlockEnd; // when the last locked recovery is fully in the exit price (0: none)
        bool entriesOpen;
        uint32 exitsPausedBy; // a collateral id whose oracle is invalid while it carries debt: LP exits refused (0: open)
        uint256 borrowRatePerSecond; // RAY
        uint256 borrowApr; // WAD, borrowRatePerSecond × seconds per year (simple)
        uint256 supplyApr; // WAD, borrowApr × utilization × (1 − reserveFactor): what LPs earn
        uint256 utilization; // WAD
        uint256 reserveFactor; // WAD
    }

    /// @notice One recorded deficit and how it ended (Waterfall.deficitOutcome; zeros until its round closes).
    struct DeficitView {
        uint256 deficitId;
        uint256 assets; // size when recorded
        uint64 recordedAt;
        uint32 collateralId;
        address borrower;
        uint256 roundId;
        bool closed;
        uint256 covered;
        uint256 raised;
        uint256 socialized;
    }

    /// @notice What each write-off step would move and pay now, and the live auction's clock.
    struct WriteOffView {
        Waterfall.Step next; // the step due now
        uint256[4] amounts; // cover, startAuction, settle, socialize: what each would move if due now
        uint256[4] rewards; // ... and pay its caller
        uint256 auctionId; // 0: none live
        uint256 auctionDebt; // what the live auction still answers for (settle hands on at most this)
        uint256 price; // the live auction's price now (WAD per whole KSR)
        uint256 floor;
        uint256 secondsToFloor; // until its price is below the floor (0: already)
        uint256 secondsToDeadline; // until its deadline (0: passed)
    }

    /// @notice One previewed liquidation (see previewLiquidations).
    struct LiquidationPreview {
        Market.LiquidationStatus status;
        uint256 repaid; // debt asset the liquidator would repay (the fee excluded)
        uint256 seized; // collateral token units it would receive
        uint256 seizedValue; // their value in debt-asset units at the oracle price (rounded down)
        uint256 fee; // paid on top of repaid, to the insurance fund
        uint256 deficitAssets; // debt the liquidation would leave as a deficit
    }

    /// @dev One collateral type as one call sees it: read at its first key, reused for every other.
    struct TypeState {
        bool loaded;
        bool valid;
        uint256 price; // WAD; 0 when invalid
        uint256 scale; // 10^(18 + collateral decimals − debt decimals)
        uint256 threshold;
        uint256 maxLtv;
    }

    /// @dev What every key of one call shares.
    struct Shared {
        uint256 index;
        TypeState[] types; // by collateral id (0 unused)
    }

    /// @notice Market's storage slot of its `_positions` mapping (bytes32 key => Position), read through
    ///         Market.extSloads: position (collateralId, owner) lives at
    ///         keccak256(abi.encode(uint256(uint160(owner)) << 32 | collateralId, POSITIONS_SLOT)), collateral
    ///         in the low 128 bits, scaledDebt in the high 128. Tied to Market's layout (AccessControl,
    ///         Pausable, _state, _collaterals, _positions); MarketLens.test.js checks it against
    ///         Market.position for every collateral type.
    uint256 public constant POSITIONS_SLOT = 4;
    /// @dev Keys per Market.extSloads call: one reused buffer of this many words keeps memory (whose cost
    ///      grows quadratically) small however many keys a call carries.
    uint256 private constant _KEYS_PER_READ = 128;
    uint256 private constant _WAD = 1e18; // WadRayMath.WAD, for assembly
    uint256 private constant _RAY = 1e27; // WadRayMath.RAY, for assembly
    uint256 private constant _RAY_MINUS_ONE = 1e27 - 1; // ⌈x / RAY⌉ = ⌊(x + RAY − 1) / RAY⌋
    uint256 private constant _U128 = 0xffffffffffffffffffffffffffffffff;
    // healthFactors' type table states (_allocTypeTable); 0: not read yet
    uint256 private constant _TYPE_VALID = 1;
    uint256 private constant _TYPE_INVALID = 2;
    uint256 private constant _TYPE_WIDE = 3;

    Market public immutable market;
    ILendingPool public immutable pool;
    uint8 private immutable _debtDecimals;

    /// @param market_ The Market to read.
    constructor(Market market_) {
        market = market_;
        pool = market_.pool();
        _debtDecimals = market_.debtDecimals();
    }

    /// @notice Health factors (WAD) of many positions, with the validity of each one's collateral oracle,
    ///         so that a scan can tell "healthy" from "unknown". Reverts UnknownCollateral for an id that
    ///         is not listed (the first such key's). Values equal Market.healthFactor's exactly (same reads,
    ///         same rounding).
    ///         Cost: each collateral type that the keys name has its parameters and price read once per call
    ///         (a failing or gas-burning oracle costs once per call, at most Market.ORACLE_GAS_LIMIT), the
    ///         pool's index once, and every position's one storage slot in one Market.extSloads call.
    /// @param keys Positions to read.
    /// @return hfs One health factor per key: max uint for no debt; 0 when the position has debt and its
    ///         oracle is invalid (unknown, not unhealthy).
    /// @return liquidatable Whether each position can be liquidated now (false when its oracle is invalid:
    ///         the Market refuses such liquidations, so check oracleValid before reading false as healthy).
    /// @return oracleValid Whether each entry's collateral oracle gives a usable price now, for every entry
    ///         (with or without debt).
    function healthFactors(PositionKey[] calldata keys)
        external
        view
        returns (uint256[] memory hfs, bool[] memory liquidatable, bool[] memory oracleValid)
    {
        // The answer is built in place, already ABI-encoded (three offsets, then each array's length and
        // words): the slots are hashed into the health factors' words, Market.extSloads answers over them,
        // and each word is replaced by its health factor. No buffer, no copy: memory (quadratic in cost)
        // stays at what the answer needs.
        uint256 count = market.collateralCount();
        uint256 index = pool.borrowIndex();
        uint256 table = _allocTypeTable(count);
        uint256 n = keys.length;
        uint256 size = 0x60 + 3 * (0x20 + n * 0x20);
        uint256 out;
        assembly ("memory-safe") {
            out := mload(0x40)
            mstore(0x40, add(out, size))
        }
        (uint256 high, uint256 seen) = _hashPositionSlots(keys, out + 0x80);
        if (high != 0 || seen & ~_listedIds(count) != 0) _loadTypesInKeyOrder(keys, table, count, index);
        else _loadTypes(table, seen, index);
        _readSlotsInPlace(out, n);
        _healthAnswers(keys, out, table, index);
        if (_anyWide(table, count)) _slowHealthAnswers(keys, out, table);
        (hfs, liquidatable, oracleValid); // returned below, from `out`
        assembly ("memory-safe") {
            return(out, size)
        }
    }

    /// @notice What Market.liquidate(collateralId, owner, type(uint256).max) sent by `liquidator` would do
    ///         now, for many positions in one call, with the value of the collateral it would seize: the
    ///         keeper's profit check is seizedValue − repaid − fee (at the oracle price). Each entry equals
    ///         Market.previewLiquidation (status, repaid, seized, fee, deficitAssets) and never reverts for an
    ///         unknown id or an invalid oracle. Each collateral type's oracle validity is read once per call
    ///         here: entries of an invalid type are answered without the Market (a failing or gas-burning feed
    ///         costs once per call); entries of a valid type are planned by Market.previewLiquidation, which
    ///         reads that (working) oracle again per entry. Entries are independent (each sees today's state,
    ///         unlike liquidateBatch, where a later entry of the same position sees the earlier one's effects).
    /// @param keys Positions to preview.
    /// @param liquidator The would-be caller (self-liquidation is refused).
    function previewLiquidations(PositionKey[] calldata keys, address liquidator)
        external
        view
        returns (LiquidationPreview[] memory previews)
    {
        uint256 n = keys.length;
        Shared memory sh = _shared();
        previews = new LiquidationPreview[](n);
        for (uint256 i; i < n; ++i) {
            (uint32 id, address owner) = (keys[i].collateralId, keys[i].owner);
            LiquidationPreview memory v = previews[i];
            if (id == 0 || id >= sh.types.length) {
                v.status = Market.LiquidationStatus.SkippedUnknownCollateral;
                continue;
            }
            if (owner == liquidator) {
                v.status = Market.LiquidationStatus.SkippedSelfLiquidation;
                continue;
            }
            TypeState memory t = _typeOf(sh, id);
            if (!t.valid) {
                v.status = market.position(id, owner).scaledDebt == 0
                    ? Market.LiquidationStatus.SkippedNoDebt
                    : Market.LiquidationStatus.SkippedOracleInvalid;
                continue;
            }
            Market.LiquidationResult memory r = market.previewLiquidation(id, owner, liquidator, type(uint256).max);
            (v.status, v.repaid, v.seized, v.fee, v.deficitAssets) = (r.status, r.repaid, r.seized, r.fee, r.deficitAssets);
            if (r.status == Market.LiquidationStatus.Liquidated) v.seizedValue = r.seized.mulDivDown(t.price, t.scale);
        }
    }

    /// @notice Full details of many positions (unknown collateral ids revert). Shared values are read once
    ///         per call and each position's slot once, as in healthFactors.
    /// @param keys Positions to read.
    function positions(PositionKey[] calldata keys) external view returns (PositionView[] memory views) {
        Shared memory sh = _shared();
        uint256 n = keys.length;
        views = new PositionView[](n);
        uint256 buffer = _allocReadBuffer();
        for (uint256 start; start < n; start += _KEYS_PER_READ) {
            uint256 end = start + _KEYS_PER_READ < n ? start + _KEYS_PER_READ : n;
            _readPositions(keys, start, end, buffer);
            for (uint256 i = start; i < end; ++i) {
                uint256 word;
                assembly ("memory-safe") {
                    word := mload(add(buffer, add(0x40, shl(5, sub(i, start)))))
                }
                _fill(views[i], sh, keys[i].collateralId, keys[i].owner, word & type(uint128).max, word >> 128);
            }
        }
    }

    /// @notice Details of one position.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    function position(uint32 collateralId, address owner) external view returns (PositionView memory v) {
        Market.Position memory p = market.position(collateralId, owner);
        _fill(v, _shared(), collateralId, owner, p.collateral, p.scaledDebt);
    }

    /// @notice Every collateral type's oracle: validity, the reason when invalid, and the price.
    function oracleStatuses() external view returns (OracleStatus[] memory statuses) {
        uint32 n = market.collateralCount();
        statuses = new OracleStatus[](n);
        for (uint32 id = 1; id <= n; ++id) {
            statuses[id - 1] = _oracleStatus(id);
        }
    }

    /// @notice Everything about one account in one call (see AccountView): each position it holds on any
    ///         collateral type (the types are walked: O(collateral types)), and its LP position.
    /// @param owner The account.
    function account(address owner) external view returns (AccountView memory v) {
        uint32 n = market.collateralCount();
        Shared memory sh = _shared();
        PositionView[] memory all = new PositionView[](n);
        uint256 count;
        for (uint32 id = 1; id <= n; ++id) {
            Market.Position memory p = market.position(id, owner);
            if (p.collateral == 0 && p.scaledDebt == 0) continue;
            _fill(all[count], sh, id, owner, p.collateral, p.scaledDebt);
            ++count;
        }
        v.positions = new PositionView[](count);
        v.oracleReasons = new OracleReason[](count);
        for (uint256 i; i < count; ++i) {
            v.positions[i] = all[i];
            if (!all[i].oracleValid) v.oracleReasons[i] = _oracleStatus(all[i].collateralId).reason;
        }
        v.shares = pool.balanceOf(owner);
        v.shareValue = pool.previewRedeem(v.shares);
        v.maxWithdraw = pool.maxWithdraw(owner);
        v.maxRedeem = pool.maxRedeem(owner);
        v.maxDeposit = pool.maxDeposit(owner);
    }

    /// @notice The pool's entry and exit price per share, recovery state and rates (see PoolDetails).
    function poolDetails() external view returns (PoolDetails memory d) {
        LendingPool lp = LendingPool(address(pool));
        uint256 oneShare = 10 ** lp.decimals();
        d.entryPricePerShare = lp.previewMint(oneShare);
        d.exitPricePerShare = lp.previewRedeem(oneShare);
        d.recoveryInSight = lp.recoveryInSight();
        d.lockedRecovery = lp.lockedRecovery();
        d.recoveryUnlockEnd = lp.recoveryUnlockEnd();
        d.entriesOpen = lp.entriesOpen();
        d.exitsPausedBy = lp.exitsPausedBy();
        d.borrowRatePerSecond = lp.borrowRatePerSecond();
        d.borrowApr = (d.borrowRatePerSecond * WadRayMath.SECONDS_PER_YEAR) / 1e9; // RAY -> WAD
        d.utilization = lp.utilization();
        d.reserveFactor = lp.reserveFactor();
        d.supplyApr = d.borrowApr.wadMulDown(d.utilization).wadMulDown(WadRayMath.WAD - d.reserveFactor);
    }

    /// @notice Deficits `from`..`to` (ids, inclusive; `to` is clamped to deficitCount) with each one's
    ///         outcome. Reverts UnknownDeficit (the pool's) for `from` 0 or beyond deficitCount.
    /// @param from First deficit id (>= 1).
    /// @param to Last deficit id.
    function deficits(uint256 from, uint256 to) external view returns (DeficitView[] memory views) {
        uint256 count = pool.deficitCount();
        if (from == 0 || from > count) pool.deficit(from); // reverts UnknownDeficit
        if (to > count) to = count;
        if (to < from) return views;
        address writeOff = pool.writeOff();
        views = new DeficitView[](to - from + 1);
        for (uint256 id = from; id <= to; ++id) {
            DeficitView memory v = views[id - from];
            ILendingPool.Deficit memory d = pool.deficit(id);
            (v.deficitId, v.assets, v.recordedAt, v.collateralId, v.borrower) =
                (id, d.original, d.recordedAt, d.collateralId, d.borrower);
            if (writeOff != address(0)) {
                (v.roundId, v.closed,, v.covered, v.raised, v.socialized) = Waterfall(writeOff).deficitOutcome(id);
            }
        }
    }

    /// @notice What each write-off step would move and pay now and the live auction's clock (see
    ///         WriteOffView); all zeros before the write-off is wired.
    function writeOffState() external view returns (WriteOffView memory v) {
        address writeOff = pool.writeOff();
        if (writeOff == address(0)) return v;
        Waterfall w = Waterfall(writeOff);
        v.next = w.nextStep();
        (v.amounts, v.rewards) = w.stepRewards();
        v.auctionId = w.liveAuctionId();
        if (v.auctionId == 0) return v;
        v.auctionDebt = w.auctionDebt();
        DebtAuction auction = w.auction();
        DebtAuction.Auction memory a = auction.auction(v.auctionId);
        v.price = auction.price(v.auctionId);
        v.floor = a.floor;
        uint256 elapsed = block.timestamp - a.startedAt;
        v.secondsToDeadline = a.deadline > block.timestamp ? a.deadline - block.timestamp : 0;
        v.secondsToFloor = _secondsToFloor(a, elapsed);
    }

    /// @notice Every listed collateral type with parameters, live price and totals.
    function collaterals() external view returns (CollateralView[] memory views) {
        uint32 n = market.collateralCount();
        uint256 index = pool.borrowIndex();
        views = new CollateralView[](n);
        for (uint32 id = 1; id <= n; ++id) {
            Market.Collateral memory c = market.collateral(id);
            (uint256 price, bool valid) = market.collateralPrice(id); // never reverts, whatever the oracle does
            views[id - 1] = CollateralView({
                collateralId: id,
                token: address(c.token),
                decimals: c.decimals,
                oracle: address(c.oracle),
                price: valid ? price : 0,
                oracleValid: valid,
                params: c.params,
                totalCollateral: c.totalCollateral,
                totalDebt: uint256(c.totalScaledDebt).rayMulUp(index)
            });
        }
    }

    /// @notice Market-wide liquidation parameters and pause state.
    function marketState()
        external
        view
        returns (Market.MarketParams memory params, bool paused, uint32 collateralCount, uint256 closeFactor)
    {
        (uint64 hfThreshold, uint64 cut, uint128 small) = market.marketParams();
        params = Market.MarketParams(hfThreshold, cut, small);
        return (params, market.paused(), market.collateralCount(), market.CLOSE_FACTOR());
    }

    /// @notice Pool totals (assets, cash, debt, reserves, deficits, rate, locked recovery, entry NAV, last
    ///         accrual) in one call: totalAssets == cash + totalDebt - reserves - lockedRecovery (clamped).
    function poolState() external view returns (PoolView memory v) {
        v.asset = pool.asset();
        v.totalAssets = pool.totalAssets();
        v.totalSupply = pool.totalSupply();
        v.cash = pool.cash();
        v.totalDebt = pool.totalDebt();
        v.reserves = pool.reserves();
        v.uncoveredDeficit = pool.uncoveredDeficit();
        v.totalLent = pool.totalLent();
        v.utilization = pool.utilization();
        v.borrowRatePerSecond = pool.borrowRatePerSecond();
        v.borrowIndex = pool.borrowIndex();
        v.deficitCount = pool.deficitCount();
        v.insuranceFund = pool.insuranceFund();
        v.lockedRecovery = pool.lockedRecovery();
        v.entryAssets = pool.entryAssets();
        v.lastAccrual = pool.lastAccrual();
    }

    /// @dev One PositionView from the position's (collateral, scaledDebt) and its type, read once per call.
    ///      Invalid oracle: value, health and maxBorrow stay 0 (health 0 even without debt: unknown).
    function _fill(
        PositionView memory v,
        Shared memory sh,
        uint32 collateralId,
        address owner,
        uint256 collateral,
        uint256 scaledDebt
    ) internal view {
        TypeState memory t = _typeOf(sh, collateralId);
        (v.collateralId, v.owner, v.collateral, v.scaledDebt) = (collateralId, owner, collateral, scaledDebt);
        v.debt = scaledDebt.rayMulUp(sh.index);
        v.oracleValid = t.valid;
        if (!t.valid) return;
        v.collateralValue = collateral.mulDivDown(t.price, t.scale);
        v.healthFactor =
            v.debt == 0 ? type(uint256).max : v.collateralValue.wadMulDown(t.threshold).wadDivDown(v.debt);
        v.liquidatable = v.healthFactor < WadRayMath.WAD;
        uint256 limit = v.collateralValue.wadMulDown(t.maxLtv);
        v.maxBorrow = limit > v.debt ? limit - v.debt : 0;
    }

    // ------------------------------------------------------------------ Internals: oracle and auction

    /// @dev Validity from the Market's own read; the reason from the oracle's price() revert, read with the
    ///      Market's gas limit (a gas-burning feed reads as NoAnswer).
    function _oracleStatus(uint32 id) internal view returns (OracleStatus memory st) {
        Market.Collateral memory c = market.collateral(id);
        st.collateralId = id;
        st.oracle = address(c.oracle);
        (st.price, st.valid) = market.collateralPrice(id);
        if (st.valid) return st;
        st.price = 0;
        try IPriceOracle(st.oracle).price{gas: market.ORACLE_GAS_LIMIT()}() returns (uint256) {
            st.reason = OracleReason.OutOfRange; // answered, but the Market cannot use it (a zero price)
        } catch (bytes memory err) {
            st.reason = _reasonOf(err);
        }
    }

    function _reasonOf(bytes memory err) internal pure returns (OracleReason) {
        if (err.length < 4) return OracleReason.NoAnswer; // out of gas, no code, empty revert
        bytes4 sel = bytes4(err);
        if (sel == ChainlinkOracle.StalePrice.selector) return OracleReason.Stale;
        if (sel == ChainlinkOracle.NonPositivePrice.selector) return OracleReason.NonPositive;
        if (sel == ChainlinkOracle.FeedCallFailed.selector) return OracleReason.NoAnswer;
        if (sel == ChainlinkOracle.IncompleteRound.selector) return OracleReason.IncompleteRound;
        if (sel == ChainlinkOracle.FuturePrice.selector) return OracleReason.FutureTimestamp;
        if (sel == ChainlinkOracle.PriceOutOfRange.selector) return OracleReason.OutOfRange;
        return OracleReason.Unknown;
    }

    /// @dev Seconds from now until the auction's curve price is below its floor (the curve only falls):
    ///      a binary search over the elapsed time, up to the deadline (past it the answer is the deadline).
    function _secondsToFloor(DebtAuction.Auction memory a, uint256 elapsed) internal pure returns (uint256) {
        if (PriceCurve.price(a.curve, a.top, elapsed) < a.floor) return 0;
        uint256 lo = elapsed; // price >= floor at lo
        uint256 hi = uint256(a.deadline) - a.startedAt; // fills stop here anyway
        if (hi <= lo) return 0;
        if (PriceCurve.price(a.curve, a.top, hi) >= a.floor) return hi - elapsed;
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (PriceCurve.price(a.curve, a.top, mid) >= a.floor) lo = mid;
            else hi = mid;
        }
        return hi - elapsed;
    }

    // ------------------------------------------------------------------ Internals: shared reads

    function _shared() internal view returns (Shared memory sh) {
        sh.index = pool.borrowIndex();
        sh.types = new TypeState[](uint256(market.collateralCount()) + 1);
    }

    /// @dev The type of `id` (a reference into sh.types), read on first use.
    function _typeOf(Shared memory sh, uint32 id) internal view returns (TypeState memory) {
        if (id >= sh.types.length || !sh.types[id].loaded) _load(sh, id);
        return sh.types[id];
    }

    /// @dev The type of `id`, read on first use; an unlisted id reverts UnknownCollateral (the Market's).
    ///      Callers take `sh.types[id]` themselves (a memory struct returned from a function would be
    ///      allocated anew on every key) and call this only when it is not loaded.
    function _load(Shared memory sh, uint32 id) internal view {
        if (id == 0 || id >= sh.types.length) market.collateral(id); // reverts UnknownCollateral
        TypeState memory t = sh.types[id];
        Market.Collateral memory c = market.collateral(id);
        (t.price, t.valid) = market.collateralPrice(id); // never reverts, whatever the oracle does
        if (!t.valid) t.price = 0;
        t.scale = 10 ** (uint256(c.decimals) + 18 - _debtDecimals);
        (t.threshold, t.maxLtv) = (c.params.liquidationThreshold, c.params.maxLtv);
        t.loaded = true;
    }

    /// @dev A buffer for one Market.extSloads call of _KEYS_PER_READ slots: 4 bytes of selector, the
    ///      array's offset and length, the slots; the answer (offset, length, words) overwrites it.
    function _allocReadBuffer() internal pure returns (uint256 buffer) {
        uint256 size = 0x44 + _KEYS_PER_READ * 0x20;
        assembly ("memory-safe") {
            buffer := mload(0x40)
            mstore(0x40, add(buffer, size))
        }
    }

    /// @dev Reads the position words of keys[start..end) (end - start <= _KEYS_PER_READ) into `buffer`:
    ///      word j at buffer + 0x40 + 0x20 * j. Reverts (empty data, as the ABI decoder does) for an id or
    ///      owner with bits outside uint32 / address.
    function _readPositions(PositionKey[] calldata keys, uint256 start, uint256 end, uint256 buffer) internal view {
        address target = address(market);
        bytes4 selector = Market.extSloads.selector;
        uint256 count = end - start;
        assembly ("memory-safe") {
            mstore(buffer, selector)
            mstore(add(buffer, 0x04), 0x20)
            mstore(add(buffer, 0x24), count)
            let out := add(buffer, 0x44)
            let key := add(keys.offset, shl(6, start))
            let last := add(key, shl(6, count))
            mstore(0x20, POSITIONS_SLOT)
            for {} lt(key, last) { key := add(key, 0x40) } {
                let id := calldataload(key)
                let owner := calldataload(add(key, 0x20))
                if or(gt(id, 0xffffffff), shr(160, owner)) { revert(0, 0) } // what the ABI decoder rejects
                mstore(0x00, or(shl(32, owner), id))
                mstore(out, keccak256(0x00, 0x40))
                out := add(out, 0x20)
            }
            let outSize := add(0x40, mul(count, 0x20))
            if iszero(staticcall(gas(), target, buffer, add(0x44, mul(count, 0x20)), buffer, outSize)) {
                returndatacopy(0x00, 0x00, returndatasize())
                revert(0x00, returndatasize())
            }
            if lt(returndatasize(), outSize) { revert(0x00, 0x00) }
        }
    }

    // ------------------------------------------------------------------ Internals: healthFactors

    /// @dev A table of (price, scale, threshold, state) words per collateral id 0..count, zeroed. Price is 0
    ///      for an invalid oracle (the Market never calls 0 valid), so the hot loop needs no state: value 0
    ///      gives health 0 with debt and max without, as Market.healthFactor answers. State: 0 not read,
    ///      _TYPE_VALID, _TYPE_INVALID, _TYPE_WIDE (valid, but its products may not fit 256 bits).
    function _allocTypeTable(uint256 count) internal pure returns (uint256 table) {
        uint256 size = (count + 1) * 0x80;
        assembly ("memory-safe") {
            table := mload(0x40)
            mstore(0x40, add(table, size))
            calldatacopy(table, calldatasize(), size) // zero-fill
        }
    }

    /// @dev Bits 1..count set: the ids a `seen` mask may hold (all but bit 0 once count >= 255).
    function _listedIds(uint256 count) internal pure returns (uint256 mask) {
        assembly ("memory-safe") {
            mask := sub(shl(add(count, 1), 1), 2) // shl past 255 gives 0, and 0 - 2 is every bit but bit 0
        }
    }

    /// @dev Writes the storage slot of every key's position at words[i] (Market: keccak256(owner << 32 | id,
    ///      POSITIONS_SLOT)) and returns what the caller checks before trusting them: `high`, non-zero when an
    ///      owner is wider than an address or an id is 256 or more, and `seen`, bit `id` set for every id
    ///      below 256 that the keys name.
    function _hashPositionSlots(PositionKey[] calldata keys, uint256 words)
        internal
        pure
        returns (uint256 high, uint256 seen)
    {
        assembly ("memory-safe") {
            mstore(0x20, POSITIONS_SLOT)
            let key := keys.offset
            let end := add(key, shl(6, keys.length))
            for {} lt(key, end) { key := add(key, 0x40) } {
                let id := calldataload(key)
                let owner := calldataload(add(key, 0x20))
                high := or(high, or(shr(160, owner), shr(8, id)))
                seen := or(seen, shl(id, 1))
                mstore(0x00, or(shl(32, owner), id))
                mstore(words, keccak256(0x00, 0x40))
                words := add(words, 0x20)
            }
        }
    }

    /// @dev Reads every type set in `seen` (all listed: the caller checked) into the table.
    function _loadTypes(uint256 table, uint256 seen, uint256 index) internal view {
        for (uint256 id = 1; seen >> id != 0; ++id) {
            if ((seen >> id) & 1 != 0) _loadTypeRow(table, id, index);
        }
    }

    /// @dev The careful path, when a key has an id of 256 or more or one that is not listed: first every
    ///      key's id and owner are checked as the ABI decoder would (empty revert), then the types are read
    ///      in key order, so that the first unlisted id reverts UnknownCollateral (the Market's error).
    function _loadTypesInKeyOrder(PositionKey[] calldata keys, uint256 table, uint256 count, uint256 index)
        internal
        view
    {
        assembly ("memory-safe") {
            let end := add(keys.offset, shl(6, keys.length))
            for { let key := keys.offset } lt(key, end) { key := add(key, 0x40) } {
                if or(gt(calldataload(key), 0xffffffff), shr(160, calldataload(add(key, 0x20)))) { revert(0, 0) }
            }
        }
        for (uint256 i; i < keys.length; ++i) {
            uint256 id = keys[i].collateralId;
            if (id == 0 || id > count || _typeState(table, id) == 0) _loadTypeRow(table, id, index); // unlisted: reverts
        }
    }

    /// @dev A type's state in the table (0: not read yet); `id` must be at most count.
    function _typeState(uint256 table, uint256 id) internal pure returns (uint256 state) {
        assembly ("memory-safe") {
            state := mload(add(add(table, shl(7, id)), 0x60))
        }
    }

    /// @dev Reads collateral type `id` into its row of the table (reverts UnknownCollateral, the Market's
    ///      error, when `id` is not listed). _TYPE_VALID: every position's
    ///      products fit 256 bits (collateral < 2^128, price < 2^128, value × threshold < 2^256 for the
    ///      largest value, scaled debt and index < 2^128), so the hot loop needs no overflow check;
    ///      _TYPE_WIDE (a price of 3.4e20 whole debt units per token or more): the loop's answers for its keys
    ///      are replaced by Market.healthFactor's (exact 512-bit math).
    function _loadTypeRow(uint256 table, uint256 id, uint256 index) internal view {
        Market.Collateral memory c = market.collateral(uint32(id)); // reverts UnknownCollateral
        (uint256 price, bool valid) = market.collateralPrice(uint32(id)); // never reverts
        uint256 scale = 10 ** (uint256(c.decimals) + 18 - _debtDecimals);
        uint256 threshold = c.params.liquidationThreshold;
        uint256 state = _TYPE_INVALID;
        if (valid) {
            bool fits = price <= _U128 && index <= _U128 && _U128.mulDivDown(price, scale) <= type(uint256).max / threshold;
            state = fits ? _TYPE_VALID : _TYPE_WIDE;
        }
        assembly ("memory-safe") {
            let row := add(table, shl(7, id))
            mstore(row, mul(price, valid))
            mstore(add(row, 0x20), scale)
            mstore(add(row, 0x40), threshold)
            mstore(add(row, 0x60), state)
        }
    }

    /// @dev Whether a type read into the table is _TYPE_WIDE.
    function _anyWide(uint256 table, uint256 count) internal pure returns (bool) {
        for (uint256 id = 1; id <= count; ++id) {
            if (_typeState(table, id) == _TYPE_WIDE) return true;
        }
        return false;
    }

    /// @dev Turns each position word at out + 0x80 (where _readSlotsInPlace put it) into its key's three
    ///      answer words, with Market._healthFactor's exact integer math: debt = ⌈scaled × index / RAY⌉,
    ///      value = ⌊collateral × price / scale⌋, health = ⌊⌊value × threshold / WAD⌋ × WAD / debt⌋, max
    ///      without debt. An invalid type's price is 0: value 0, health 0 with debt, not liquidatable.
    ///      No product overflows for a _TYPE_VALID type (_loadTypeRow): scaled, index <= 2^128 − 1, so
    ///      scaled × index + RAY − 1 <= 2^256 − 2^129 + 2^90 < 2^256; collateral, price <= 2^128 − 1, so their
    ///      product < 2^256; value <= (2^128 − 1) × price / scale <= (2^256 − 1) / threshold, so
    ///      value × threshold fits, and ⌊value × threshold / WAD⌋ × WAD <= value × threshold. _TYPE_WIDE keys'
    ///      answers are replaced afterwards by _slowHealthAnswers.
    function _healthAnswers(PositionKey[] calldata keys, uint256 out, uint256 table, uint256 index) internal pure {
        // division by zero is 0 in the EVM: without debt the health word is 0 − 1, all ones (max)
        assembly ("memory-safe") {
            let arrayBytes := add(0x20, shl(5, keys.length))
            // held on the stack: the optimizer (200 runs) would otherwise rebuild them with 3-4 opcodes a key
            let ray := _RAY
            let low128 := _U128
            let p := add(out, 0x80)
            let end := add(p, shl(5, keys.length))
            let keyDelta := sub(keys.offset, add(p, p)) // key i's calldata at keyDelta + 2 × its word
            for {} lt(p, end) { p := add(p, 0x20) } {
                let row := add(table, shl(7, calldataload(add(keyDelta, add(p, p)))))
                let word := mload(p)
                let price := mload(row)
                let debt := div(add(mul(shr(128, word), index), _RAY_MINUS_ONE), ray)
                let hf := sub(div(mul(div(mul(div(mul(and(word, low128), price), mload(add(row, 0x20))), mload(add(row, 0x40))), _WAD), _WAD), debt), iszero(debt))
                mstore(p, hf)
                mstore(add(p, arrayBytes), and(gt(price, 0), lt(hf, _WAD)))
                mstore(add(add(p, arrayBytes), arrayBytes), gt(price, 0))
            }
        }
    }

    /// @dev Market.extSloads over the n slots at out + 0x80 (selector, offset and length written just before
    ///      them, from out + 0x3c), its answer (offset, length, words) written over them from out + 0x40, so
    ///      that each word lands on its slot; then the answer's three offsets and lengths.
    function _readSlotsInPlace(uint256 out, uint256 n) internal view {
        address target = address(market);
        uint256 selector = uint32(Market.extSloads.selector);
        assembly ("memory-safe") {
            let arrayBytes := add(0x20, shl(5, n))
            if n {
                mstore(add(out, 0x20), selector)
                mstore(add(out, 0x40), 0x20)
                mstore(add(out, 0x60), n)
                if iszero(staticcall(gas(), target, add(out, 0x3c), add(0x44, shl(5, n)), add(out, 0x40), add(0x20, arrayBytes))) {
                    returndatacopy(0x00, 0x00, returndatasize())
                    revert(0x00, returndatasize())
                }
                if lt(returndatasize(), add(0x20, arrayBytes)) { revert(0x00, 0x00) }
            }
            mstore(out, 0x60)
            mstore(add(out, 0x20), add(0x60, arrayBytes))
            mstore(add(out, 0x40), add(0x60, shl(1, arrayBytes)))
            mstore(add(out, 0x60), n)
            mstore(add(add(out, 0x60), arrayBytes), n)
            mstore(add(add(out, 0x60), shl(1, arrayBytes)), n)
        }
    }

    /// @dev Answers the keys of a _TYPE_WIDE type with Market.healthFactor (valid: the type is).
    function _slowHealthAnswers(PositionKey[] calldata keys, uint256 out, uint256 table) internal view {
        uint256 arrayBytes = 0x20 + keys.length * 0x20;
        for (uint256 i; i < keys.length; ++i) {
            if (_typeState(table, keys[i].collateralId) != _TYPE_WIDE) continue;
            (uint256 hf,) = market.healthFactor(keys[i].collateralId, keys[i].owner);
            bool liq = hf < WadRayMath.WAD;
            uint256 hfPtr = out + 0x80 + i * 0x20;
            assembly ("memory-safe") {
                mstore(hfPtr, hf)
                mstore(add(hfPtr, arrayBytes), liq)
            }
        }
    }
}
