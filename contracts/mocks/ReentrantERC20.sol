// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantERC20
/// @notice Malicious debt-asset-like token for re-entrancy tests only: once armed, the next transfer
///         calls `target` with `data` (e.g. Waterfall.take / cover / socialize) before it completes,
///         and bubbles up the callee's revert so a test can assert exactly which guard stopped it.
contract ReentrantERC20 is ERC20 {
    uint8 private immutable _decimals;
    address public target;
    bytes public data;

    /// @notice The re-entrant call was made (its revert is bubbled; success emits this).
    event ReentryAttempted(address indexed target, bool success);

    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    /// @notice Token decimals as configured at deployment.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints `amount` to `to`. Unrestricted: a test faucet.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the hook: the next transfer calls `target_` with `data_` once.
    function arm(address target_, bytes calldata data_) external {
        target = target_;
        data = data_;
    }

    function _update(address from, address to, uint256 value) internal override {
        address t = target;
        if (t != address(0) && from != address(0) && to != address(0)) {
            target = address(0); // one shot
            (bool ok, bytes memory ret) = t.call(data);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 32), mload(ret))
                }
            }
            emit ReentryAttempted(t, ok);
        }
        super._update(from, to, value);
    }
}
