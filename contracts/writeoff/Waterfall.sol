// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ILendingPool} from "../interfaces/ILendingPool.sol";
import {ParameterBounds} from "../libraries/ParameterBounds.sol";
import {WadRayMath} from "../libraries/WadRayMath.sol";
import {InsuranceFund} from "./InsuranceFund.sol";
import {DebtAuction} from "./DebtAuction.sol";

/// @title Waterfall
/// @notice The bad-debt write-off state machine. Every deficit the pool records is extinguished in a
///         fixed order that no parameter can change:
///           1. Cover      — the InsuranceFund pays what it can (first loss);
///           2. Auction    — the rest is refilled by a Dutch auction of newly minted RecoveryTokens;
///           3. Socialize  — what the auction did not raise is written off against the LPs, O(1).
///         Every step is callable by anyone; a step called out of order reverts with
///         `StepDue(deficitId, step)` naming the step that is due. Steps that earn no liquidation
///         bonus (cover, start, settle, socialize) pay the caller `min(tip + chip * amount, rewardCap)`
///         from the fund, zero when the fund is empty (the step still runs).
/// @dev No escape by exiting first: the pool removes a deficit from totalAssets the moment the
///      liquidation records it, so share price, convertToAssets, previewRedeem and maxWithdraw
///      already exclude it. An LP who leaves before socialization takes the same haircut as one who
///      stays; cover and auction proceeds raise the price for whoever holds shares when they arrive.
///      Socialization then changes no price (the loss is already priced in); it only clears the ledger.
///      Alternatives we rejected: (a) pricing the loss only at socialization (Maker's `sin` queue,
///      Aave v3 deficit) lets informed LPs exit at the pre-loss price and leaves the loss to those who
///      stay; (b) a withdrawal freeze while deficits are open locks honest LPs' liquidity during the
///      very stress they need it in; (c) a pending-loss "haircut escrow" per LP needs a loop over LPs
///      or per-LP checkpoints. Price-in-immediately is O(1), fair by construction and needs no freeze.
///
///      "The fund has money for the deficit" means its balance (after pulling the pool's reserves)
///      is at least `min(minCover, remaining)`: a trickle of interest income below `minCover` cannot
///      livelock socialization, and it stays in the fund as the keeper-reward float.
contract Waterfall is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;

    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice What a deficit needs next. `None`: nothing (fully repaid or written off).
    ///         `Take`: its auction is live, bidders may take; nothing else is due until it stops selling.
    enum Step {
        None,
        Cover,
        StartAuction,
        Take,
        Settle,
        Socialize
    }

    /// @notice Where a deficit is in the waterfall (the pool holds the amounts).
    enum Phase {
        Open, // not auctioned yet (cover may run)
        Auctioning, // an auction was started and not settled
        AuctionSettled, // the auction ended with debt left: cover (if the fund refilled) or socialize
        Closed // repaid in full or written off
    }

    struct DeficitState {
        Phase phase;
        uint64 auctionId;
    }

    /// @notice One open deficit, for keepers and frontends.
    struct DeficitView {
        uint256 deficitId;
        uint256 remaining;
        uint256 original;
        uint32 collateralId;
        address borrower;
        Phase phase;
        Step next;
        uint256 auctionId;
    }

    /// @notice One live auction (started, not settled), for keepers and frontends.
    struct AuctionView {
        uint256 auctionId;
        uint256 deficitId;
        uint256 price; // curve price now, WAD debt-asset units per whole token
        uint256 floor;
        uint256 lotLeft; // tokens it may still mint
        uint256 minted;
        uint256 raised;
        uint256 debtLeft; // deficit still to raise
        uint64 deadline;
        bool canSell; // false: stale (floor, deadline or lot) -> settle is due
    }

    /// @notice The whole waterfall in one call.
    struct State {
        uint256 uncoveredDeficit; // pool total
        uint256 fundBalance; // insurance fund balance now
        uint256 skimmableReserves; // what the next step will pull from the pool into the fund
        uint256 deficitCount; // ids are 1..deficitCount
        DeficitView[] deficits; // open deficits in the requested range
        AuctionView[] auctions; // their live auctions
    }

    /// @notice Bounds of the governance parameters, in whole debt-asset units where amounts.
    uint256 public constant MAX_TIP_UNITS = 1_000;
    uint256 public constant MAX_REWARD_CAP_UNITS = 10_000;
    uint256 public constant MAX_CHIP = 0.01e18; // 1% of the amount the step moves
    /// @dev minCover is a keeper-reward float, not a lever: at most the reward cap's scale, so governance
    ///      cannot leave a well-funded insurance fund idle while a deficit goes to auction and socialization.
    uint256 public constant MAX_MIN_COVER_UNITS = MAX_REWARD_CAP_UNITS;

    ILendingPool public immutable pool;
    IERC20 public immutable asset;
    InsuranceFund public immutable fund;
    DebtAuction public immutable auction;
    /// @notice 10 ** asset decimals, to scale the unit bounds.
    uint256 public immutable unit;

    /// @notice Fixed keeper reward per step (debt-asset units).
    uint256 public tip;
    /// @notice Proportional keeper reward (WAD fraction of the amount the step moves).
    uint256 public chip;
    /// @notice Upper bound of one step's reward (debt-asset units).
    uint256 public rewardCap;
    /// @notice The fund "has money for a deficit" when its balance >= min(minCover, remaining).
    uint256 public minCover;

    mapping(uint256 deficitId => DeficitState) internal _states;
    mapping(uint256 auctionId => uint256 deficitId) public deficitOfAuction;

    event IncentivesSet(uint256 tip, uint256 chip, uint256 rewardCap);
    event MinCoverSet(uint256 minCover);
    event Covered(
        uint256 indexed deficitId, address indexed keeper, uint256 covered, uint256 remaining, uint256 reward
    );
    event AuctionStarted(
        uint256 indexed deficitId, uint256 indexed auctionId, address indexed keeper, uint256 target, uint256 reward
    );
    event AuctionTaken(
        uint256 indexed deficitId,
        uint256 indexed auctionId,
        address indexed taker,
        uint256 tokens,
        uint256 paid,
        uint256 remaining
    );
    event AuctionSettled(
        uint256 indexed deficitId,
        uint256 indexed auctionId,
        address indexed keeper,
        uint256 raised,
        uint256 remaining,
        uint256 reward
    );
    event Socialized(
        uint256 indexed deficitId, address indexed keeper, uint256 assets, uint256 lossPerShareWad, uint256 reward
    );
    event DeficitClosed(uint256 indexed deficitId, Step lastStep);

    error ZeroAddress();
    error StepDue(uint256 deficitId, Step due);
    error UnknownDeficit(uint256 deficitId);
    error AuctionNotLive(uint256 auctionId);

    /// @param pool_ The LendingPool (must grant this contract WRITE_OFF_ROLE).
    /// @param fund_ The InsuranceFund (its payer must be set to this contract).
    /// @param auction_ The DebtAuction (its driver must be set to this contract).
    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    /// @param tip_ Initial fixed keeper reward (debt-asset units).
    /// @param chip_ Initial proportional keeper reward (WAD).
    /// @param rewardCap_ Initial cap of one step's reward (debt-asset units).
    /// @param minCover_ Initial fund threshold (see `minCover`).
    constructor(
        ILendingPool pool_,
        InsuranceFund fund_,
        DebtAuction auction_,
        address admin,
        uint256 tip_,
        uint256 chip_,
        uint256 rewardCap_,
        uint256 minCover_
    ) {
        if (address(pool_) == address(0) || address(fund_) == address(0) || address(auction_) == address(0)) {
            revert ZeroAddress();
        }
        if (admin == address(0)) revert ZeroAddress();
        pool = pool_;
        asset = IERC20(pool_.asset());
        fund = fund_;
        auction = auction_;
        unit = 10 ** IERC20Metadata(address(asset)).decimals();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(GOVERNOR_ROLE, admin);
        _setIncentives(tip_, chip_, rewardCap_);
        _setMinCover(minCover_);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the keeper incentive: reward = min(tip + chip * amount, rewardCap), from the fund.
    /// @param tip_ Fixed part, at most MAX_TIP_UNITS whole units and at most rewardCap_.
    /// @param chip_ Proportional part (WAD), at most MAX_CHIP.
    /// @param rewardCap_ Cap per step, at most MAX_REWARD_CAP_UNITS whole units.
    function setIncentives(uint256 tip_, uint256 chip_, uint256 rewardCap_) external onlyRole(GOVERNOR_ROLE) {
        _setIncentives(tip_, chip_, rewardCap_);
    }

    /// @notice Sets the fund balance that counts as "money for a deficit" (with the deficit's remainder).
    /// @param minCover_ Between one base unit and MAX_MIN_COVER_UNITS whole units.
    function setMinCover(uint256 minCover_) external onlyRole(GOVERNOR_ROLE) {
        _setMinCover(minCover_);
    }

    // ---------------------------------------------------------------- steps

    /// @notice Step 1: the insurance fund repays deficit `deficitId` as far as it can. Due whenever the
    ///         deficit is open and the fund (after pulling the pool's reserves) has money for it; also
    ///         while an auction runs (the auction keeps selling what is left, or ends if nothing is).
    ///         The fund's money goes to the deficit first; the caller's reward only from what is left.
    /// @return covered Debt asset paid into the pool.
    /// @return reward Paid to the caller.
    function cover(uint256 deficitId) external nonReentrant returns (uint256 covered, uint256 reward) {
        _checkDeficit(deficitId);
        pool.skimReserves();
        uint256 balance = fund.balance();
        uint256 remaining = _remaining(deficitId);
        if (remaining == 0 || !_fundCanCover(balance, remaining)) {
            revert StepDue(deficitId, _nextStep(deficitId, remaining, balance));
        }
        covered = Math.min(balance, remaining);
        reward = Math.min(_incentive(covered), balance - covered);
        uint256 left = remaining - covered;

        emit Covered(deficitId, msg.sender, covered, left, reward);
        if (left == 0) {
            // Fully repaid: a running auction (refilled fund mid-auction) has nothing left to sell.
            DeficitState storage s = _states[deficitId];
            if (s.phase == Phase.Auctioning) {
                uint256 raised = auction.close(s.auctionId);
                emit AuctionSettled(deficitId, s.auctionId, msg.sender, raised, 0, 0);
            }
            s.phase = Phase.Closed;
            emit DeficitClosed(deficitId, Step.Cover);
        }

        fund.pay(address(this), covered);
        _repay(deficitId, covered);
        if (reward != 0) fund.pay(msg.sender, reward);
    }

    /// @notice Step 2a: starts the debt auction for deficit `deficitId`. Due once the fund has no money
    ///         for it and no auction ran yet.
    /// @return auctionId The new auction.
    /// @return reward Paid to the caller.
    function startAuction(uint256 deficitId) external nonReentrant returns (uint256 auctionId, uint256 reward) {
        (uint256 balance, uint256 remaining) = _requireDue(deficitId, Step.StartAuction);

        auctionId = auction.kick(deficitId, remaining);
        DeficitState storage s = _states[deficitId];
        s.phase = Phase.Auctioning;
        s.auctionId = uint64(auctionId);
        deficitOfAuction[auctionId] = deficitId;
        reward = _payReward(_incentive(remaining), balance, remaining);
        emit AuctionStarted(deficitId, auctionId, msg.sender, remaining, reward);
    }

    /// @notice Step 2b: buys up to `maxTokens` RecoveryTokens from auction `auctionId` at its current
    ///         price if that is at most `maxPrice`; pays the debt asset (pulled from the caller, approve
    ///         this contract; rounded up) straight into the pool against the deficit. Never fills below
    ///         the floor, at or after the deadline, or for zero.
    /// @param receiver Receives the tokens.
    /// @return tokens Tokens minted to `receiver`.
    /// @return paid Debt asset paid.
    function take(uint256 auctionId, uint256 maxTokens, uint256 maxPrice, address receiver)
        external
        nonReentrant
        returns (uint256 tokens, uint256 paid)
    {
        uint256 deficitId = deficitOfAuction[auctionId];
        DeficitState storage s = _states[deficitId];
        if (deficitId == 0 || s.phase != Phase.Auctioning) revert AuctionNotLive(auctionId);
        uint256 remaining = _remaining(deficitId);
        (tokens, paid) = auction.take(auctionId, maxTokens, maxPrice, remaining, receiver);
        uint256 left = remaining - paid;
        emit AuctionTaken(deficitId, auctionId, msg.sender, tokens, paid, left);

        // An auction that has sold out (deficit refilled or mint cap used) is settled in the same call.
        if (left == 0 || !auction.canSell(auctionId, left)) {
            s.phase = left == 0 ? Phase.Closed : Phase.AuctionSettled;
            uint256 raised = auction.close(auctionId);
            emit AuctionSettled(deficitId, auctionId, msg.sender, raised, left, 0);
            if (left == 0) emit DeficitClosed(deficitId, Step.Take);
        }

        asset.safeTransferFrom(msg.sender, address(this), paid);
        _repay(deficitId, paid);
    }

    /// @notice Step 2c: ends auction `auctionId` once it can no longer sell (price under its floor,
    ///         deadline passed, or mint cap used). Its unraised remainder moves on to socialization
    ///         (or to cover first, if the fund has been refilled meanwhile).
    /// @return reward Paid to the caller.
    function settle(uint256 auctionId) external nonReentrant returns (uint256 reward) {
        uint256 deficitId = deficitOfAuction[auctionId];
        DeficitState storage s = _states[deficitId];
        if (deficitId == 0 || s.phase != Phase.Auctioning) revert AuctionNotLive(auctionId);
        uint256 remaining = _remaining(deficitId);
        if (auction.canSell(auctionId, remaining)) revert StepDue(deficitId, Step.Take);

        s.phase = remaining == 0 ? Phase.Closed : Phase.AuctionSettled;
        uint256 raised = auction.close(auctionId);
        reward = _payReward(_incentive(raised), fund.balance(), remaining);
        emit AuctionSettled(deficitId, auctionId, msg.sender, raised, remaining, reward);
        if (remaining == 0) emit DeficitClosed(deficitId, Step.Settle);
    }

    /// @notice Step 3: writes what remains of deficit `deficitId` off against the LP vault, O(1) (no
    ///         loop over LPs; the loss was priced into the shares when the deficit was recorded).
    ///         Due only after the auction was settled and while the fund has no money for the deficit.
    /// @return assets Debt written off.
    /// @return reward Paid to the caller.
    function socialize(uint256 deficitId) external nonReentrant returns (uint256 assets, uint256 reward) {
        (uint256 balance, uint256 remaining) = _requireDue(deficitId, Step.Socialize);

        _states[deficitId].phase = Phase.Closed;
        assets = pool.writeOffDeficit(deficitId);
        uint256 supply = pool.totalSupply();
        uint256 lossPerShareWad = supply == 0 ? 0 : assets.mulDivUp(WadRayMath.WAD, supply);
        reward = _payReward(_incentive(assets), balance, assets);
        emit Socialized(deficitId, msg.sender, assets, lossPerShareWad, reward);
        emit DeficitClosed(deficitId, Step.Socialize);
    }

    // ---------------------------------------------------------------- views

    /// @notice The step deficit `deficitId` needs next, as the next transaction would see it
    ///         (the pool's skimmable reserves counted into the fund).
    function nextStep(uint256 deficitId) external view returns (Step) {
        _checkDeficit(deficitId);
        return _nextStep(deficitId, _remaining(deficitId), fund.balance() + _skimmable());
    }

    /// @notice Where deficit `deficitId` is in the waterfall, and its auction (0 if none).
    function deficitState(uint256 deficitId) external view returns (Phase phase, uint256 auctionId) {
        DeficitState memory s = _states[deficitId];
        return (s.phase, s.auctionId);
    }

    /// @notice The reward a step moving `amount` would pay now, before the fund balance limit.
    function incentive(uint256 amount) external view returns (uint256) {
        return _incentive(amount);
    }

    /// @notice The whole waterfall: totals, fund, every open deficit with its next step, and every
    ///         live auction with its current price and remaining lot. For long histories use
    ///         `waterfallStatePage`.
    function waterfallState() external view returns (State memory) {
        return waterfallStatePage(1, type(uint256).max);
    }

    /// @notice `waterfallState` restricted to deficit ids `fromId .. fromId + count - 1`.
    function waterfallStatePage(uint256 fromId, uint256 count) public view returns (State memory st) {
        st.uncoveredDeficit = pool.uncoveredDeficit();
        st.fundBalance = fund.balance();
        st.skimmableReserves = _skimmable();
        st.deficitCount = pool.deficitCount();
        if (fromId == 0) fromId = 1;
        uint256 end = st.deficitCount;
        if (fromId > end) return st;
        if (end - fromId + 1 > count) end = fromId + count - 1;

        uint256 fundAvailable = st.fundBalance + st.skimmableReserves;
        DeficitView[] memory ds = new DeficitView[](end - fromId + 1);
        AuctionView[] memory as_ = new AuctionView[](end - fromId + 1);
        uint256 nd;
        uint256 na;
        for (uint256 id = fromId; id <= end; ++id) {
            ILendingPool.Deficit memory d = pool.deficit(id);
            DeficitState memory s = _states[id];
            if (d.remaining == 0 && s.phase != Phase.Auctioning) continue;
            ds[nd++] = DeficitView({
                deficitId: id,
                remaining: d.remaining,
                original: d.original,
                collateralId: d.collateralId,
                borrower: d.borrower,
                phase: s.phase,
                next: _nextStep(id, d.remaining, fundAvailable),
                auctionId: s.auctionId
            });
            if (s.phase == Phase.Auctioning) as_[na++] = _auctionView(s.auctionId, id, d.remaining);
        }
        assembly ("memory-safe") {
            mstore(ds, nd)
            mstore(as_, na)
        }
        st.deficits = ds;
        st.auctions = as_;
    }

    // ---------------------------------------------------------------- internals

    /// @dev The fixed order. Reads only; callers pass the fund balance they will act on.
    function _nextStep(uint256 deficitId, uint256 remaining, uint256 fundBalance) internal view returns (Step) {
        DeficitState memory s = _states[deficitId];
        bool live = s.phase == Phase.Auctioning && auction.canSell(s.auctionId, remaining);
        if (s.phase == Phase.Auctioning && !live) return Step.Settle;
        if (remaining == 0) return Step.None;
        if (_fundCanCover(fundBalance, remaining)) return Step.Cover;
        if (s.phase == Phase.Open) return Step.StartAuction;
        if (live) return Step.Take;
        return Step.Socialize;
    }

    /// @dev The order gate of startAuction and socialize: pulls the pool's reserves into the fund first (so
    ///      money set aside for it counts), then reverts StepDue unless `step` is the one due.
    /// @return balance The fund balance the step acts on.
    /// @return remaining What is left of the deficit.
    function _requireDue(uint256 deficitId, Step step) internal returns (uint256 balance, uint256 remaining) {
        _checkDeficit(deficitId);
        pool.skimReserves();
        balance = fund.balance();
        remaining = _remaining(deficitId);
        Step due = _nextStep(deficitId, remaining, balance);
        if (due != step) revert StepDue(deficitId, due);
    }

    function _fundCanCover(uint256 balance, uint256 remaining) internal view returns (bool) {
        return balance != 0 && balance >= Math.min(minCover, remaining);
    }

    function _incentive(uint256 amount) internal view returns (uint256) {
        return Math.min(tip + amount.wadMulDown(chip), rewardCap);
    }

    /// @dev Pays the caller min(reward, what the fund can spare); zero when the fund is empty. While the fund
    ///      has money for the deficit, it can spare only what lies above min(minCover, remaining): a reward
    ///      never turns "cover is due" into "socialize" (the fund stays first loss).
    function _payReward(uint256 reward, uint256 balance, uint256 remaining) internal returns (uint256 paid) {
        uint256 spare = _fundCanCover(balance, remaining) ? balance - Math.min(minCover, remaining) : balance;
        paid = Math.min(reward, spare);
        if (paid != 0) fund.pay(msg.sender, paid);
    }

    function _repay(uint256 deficitId, uint256 assets) internal {
        asset.forceApprove(address(pool), assets);
        pool.repayDeficit(deficitId, assets);
    }

    function _remaining(uint256 deficitId) internal view returns (uint256) {
        return pool.deficit(deficitId).remaining;
    }

    function _skimmable() internal view returns (uint256) {
        return pool.insuranceFund() == address(fund) ? Math.min(pool.reserves(), pool.cash()) : 0;
    }

    function _checkDeficit(uint256 deficitId) internal view {
        if (deficitId == 0 || deficitId > pool.deficitCount()) revert UnknownDeficit(deficitId);
    }

    function _auctionView(uint256 auctionId, uint256 deficitId, uint256 debtLeft)
        internal
        view
        returns (AuctionView memory v)
    {
        DebtAuction.Auction memory a = auction.auction(auctionId);
        v = AuctionView({
            auctionId: auctionId,
            deficitId: deficitId,
            price: auction.price(auctionId),
            floor: a.floor,
            lotLeft: a.mintCap - a.minted,
            minted: a.minted,
            raised: a.raised,
            debtLeft: debtLeft,
            deadline: a.deadline,
            canSell: auction.canSell(auctionId, debtLeft)
        });
    }

    function _setIncentives(uint256 tip_, uint256 chip_, uint256 rewardCap_) internal {
        ParameterBounds.check("rewardCap", rewardCap_, 0, MAX_REWARD_CAP_UNITS * unit);
        ParameterBounds.check("tip", tip_, 0, Math.min(MAX_TIP_UNITS * unit, rewardCap_));
        ParameterBounds.check("chip", chip_, 0, MAX_CHIP);
        tip = tip_;
        chip = chip_;
        rewardCap = rewardCap_;
        emit IncentivesSet(tip_, chip_, rewardCap_);
    }

    function _setMinCover(uint256 minCover_) internal {
        ParameterBounds.check("minCover", minCover_, 1, MAX_MIN_COVER_UNITS * unit);
        minCover = minCover_;
        emit MinCoverSet(minCover_);
    }

}
