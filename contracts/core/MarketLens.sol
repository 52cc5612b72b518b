// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {Market} from "./Market.sol";

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

    Market public immutable market;
    ILendingPool public immutable pool;

    /// @param market_ The Market to read.
    constructor(Market market_) {
        market = market_;
        pool = market_.pool();
    }

    /// @notice Health factors (WAD) of many positions, with the validity of each one's collateral oracle,
    ///         so that a scan can tell "healthy" from "unknown". Reverts UnknownCollateral for an id that
    ///         is not listed. Each collateral type's oracle is read once per call.
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
        hfs = new uint256[](keys.length);
        liquidatable = new bool[](keys.length);
        oracleValid = new bool[](keys.length);
        uint8[] memory known = new uint8[](uint256(market.collateralCount()) + 1); // 0 unread, 1 valid, 2 invalid
        for (uint256 i; i < keys.length; ++i) {
            uint32 id = keys[i].collateralId;
            (uint256 hf,) = market.healthFactor(id, keys[i].owner); // reverts UnknownCollateral for unlisted ids
            if (known[id] == 0) {
                (, bool ok) = market.collateralValue(id, 0);
                known[id] = ok ? 1 : 2;
            }
            bool valid = known[id] == 1;
            hfs[i] = valid || hf == type(uint256).max ? hf : 0;
            oracleValid[i] = valid;
            liquidatable[i] = valid && hf < WadRayMath.WAD;
        }
    }

    /// @notice Full details of many positions (unknown collateral ids revert).
    /// @param keys Positions to read.
    function positions(PositionKey[] calldata keys) external view returns (PositionView[] memory views) {
        uint256 index = pool.borrowIndex();
        views = new PositionView[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            views[i] = _position(keys[i].collateralId, keys[i].owner, index);
        }
    }

    /// @notice Details of one position.
    /// @param collateralId Collateral type.
    /// @param owner Position owner.
    function position(uint32 collateralId, address owner) external view returns (PositionView memory) {
        return _position(collateralId, owner, pool.borrowIndex());
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

    function _position(uint32 collateralId, address owner, uint256 index)
        internal
        view
        returns (PositionView memory v)
    {
        Market.Collateral memory c = market.collateral(collateralId);
        Market.Position memory p = market.position(collateralId, owner);
        v.collateralId = collateralId;
        v.owner = owner;
        v.collateral = p.collateral;
        v.scaledDebt = p.scaledDebt;
        v.debt = uint256(p.scaledDebt).rayMulUp(index);
        (v.collateralValue, v.oracleValid) = market.collateralValue(collateralId, p.collateral);
        if (!v.oracleValid) return v;
        v.healthFactor = v.debt == 0
            ? type(uint256).max
            : v.collateralValue.wadMulDown(c.params.liquidationThreshold).wadDivDown(v.debt);
        v.liquidatable = v.healthFactor < WadRayMath.WAD;
        uint256 limit = v.collateralValue.wadMulDown(c.params.maxLtv);
        v.maxBorrow = limit > v.debt ? limit - v.debt : 0;
    }
}
