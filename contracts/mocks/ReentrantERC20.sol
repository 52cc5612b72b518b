// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantERC20
/// @notice Test-only token whose transfers call back into a target (like ERC-777 hooks), to prove
///         that every token-moving entry point is guarded against re-entrancy.
contract ReentrantERC20 is ERC20 {
    address public hookTarget;
    bytes public hookData;
    bool private _inHook;

    constructor() ERC20("Reentrant", "REENT") {}

    /// @notice Mints `amount` to `to` (unrestricted test faucet).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Every later transfer calls `target` with `data` once, bubbling up any revert.
    function setHook(address target, bytes calldata data) external {
        hookTarget = target;
        hookData = data;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hookTarget == address(0) || _inHook || from == address(0)) return;
        _inHook = true;
        (bool ok, bytes memory ret) = hookTarget.call(hookData);
        _inHook = false;
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
