// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AggregatorV3Interface} from "./interfaces/AggregatorV3Interface.sol";
import {IPriceOracle} from "../interfaces/IPriceOracle.sol";

/// @title ChainlinkOracle
/// @notice Adapts one Chainlink AggregatorV3 feed (collateral / debt-asset quote, e.g. ETH/USD used
///         as ETH/USDC) to a WAD price with sanity checks. A price is unusable when:
///           - the feed call reverts (feed deprecated or misconfigured),
///           - answer <= 0,
///           - the round is incomplete (updatedAt == 0 or answeredInRound < roundId),
///           - updatedAt lies in the future, or is older than maxStaleness.
/// @dev Deliberately no L2 sequencer-uptime check and no fallback: on an L2, deploy behind a
///      sequencer-aware wrapper; an unusable price is reported (tryPrice -> valid=false) and the
///      Market enters its documented oracle-invalid mode instead of using a bad number.
///      The debt asset is valued at the feed's quote currency (a stablecoin at par); a composite
///      oracle (collateral/USD ÷ USDC/USD) can implement IPriceOracle without Market changes.
contract ChainlinkOracle is IPriceOracle {
    uint256 public constant MIN_STALENESS = 1 minutes;
    uint256 public constant MAX_STALENESS = 7 days;
    uint8 private constant WAD_DECIMALS = 18;
    uint8 private constant MAX_FEED_DECIMALS = 36;

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

    /// @param feed_ The Chainlink aggregator (or a MockAggregator locally).
    /// @param maxStaleness_ Seconds after which an answer is stale, within [MIN_STALENESS, MAX_STALENESS].
    constructor(AggregatorV3Interface feed_, uint256 maxStaleness_) {
        if (address(feed_) == address(0)) revert ZeroFeed();
        if (maxStaleness_ < MIN_STALENESS || maxStaleness_ > MAX_STALENESS) {
            revert StalenessOutOfBounds(maxStaleness_, MIN_STALENESS, MAX_STALENESS);
        }
        uint8 d = feed_.decimals();
        if (d > MAX_FEED_DECIMALS) revert FeedDecimalsUnsupported(d);
        feed = feed_;
        maxStaleness = maxStaleness_;
        feedDecimals = d;
    }

    /// @inheritdoc IPriceOracle
    function tryPrice() external view returns (uint256 priceWad, bool valid) {
        (bytes4 err, uint256 p) = _read();
        return err == bytes4(0) ? (p, true) : (0, false);
    }

    /// @inheritdoc IPriceOracle
    function price() external view returns (uint256 priceWad) {
        try feed.latestRoundData() returns (
            uint80 roundId, int256 answer, uint256, uint256 updatedAt, uint80 answeredInRound
        ) {
            if (answer <= 0) revert NonPositivePrice(answer);
            if (updatedAt == 0 || answeredInRound < roundId) revert IncompleteRound(roundId, answeredInRound, updatedAt);
            if (updatedAt > block.timestamp) revert FuturePrice(updatedAt, block.timestamp);
            if (block.timestamp - updatedAt > maxStaleness) revert StalePrice(updatedAt, maxStaleness, block.timestamp);
            return _toWad(uint256(answer));
        } catch {
            revert FeedCallFailed();
        }
    }

    /// @dev Returns (selector of the failure, 0) or (0, price).
    function _read() internal view returns (bytes4 err, uint256 priceWad) {
        try feed.latestRoundData() returns (
            uint80 roundId, int256 answer, uint256, uint256 updatedAt, uint80 answeredInRound
        ) {
            if (answer <= 0) return (NonPositivePrice.selector, 0);
            if (updatedAt == 0 || answeredInRound < roundId) return (IncompleteRound.selector, 0);
            if (updatedAt > block.timestamp) return (FuturePrice.selector, 0);
            if (block.timestamp - updatedAt > maxStaleness) return (StalePrice.selector, 0);
            return (bytes4(0), _toWad(uint256(answer)));
        } catch {
            return (FeedCallFailed.selector, 0);
        }
    }

    function _toWad(uint256 answer) internal view returns (uint256) {
        uint8 d = feedDecimals;
        if (d <= WAD_DECIMALS) return answer * 10 ** (WAD_DECIMALS - d);
        return answer / 10 ** (d - WAD_DECIMALS);
    }
}
