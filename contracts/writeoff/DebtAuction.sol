// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ParameterBounds, ParameterOutOfBounds} from "../libraries/ParameterBounds.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {PriceCurve} from "./PriceCurve.sol";
import {RecoveryToken} from "./RecoveryToken.sol";

/// @title DebtAuction
/// @notice Dutch auctions that sell newly minted RecoveryTokens for the debt asset to refill the
///         aggregate deficit the insurance fund could not cover (step 2 of the waterfall). One auction
///         serves the whole open deficit at a time. The Waterfall starts, fills and closes auctions;
///         this contract prices them, enforces their limits and mints.
/// @dev Prices are debt-asset base units per whole recovery token (1e18 token units), WAD-scaled:
///      1 USDC (6 decimals) per token is 1e6 * 1e18 = 1e24. Each auction snapshots its parameters at
///      start, so a governance change never moves a live auction.
///      Lessons from Maker's Black Thursday (12 March 2020): a fill never happens below the floor
///      price (so never at zero), a fill must pay at least one unit, and an auction that cannot sell
///      (price under the floor, past the deadline, or mint cap used) ends instead of selling cheaper.
contract DebtAuction is AccessControl {
    using WadRayMath for uint256;
    using SafeCast for uint256;

    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @dev tokens (18 decimals) * priceWad / PRICE_SCALE = debt-asset units.
    uint256 internal constant PRICE_SCALE = 1e36;

    uint256 public constant MIN_BUF = 1e18; // start price at least the reference
    uint256 public constant MAX_BUF = 5e18; // at most 5x the reference
    uint256 public constant MIN_FLOOR_RATIO = 0.05e18; // floor at least 5% of the reference
    uint256 public constant MAX_FLOOR_RATIO = 1e18; // floor at most the reference
    uint64 public constant MIN_TAU = 10 minutes;
    uint64 public constant MAX_TAU = 30 days;
    uint64 public constant MIN_STEP = 10 seconds;
    uint64 public constant MAX_STEP = 1 days;
    uint256 public constant MIN_CUT = 0.5e27; // at most -50% per step
    uint256 public constant MAX_CUT = 0.9999e27; // at least -0.01% per step
    uint64 public constant MIN_DURATION = 1 hours;
    uint64 public constant MAX_DURATION = 30 days;
    uint256 public constant MIN_MINT_CAP = 1e18; // one token
    uint256 public constant MAX_MINT_CAP = 1e27; // one billion tokens

    /// @notice Governance-set auction parameters, copied into every new auction.
    struct Config {
        uint256 referencePrice; // WAD debt-asset units per whole token
        uint256 buf; // WAD multiplier: start price = referencePrice * buf
        uint256 floorRatio; // WAD: floor = referencePrice * floorRatio
        uint64 duration; // seconds from start to deadline
        uint256 mintCap; // max tokens one auction may mint
        PriceCurve.Params curve;
    }

    /// @notice One auction.
    struct Auction {
        uint128 top; // start price
        uint128 floor; // lowest price at which it fills
        uint128 mintCap; // tokens it may mint at most
        uint128 minted; // tokens sold so far
        uint128 raised; // debt asset raised so far
        uint64 startedAt;
        uint64 deadline; // no fill at or after this timestamp
        PriceCurve.Params curve;
        bool ended; // closed by the Waterfall
        uint256 target; // debt it was started for (the open deficit then, rewards included)
    }

    /// @notice The token sold (this contract is its sole minter).
    RecoveryToken public immutable token;
    /// @notice Bounds on the governance-set reference price (fixed at deployment, min > 0).
    uint256 public immutable minReferencePrice;
    uint256 public immutable maxReferencePrice;
    /// @notice The only account that may start, fill and close auctions. Set once.
    address public waterfall;

    Config internal _config;
    /// @notice Number of auctions ever started; ids are 1..auctionCount.
    uint256 public auctionCount;
    mapping(uint256 auctionId => Auction) internal _auctions;

    event WaterfallSet(address indexed waterfall);
    event ReferencePriceSet(uint256 referencePrice);
    event BufSet(uint256 buf);
    event FloorRatioSet(uint256 floorRatio);
    event DurationSet(uint64 duration);
    event MintCapSet(uint256 mintCap);
    event CurveSet(PriceCurve.Kind kind, uint64 tau, uint64 step, uint96 cut);
    event AuctionStarted(
        uint256 indexed auctionId,
        uint256 target,
        uint256 top,
        uint256 floor,
        uint256 mintCap,
        uint64 deadline
    );
    event Take(
        uint256 indexed auctionId,
        address indexed receiver,
        uint256 tokens,
        uint256 paid,
        uint256 price,
        uint256 debtLeft
    );
    event AuctionClosed(uint256 indexed auctionId, uint256 raised, uint256 minted);

    error ZeroAddress();
    error WaterfallAlreadySet(address waterfall);
    error NotWaterfall(address caller);
    error UnknownAuction(uint256 auctionId);
    error AuctionEnded(uint256 auctionId);
    error AuctionPastDeadline(uint256 auctionId, uint64 deadline);
    error PriceBelowFloor(uint256 auctionId, uint256 price, uint256 floor);
    error PriceAboveMax(uint256 auctionId, uint256 price, uint256 maxPrice);
    error LotExhausted(uint256 auctionId);
    error ZeroFill(uint256 auctionId);

    modifier onlyWaterfall() {
        if (msg.sender != waterfall) revert NotWaterfall(msg.sender);
        _;
    }

    /// @param token_ The RecoveryToken (its minter must be set to this contract).
    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    /// @param minReferencePrice_ Lower bound of the reference price (> 0).
    /// @param maxReferencePrice_ Upper bound of the reference price.
    /// @param config_ Initial parameters, each checked against its bounds.
    constructor(
        RecoveryToken token_,
        address admin,
        uint256 minReferencePrice_,
        uint256 maxReferencePrice_,
        Config memory config_
    ) {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        // The start price (reference x buf) is stored in 128 bits.
        uint256 maxReference = type(uint128).max / (MAX_BUF / WadRayMath.WAD);
        if (minReferencePrice_ == 0 || minReferencePrice_ > maxReferencePrice_) {
            revert ParameterOutOfBounds("minReferencePrice", minReferencePrice_, 1, maxReferencePrice_);
        }
        if (maxReferencePrice_ > maxReference) revert ParameterOutOfBounds("maxReferencePrice", maxReferencePrice_, 1, maxReference);
        token = token_;
        minReferencePrice = minReferencePrice_;
        maxReferencePrice = maxReferencePrice_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        _setReferencePrice(config_.referencePrice);
        _setBuf(config_.buf);
        _setFloorRatio(config_.floorRatio);
        _setDuration(config_.duration);
        _setMintCap(config_.mintCap);
        _setCurve(config_.curve);
    }

    // ---------------------------------------------------------------- admin / governance

    /// @notice Sets the Waterfall, the only account that drives auctions. Callable once, by the admin.
    function setWaterfall(address waterfall_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (waterfall != address(0)) revert WaterfallAlreadySet(waterfall);
        if (waterfall_ == address(0)) revert ZeroAddress();
        waterfall = waterfall_;
        emit WaterfallSet(waterfall_);
    }

    /// @notice Sets the reference price (WAD debt-asset units per whole token) within the deploy-time bounds.
    function setReferencePrice(uint256 referencePrice) external onlyRole(GOVERNOR_ROLE) {
        _setReferencePrice(referencePrice);
    }

    /// @notice Sets the start-price multiplier (WAD, 1x..5x of the reference).
    function setBuf(uint256 buf) external onlyRole(GOVERNOR_ROLE) {
        _setBuf(buf);
    }

    /// @notice Sets the floor as a fraction of the reference (WAD, 5%..100%).
    function setFloorRatio(uint256 floorRatio) external onlyRole(GOVERNOR_ROLE) {
        _setFloorRatio(floorRatio);
    }

    /// @notice Sets the auction duration (start to deadline), 1 hour..30 days.
    function setDuration(uint64 duration) external onlyRole(GOVERNOR_ROLE) {
        _setDuration(duration);
    }

    /// @notice Sets the per-auction mint cap (tokens), bounding the dilution one deficit can cause.
    function setMintCap(uint256 mintCap) external onlyRole(GOVERNOR_ROLE) {
        _setMintCap(mintCap);
    }

    /// @notice Sets the price curve (linear with `tau`, or stairstep exponential with `step` and `cut`).
    function setCurve(PriceCurve.Params calldata curve) external onlyRole(GOVERNOR_ROLE) {
        _setCurve(curve);
    }

    // ---------------------------------------------------------------- waterfall entry points

    /// @notice Starts an auction refilling `target` debt-asset units of the aggregate deficit. What it may
    ///         sell is bounded by its mint cap and by the debt left passed to each `take`.
    /// @return auctionId The new auction's id (>= 1).
    function kick(uint256 target) external onlyWaterfall returns (uint256 auctionId) {
        Config memory c = _config;
        auctionId = ++auctionCount;
        uint256 top = c.referencePrice.wadMulUp(c.buf);
        uint256 floor = c.referencePrice.wadMulUp(c.floorRatio); // >= 1: both factors are > 0
        uint64 deadline = uint64(block.timestamp) + c.duration;
        _auctions[auctionId] = Auction({
            top: top.toUint128(),
            floor: floor.toUint128(),
            mintCap: c.mintCap.toUint128(),
            minted: 0,
            raised: 0,
            startedAt: uint64(block.timestamp),
            deadline: deadline,
            curve: c.curve,
            ended: false,
            target: target
        });
        emit AuctionStarted(auctionId, target, top, floor, c.mintCap, deadline);
    }

    /// @notice Sells up to `maxTokens` at the current price if it is at most `maxPrice`, never more
    ///         than `debtLeft` is worth. Mints the tokens to `receiver`; the Waterfall collects payment.
    /// @dev Rounding against the taker: `paid` is rounded up; when the fill is capped by `debtLeft`
    ///      the taker pays exactly `debtLeft` and receives the token amount rounded down.
    /// @return tokens Tokens minted to `receiver`.
    /// @return paid Debt asset the taker owes.
    function take(uint256 auctionId, uint256 maxTokens, uint256 maxPrice, uint256 debtLeft, address receiver)
        external
        onlyWaterfall
        returns (uint256 tokens, uint256 paid)
    {
        Auction storage a = _auction(auctionId);
        if (a.ended) revert AuctionEnded(auctionId);
        if (block.timestamp >= a.deadline) revert AuctionPastDeadline(auctionId, a.deadline);
        uint256 p = _price(a);
        if (p < a.floor) revert PriceBelowFloor(auctionId, p, a.floor);
        if (p > maxPrice) revert PriceAboveMax(auctionId, p, maxPrice);
        uint256 lotLeft = a.mintCap - a.minted;
        if (lotLeft == 0) revert LotExhausted(auctionId);

        tokens = maxTokens < lotLeft ? maxTokens : lotLeft;
        paid = tokens.mulDivUp(p, PRICE_SCALE);
        if (paid > debtLeft) {
            paid = debtLeft;
            tokens = debtLeft.mulDivDown(PRICE_SCALE, p);
        }
        if (tokens == 0 || paid == 0) revert ZeroFill(auctionId);

        a.minted += tokens.toUint128();
        a.raised += paid.toUint128();
        emit Take(auctionId, receiver, tokens, paid, p, debtLeft - paid);
        token.mint(receiver, tokens);
    }

    /// @notice Ends an auction. The Waterfall calls it when the auction cannot sell any more or the debt
    ///         it sells is gone (refilled by takes or covered by the fund).
    /// @return raised Debt asset the auction raised in total.
    function close(uint256 auctionId) external onlyWaterfall returns (uint256 raised) {
        Auction storage a = _auction(auctionId);
        if (a.ended) revert AuctionEnded(auctionId);
        a.ended = true;
        raised = a.raised;
        emit AuctionClosed(auctionId, raised, a.minted);
    }

    // ---------------------------------------------------------------- views

    /// @notice Current governance parameters (used by the next auction).
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @notice The stored state of auction `auctionId`.
    function auction(uint256 auctionId) external view returns (Auction memory) {
        return _auction(auctionId);
    }

    /// @notice The curve price of auction `auctionId` now (may be below its floor; then it does not fill).
    function price(uint256 auctionId) external view returns (uint256) {
        return _price(_auction(auctionId));
    }

    /// @notice True while auction `auctionId` can still sell: not ended, before its deadline, curve
    ///         price at or above the floor, mint cap not used up, and `debtLeft` > 0.
    function canSell(uint256 auctionId, uint256 debtLeft) public view returns (bool) {
        Auction storage a = _auction(auctionId);
        return !a.ended && debtLeft != 0 && block.timestamp < a.deadline && a.minted < a.mintCap
            && _price(a) >= a.floor;
    }

    // ---------------------------------------------------------------- internals

    function _auction(uint256 auctionId) internal view returns (Auction storage a) {
        if (auctionId == 0 || auctionId > auctionCount) revert UnknownAuction(auctionId);
        return _auctions[auctionId];
    }

    function _price(Auction storage a) internal view returns (uint256) {
        return PriceCurve.price(a.curve, a.top, block.timestamp - a.startedAt);
    }


    function _setReferencePrice(uint256 v) internal {
        ParameterBounds.check("referencePrice", v, minReferencePrice, maxReferencePrice);
        _config.referencePrice = v;
        emit ReferencePriceSet(v);
    }

    function _setBuf(uint256 v) internal {
        ParameterBounds.check("buf", v, MIN_BUF, MAX_BUF);
        _config.buf = v;
        emit BufSet(v);
    }

    function _setFloorRatio(uint256 v) internal {
        ParameterBounds.check("floorRatio", v, MIN_FLOOR_RATIO, MAX_FLOOR_RATIO);
        _config.floorRatio = v;
        emit FloorRatioSet(v);
    }

    function _setDuration(uint64 v) internal {
        ParameterBounds.check("duration", v, MIN_DURATION, MAX_DURATION);
        _config.duration = v;
        emit DurationSet(v);
    }

    function _setMintCap(uint256 v) internal {
        ParameterBounds.check("mintCap", v, MIN_MINT_CAP, MAX_MINT_CAP);
        _config.mintCap = v;
        emit MintCapSet(v);
    }

    function _setCurve(PriceCurve.Params memory c) internal {
        if (c.kind == PriceCurve.Kind.Linear) {
            ParameterBounds.check("tau", c.tau, MIN_TAU, MAX_TAU);
            c.step = 0;
            c.cut = 0;
        } else {
            ParameterBounds.check("step", c.step, MIN_STEP, MAX_STEP);
            ParameterBounds.check("cut", c.cut, MIN_CUT, MAX_CUT);
            c.tau = 0;
        }
        _config.curve = c;
        emit CurveSet(c.kind, c.tau, c.step, c.cut);
    }
}
