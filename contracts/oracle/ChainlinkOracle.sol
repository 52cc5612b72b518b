// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AggregatorV3Interface} from "./interfaces/AggregatorV3Interface.sol";
import {IPriceOracle} from "../interfaces/IPriceOracle.sol";

/// @title ChainlinkOracle
/// @notice Adapts one Chainlink AggregatorV3 feed (collateral / debt-asset quote, e.g. ETH/USD used
///         as ETH/USDC) to a WAD price with sanity checks. A price is unusable when:
///           - the feed call fails in any way: it reverts, runs out of its FEED_GAS_LIMIT stipend
///             (gas-burning feed), the address has no code, or the return data is short or has a
///             round id that does not fit uint80 (malformed) — FeedCallFailed,
///           - answer <= 0,
///           - the round is incomplete (updatedAt == 0 or answeredInRound < roundId),
///           - updatedAt lies in the future, or is older than maxStaleness,
///           - the answer has no usable WAD value (rounds to 0, or overflows when scaled).
/// @dev Deliberately no L2 sequencer-uptime check and no fallback: on an L2, deploy behind a
///      sequencer-aware wrapper; an unusable price is reported (tryPrice -> valid=false) and the
///      Market enters its documented oracle-invalid mode instead of using a bad number.
///      The debt asset is valued at the feed's quote currency (a stablecoin at par); a composite
///      oracle (collateral/USD ÷ USDC/USD) can implement IPriceOracle without Market changes.
contract ChainlinkOracle is IPriceOracle {
    uint256 public constant MIN_STALENESS_BOUND = 1 minutes;
    uint256 public constant MAX_STALENESS_BOUND = 7 days;
    uint8 private constant WAD_DECIMALS = 18;
    uint8 private constant MAX_FEED_DECIMALS = 36;
    /// @notice Gas given to one latestRoundData call. A Chainlink proxy + aggregator read costs ~15–30k
    ///         when cold; a feed that needs more reads as invalid instead of consuming the caller's gas
    ///         (a gas-burning feed costs a liquidation batch at most this much).
    uint256 public constant FEED_GAS_LIMIT = 100_000;

    AggregatorV3Interface public immutable feed;
    /// @notice Oldest acceptable feed update, in seconds (the feed heartbeat plus a margin).
    uint256 public immutable maxStaleness;
    uint8 public immutable feedDecimals;

    error ZeroFeed();
    error StalenessOutOfBounds(uint256 maxStaleness, uint256 min, uint256 max);
    error FeedDecimalsUnsupported(uint8 decimals);
    error FeedCallFailed();
    error NonPositivePrice(int256 answer);
    error IncompleteRound(uint80 roundId, uint80 answeredInRound, uint256 updatedAt);
    error StalePrice(uint256 updatedAt, uint256 maxStaleness, uint256 nowTs);
    error FuturePrice(uint256 updatedAt, uint256 nowTs);
    /// @notice A positive answer that has no usable WAD value (rounds to zero, or overflows when scaled).
    error PriceOutOfRange(int256 answer);

    /// @param feed_ The Chainlink aggregator (or a MockAggregator locally).
    /// @param maxStaleness_ Seconds after which an answer is stale, within [MIN_STALENESS_BOUND, MAX_STALENESS_BOUND].
    constructor(AggregatorV3Interface feed_, uint256 maxStaleness_) {
        if (address(feed_) == address(0)) revert ZeroFeed();
        if (maxStaleness_ < MIN_STALENESS_BOUND || maxStaleness_ > MAX_STALENESS_BOUND) {
            revert StalenessOutOfBounds(maxStaleness_, MIN_STALENESS_BOUND, MAX_STALENESS_BOUND);
        }
        uint8 d = feed_.decimals();
        if (d > MAX_FEED_DECIMALS) revert FeedDecimalsUnsupported(d);
        feed = feed_;
        maxStaleness = maxStaleness_;
        feedDecimals = d;
    }

    /// @inheritdoc IPriceOracle
    function tryPrice() external view returns (uint256 priceWad, bool valid) {
        bytes memory failure;
        (failure, priceWad) = _read();
        return failure.length == 0 ? (priceWad, true) : (0, false);
    }

    /// @inheritdoc IPriceOracle
    function price() external view returns (uint256 priceWad) {
        bytes memory failure;
        (failure, priceWad) = _read();
        if (failure.length != 0) {
            assembly ("memory-safe") {
                revert(add(failure, 32), mload(failure))
            }
        }
    }

    /// @dev Every check in one place: (empty, price) for a usable price, otherwise (the custom error's revert
    ///      data, 0), which price() re-throws and tryPrice() turns into valid = false.
    function _read() internal view returns (bytes memory failure, uint256 priceWad) {
        (bool ok, uint256 roundId, int256 answer, uint256 updatedAt, uint256 answeredInRound) = _latestRoundData();
        if (!ok) return (abi.encodeWithSelector(FeedCallFailed.selector), 0);
        if (answer <= 0) return (abi.encodeWithSelector(NonPositivePrice.selector, answer), 0);
        if (updatedAt == 0 || answeredInRound < roundId) {
            return (
                abi.encodeWithSelector(IncompleteRound.selector, uint80(roundId), uint80(answeredInRound), updatedAt), 0
            );
        }
        if (updatedAt > block.timestamp) {
            return (abi.encodeWithSelector(FuturePrice.selector, updatedAt, block.timestamp), 0);
        }
        if (block.timestamp - updatedAt > maxStaleness) {
            return (abi.encodeWithSelector(StalePrice.selector, updatedAt, maxStaleness, block.timestamp), 0);
        }
        priceWad = _toWad(uint256(answer));
        if (priceWad == 0) return (abi.encodeWithSelector(PriceOutOfRange.selector, answer), 0);
        return ("", priceWad);
    }

    /// @dev latestRoundData with at most FEED_GAS_LIMIT gas and at most 160 bytes of return data copied
    ///      (no return bomb). ok = false when the call fails, returns fewer than 160 bytes (an address
    ///      without code returns none), or a round id does not fit uint80.
    function _latestRoundData()
        internal
        view
        returns (bool ok, uint256 roundId, int256 answer, uint256 updatedAt, uint256 answeredInRound)
    {
        address target = address(feed);
        bytes4 selector = AggregatorV3Interface.latestRoundData.selector;
        uint256 gasLimit = FEED_GAS_LIMIT;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            ok := staticcall(gasLimit, target, ptr, 4, ptr, 160)
            ok := and(ok, iszero(lt(returndatasize(), 160)))
            roundId := mload(ptr)
            answer := mload(add(ptr, 32))
            updatedAt := mload(add(ptr, 96))
            answeredInRound := mload(add(ptr, 128))
        }
        if (roundId > type(uint80).max || answeredInRound > type(uint80).max) ok = false;
    }

    /// @dev Scales an answer to WAD; 0 (unusable) when it is below WAD precision (feeds with more than 18
    ///      decimals) or too large to scale.
    function _toWad(uint256 answer) internal view returns (uint256) {
        uint8 d = feedDecimals;
        if (d > WAD_DECIMALS) return answer / 10 ** (d - WAD_DECIMALS);
        uint256 factor = 10 ** (WAD_DECIMALS - d);
        return answer > type(uint256).max / factor ? 0 : answer * factor;
    }
}
