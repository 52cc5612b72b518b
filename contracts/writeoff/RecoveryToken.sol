// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title RecoveryToken
/// @notice The recovery/governance token the protocol sells in bad-debt auctions. Its supply only
///         grows through auctions: the sole minter is the DebtAuction, set once by the deployer and
///         never changeable afterwards, so no key can dilute holders outside the auction rules
///         (per-auction mint cap, floor price, deadline).
contract RecoveryToken is ERC20 {
    /// @notice The account allowed to call `setMinter` once (the deployer).
    address public immutable minterSetter;
    /// @notice The only account allowed to mint (the DebtAuction). Zero until set.
    address public minter;

    event MinterSet(address indexed minter);

    error NotMinterSetter(address caller);
    error MinterAlreadySet(address minter);
    error ZeroAddress();
    error NotMinter(address caller);

    /// @notice The deployer becomes `minterSetter`, allowed to name the minter once.
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {
        minterSetter = msg.sender;
    }

    /// @notice Sets the sole minter. Callable once, by the deployer.
    /// @param minter_ The DebtAuction.
    function setMinter(address minter_) external {
        if (msg.sender != minterSetter) revert NotMinterSetter(msg.sender);
        if (minter != address(0)) revert MinterAlreadySet(minter);
        if (minter_ == address(0)) revert ZeroAddress();
        minter = minter_;
        emit MinterSet(minter_);
    }

    /// @notice Mints `amount` to `to`. Only the minter (the DebtAuction) may call.
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        _mint(to, amount);
    }
}
