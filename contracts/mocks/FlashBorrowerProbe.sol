// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC3156FlashBorrower} from "@openzeppelin/contracts/interfaces/IERC3156FlashBorrower.sol";
import {IERC3156FlashLender} from "@openzeppelin/contracts/interfaces/IERC3156FlashLender.sol";

/// @title FlashBorrowerProbe
/// @notice ERC-3156 borrower for tests only: inside the loan it makes a scripted list of calls (deposit,
///         withdraw, borrow, nested loans, views), logging each call's return data, then approves the
///         repayment (unless told not to) and answers with a configurable value.
contract FlashBorrowerProbe is IERC3156FlashBorrower {
    /// @notice One scripted call.
    struct Call {
        address target;
        bytes data;
    }

    Call[] private _calls;
    bytes32 public answer = keccak256("ERC3156FlashBorrower.onFlashLoan");
    bool public approveRepayment = true;

    /// @notice The `index`-th scripted call returned `result` inside the loan.
    event Observed(uint256 indexed index, bytes result);

    /// @notice Replaces the script run inside the next loans.
    function setCalls(Call[] calldata calls) external {
        delete _calls;
        for (uint256 i; i < calls.length; ++i) _calls.push(calls[i]);
    }

    /// @notice What onFlashLoan answers and whether it approves the lender to pull the repayment.
    function configure(bytes32 answer_, bool approveRepayment_) external {
        answer = answer_;
        approveRepayment = approveRepayment_;
    }

    /// @notice Any call as this contract (set-up: approvals, deposits).
    function execute(address target, bytes calldata data) external returns (bytes memory) {
        return _call(target, data);
    }

    /// @notice Starts a loan of `amount` of `token` from `lender`.
    function borrow(IERC3156FlashLender lender, address token, uint256 amount) external {
        lender.flashLoan(this, token, amount, "");
    }

    /// @inheritdoc IERC3156FlashBorrower
    function onFlashLoan(address, address token, uint256 amount, uint256 fee, bytes calldata)
        external
        returns (bytes32)
    {
        for (uint256 i; i < _calls.length; ++i) emit Observed(i, _call(_calls[i].target, _calls[i].data));
        if (approveRepayment) IERC20(token).approve(msg.sender, amount + fee);
        return answer;
    }

    function _call(address target, bytes memory data) private returns (bytes memory ret) {
        bool ok;
        (ok, ret) = target.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
