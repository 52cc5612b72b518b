// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @dev The Market and MarketLens as the campaign calls them. The campaign does not import Market.sol: forge
///      compiles the Market via IR like Hardhat does (foundry.toml compilation_restrictions), and a test that
///      imported it would be compiled via IR too (slow under solcjs). Deployed with vm.deployCode; the
///      shapes below are the contracts' own (checked by the ABI encoding they decode).
interface IMarket {
    struct CollateralParams {
        uint64 maxLtv;
        uint64 liquidationThreshold;
        uint64 liquidationBonus;
        uint128 debtCeiling;
        uint128 dust;
    }

    struct Collateral {
        address token;
        uint8 decimals;
        address oracle;
        CollateralParams params;
        uint128 totalCollateral;
        uint128 totalScaledDebt;
    }

    struct Position {
        uint128 collateral;
        uint128 scaledDebt;
    }

    struct MarketParams {
        uint64 closeFactorHfThreshold;
        uint64 insuranceCut;
        uint128 smallPositionValue;
    }

    struct LiquidationOrder {
        uint32 collateralId;
        address owner;
        uint256 maxRepay;
    }

    struct LiquidationResult {
        uint8 status;
        uint256 repaid;
        uint256 seized;
        uint256 fee;
        uint256 deficitId;
        uint256 deficitAssets;
    }

    error ZeroAmount();
    error Unhealthy(uint256 debt, uint256 maxDebt);
    error DebtCeilingExceeded(uint256 totalDebt, uint256 debtCeiling);
    error DebtBelowDust(uint256 debt, uint256 dust);
    error MaxRepayTooLow(uint256 required, uint256 maxRepay);
    error PositionHealthy(uint256 healthFactor);

    function listCollateral(address token, address oracle, CollateralParams calldata params) external returns (uint32);
    function deposit(uint32 collateralId, address owner, uint256 amount) external;
    function open(uint32 collateralId, uint256 collateralAmount, uint256 borrowAssets, address receiver) external;
    function withdraw(uint32 collateralId, uint256 amount, address receiver) external;
    function borrow(uint32 collateralId, uint256 assets, address receiver) external;
    function repay(uint32 collateralId, address owner, uint256 assets) external returns (uint256 repaid);
    function close(uint32 collateralId, address receiver) external;
    function liquidate(uint32 collateralId, address owner, uint256 maxRepay) external returns (LiquidationResult memory);
    function liquidateBatch(LiquidationOrder[] calldata orders) external returns (LiquidationResult[] memory);
    function collateral(uint32 collateralId) external view returns (Collateral memory);
    function position(uint32 collateralId, address owner) external view returns (Position memory);
    function debtOf(uint32 collateralId, address owner) external view returns (uint256);
    function collateralValue(uint32 collateralId, uint256 amount) external view returns (uint256 value, bool valid);
    function healthFactor(uint32 collateralId, address owner) external view returns (uint256 hf, bool valid);
}

interface IMarketLens {
    struct PositionKey {
        uint32 collateralId;
        address owner;
    }

    struct PositionView {
        uint32 collateralId;
        address owner;
        uint256 collateral;
        uint256 scaledDebt;
        uint256 debt;
        uint256 collateralValue;
        uint256 healthFactor;
        uint256 maxBorrow;
        bool liquidatable;
        bool oracleValid;
    }

    function positions(PositionKey[] calldata keys) external view returns (PositionView[] memory views);
}
