// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";

import {Market} from "../core/Market.sol";

/// @title IFlashLiquidator
/// @notice Liquidation without capital, in one transaction: flash-borrow the debt asset, Market.liquidateBatch,
///         sell each seized collateral type once on a Uniswap v3 pool (minimum out from the Market's oracle
///         price less a slippage bound), repay the loan with its fee, send what is left to the owner. It
///         reverts whole when the proceeds do not repay the loan or a sale falls below its minimum, and it
///         holds no tokens between transactions. Only its owner (the keeper's account) may run it.
interface IFlashLiquidator is IERC3156FlashBorrower {
    /// @notice Where one collateral type is sold: the Uniswap v3 pool of (collateral, debt asset) with fee tier
    ///         `poolFee` (hundredths of a bip: 500, 3000, 10000).
    struct Sale {
        uint32 collateralId;
        uint24 poolFee;
    }

    /// @notice One collateral type's seized total was sold: `amountIn` of `token` for `amountOut` of the debt
    ///         asset, against a minimum of `minOut` (oracle value less the slippage bound).
    event CollateralSold(
        uint32 indexed collateralId, address indexed token, uint256 amountIn, uint256 amountOut, uint256 minOut
    );
    /// @notice A flash liquidation completed: `borrowed` was lent for a `flashFee`; the Market took `spent`
    ///         (repayments plus its insurance fees); the sales brought `proceeds`; `profit` went to the owner.
    event FlashLiquidated(uint256 borrowed, uint256 flashFee, uint256 spent, uint256 proceeds, uint256 profit);
    /// @notice The owner took `amount` of `token` that was sent to this contract outside a flash liquidation.
    event Swept(address indexed token, address indexed to, uint256 amount);

    /// @notice A constructor address was zero.
    error ZeroAddress();
    /// @notice flashLiquidate was given no orders or a zero loan.
    error NothingToLiquidate();
    /// @notice slippageBps above MAX_SLIPPAGE_BPS.
    error SlippageTooHigh(uint256 slippageBps, uint256 maxSlippageBps);
    /// @notice onFlashLoan was called by `caller`, not the lender.
    error UntrustedLender(address caller);
    /// @notice onFlashLoan was started by `initiator`, not by this contract's flashLiquidate.
    error UntrustedInitiator(address initiator);
    /// @notice The lender lent `token`, not the debt asset.
    error WrongLoanToken(address token);
    /// @notice A sale names a collateral id the Market does not list.
    error UnknownCollateral(uint32 collateralId);
    /// @notice The Market reports no valid price for `collateralId`: no minimum out can be derived.
    error OracleInvalid(uint32 collateralId);
    /// @notice The pool took only part of the collateral: `unsold` of `amountIn` would stay here.
    error PartialFill(uint32 collateralId, uint256 amountIn, uint256 unsold);
    /// @notice A sale brought `amountOut`, below its minimum `minOut`.
    error SaleBelowMinimum(uint32 collateralId, uint256 amountOut, uint256 minOut);
    /// @notice `amount` of seized collateral `collateralId` has no Sale in the call.
    error CollateralNotSold(uint32 collateralId, uint256 amount);
    /// @notice After the sales the contract holds `available` of the debt asset; the loan needs `owed`.
    error SaleShortfall(uint256 available, uint256 owed);
    /// @notice The profit `profit` is below the caller's `minProfit`.
    error ProfitTooLow(uint256 profit, uint256 minProfit);

    /// @notice Flash-borrows `borrowAmount` of the debt asset from the lender, liquidates `orders` through
    ///         Market.liquidateBatch, sells every seized collateral type once (`sales`), repays the loan plus
    ///         its fee and sends the rest of the debt asset to the owner. Reverts whole when any sale is
    ///         below oracle value × (1 − slippageBps / 10,000), when a seized type has no sale, when the
    ///         proceeds do not repay the loan, or when the profit is below `minProfit`. Owner only.
    /// @param orders Positions and per-position repay caps, as for Market.liquidateBatch (skipped entries are
    ///        skipped, as there).
    /// @param sales The pool to sell each collateral type on; entries for types nothing was seized from are
    ///        ignored.
    /// @param borrowAmount Debt asset to borrow: at least what the batch repays plus its insurance fees (the
    ///        Market's previewLiquidation gives both); what the batch does not use is repaid unspent.
    /// @param slippageBps Largest shortfall of a sale below the oracle value, in basis points.
    /// @param minProfit Least debt asset the owner must receive.
    /// @return profit Debt asset sent to the owner.
    function flashLiquidate(
        Market.LiquidationOrder[] calldata orders,
        Sale[] calldata sales,
        uint256 borrowAmount,
        uint256 slippageBps,
        uint256 minProfit
    ) external returns (uint256 profit);

    /// @notice Sends this contract's whole balance of `token` (sent here by mistake) to `to`. Owner only.
    /// @param token Token to sweep.
    /// @param to Receiver.
    /// @return amount What was sent.
    function sweep(IERC20 token, address to) external returns (uint256 amount);
}
