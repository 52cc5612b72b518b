// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {CheatCodes, FuzzSelector} from "./Vm.sol";
import {IMarket, IMarketLens} from "./IMarket.sol";
import {WriteOffHandler} from "./WriteOffHandler.sol";

/// @title Write-off invariants (Foundry, stateful)
/// @notice One campaign over the whole system (WriteOffHandler). The handler checks the per-call properties on
///         every call and books what breaks; this contract's invariant reads those books and the state properties
///         (accounting, tokens) every `check_interval` calls (foundry.toml) and at the end of each run.
///         - Accounting closes to the unit: sum of position scaled debts == pool.totalScaledDebt, per type too;
///           totalLent == totalDebt + uncoveredDeficit; sum of position debts (each rounded up) + uncovered
///           deficit is totalLent to within one unit per position; the aggregate equals the model (recorded +
///           rewards − recovered − written off) and openDebt + settledDebt; totalAssets == cash + totalDebt −
///           reserves − lockedRecovery (clamped).
///         - Every token held is accounted for: pool balance − cash == donations; fund balance == its modelled
///           inflows − outflows; the Market holds exactly its positions' collateral; recovery-token supply ==
///           tokens sold; the Waterfall and the auction hold nothing.
///         - The share price never rises from a loss (a deficit lowers totalAssets by exactly its size, up to
///           the liquidation's rounding in the LPs' favour; a keeper step by exactly its reward; a take not
///           at all); entries and exits never lower the price per share; time never does.
///         - The waterfall's order holds: a step runs only when due; a step not due is refused with
///           StepDue(the due step); the due step always runs; takes fill only a live auction at or above
///           its floor, within the open debt.
///         - Every step pays its caller exactly previewStep's reward, at most rewardCap and maxRewardShare of
///           what it moves.
///         - Nothing reverts that should not: entries within maxDeposit/maxMint, exits of exactly
///           maxWithdraw/maxRedeem, closing, repaying in full, liquidating a liquidatable position with an
///           unbounded cap, a batch, the due write-off step.
///         - The third review's findings, fixed, stay fixed (issue 18):
///           N-01: entries are open exactly while uncoveredDeficit <= recoveryInSight (and the pool is not
///           wiped); a refused deposit or mint reverts; no entrant captures auction proceeds for debt it did
///           not pay for (bound: one base unit per take, plus one).
///           N-02: borrowing all the cash for one block moves neither recoveryInSight nor entryAssets (beyond
///           the borrow's rounding) nor whether entries are open.
///           N-03: settle (and a take that ends its auction) hands on exactly the auction's own debt left
///           (its target less takes and covers since it started, modelled) and settle's reward; deficits
///           recorded later wait for a fresh auction; Waterfall.auctionDebt equals the model.
///           N-04: settle's reward is at most maxRewardShare of that own debt.
///           N-06: a debt-asset transfer hook reading the share price mid-entry or mid-exit sees the price
///           before or after the call, never a half-booked one.
///         The invariant reports the first message of each broken property.
abstract contract WriteOffCampaign is CheatCodes {
    WriteOffHandler internal h;

    function setUp() public virtual {
        h = new WriteOffHandler();
    }

    function targetContracts() public view returns (address[] memory t) {
        t = new address[](1);
        t[0] = address(h);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory s) {
        bytes4[] memory sel = new bytes4[](22);
        sel[0] = WriteOffHandler.lpEnter.selector;
        sel[1] = WriteOffHandler.lpExit.selector;
        sel[2] = WriteOffHandler.borrowerOpen.selector;
        sel[3] = WriteOffHandler.borrowerOpen.selector; // borrowing twice as often: crashes need debt
        sel[4] = WriteOffHandler.borrowerRepay.selector;
        sel[5] = WriteOffHandler.borrowerWithdraw.selector;
        sel[6] = WriteOffHandler.borrowerClose.selector;
        sel[7] = WriteOffHandler.movePrice.selector;
        sel[8] = WriteOffHandler.movePrice.selector;
        sel[9] = WriteOffHandler.warp.selector;
        sel[10] = WriteOffHandler.biddersAbsent.selector;
        sel[11] = WriteOffHandler.liquidate.selector;
        sel[12] = WriteOffHandler.liquidateBatch.selector;
        sel[13] = WriteOffHandler.fundInflow.selector;
        sel[14] = WriteOffHandler.dueStep.selector;
        sel[15] = WriteOffHandler.dueStep.selector;
        sel[16] = WriteOffHandler.anyStep.selector;
        sel[17] = WriteOffHandler.donate.selector;
        sel[18] = WriteOffHandler.skim.selector;
        sel[19] = WriteOffHandler.governReserveFactor.selector;
        sel[20] = WriteOffHandler.borrowAllCash.selector;
        sel[21] = WriteOffHandler.oracleOutage.selector;
        s = new FuzzSelector[](1);
        s[0] = FuzzSelector(address(h), sel);
    }

    function _noViolation(bytes32 kind, string memory what) internal view {
        if (h.violations(kind) != 0) {
            revert(string.concat(what, " (", vm.toString(h.violations(kind)), "x): ", h.firstViolation(kind)));
        }
    }

    /// @notice Coverage of the run (printed with -vv): how often each action ran, was refused or skipped.
    function afterInvariant() public view {
        (bytes32[] memory names, uint256[] memory counts) = h.actions();
        for (uint256 i; i < names.length; ++i) _log(string.concat(_str(names[i]), " ", vm.toString(counts[i])));
        _log(string.concat("largest N-01 capture by an entrant (base units): ", vm.toString(h.maxCapturedByAnEntrant())));
    }

    /// @dev console.log(string) without forge-std: a static call to the console address, which forge reads.
    function _log(string memory s) internal view {
        bytes memory payload = abi.encodeWithSignature("log(string)", s);
        address console = 0x000000000000000000636F6e736F6c652e6c6f67;
        assembly {
            pop(staticcall(gas(), console, add(payload, 32), mload(payload), 0, 0))
        }
    }

    function _str(bytes32 b) internal pure returns (string memory) {
        uint256 n;
        while (n < 32 && b[n] != 0) ++n;
        bytes memory out = new bytes(n);
        for (uint256 i; i < n; ++i) out[i] = b[i];
        return string(out);
    }
}

