// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AggregatorV3Interface} from "../oracle/interfaces/AggregatorV3Interface.sol";

/// @title MockAggregator
/// @notice Chainlink-compatible feed whose owner sets the answer: for local chains and testnets.
///         setAnswer starts a fresh, complete round stamped now; setRoundData writes any round
///         (stale, incomplete, negative) to exercise oracle sanity checks.
contract MockAggregator is AggregatorV3Interface, Ownable {
    struct Round {
        int256 answer;
        uint256 startedAt;
        uint256 updatedAt;
        uint80 answeredInRound;
    }

    uint8 public immutable override decimals;
    string public override description;
    uint80 public latestRound;
    mapping(uint80 roundId => Round) private _rounds;

    /// @notice Emitted on every new round.
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    error NoData(uint80 roundId);

    /// @param decimals_ Feed decimals (Chainlink USD feeds use 8).
    /// @param description_ E.g. "ETH / USD".
    /// @param initialAnswer First answer, stamped at deployment.
    constructor(uint8 decimals_, string memory description_, int256 initialAnswer) Ownable(msg.sender) {
        decimals = decimals_;
        description = description_;
        _newRound(initialAnswer, block.timestamp);
    }

    /// @notice Starts a new complete round with `answer`, updated now.
    /// @param answer The new price in feed decimals.
    function setAnswer(int256 answer) external onlyOwner {
        _newRound(answer, block.timestamp);
    }

    /// @notice Writes an arbitrary round and makes it the latest (for sanity-check tests).
    /// @param roundId Round to write; becomes latestRound.
    /// @param answer Price in feed decimals (may be <= 0).
    /// @param startedAt Round start time.
    /// @param updatedAt Round update time (0 = incomplete).
    /// @param answeredInRound Round in which the answer was computed.
    function setRoundData(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
        external
        onlyOwner
    {
        _rounds[roundId] = Round(answer, startedAt, updatedAt, answeredInRound);
        latestRound = roundId;
        emit AnswerUpdated(answer, roundId, updatedAt);
    }

    /// @notice Chainlink's version number for this interface.
    function version() external pure override returns (uint256) {
        return 4;
    }

    /// @notice Data of `roundId`; reverts NoData for a round never written.
    function getRoundData(uint80 roundId)
        external
        view
        override
        returns (uint80, int256, uint256, uint256, uint80)
    {
        Round memory r = _rounds[roundId];
        if (r.startedAt == 0 && r.updatedAt == 0 && r.answer == 0) revert NoData(roundId);
        return (roundId, r.answer, r.startedAt, r.updatedAt, r.answeredInRound);
    }

    /// @notice Data of the latest round.
    function latestRoundData() external view override returns (uint80, int256, uint256, uint256, uint80) {
        uint80 id = latestRound;
        Round memory r = _rounds[id];
        return (id, r.answer, r.startedAt, r.updatedAt, r.answeredInRound);
    }

    function _newRound(int256 answer, uint256 timestamp) internal {
        uint80 id = latestRound + 1;
        _rounds[id] = Round(answer, timestamp, timestamp, id);
        latestRound = id;
        emit AnswerUpdated(answer, id, timestamp);
    }
}
