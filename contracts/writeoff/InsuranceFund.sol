// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title InsuranceFund
/// @notice First-loss capital of the lending pool, held in the debt asset. Filled by the pool's
///         reserve share of interest and by the liquidation-bonus cut of every liquidation (the Market
///         pays it into the pool's reserves; both arrive through `pool.skimReserves()`), and by anyone's
///         `deposit`. Only the Waterfall pays out: to cover
///         deficits and, from what is left, to pay keeper incentives.
/// @dev Inflows that arrive as plain transfers (skims, donations) are booked by `sync()`, which
///      every payout and deposit runs first, and which anyone may call. Hence, after any sync:
///      `balance() == totalInflows - totalOutflows`; between syncs the difference is inflow not yet booked.
contract InsuranceFund is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice The debt asset the fund holds.
    IERC20 public immutable asset;
    /// @notice The only account allowed to pay out (the Waterfall). Set once.
    address public waterfall;
    /// @notice Sum of everything ever booked into the fund.
    uint256 public totalInflows;
    /// @notice Sum of everything ever paid out of the fund.
    uint256 public totalOutflows;

    event WaterfallSet(address indexed waterfall);
    /// @notice `from` deposited `assets` through `deposit`; `balance` is the fund's balance after.
    event Deposited(address indexed from, uint256 assets, uint256 balance);
    /// @notice Transfers received without `deposit` (reserve skims, which carry the liquidation cuts, donations) were booked.
    event InflowBooked(uint256 assets, uint256 balance);
    /// @notice The Waterfall paid `assets` to `to`; `balance` is the fund's balance after.
    event Paid(address indexed to, uint256 assets, uint256 balance);

    error ZeroAddress();
    error ZeroAmount();
    error WaterfallAlreadySet(address waterfall);
    error NotWaterfall(address caller);
    error InsufficientFund(uint256 requested, uint256 balance);

    /// @param asset_ The debt asset (the pool's asset).
    /// @param admin Receives DEFAULT_ADMIN_ROLE (sets the Waterfall once).
    constructor(IERC20 asset_, address admin) {
        if (address(asset_) == address(0) || admin == address(0)) revert ZeroAddress();
        asset = asset_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets the Waterfall, the only payer. Callable once, by the admin.
    function setWaterfall(address waterfall_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (waterfall != address(0)) revert WaterfallAlreadySet(waterfall);
        if (waterfall_ == address(0)) revert ZeroAddress();
        waterfall = waterfall_;
        emit WaterfallSet(waterfall_);
    }

    /// @notice Adds `assets` of the debt asset to the fund (pulled from the caller; approve first).
    ///         Anyone may deposit; deposits give no claim on the fund.
    function deposit(uint256 assets) external nonReentrant {
        if (assets == 0) revert ZeroAmount();
        _sync();
        uint256 before = asset.balanceOf(address(this));
        asset.safeTransferFrom(msg.sender, address(this), assets);
        uint256 received = asset.balanceOf(address(this)) - before;
        totalInflows += received;
        emit Deposited(msg.sender, received, before + received);
    }

    /// @notice Books transfers received outside `deposit` as inflows. Anyone may call.
    /// @return booked The amount newly booked.
    function sync() external nonReentrant returns (uint256 booked) {
        return _sync();
    }

    /// @notice Pays `assets` to `to`. Only the Waterfall.
    function pay(address to, uint256 assets) external nonReentrant {
        if (msg.sender != waterfall) revert NotWaterfall(msg.sender);
        if (assets == 0) revert ZeroAmount();
        _sync();
        uint256 bal = asset.balanceOf(address(this));
        if (assets > bal) revert InsufficientFund(assets, bal);
        totalOutflows += assets;
        emit Paid(to, assets, bal - assets);
        asset.safeTransfer(to, assets);
    }

    /// @notice The fund's current balance, booked or not.
    function balance() external view returns (uint256) {
        return asset.balanceOf(address(this));
    }

    /// @notice Inflow not yet booked by `sync` (zero right after any sync).
    function unbooked() external view returns (uint256) {
        return asset.balanceOf(address(this)) - (totalInflows - totalOutflows);
    }

    function _sync() internal returns (uint256 booked) {
        uint256 bal = asset.balanceOf(address(this));
        booked = bal - (totalInflows - totalOutflows);
        if (booked != 0) {
            totalInflows += booked;
            emit InflowBooked(booked, bal);
        }
    }
}
