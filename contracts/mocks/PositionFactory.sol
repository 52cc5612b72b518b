// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

interface IMintableToken {
    function mint(address to, uint256 amount) external;
    function approve(address spender, uint256 amount) external returns (bool);
}

interface IMarketOpen {
    function open(uint32 collateralId, uint256 collateralAmount, uint256 borrowAssets, address receiver) external;
}

/// @title BenchBorrower
/// @notice One borrower of the benchmark population (local chains only): mints itself mock collateral and opens
///         one position, owned by this contract's address. Used through EIP-1167 clones by PositionFactory.
contract BenchBorrower {
    /// @notice Mints `collateralAmount` of the mock `token`, approves `market` and opens a position borrowing
    ///         `borrowAssets` to `receiver`.
    function open(address market, address token, uint32 collateralId, uint256 collateralAmount, uint256 borrowAssets, address receiver)
        external
    {
        IMintableToken(token).mint(address(this), collateralAmount);
        IMintableToken(token).approve(market, collateralAmount);
        IMarketOpen(market).open(collateralId, collateralAmount, borrowAssets, receiver);
    }
}

/// @title PositionFactory
/// @notice Benchmark helper for local chains: opens many positions in one transaction, each from a fresh
///         minimal clone of BenchBorrower (a distinct owner address per position). Never deployed by deploy.js.
contract PositionFactory {
    /// @notice The BenchBorrower every clone delegates to.
    address public immutable implementation;

    /// @notice Number of borrowers created so far (also the salt of the next clone).
    uint256 public created;


    constructor() {
        implementation = address(new BenchBorrower());
    }

    /// @notice Opens `count` positions on `collateralId`, each with `collateralAmount` of the mock collateral
    ///         `token` and `borrowAssets` borrowed (sent to msg.sender).
    function openMany(address market, address token, uint32 collateralId, uint256 count, uint256 collateralAmount, uint256 borrowAssets)
        external
    {
        uint256 n = created;
        for (uint256 i = 0; i < count; ++i) {
            address borrower = Clones.cloneDeterministic(implementation, bytes32(n + i));
            BenchBorrower(borrower).open(market, token, collateralId, collateralAmount, borrowAssets, msg.sender);
        }
        created = n + count;
    }
}
