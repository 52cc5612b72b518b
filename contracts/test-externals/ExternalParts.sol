// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Parts that already exist on a real network, written by others, compiled here only so the deployment
// rehearsal (tests/contracts/Deploy.rehearsal.test.js) can put them on a local chain before our deploy runs:
// Chainlink's own MockV3Aggregator as the price feeds and OpenZeppelin's TimelockController as the admin.
import {MockV3Aggregator} from "@chainlink/contracts/src/v0.8/tests/MockV3Aggregator.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FixedSupplyToken
/// @notice A plain OpenZeppelin ERC20 with a fixed supply minted once and no owner: the shape of USDC or WETH as
///         our deploy meets them (no public mint), with any decimals (6 like USDC, 18 like WETH).
contract FixedSupplyToken is ERC20 {
    uint8 private immutable _decimals;

    /// @param supply Whole supply in base units, minted to the deployer.
    constructor(string memory name_, string memory symbol_, uint8 decimals_, uint256 supply) ERC20(name_, symbol_) {
        _decimals = decimals_;
        _mint(msg.sender, supply);
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }
}
