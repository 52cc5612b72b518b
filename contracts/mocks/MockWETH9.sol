// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MockWETH9
/// @notice The native-currency wrapper Uniswap v3's periphery is built with (SwapRouter, QuoterV2 and the
///         position manager take its address). Local chains only: deploy-scripts/dex.js deploys it for them.
///         Not the WETH collateral, which is a MockERC20; the keeper's sales never touch native ETH.
contract MockWETH9 is ERC20 {
    /// @notice Native currency could not be sent back on withdraw.
    error NativeTransferFailed(address to, uint256 amount);

    constructor() ERC20("Wrapped Ether (periphery)", "WETH9") {}

    /// @notice Wraps the native currency sent along.
    receive() external payable {
        _mint(msg.sender, msg.value);
    }

    /// @notice Wraps the native currency sent along.
    function deposit() external payable {
        _mint(msg.sender, msg.value);
    }

    /// @notice Unwraps `amount` back to native currency.
    function withdraw(uint256 amount) external {
        _burn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert NativeTransferFailed(msg.sender, amount);
    }
}