contract WriteOffInvariants is WriteOffCampaign {
    /// @notice Every property of the campaign (in one function: forge runs each invariant function as its own
    ///         campaign, so they are checked together here).
    function invariant_writeOffSystem() public view {
        _noViolation("revert", "nothing reverts that should not");
        _noViolation("accounting", "accounting");
        _noViolation("lossPrice", "share price");
        _noViolation("order", "waterfall order");
        _noViolation("reward", "step reward");
        _noViolation("entry", "entry");
        _noViolation("exit", "exit");
        _noViolation("N-01", "N-01 (entries during an auction)");
        _noViolation("N-02", "N-02 (hidden reserves)");
        _noViolation("N-03", "N-03 (settle hands on only its auction's debt)");
        _noViolation("N-04", "N-04 (settle's reward on what it moves)");
        _noViolation("N-06", "N-06 (read-only re-entrancy)");
        _accountingClosesToTheUnit();
        _everyTokenAccountedFor();
    }

    function _accountingClosesToTheUnit() internal view {
        IMarket market = h.market();
        IMarketLens.PositionView[] memory v = h.lens().positions(h.positionKeys());
        uint256 sumScaled;
        uint256 sumDebt;
        uint256[4] memory scaledByType;
        uint256[4] memory collByType;
        for (uint256 i; i < v.length; ++i) {
            sumScaled += v[i].scaledDebt;
            sumDebt += v[i].debt;
            scaledByType[v[i].collateralId] += v[i].scaledDebt;
            collByType[v[i].collateralId] += v[i].collateral;
        }
        (uint256 uncovered, uint256 totalLent, uint256 totalDebt) =
            (h.pool().uncoveredDeficit(), h.pool().totalLent(), h.pool().totalDebt());
        _eq(sumScaled, h.pool().totalScaledDebt(), "sum of position scaled debts != pool.totalScaledDebt");
        for (uint32 c = 1; c <= 3; ++c) {
            IMarket.Collateral memory col = market.collateral(c);
            _eq(scaledByType[c], col.totalScaledDebt, "a type's scaled debt != its positions'");
            _eq(collByType[c], col.totalCollateral, "a type's collateral != its positions'");
        }
        _eq(totalLent, totalDebt + uncovered, "totalLent != totalDebt + uncoveredDeficit");
        require(sumDebt + uncovered >= totalLent && sumDebt + uncovered <= totalLent + v.length, "position debts + deficits != totalLent (beyond one unit per position)");
        _eq(uncovered + h.recovered() + h.writtenOff(), h.recorded() + h.rewards(), "uncoveredDeficit != recorded + rewards - recovered - written off");
        uint256 settled = h.waterfall().settledDebt();
        require(settled <= uncovered, "settledDebt above the aggregate");
        if (h.waterfall().liveAuctionId() != 0) _eq(settled, 0, "debt settled while an auction is live");
        else _eq(h.waterfall().auctionDebt(), 0, "auctionDebt without a live auction");
        require(h.waterfall().auctionDebt() <= uncovered, "the live auction's own debt above the aggregate");
        uint256 gross = h.pool().cash() + totalDebt;
        uint256 held = h.pool().reserves() + h.pool().lockedRecovery();
        _eq(h.pool().totalAssets(), gross > held ? gross - held : 0, "totalAssets != cash + debt - reserves - locked");
        require(h.pool().lockedRecovery() <= h.recovered(), "more locked than ever recovered");
    }

    function _everyTokenAccountedFor() internal view {
        IERC20 usdc = IERC20(address(h.usdc()));
        _eq(usdc.balanceOf(address(h.pool())) - h.pool().cash(), h.donations(), "pool balance - cash != donations");
        _eq(usdc.balanceOf(address(h.fund())), h.fundIn() - h.fundOut(), "fund balance != inflows - outflows");
        _eq(h.fund().totalOutflows(), h.fundOut(), "fund.totalOutflows != modelled outflows");
        _eq(usdc.balanceOf(address(h.waterfall())) + usdc.balanceOf(address(h.auction())), 0, "the Waterfall or the auction holds debt asset");
        for (uint32 c = 1; c <= 3; ++c) {
            _eq(IERC20(address(h.tokens(c))).balanceOf(address(h.market())), h.market().collateral(c).totalCollateral, "the Market's collateral balance != its positions'");
        }
        _eq(h.ksr().totalSupply(), h.minted(), "recovery token supply != tokens sold");
    }

    function _eq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) revert(string.concat(what, ": ", vm.toString(a), " != ", vm.toString(b)));
    }
}
