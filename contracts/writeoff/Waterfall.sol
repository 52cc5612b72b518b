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
/// @notice The bad-debt write-off state machine. It works on the pool's aggregate deficit (every
///         recorded deficit and keeper reward not yet repaid or written off), never deficit by deficit,
///         so a crash with any number of deficits is written off in a fixed number of transactions, in
///         an order no parameter can change:
///           1. Cover      — the InsuranceFund pays what it can of the whole open total (first loss);
///           2. Auction    — one Dutch auction of newly minted RecoveryTokens sells for the rest
///                           (startAuction, take, settle);
///           3. Socialize  — what the auction did not raise is written off against the LPs, O(1).
///         Every step is callable by anyone; a step called out of order reverts `StepDue(step)` naming
///         the step that is due. Keeper steps (cover, startAuction, settle, socialize) pay the caller
///         `min(tip + chip * amount, rewardCap, maxRewardShare * amount)` from the pool's cash, whatever
///         the fund holds; the reward joins the aggregate deficit and is recovered like it (see README).
/// @dev No escape by exiting first: the pool removes a deficit from totalAssets the moment the
///      liquidation records it. No capture by entering after the loss: the pool prices entries at
///      totalAssets + lockedRecovery + recoveryInSight. Socialization changes no price; it clears the
///      aggregate. Deficits recorded while an auction is live may be bought down by its takes (its debt
///      left is the open aggregate, bounded by its mint cap; its price and deadline do not move), but when it
///      ends only its own debt (auctionDebt: its target less what takes and covers paid since it started)
///      moves to settledDebt; later debt waits for a fresh auction and is never socialized without one.
///
///      "The fund has money for the debt" means its balance (after pulling the pool's reserves) is at
///      least `min(minCover, uncoveredDeficit)`: a trickle of interest income below `minCover` cannot
///      livelock the waterfall. That float is not kept idle: startAuction and socialize sweep it into the
///      pool first, so every unit the fund holds reaches the debt before any of it is auctioned or
///      socialized.
contract Waterfall is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using WadRayMath for uint256;

    bytes32 public constant GOVERNOR_ROLE = keccak256("GOVERNOR_ROLE");

    /// @notice What the waterfall needs next (one value for the whole aggregate):
    ///         None (nothing uncovered), Cover (the fund has money for the debt), StartAuction (open debt,
    ///         no auction, nothing awaiting socialization), Take (an auction is live and can sell: bidders
    ///         only, nothing for keepers), Settle (the live auction can no longer sell), Socialize (an
    ///         auction ended with debt left and the fund has no money for it).
    enum Step {
        None,
        Cover,
        StartAuction,
        Take,
        Settle,
        Socialize
    }

    /// @notice Where the aggregate is: Idle (nothing uncovered), Open (uncovered, no auction live, nothing
    ///         settled), Auctioning (an auction is live, selling or stale), Settled (an auction ended with
    ///         debt left: `settledDebt` awaits socialization, or cover if the fund refilled).
    enum Phase {
        Idle,
        Open,
        Auctioning,
        Settled
    }

    /// @notice One write-off round: from the moment the aggregate was last zero until it is zero again.
    ///         Deficit ids `firstDeficitId..lastDeficitId` were recorded in it. covered + raised +
    ///         socialized == the round's deficits + rewards once it is closed.
    struct Round {
        uint64 firstDeficitId;
        uint64 lastDeficitId; // 0 while open
        uint64 openedAt;
        uint64 closedAt; // 0 while open
        uint128 covered; // paid by the insurance fund
        uint128 raised; // paid by auction bidders
        uint128 socialized; // written off against the LPs (rewards of settle/socialize included)
        uint128 rewards; // keeper rewards paid (part of the three amounts above)
        uint256 lossIndexAtOpen; // pool.cumulativeLossPerShareWad() when it opened
        uint256 recoveryIndexAtOpen; // pool.cumulativeRecoveryPerShareWad() when it opened
    }

    /// @notice The live auction, for keepers and frontends (auctionId 0: none).
    struct AuctionView {
        uint256 auctionId;
        uint256 price; // curve price now, WAD debt-asset units per whole token (1 USDC/KSR = 1e24)
        uint256 floor; // same units; no fill below it
        uint256 lotLeft; // tokens it may still mint (18 decimals)
        uint256 minted;
        uint256 raised; // debt asset raised so far
        uint256 debtLeft; // what it still sells for: the open aggregate deficit
        uint64 deadline; // no fill at or after this timestamp
        bool canSell; // false: stale (floor, deadline or lot used) -> Settle is due
    }

    /// @notice The whole waterfall in one O(1) call.
    struct State {
        Step next; // the step due now (as the next transaction would see it)
        Phase phase;
        uint256 nextAmount; // what that step moves (Take: the debt the auction still sells for)
        uint256 nextReward; // what it pays its caller (exactly, pool cash permitting; 0 for Take/None)
        uint256 uncoveredDeficit; // pool aggregate = openDebt + settledDebt
        uint256 openDebt; // to cover or auction (what a live auction sells for)
        uint256 settledDebt; // left by an ended auction: socialize (or cover if the fund refilled)
        uint256 fundBalance; // insurance fund balance now
        uint256 skimmableReserves; // what the next step pulls from the pool into the fund
        uint256 lockedRecovery; // pool recoveries still unlocking
        uint256 deficitCount; // pool deficit ids are 1..deficitCount
        uint256 roundId; // the open round
        Round round; // its totals so far
        AuctionView auction; // the live auction (auctionId 0 if none)
    }

    /// @notice Bounds of the governance parameters, in whole debt-asset units where amounts.
    uint256 public constant MAX_TIP_UNITS = 1_000;
    uint256 public constant MAX_REWARD_CAP_UNITS = 10_000;
    uint256 public constant MAX_CHIP = 0.01e18; // 1% of the amount the step moves
    /// @notice A reward is never more than this share of what its step moves (dust cannot farm tips).
    uint256 public constant MAX_REWARD_SHARE_BOUND = 0.2e18;
    /// @dev minCover is a livelock guard, not a lever: at most the reward cap's scale.
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
    /// @notice Upper bound of one step's reward as a WAD share of the amount the step moves.
    uint256 public maxRewardShare;
    /// @notice The fund "has money for the debt" when its balance >= min(minCover, uncoveredDeficit).
    uint256 public minCover;

    /// @notice The live auction's id (0 if none).
    uint64 public liveAuctionId;
    /// @notice The open round's id (rounds are 1..currentRound).
    uint64 public currentRound;
    /// @notice Debt an ended auction did not raise, awaiting socialization (0 while an auction is live).
    uint128 public settledDebt;
    /// @notice What the live auction still answers for: its target, less what takes raised and the fund
    ///         covered since it started (0 when none is live). Debt recorded after it started is not its own:
    ///         when it ends, only this much moves to settledDebt; later debt waits for a fresh auction (N-03).
    uint256 public auctionDebt;
    mapping(uint256 roundId => Round) internal _rounds;

    event IncentivesSet(uint256 tip, uint256 chip, uint256 rewardCap, uint256 maxRewardShare);
    event MinCoverSet(uint256 minCover);
    /// @notice The fund paid `covered` into the pool (`reward` to the keeper, paid by the pool and part of
    ///         the debt covered); `remaining` is the aggregate left.
    event Covered(uint256 indexed roundId, address indexed keeper, uint256 covered, uint256 remaining, uint256 reward);
    event AuctionStarted(
        uint256 indexed roundId, uint256 indexed auctionId, address indexed keeper, uint256 target, uint256 reward
    );
    event AuctionTaken(
        uint256 indexed roundId,
        uint256 indexed auctionId,
        address indexed taker,
        uint256 tokens,
        uint256 paid,
        uint256 remaining
    );
    /// @notice Auction `auctionId` ended having raised `raised`; `remaining` moved to settledDebt.
    event AuctionSettled(
        uint256 indexed roundId,
        uint256 indexed auctionId,
        address indexed keeper,
        uint256 raised,
        uint256 remaining,
        uint256 reward
    );
    /// @notice `assets` (reward included) written off against the LPs. `lossPerShareWad`: what one share
    ///         held since the round opened has lost to the round's bad debt, net of every recovery so far,
    ///         in whole debt-asset units per whole share, WAD (0.165 USDC per share = 0.165e18).
    event Socialized(
        uint256 indexed roundId, address indexed keeper, uint256 assets, uint256 reward, uint256 lossPerShareWad
    );
    /// @notice Round `roundId` ended (the aggregate reached zero); deficits firstDeficitId..lastDeficitId
    ///         ended pro rata to covered / raised / socialized.
    event RoundClosed(
        uint256 indexed roundId,
        uint256 firstDeficitId,
        uint256 lastDeficitId,
        uint256 covered,
        uint256 raised,
        uint256 socialized,
        uint256 rewards,
        uint256 lossPerShareWad
    );

    error ZeroAddress();
    /// @notice The called step is not the one due; `due` is.
    error StepDue(Step due);
    /// @notice `auctionId` is not the live auction.
    error AuctionNotLive(uint256 auctionId);
    error UnknownDeficit(uint256 deficitId);

    /// @param pool_ The LendingPool (its `setWriteOff(this, fund_)` must be called).
    /// @param fund_ The InsuranceFund (its payer must be set to this contract).
    /// @param auction_ The DebtAuction (its driver must be set to this contract).
    /// @param admin Receives DEFAULT_ADMIN_ROLE and GOVERNOR_ROLE.
    /// @param tip_ Initial fixed keeper reward (debt-asset units).
    /// @param chip_ Initial proportional keeper reward (WAD).
    /// @param rewardCap_ Initial cap of one step's reward (debt-asset units).
    /// @param maxRewardShare_ Initial cap of one step's reward as a share of what it moves (WAD).
    /// @param minCover_ Initial fund threshold (see `minCover`).
    constructor(
        ILendingPool pool_,
        InsuranceFund fund_,
        DebtAuction auction_,
        address admin,
        uint256 tip_,
        uint256 chip_,
        uint256 rewardCap_,
        uint256 maxRewardShare_,
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
        _setIncentives(tip_, chip_, rewardCap_, maxRewardShare_);
        _setMinCover(minCover_);
        _openRound(1, 1);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the keeper incentive: reward = min(tip + chip * amount, rewardCap, maxRewardShare * amount).
    /// @param tip_ Fixed part, at most MAX_TIP_UNITS whole units and at most rewardCap_.
    /// @param chip_ Proportional part (WAD), at most MAX_CHIP.
    /// @param rewardCap_ Cap per step, at most MAX_REWARD_CAP_UNITS whole units.
    /// @param maxRewardShare_ Cap as a share of the amount moved (WAD), at most MAX_REWARD_SHARE_BOUND.
    function setIncentives(uint256 tip_, uint256 chip_, uint256 rewardCap_, uint256 maxRewardShare_)
        external
        onlyRole(GOVERNOR_ROLE)
    {
        _setIncentives(tip_, chip_, rewardCap_, maxRewardShare_);
    }

    /// @notice Sets the fund balance that counts as "money for the debt" (with the debt itself).
    /// @param minCover_ Between one base unit and MAX_MIN_COVER_UNITS whole units.
    function setMinCover(uint256 minCover_) external onlyRole(GOVERNOR_ROLE) {
        _setMinCover(minCover_);
    }

    // ---------------------------------------------------------------- steps

    /// @notice Step 1: the insurance fund repays as much of the whole aggregate deficit as it holds (after
    ///         pulling the pool's reserves). Due whenever the fund has money for the debt — before any other
    ///         step, also while an auction is live (it then sells for less; it ends if nothing is left).
    ///         The caller's reward is paid by the pool and added to the debt before the fund pays, so the
    ///         fund covers the reward first; with settled debt waiting, the reward joins it and the fund's
    ///         payment reduces it first.
    /// @return covered Debt asset the fund paid into the pool.
    /// @return reward Paid to the caller.
    function cover() external nonReentrant returns (uint256 covered, uint256 reward) {
        (uint256 balance, uint256 uncovered) = _requireDue(Step.Cover);
        reward = _coverReward(balance, uncovered, pool.cash());
        uncovered += reward;
        covered = Math.min(balance, uncovered);
        uncovered -= covered;

        uint256 roundId = currentRound;
        Round storage r = _rounds[roundId];
        r.covered += uint128(covered);
        r.rewards += uint128(reward);
        uint256 settled = settledDebt;
        if (settled != 0) {
            // Debt an auction already failed to raise: the reward joins it (no new auction for a reward),
            // and the fund's payment reduces it first.
            settled += reward;
            settledDebt = uint128(settled > covered ? settled - covered : 0);
        }
        emit Covered(roundId, msg.sender, covered, uncovered, reward);

        uint256 live = liveAuctionId;
        if (live != 0) {
            // The fund pays the oldest debt first: the live auction's own.
            uint256 own = auctionDebt;
            auctionDebt = own > covered ? own - covered : 0;
        }
        if (live != 0 && uncovered == 0) {
            // The fund refilled everything the live auction was selling for: it ends.
            liveAuctionId = 0;
            uint256 raised = auction.close(live);
            emit AuctionSettled(roundId, live, msg.sender, raised, 0, 0);
        }
        if (reward != 0) pool.payReward(msg.sender, reward);
        fund.pay(address(this), covered);
        _repay(covered);
        if (uncovered == 0) _closeRound(roundId);
    }

    /// @notice Step 2a: starts one auction for the whole open deficit. Due when the fund has no money for
    ///         the debt, no auction is live and nothing awaits socialization. The fund's float (below
    ///         min(minCover, debt)) is swept into the pool first; the caller's reward is paid by the pool and
    ///         added to what the auction must raise.
    /// @return auctionId The new auction.
    /// @return target What it sells for at start (the open debt after the sweep, reward included).
    /// @return reward Paid to the caller.
    function startAuction() external nonReentrant returns (uint256 auctionId, uint256 target, uint256 reward) {
        (uint256 swept, uint256 uncovered) = _requireDue(Step.StartAuction);
        target = uncovered - swept; // swept < min(minCover, uncovered)
        reward = _rewardAt(target, pool.cash() + swept);
        target += reward;

        uint256 roundId = currentRound;
        Round storage r = _rounds[roundId];
        r.covered += uint128(swept);
        r.rewards += uint128(reward);
        auctionId = auction.kick(target);
        liveAuctionId = uint64(auctionId);
        auctionDebt = target;
        if (swept != 0) emit Covered(roundId, msg.sender, swept, uncovered - swept, 0);
        emit AuctionStarted(roundId, auctionId, msg.sender, target, reward);

        if (swept != 0) {
            fund.pay(address(this), swept);
            _repay(swept);
        }
        if (reward != 0) pool.payReward(msg.sender, reward);
    }

    /// @notice Step 2b: buys up to `maxTokens` RecoveryTokens from the live auction `auctionId` at its
    ///         current price if that is at most `maxPrice`; pays the debt asset (pulled from the caller,
    ///         approve this contract; rounded up) straight into the pool. Never fills below the floor, at or
    ///         after the deadline, for zero, or for more than the open aggregate deficit. An auction that
    ///         has sold everything (or its mint cap) ends in the same call.
    /// @param receiver Receives the tokens.
    /// @return tokens Tokens minted to `receiver`.
    /// @return paid Debt asset paid.
    function take(uint256 auctionId, uint256 maxTokens, uint256 maxPrice, address receiver)
        external
        nonReentrant
        returns (uint256 tokens, uint256 paid)
    {
        if (auctionId == 0 || auctionId != liveAuctionId) revert AuctionNotLive(auctionId);
        uint256 uncovered = pool.uncoveredDeficit();
        (tokens, paid) = auction.take(auctionId, maxTokens, maxPrice, uncovered, receiver);
        uint256 left = uncovered - paid;
        uint256 roundId = currentRound;
        _rounds[roundId].raised += uint128(paid);
        emit AuctionTaken(roundId, auctionId, msg.sender, tokens, paid, left);

        uint256 own = auctionDebt;
        own = own > paid ? own - paid : 0;
        auctionDebt = own;
        if (left == 0 || !auction.canSell(auctionId, left)) {
            liveAuctionId = 0;
            auctionDebt = 0;
            settledDebt = uint128(Math.min(left, own)); // later debt waits for a fresh auction (N-03)
            uint256 raised = auction.close(auctionId);
            emit AuctionSettled(roundId, auctionId, msg.sender, raised, settledDebt, 0);
        }
        asset.safeTransferFrom(msg.sender, address(this), paid);
        _repay(paid);
        if (left == 0) _closeRound(roundId);
    }

    /// @notice Step 2c: ends the live auction once it can no longer sell (price under its floor, deadline
    ///         passed, or mint cap used) and the fund has no money for the debt. Its unraised remainder
    ///         becomes settledDebt; the caller's reward is paid by the pool and socialized with it.
    /// @return reward Paid to the caller.
    function settle() external nonReentrant returns (uint256 reward) {
        (, uint256 uncovered) = _requireDue(Step.Settle);
        uint256 auctionId = liveAuctionId;
        // What the step moves: the auction's own unraised debt (N-04: not raised + left, which paid the
        // reward cap for 5 wei left). Debt recorded after the auction started stays open (N-03).
        uint256 own = Math.min(uncovered, auctionDebt);
        reward = _rewardAt(own, pool.cash());
        uint256 left = own + reward;

        uint256 roundId = currentRound;
        _rounds[roundId].rewards += uint128(reward);
        liveAuctionId = 0;
        auctionDebt = 0;
        settledDebt = uint128(left);
        uint256 raised = auction.close(auctionId);
        emit AuctionSettled(roundId, auctionId, msg.sender, raised, left, reward);
        if (reward != 0) pool.payReward(msg.sender, reward);
    }

    /// @notice Step 3: writes settledDebt off against the LP vault, O(1) (no loop over LPs; the loss was
    ///         priced into the shares when it was recorded). Due once an auction ended with debt left and
    ///         the fund has no money for the debt. The fund's float is swept in first; the caller's reward
    ///         is paid by the pool and written off with the rest.
    /// @return assets Debt written off (reward included).
    /// @return reward Paid to the caller.
    function socialize() external nonReentrant returns (uint256 assets, uint256 reward) {
        (uint256 balance, uint256 uncovered) = _requireDue(Step.Socialize);
        uint256 settled = settledDebt;
        uint256 swept = Math.min(balance, settled);
        settled -= swept;
        reward = _rewardAt(settled, pool.cash() + swept);
        assets = settled + reward;
        uint256 left = uncovered - swept - settled; // debt recorded after the auction ended: next auction

        uint256 roundId = currentRound;
        Round storage r = _rounds[roundId];
        r.covered += uint128(swept);
        r.socialized += uint128(assets);
        r.rewards += uint128(reward);
        settledDebt = 0;
        if (swept != 0) {
            emit Covered(roundId, msg.sender, swept, uncovered - swept, 0);
            fund.pay(address(this), swept);
            _repay(swept);
        }
        if (reward != 0) pool.payReward(msg.sender, reward);
        if (assets != 0) pool.writeOffDeficits(assets);
        emit Socialized(roundId, msg.sender, assets, reward, _netLossPerShare(r));
        if (left == 0) _closeRound(roundId);
    }

    // ---------------------------------------------------------------- views

    /// @notice The step due now, as the next transaction would see it (the pool's skimmable reserves
    ///         counted into the fund).
    function nextStep() external view returns (Step step) {
        (step,,) = previewStep();
    }

    /// @notice The step due now, what it would move and the reward it would really pay its caller (the
    ///         pool's cash limit included). Take: amount = the debt the auction still sells for, reward 0.
    function previewStep() public view returns (Step step, uint256 amount, uint256 reward) {
        (uint256 balance, uint256 uncovered, uint256 cash) = _viewInputs();
        step = _nextStep(uncovered, balance);
        (amount, reward) = _preview(step, balance, uncovered, cash);
    }

    /// @notice What each keeper step would move and pay its caller if it were called now and were the one
    ///         due (only `previewStep().step` is; the others revert StepDue until their turn). Frontends
    ///         and keepers show what each step is worth; the rewards follow the same rules as previewStep.
    /// @return amounts What cover, startAuction, settle and socialize would move, in that order.
    /// @return rewards What each would pay its caller.
    function stepRewards() external view returns (uint256[4] memory amounts, uint256[4] memory rewards) {
        (uint256 balance, uint256 uncovered, uint256 cash) = _viewInputs();
        Step[4] memory steps = [Step.Cover, Step.StartAuction, Step.Settle, Step.Socialize];
        for (uint256 i; i < 4; ++i) {
            (amounts[i], rewards[i]) = _preview(steps[i], balance, uncovered, cash);
        }
    }

    /// @notice The reward a step moving `amount` would pay, before the pool's cash limit:
    ///         min(tip + chip * amount, rewardCap, maxRewardShare * amount).
    function incentive(uint256 amount) external view returns (uint256) {
        return _incentive(amount);
    }

    /// @notice Round `roundId` (1..currentRound).
    function round(uint256 roundId) external view returns (Round memory) {
        return _rounds[roundId];
    }

    /// @notice How deficit `deficitId` ended (reporting): its round and, once the round is closed, its
    ///         pro-rata share of what the fund covered, the auction raised and the LPs bore.
    /// @return roundId The round it was recorded in.
    /// @return closed Whether that round is closed (the shares are zero until then).
    /// @return assets Its size when recorded.
    /// @return covered Its share of the round's cover.
    /// @return raised Its share of the round's auction proceeds.
    /// @return socialized Its share of what the round wrote off.
    function deficitOutcome(uint256 deficitId)
        external
        view
        returns (uint256 roundId, bool closed, uint256 assets, uint256 covered, uint256 raised, uint256 socialized)
    {
        if (deficitId == 0 || deficitId > pool.deficitCount()) revert UnknownDeficit(deficitId);
        assets = pool.deficit(deficitId).original;
        // Rounds' first ids ascend: binary search for the last round starting at or before deficitId.
        uint256 lo = 1;
        uint256 hi = currentRound;
        while (lo < hi) {
            uint256 mid = (lo + hi + 1) / 2;
            if (_rounds[mid].firstDeficitId <= deficitId) lo = mid;
            else hi = mid - 1;
        }
        roundId = lo;
        Round memory r = _rounds[lo];
        closed = r.closedAt != 0;
        if (!closed) return (roundId, closed, assets, 0, 0, 0);
        uint256 total = uint256(r.covered) + r.raised + r.socialized;
        covered = assets.mulDivDown(r.covered, total);
        raised = assets.mulDivDown(r.raised, total);
        socialized = assets - covered - raised;
    }

    /// @notice The whole waterfall in one O(1) call: the due step with its amount and real reward, the
    ///         aggregate and its parts, the fund, the open round and the live auction.
    function waterfallState() external view returns (State memory st) {
        (st.next, st.nextAmount, st.nextReward) = previewStep();
        st.uncoveredDeficit = pool.uncoveredDeficit();
        st.settledDebt = settledDebt;
        st.openDebt = st.uncoveredDeficit - st.settledDebt;
        st.fundBalance = fund.balance();
        st.skimmableReserves = _skimmable();
        st.lockedRecovery = pool.lockedRecovery();
        st.deficitCount = pool.deficitCount();
        st.roundId = currentRound;
        st.round = _rounds[st.roundId];
        uint256 live = liveAuctionId;
        if (live != 0) {
            st.phase = Phase.Auctioning;
            st.auction = _auctionView(live, st.openDebt);
        } else if (st.settledDebt != 0) {
            st.phase = Phase.Settled;
        } else if (st.uncoveredDeficit != 0) {
            st.phase = Phase.Open;
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev What a step would see now: the fund balance with the pool's skimmable reserves, the aggregate,
    ///      and the pool's cash after the skim.
    function _viewInputs() internal view returns (uint256 balance, uint256 uncovered, uint256 cash) {
        uint256 skim = _skimmable();
        balance = fund.balance() + skim;
        uncovered = pool.uncoveredDeficit();
        cash = pool.cash() - skim;
    }

    /// @dev previewStep's amount and reward for `step` (each step's own rule, as its entry point applies it).
    function _preview(Step step, uint256 balance, uint256 uncovered, uint256 cash)
        internal
        view
        returns (uint256 amount, uint256 reward)
    {
        if (step == Step.Cover) {
            reward = _coverReward(balance, uncovered, cash);
            amount = Math.min(balance, uncovered + reward);
        } else if (step == Step.StartAuction) {
            uint256 open = uncovered > balance ? uncovered - balance : 0;
            reward = _rewardAt(open, cash + balance);
            amount = open + reward;
        } else if (step == Step.Take) {
            amount = uncovered;
        } else if (step == Step.Settle) {
            uint256 own = Math.min(uncovered, auctionDebt);
            reward = _rewardAt(own, cash);
            amount = own + reward;
        } else if (step == Step.Socialize) {
            uint256 settled = settledDebt;
            uint256 swept = Math.min(balance, settled);
            reward = _rewardAt(settled - swept, cash + swept);
            amount = settled - swept + reward;
        }
    }

    /// @dev The fixed order. Reads only; callers pass the fund balance they will act on.
    function _nextStep(uint256 uncovered, uint256 fundBalance) internal view returns (Step) {
        if (uncovered == 0) return Step.None;
        if (_fundCanCover(fundBalance, uncovered)) return Step.Cover;
        uint256 live = liveAuctionId;
        if (live != 0) return auction.canSell(live, uncovered) ? Step.Take : Step.Settle;
        if (settledDebt != 0) return Step.Socialize;
        return Step.StartAuction;
    }

    /// @dev The order gate of every keeper step: pulls the pool's reserves into the fund first (so money
    ///      set aside for it counts), then reverts StepDue unless `step` is the one due.
    /// @return balance The fund balance the step acts on.
    /// @return uncovered The aggregate deficit.
    function _requireDue(Step step) internal returns (uint256 balance, uint256 uncovered) {
        pool.skimReserves();
        balance = fund.balance();
        uncovered = pool.uncoveredDeficit();
        Step due = _nextStep(uncovered, balance);
        if (due != step) revert StepDue(due);
    }

    function _fundCanCover(uint256 balance, uint256 uncovered) internal view returns (bool) {
        return balance != 0 && balance >= Math.min(minCover, uncovered);
    }

    function _incentive(uint256 amount) internal view returns (uint256) {
        return Math.min(Math.min(tip + amount.wadMulDown(chip), rewardCap), amount.wadMulDown(maxRewardShare));
    }

    /// @dev cover's reward: on what the fund pays, and when the fund holds the whole debt, never more than
    ///      its surplus over it, so the fund also covers the reward and the round closes (N-07a: a fund
    ///      holding exactly the debt left the reward open, and that tail went through auction, settle and
    ///      socialize).
    function _coverReward(uint256 balance, uint256 uncovered, uint256 cash) internal view returns (uint256 reward) {
        reward = _rewardAt(Math.min(balance, uncovered), cash);
        if (balance >= uncovered && reward > balance - uncovered) reward = balance - uncovered;
    }

    /// @dev The reward the pool will pay for moving `amount` when it holds `cash`.
    function _rewardAt(uint256 amount, uint256 cash) internal view returns (uint256) {
        return Math.min(_incentive(amount), cash);
    }

    function _repay(uint256 assets) internal {
        asset.forceApprove(address(pool), assets);
        pool.repayDeficits(assets);
    }

    function _skimmable() internal view returns (uint256) {
        return pool.insuranceFund() == address(fund) ? Math.min(pool.reserves(), pool.cash()) : 0;
    }

    function _netLossPerShare(Round storage r) internal view returns (uint256) {
        uint256 loss = pool.cumulativeLossPerShareWad() - r.lossIndexAtOpen;
        uint256 recovered = pool.cumulativeRecoveryPerShareWad() - r.recoveryIndexAtOpen;
        return loss > recovered ? loss - recovered : 0;
    }

    function _openRound(uint256 roundId, uint256 firstDeficitId) internal {
        currentRound = uint64(roundId);
        Round storage r = _rounds[roundId];
        r.firstDeficitId = uint64(firstDeficitId);
        r.openedAt = uint64(block.timestamp);
        r.lossIndexAtOpen = pool.cumulativeLossPerShareWad();
        r.recoveryIndexAtOpen = pool.cumulativeRecoveryPerShareWad();
    }

    /// @dev The aggregate reached zero: every deficit recorded so far has ended in this round.
    function _closeRound(uint256 roundId) internal {
        Round storage r = _rounds[roundId];
        uint256 last = pool.deficitCount();
        r.lastDeficitId = uint64(last);
        r.closedAt = uint64(block.timestamp);
        emit RoundClosed(roundId, r.firstDeficitId, last, r.covered, r.raised, r.socialized, r.rewards, _netLossPerShare(r));
        _openRound(roundId + 1, last + 1);
    }

    function _auctionView(uint256 auctionId, uint256 debtLeft) internal view returns (AuctionView memory v) {
        DebtAuction.Auction memory a = auction.auction(auctionId);
        v = AuctionView({
            auctionId: auctionId,
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

    function _setIncentives(uint256 tip_, uint256 chip_, uint256 rewardCap_, uint256 maxRewardShare_) internal {
        ParameterBounds.check("rewardCap", rewardCap_, 0, MAX_REWARD_CAP_UNITS * unit);
        ParameterBounds.check("tip", tip_, 0, Math.min(MAX_TIP_UNITS * unit, rewardCap_));
        ParameterBounds.check("chip", chip_, 0, MAX_CHIP);
        ParameterBounds.check("maxRewardShare", maxRewardShare_, 0, MAX_REWARD_SHARE_BOUND);
        tip = tip_;
        chip = chip_;
        rewardCap = rewardCap_;
        maxRewardShare = maxRewardShare_;
        emit IncentivesSet(tip_, chip_, rewardCap_, maxRewardShare_);
    }

    function _setMinCover(uint256 minCover_) internal {
        ParameterBounds.check("minCover", minCover_, 1, MAX_MIN_COVER_UNITS * unit);
        minCover = minCover_;
        emit MinCoverSet(minCover_);
    }
}
