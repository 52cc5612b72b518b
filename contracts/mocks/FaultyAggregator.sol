// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title FaultyAggregator
/// @notice A Chainlink-shaped feed that misbehaves on demand, for oracle fault tests: latestRoundData
///         answers normally, reverts, returns short data, returns a round id wider than uint80, burns
///         all the gas it is given, returns a huge payload (return bomb), or returns a normal round id
///         with an answeredInRound wider than uint80. decimals() always works.
contract FaultyAggregator {
    enum Mode {
        Ok,
        Revert,
        ShortReturn,
        WideRoundId,
        BurnGas,
        ReturnBomb,
        WideAnsweredInRound
    }

    Mode public mode;
    int256 public answer;

    /// @param answer_ Answer (8 decimals) returned in Ok mode.
    constructor(int256 answer_) {
        answer = answer_;
    }

    /// @notice Feed decimals (always answers).
    function decimals() external pure returns (uint8) {
        return 8;
    }

    /// @notice Selects the fault.
    function setMode(Mode m) external {
        mode = m;
    }

    /// @notice latestRoundData, faulty as selected (hand-encoded so that any return shape is possible).
    fallback() external {
        Mode m = mode;
        int256 a = answer;
        uint256 ts = block.timestamp;
        assembly {
            switch m
            case 1 { revert(0, 0) }
            case 2 {
                mstore(0, 1)
                mstore(32, a)
                return(0, 64)
            }
            case 4 { for {} 1 {} {} }
            case 5 { return(0, 20000) }
            default {
                let id := 1
                if eq(m, 3) { id := shl(80, 1) }
                mstore(0, id)
                mstore(32, a)
                mstore(64, ts)
                mstore(96, ts)
                let answeredIn := id
                if eq(m, 6) { answeredIn := shl(80, 1) }
                mstore(128, answeredIn)
                return(0, 160)
            }
        }
    }
}
