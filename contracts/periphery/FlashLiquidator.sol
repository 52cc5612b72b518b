// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IERC3156FlashLender} from "@openzeppelin/contracts/interfaces/IERC3156FlashLender.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";
import {ISwapRouter} from "@uniswap/v3-periphery/contracts/interfaces/ISwapRouter.sol";

import {Market} from "../core/Market.sol";
import {IFlashLiquidator} from "../interfaces/IFlashLiquidator.sol";

/// @title FlashLiquidator
/// @notice A keeper's liquidation contract that needs no inventory: see IFlashLiquidator.
/// @dev Where the loan comes from, and why: an ERC-3156 flash loan of the debt asset from `lender`, by default
///      the LendingPool itself, rather than a Uniswap v3 flash swap.
///      - The pool already holds the asset the liquidation repays, and the repayment flows straight back into
///        it: no third party's liquidity is needed, and the loan's fee is the pool's bounded flashFeeRate
///        (0 by default, at most 1%), credited to the insurance fund, instead of a DEX pool's swap fee
///        (0.05% to 1%, to outside LPs).
///      - A Uniswap flash swap must come from a pool the sale does not use (a pool is locked during its own
///        flash), so it would need a second (debt asset, X) pool at least as deep as the batch is large, on
///        every chain; every collateral pool is already used by the sales.
///      - The trade-off: the loan is bounded by the pool's cash, which is lowest when utilization is high. A
///        batch larger than the cash is split by the keeper; each batch repays into the pool and raises the
///        cash for the next.
///      Any other ERC-3156 lender of the debt asset (e.g. Maker's DssFlash for DAI) can be named instead.
///      The sale of each type goes through Uniswap's SwapRouter with no router-side minimum: the minimum out
///      (the Market's oracle value less slippageBps) is checked here, after the swap, so that a bad price ends
///      in this contract's own SaleBelowMinimum with its numbers rather than in the router's string revert.
///      A pool without enough liquidity in range fills only part of an exact-input swap; that is refused
///      (PartialFill) rather than leaving collateral here.
///      Allowances are exact and transient: the Market's is reset to zero after the batch, the router's is
///      consumed by the swap (a partial fill reverts), the lender's by its pull of the repayment.
contract FlashLiquidator is IFlashLiquidator, Ownable {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator of slippageBps.
    uint256 public constant BPS = 10_000;
    /// @notice Largest slippage bound a call may set: a sale may fetch no less than half the oracle value.
    uint256 public constant MAX_SLIPPAGE_BPS = 5_000;
    /// @dev ERC-3156: what onFlashLoan returns when it accepts a loan.
    bytes32 private constant _CALLBACK_SUCCESS = keccak256("ERC3156FlashBorrower.onFlashLoan");

    /// @notice The ERC-3156 lender of the debt asset (the LendingPool by default).
    IERC3156FlashLender public immutable lender;
    /// @notice The Market whose positions this contract liquidates.
    Market public immutable market;
    /// @notice Uniswap v3 SwapRouter the collateral is sold through.
    ISwapRouter public immutable router;
    /// @notice The Market's debt asset: what is borrowed, repaid and paid out as profit.
    IERC20 public immutable debtAsset;

    /// @param lender_ ERC-3156 lender of the Market's debt asset.
    /// @param market_ The Market.
    /// @param router_ Uniswap v3 SwapRouter.
    /// @param owner_ The keeper's account: the only caller of flashLiquidate and sweep, and the profit's receiver.
    constructor(IERC3156FlashLender lender_, Market market_, ISwapRouter router_, address owner_) Ownable(owner_) {
        if (address(lender_) == address(0) || address(market_) == address(0) || address(router_) == address(0)) {
            revert ZeroAddress();
        }
        lender = lender_;
        market = market_;
        router = router_;
        debtAsset = market_.debtAsset();
    }

    /// @inheritdoc IFlashLiquidator
    function flashLiquidate(
        Market.LiquidationOrder[] calldata orders,
        Sale[] calldata sales,
        uint256 borrowAmount,
        uint256 slippageBps,
        uint256 minProfit
    ) external onlyOwner returns (uint256 profit) {
        if (orders.length == 0 || borrowAmount == 0) revert NothingToLiquidate();
        if (slippageBps > MAX_SLIPPAGE_BPS) revert SlippageTooHigh(slippageBps, MAX_SLIPPAGE_BPS);
        lender.flashLoan(this, address(debtAsset), borrowAmount, abi.encode(orders, sales, slippageBps, minProfit));
        // The loan is repaid; everything left of the debt asset is the owner's (nothing stays here).
        profit = debtAsset.balanceOf(address(this));
        debtAsset.safeTransfer(msg.sender, profit);
    }

    /// @inheritdoc IERC3156FlashBorrower
    /// @dev Runs only inside this contract's own flashLiquidate: the caller must be the lender and the
    ///      initiator this contract (which only the owner can make start a loan).
    function onFlashLoan(address initiator, address token, uint256 amount, uint256 fee, bytes calldata data)
        external
        returns (bytes32)
    {
        if (msg.sender != address(lender)) revert UntrustedLender(msg.sender);
        if (initiator != address(this)) revert UntrustedInitiator(initiator);
        if (token != address(debtAsset)) revert WrongLoanToken(token);
        (uint256 spent, uint256 proceeds, uint256 minProfit) = _liquidateAndSell(amount, data);
        uint256 owed = amount + fee;
        uint256 available = debtAsset.balanceOf(address(this));
        if (available < owed) revert SaleShortfall(available, owed);
        uint256 profit = available - owed;
        if (profit < minProfit) revert ProfitTooLow(profit, minProfit);
        debtAsset.forceApprove(address(lender), owed);
        emit FlashLiquidated(amount, fee, spent, proceeds, profit);
        return _CALLBACK_SUCCESS;
    }

    /// @inheritdoc IFlashLiquidator
    function sweep(IERC20 token, address to) external onlyOwner returns (uint256 amount) {
        amount = token.balanceOf(address(this));
        emit Swept(address(token), to, amount);
        token.safeTransfer(to, amount);
    }

    /// @dev The batch (the Market may pull up to the whole loan) and the sales. Returns the debt asset the
    ///      Market took, what the sales brought, and the caller's minimum profit.
    function _liquidateAndSell(uint256 amount, bytes calldata data)
        private
        returns (uint256 spent, uint256 proceeds, uint256 minProfit)
    {
        Market.LiquidationOrder[] memory orders;
        Sale[] memory sales;
        uint256 slippageBps;
        (orders, sales, slippageBps, minProfit) = abi.decode(data, (Market.LiquidationOrder[], Sale[], uint256, uint256));
        uint256 before = debtAsset.balanceOf(address(this));
        debtAsset.forceApprove(address(market), amount);
        Market.LiquidationResult[] memory results = market.liquidateBatch(orders);
        debtAsset.forceApprove(address(market), 0);
        spent = before - debtAsset.balanceOf(address(this));
        proceeds = _sellAll(_seizedByType(orders, results), sales, slippageBps);
    }

    /// @dev Collateral seized per type (indexed by collateral id; slot 0 unused), from the batch's results.
    function _seizedByType(Market.LiquidationOrder[] memory orders, Market.LiquidationResult[] memory results)
        private
        view
        returns (uint256[] memory seized)
    {
        seized = new uint256[](uint256(market.collateralCount()) + 1);
        for (uint256 i; i < results.length; ++i) {
            // Only a liquidated entry seizes, and only for a listed id (an unknown one is skipped).
            if (results[i].status == Market.LiquidationStatus.Liquidated) {
                seized[orders[i].collateralId] += results[i].seized;
            }
        }
    }

    /// @dev Sells each type's seized total once (a later Sale of the same type finds nothing left) and
    ///      requires every seized type to have been sold. Returns the debt asset received.
    function _sellAll(uint256[] memory seized, Sale[] memory sales, uint256 slippageBps)
        private
        returns (uint256 proceeds)
    {
        for (uint256 i; i < sales.length; ++i) {
            uint32 id = sales[i].collateralId;
            if (id == 0 || id >= seized.length) revert UnknownCollateral(id);
            uint256 amountIn = seized[id];
            if (amountIn == 0) continue;
            seized[id] = 0;
            proceeds += _sell(id, sales[i].poolFee, amountIn, slippageBps);
        }
        for (uint256 id = 1; id < seized.length; ++id) {
            if (seized[id] != 0) revert CollateralNotSold(uint32(id), seized[id]);
        }
    }

    /// @dev One exact-input sale of `amountIn` collateral for the debt asset, checked against the oracle.
    function _sell(uint32 id, uint24 poolFee, uint256 amountIn, uint256 slippageBps)
        private
        returns (uint256 amountOut)
    {
        IERC20 token = market.collateral(id).token;
        (uint256 value, bool valid) = market.collateralValue(id, amountIn);
        if (!valid) revert OracleInvalid(id);
        // Rounded up: the bound is never looser than slippageBps.
        uint256 minOut = Math.mulDiv(value, BPS - slippageBps, BPS, Math.Rounding.Ceil);
        uint256 held = token.balanceOf(address(this));
        token.forceApprove(address(router), amountIn);
        amountOut = router.exactInputSingle(
            ISwapRouter.ExactInputSingleParams({
                tokenIn: address(token),
                tokenOut: address(debtAsset),
                fee: poolFee,
                recipient: address(this),
                deadline: block.timestamp,
                amountIn: amountIn,
                amountOutMinimum: 0, // checked below, with this contract's own error
                sqrtPriceLimitX96: 0
            })
        );
        uint256 unsold = token.balanceOf(address(this)) - (held - amountIn);
        if (unsold != 0) revert PartialFill(id, amountIn, unsold);
        if (amountOut < minOut) revert SaleBelowMinimum(id, amountOut, minOut);
        emit CollateralSold(id, address(token), amountIn, amountOut, minOut);
    }
}
