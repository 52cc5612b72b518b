// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev The forge cheatcodes this campaign uses, declared here because forge-std (npm 1.1.2) needs ds-test,
///      which is not served to these machines. Signatures as in forge-std's Vm.sol.
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function warp(uint256 newTimestamp) external;
    function prank(address msgSender) external;
    function startPrank(address msgSender) external;
    function stopPrank() external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory logs);
    function deployCode(string calldata artifactPath, bytes calldata constructorArgs) external returns (address);
    function toString(uint256 value) external pure returns (string memory);
    function toString(bytes calldata value) external pure returns (string memory);
}

/// @dev forge's invariant runner reads these shapes from the test contract (forge-std's StdInvariant).
struct FuzzSelector {
    address addr;
    bytes4[] selectors;
}

abstract contract CheatCodes {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
}
