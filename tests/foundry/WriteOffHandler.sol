// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {LendingPool} from "../../contracts/core/LendingPool.sol";
import {InterestRateModel} from "../../contracts/core/InterestRateModel.sol";
import {ChainlinkOracle} from "../../contracts/oracle/ChainlinkOracle.sol";
import {MockAggregator} from "../../contracts/mocks/MockAggregator.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";
import {ReentrantERC20} from "../../contracts/mocks/ReentrantERC20.sol";
import {InsuranceFund} from "../../contracts/writeoff/InsuranceFund.sol";
import {DebtAuction} from "../../contracts/writeoff/DebtAuction.sol";
import {RecoveryToken} from "../../contracts/writeoff/RecoveryToken.sol";
import {PriceCurve} from "../../contracts/writeoff/PriceCurve.sol";
import {Waterfall} from "../../contracts/writeoff/Waterfall.sol";
import {AggregatorV3Interface} from "../../contracts/oracle/interfaces/AggregatorV3Interface.sol";

import {CheatCodes, Vm} from "./Vm.sol";
import {IMarket, IMarketLens} from "./IMarket.sol";

/// @title WriteOffHandler
/// @notice The actors of the whole system for forge's invariant runner: LPs entering and leaving (within
///         max*()), borrowers opening, borrowing, repaying, withdrawing and closing on three collateral types
///         (18, 8 and 6 decimals), price moves on every type, time, single and batch liquidations, insurance
///         inflows, donations, reserve skims, the reserve factor (governance, within bounds), every write-off step (the due one, and random ones out of
///         order), bidders. Deployed and wired like deploy-scripts/deploy.js + writeoff.js (DEFAULT_CONFIG,
///         defaultWriteOffParams for 6 decimals).
/// @dev Every action is one block's worth of calls at one timestamp, so before/after reads see no interest
///      in between. The handler never reverts on the system's behaviour: a property that does not hold is
///      booked in `violations[kind]` (first message kept) and the test's invariant fails on it, after the
///      call that broke it (forge then shrinks the sequence). A revert of the handler itself is a bug here
///      (fail_on_revert). Ghost variables model every token flow (from the contracts' events).
contract WriteOffHandler is CheatCodes {
    using Math for uint256;

    uint256 internal constant WAD = 1e18;
    uint256 internal constant USDC = 1e6;
    uint256 internal constant N_COLL = 3;
    uint256 internal constant ONE_SHARE = 1e12; // 6 decimals + the 6-decimal offset

    // ---------------------------------------------------------------- the system
    /// @dev The debt asset can call back from inside a transfer (armed one shot): N-06, read-only re-entrancy.
    ReentrantERC20 public usdc;
    MockERC20[N_COLL + 1] public tokens; // by collateral id (1..3)
    MockAggregator[N_COLL + 1] public feeds;
    int256[N_COLL + 1] internal initialAnswer;
    LendingPool public pool;
    IMarket public market;
    IMarketLens public lens;
    InsuranceFund public fund;
    DebtAuction public auction;
    RecoveryToken public ksr;
    Waterfall public waterfall;

    address[] internal lps;
    address[] internal borrowers;
    address[] internal keepers;
    address[] internal bidders;
    address public liquidator;
    address public outsider;
    IMarketLens.PositionKey[] internal keys;

    // ---------------------------------------------------------------- ghosts: the token model
    uint256 public donations; // debt asset sent to the pool outside deposits and repayments
    uint256 public fundIn; // every inflow of the insurance fund (skims, deposits, plain transfers)
    uint256 public fundOut; // every payment of the fund
    uint256 public recorded; // every deficit recorded
    uint256 public rewards; // every keeper reward (paid by the pool, added to the aggregate)
    uint256 public recovered; // every repayDeficits (covered + raised)
    uint256 public writtenOff; // every socialization
    uint256 public minted; // every recovery token sold
    uint256 public maxCapturedByAnEntrant; // largest N-01 capture seen (debt-asset units)

    /// @dev N-03: deficits recorded while the live auction could no longer sell (it does not sell them).
    uint256 public staleJoined;
    /// @dev N-03: the live auction's own debt, modelled: its target at start, less what takes raised and covers
    ///      paid since (both pay its own debt first); 0 when none is live. Debt recorded later is not its own.
    uint256 public ownDebt;
    /// @dev N-02: borrows all the pool's cash for one block (the hidden-reserves attack), then repays.
    address public whale;
    /// @dev N-06: the share price a debt-asset transfer hook read in the middle of an entry or exit.
    uint256 internal hookPrice;
    bool internal hookFired;

    /// @dev N-01: an entry made while part of the aggregate deficit was not priced in (uncovered > in sight).
    struct Entry {
        address lp;
        uint256 shares;
        uint256 paidFor; // pre-entry deficit the entry price counted as recovered (recoveryInSight)
        uint256 unpaid; // pre-entry deficit it did not pay for
        uint256 captured; // its pro-rata share of auction proceeds repaying `unpaid`
        uint256 takes;
    }

    Entry[] internal entries;
    uint256 internal constant MAX_ENTRIES = 24;

    // ---------------------------------------------------------------- ghosts: findings and coverage
    mapping(bytes32 kind => uint256) public violations;
    mapping(bytes32 kind => string) public firstViolation;
    mapping(bytes32 action => uint256) public calls;
    bytes32[] internal actionNames;

    // event topics the model books
    bytes32 internal constant DEFICIT_RECORDED = keccak256("DeficitRecorded(uint256,uint32,address,uint256)");
    bytes32 internal constant REWARD_PAID = keccak256("RewardPaid(address,uint256,uint256)");
    bytes32 internal constant DEFICITS_REPAID = keccak256("DeficitsRepaid(address,uint256,uint256)");
    bytes32 internal constant WRITTEN_OFF = keccak256("DeficitsWrittenOff(uint256,uint256)");
    bytes32 internal constant SKIMMED = keccak256("ReservesSkimmed(address,uint256)");
    bytes32 internal constant FUND_PAID = keccak256("Paid(address,uint256,uint256)");
    bytes32 internal constant LIQUIDATED = keccak256("Liquidated(uint32,address,address,uint256,uint256,uint256)");

    struct Booked {
        uint256 recorded;
        uint256 rewards;
        uint256 repaid;
        uint256 writtenOff;
        uint256 skimmed;
        uint256 fundPaid;
        uint256 liquidations;
    }

    struct Snap {
        uint256 assets;
        uint256 supply;
        uint256 locked;
        uint256 uncovered;
    }

    constructor() {
        _deploy();
        _actors();
    }

    // ================================================================ LP actions

    /// @notice An LP enters by deposit or mint, within maxDeposit/maxMint (a 0 max means "entries refused": skip).
    function lpEnter(uint256 who, uint256 amountSeed, bool byMint) external {
        address lp = lps[who % lps.length];
        uint256 max = pool.maxDeposit(lp);
        Snap memory b = _snap();
        uint256 inSight = pool.recoveryInSight();
        // N-01: entries are refused exactly while part of the deficit can only be recovered by an auction (and
        // while a wiped pool's shares have nothing behind them); a refusal is a revert, not a cheap entry.
        bool open = !(b.supply != 0 && b.assets == 0) && b.uncovered <= inSight;
        _check((max != 0) == open && (pool.maxMint(lp) != 0) == open, "N-01", "maxDeposit/maxMint other than the entry rule (open iff uncoveredDeficit <= recoveryInSight)");
        if (max == 0 || (byMint && pool.maxMint(lp) == 0)) return _refusedEntry(lp, amountSeed, byMint);
        uint256 assets = _between(amountSeed, 100 * USDC, 400_000 * USDC).min(max);
        uint256 ppsBefore = pool.convertToAssets(ONE_SHARE);
        uint256 shares;
        uint256 paid;
        if (byMint) {
            shares = pool.previewDeposit(assets).min(pool.maxMint(lp));
            if (shares == 0) return _count("lpEnter:zero");
            paid = pool.previewMint(shares);
            usdc.mint(lp, paid);
            _armHook();
            vm.prank(lp);
            try pool.mint(shares, lp) returns (uint256 pulled) {
                _check(pulled == paid, "entry", "mint: assets pulled != previewMint");
            } catch (bytes memory err) {
                return _unexpected("mint within maxMint", err);
            }
        } else {
            uint256 preview = pool.previewDeposit(assets);
            usdc.mint(lp, assets);
            _armHook();
            vm.prank(lp);
            try pool.deposit(assets, lp) returns (uint256 s) {
                shares = s;
                _check(s == preview, "entry", "deposit: shares != previewDeposit");
            } catch (bytes memory err) {
                return _unexpected("deposit within maxDeposit", err);
            }
            paid = assets;
        }
        _count(byMint ? bytes32("lpEnter:mint") : bytes32("lpEnter:deposit"));
        _checkHook(ppsBefore, "an entry");
        Snap memory a = _snap();
        _pricePerShareNotDown(b, a, "an entry lowered the price per share");
        // An entrant never walks out richer at once: its shares exit for at most what it paid.
        _check(pool.previewRedeem(shares) <= paid, "entry", "an entrant's shares exit for more than it paid");
        if (b.uncovered > inSight && entries.length < MAX_ENTRIES) {
            entries.push(Entry(lp, shares, inSight, b.uncovered - inSight, 0, 0));
        }
    }

    /// @dev N-01: while entries are refused, an entrant (a bidder-to-be, say) tries anyway: it must revert.
    function _refusedEntry(address lp, uint256 amountSeed, bool byMint) internal {
        uint256 assets = _between(amountSeed, 100 * USDC, 400_000 * USDC);
        uint256 shares = pool.previewDeposit(assets);
        usdc.mint(lp, pool.previewMint(shares) + assets);
        vm.prank(lp);
        (bool ok,) = address(pool).call(
            byMint ? abi.encodeCall(pool.mint, (shares, lp)) : abi.encodeCall(pool.deposit, (assets, lp))
        );
        _check(!ok, "N-01", "an entry went through while maxDeposit/maxMint said entries are refused");
        _count("lpEnter:refused");
    }

    /// @notice An LP leaves: redeem/withdraw part of, or exactly, maxRedeem/maxWithdraw. Whatever max*()
    ///         announces must execute: a maxWithdraw that reverts is a failure.
    function lpExit(uint256 who, uint256 amountSeed, uint8 mode) external {
        address lp = lps[who % lps.length];
        bool byShares = mode % 2 == 0;
        bool exactMax = (mode / 2) % 2 == 0;
        uint256 max = byShares ? pool.maxRedeem(lp) : pool.maxWithdraw(lp);
        if (max == 0) return _count("lpExit:none");
        uint256 amount = exactMax ? max : _between(amountSeed, 1, max);
        Snap memory b = _snap();
        uint256 balBefore = usdc.balanceOf(lp);
        uint256 expected = byShares ? pool.previewRedeem(amount) : amount;
        uint256 ppsBefore = pool.convertToAssets(ONE_SHARE);
        _armHook();
        vm.prank(lp);
        if (byShares) {
            try pool.redeem(amount, lp, lp) {} catch (bytes memory err) {
                return _unexpected(exactMax ? "redeem(maxRedeem)" : "redeem within maxRedeem", err);
            }
        } else {
            try pool.withdraw(amount, lp, lp) {} catch (bytes memory err) {
                return _unexpected(exactMax ? "withdraw(maxWithdraw)" : "withdraw within maxWithdraw", err);
            }
        }
        _count(byShares ? bytes32("lpExit:redeem") : bytes32("lpExit:withdraw"));
        _checkHook(ppsBefore, "an exit");
        _check(usdc.balanceOf(lp) - balBefore == expected, "exit", "an exit paid other than its preview");
        _pricePerShareNotDown(b, _snap(), "an exit lowered the price per share");
    }

    // ================================================================ borrower actions

    /// @notice Deposits collateral worth 2,000..60,000 (or none) and borrows 20..99% of the room left.
    function borrowerOpen(uint256 who, uint256 cidSeed, uint256 collSeed, uint256 borrowSeed) external {
        address b = borrowers[who % borrowers.length];
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        (uint256 coll, uint256 assets, bool liquidatable) = _openAmounts(b, cid, collSeed, borrowSeed);
        if (liquidatable) return _count("open:liquidatable");
        if (coll == 0 && assets == 0) return _count("open:noop");
        tokens[cid].mint(b, coll);
        Snap memory s = _snap();
        vm.prank(b);
        try market.open(cid, coll, assets, b) {
            _count("open");
            Snap memory a = _snap();
            _check(a.assets >= s.assets && a.assets <= s.assets + 1, "accounting", "open/borrow moved totalAssets");
        } catch (bytes memory err) {
            bytes4 sel = bytes4(err);
            if (sel == IMarket.DebtCeilingExceeded.selector || sel == IMarket.Unhealthy.selector) {
                return _count("open:refused");
            }
            _unexpected("open", err);
        }
    }

    function _openAmounts(address b, uint32 cid, uint256 collSeed, uint256 borrowSeed)
        internal
        view
        returns (uint256 coll, uint256 assets, bool liquidatable)
    {
        IMarket.Collateral memory c = market.collateral(cid);
        uint256 held = market.position(cid, b).collateral;
        coll = (collSeed % 10 < 3 && held != 0)
            ? 0
            : _between(collSeed, 2_000 * USDC, 60_000 * USDC) * 10 ** c.decimals / _unitPrice(cid);
        (uint256 value,) = market.collateralValue(cid, held + coll);
        uint256 debt = market.debtOf(cid, b);
        value = value * c.params.maxLtv / WAD; // the limit
        assets = value > debt ? ((value - debt) * _between(borrowSeed, 200, 990) / 1000).min(pool.cash() / 2) : 0;
        if (debt + assets < c.params.dust) assets = 0;
        if (debt != 0) {
            (uint256 hf,) = market.healthFactor(cid, b);
            liquidatable = hf < WAD;
        }
    }

    /// @notice Repays part of a debt, or all of it (type(uint256).max).
    function borrowerRepay(uint256 who, uint256 cidSeed, uint256 amountSeed) external {
        address b = borrowers[who % borrowers.length];
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        uint256 debt = market.debtOf(cid, b);
        if (debt == 0) return _count("repay:none");
        bool full = amountSeed % 10 < 4;
        uint256 amount = full ? type(uint256).max : _between(amountSeed, 1, debt);
        usdc.mint(b, debt);
        Snap memory s = _snap();
        vm.prank(b);
        try market.repay(cid, b, amount) {
            _count("repay");
            Snap memory a = _snap();
            _check(a.assets >= s.assets && a.assets <= s.assets + 2, "accounting", "repay moved totalAssets");
        } catch (bytes memory err) {
            bytes4 sel = bytes4(err);
            if (!full && (sel == IMarket.DebtBelowDust.selector || sel == IMarket.ZeroAmount.selector)) {
                return _count("repay:refused");
            }
            _unexpected("repay", err);
        }
    }

    /// @notice Withdraws collateral; only an indebted position may be refused (Unhealthy).
    function borrowerWithdraw(uint256 who, uint256 cidSeed, uint256 amountSeed) external {
        address b = borrowers[who % borrowers.length];
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        IMarket.Position memory p = market.position(cid, b);
        if (p.collateral == 0) return _count("withdraw:none");
        uint256 amount = _between(amountSeed, 1, p.collateral);
        vm.prank(b);
        try market.withdraw(cid, amount, b) {
            _count("withdraw");
        } catch (bytes memory err) {
            if (p.scaledDebt != 0 && bytes4(err) == IMarket.Unhealthy.selector) return _count("withdraw:refused");
            _unexpected("withdraw collateral", err);
        }
    }

    /// @notice Closes a position (repays everything, takes all collateral back): never refused.
    function borrowerClose(uint256 who, uint256 cidSeed) external {
        address b = borrowers[who % borrowers.length];
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        IMarket.Position memory p = market.position(cid, b);
        if (p.collateral == 0 && p.scaledDebt == 0) return _count("close:none");
        usdc.mint(b, market.debtOf(cid, b));
        vm.prank(b);
        try market.close(cid, b) {
            _count("close");
        } catch (bytes memory err) {
            _unexpected("close", err);
        }
    }

    // ================================================================ the world

    /// @notice Moves one collateral's price: 35% crash (x0.3..0.7), 30% dip (x0.8..0.98), 35% rise
    ///         (x1.05..1.55), kept within 10%..150% of its initial price.
    function movePrice(uint256 cidSeed, uint256 seed) external {
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        (, int256 answer,,,) = feeds[cid].latestRoundData();
        uint256 u = seed % 100;
        uint256 factorBps = u < 35 ? _between(seed >> 8, 3_000, 7_000)
            : u < 65 ? _between(seed >> 8, 8_000, 9_800) : _between(seed >> 8, 10_500, 15_500);
        uint256 next = uint256(answer) * factorBps / 10_000;
        uint256 init = uint256(initialAnswer[cid]);
        next = Math.max(Math.min(next, init * 15 / 10), init / 10);
        Snap memory s = _snap();
        feeds[cid].setAnswer(int256(next));
        _count("movePrice");
        Snap memory a = _snap();
        _check(a.assets == s.assets, "accounting", "a price move changed totalAssets");
    }

    /// @notice A feed falls silent past its staleness bound, then its keeper returns with the same answer. While it
    ///         is silent no LP may leave (issue 18, item 9: the Market cannot liquidate that type, so a crash in it
    ///         is not yet a recorded deficit and exits would leave their share of it behind): exitsPausedBy names an
    ///         invalid type, maxRedeem and maxWithdraw are 0, redeem reverts ExitsPaused, and nothing else moves.
    ///         A type without debt hides no loss: its outage leaves exits open.
    function oracleOutage(uint256 cidSeed, uint256 who) external {
        uint32 cid = uint32(cidSeed % N_COLL) + 1;
        address lp = lps[who % lps.length];
        (uint80 round, int256 answer,,,) = feeds[cid].latestRoundData();
        uint256 staleness = ChainlinkOracle(market.collateral(cid).oracle).maxStaleness();
        uint256 lastUpdate = block.timestamp > staleness + 1 ? block.timestamp - staleness - 1 : 0; // 0: incomplete
        Snap memory s = _snap();
        feeds[cid].setRoundData(round + 1, answer, lastUpdate, lastUpdate, round + 1);
        uint32 pausedBy = pool.exitsPausedBy();
        if (market.collateral(cid).totalScaledDebt == 0) {
            _check(pausedBy == 0, "exit", "an invalid oracle of a type without debt paused exits");
            feeds[cid].setAnswer(answer);
            return _count("oracleOutage:noDebt");
        }
        _check(pausedBy == cid, "exit", "an invalid oracle of a type with debt left exits open");
        _check(pool.maxRedeem(lp) == 0 && pool.maxWithdraw(lp) == 0, "exit", "max* announced an exit while an oracle is invalid");
        if (pool.balanceOf(lp) != 0) {
            vm.prank(lp);
            try pool.redeem(1, lp, lp) {
                _check(false, "exit", "a redeem went through while an oracle was invalid");
            } catch (bytes memory err) {
                bytes4 selector;
                assembly ("memory-safe") {
                    selector := mload(add(err, 0x20))
                }
                _check(err.length == 36 && selector == LendingPool.ExitsPaused.selector, "exit", "a refused exit did not say ExitsPaused");
            }
        }
        feeds[cid].setAnswer(answer);
        _check(pool.exitsPausedBy() == 0, "exit", "exits stayed paused after the feed returned");
        _count("oracleOutage");
        Snap memory a = _snap();
        _check(a.assets == s.assets && a.locked == s.locked, "accounting", "an oracle outage moved totalAssets or lockedRecovery");
    }

    /// @notice Time passes (a minute to 8 hours); the feeds are refreshed (their keepers never stop).
    function warp(uint256 seed) external {
        uint256 dt = seed % 10 < 7 ? _between(seed >> 8, 60, 3_000) : _between(seed >> 8, 3_600, 8 hours);
        _warp(dt);
    }

    /// @notice Bidders stay away for 20 minutes to 3 hours: a live auction must end by floor or deadline.
    function biddersAbsent(uint256 seed) external {
        if (waterfall.liveAuctionId() == 0) return _count("absent:noAuction");
        _warp(_between(seed, 20 minutes, 3 hours));
    }

    /// @notice Liquidates one liquidatable position (70%: whatever it takes; else a random cap).
    function liquidate(uint256 pick, uint256 capSeed) external {
        IMarketLens.PositionView[] memory v = lens.positions(keys);
        uint256 n;
        for (uint256 i; i < v.length; ++i) if (v[i].liquidatable) ++n;
        if (n == 0) return _count("liquidate:none");
        uint256 k = pick % n;
        uint256 idx;
        for (uint256 i; i < v.length; ++i) {
            if (!v[i].liquidatable) continue;
            if (k == 0) {
                idx = i;
                break;
            }
            --k;
        }
        bool capped = capSeed % 10 >= 7;
        uint256 maxRepay = capped ? _between(capSeed, 1, v[idx].debt) : type(uint256).max;
        (Snap memory s, bool stale) = (_snap(), _auctionStale());
        usdc.mint(liquidator, v[idx].debt * 2);
        vm.recordLogs();
        vm.prank(liquidator);
        try market.liquidate(v[idx].collateralId, v[idx].owner, maxRepay) {
            _count("liquidate");
        } catch (bytes memory err) {
            vm.getRecordedLogs();
            if (capped && bytes4(err) == IMarket.MaxRepayTooLow.selector) return _count("liquidate:capTooLow");
            return _unexpected("liquidate a liquidatable position", err);
        }
        _afterLiquidation(s, stale);
    }

    /// @notice Liquidates every liquidatable position (and one healthy one, skipped) in one batch.
    function liquidateBatch(uint256 seed) external {
        IMarketLens.PositionView[] memory v = lens.positions(keys);
        uint256 n;
        for (uint256 i; i < v.length; ++i) if (v[i].liquidatable) ++n;
        if (n == 0) return _count("batch:none");
        IMarket.LiquidationOrder[] memory orders = new IMarket.LiquidationOrder[](n + 1);
        uint256 j;
        uint256 owed;
        for (uint256 i; i < v.length; ++i) {
            if (!v[i].liquidatable) continue;
            orders[j++] = IMarket.LiquidationOrder(v[i].collateralId, v[i].owner, type(uint256).max);
            owed += v[i].debt;
        }
        IMarketLens.PositionKey memory any = keys[seed % keys.length]; // healthy or not: skipped or liquidated
        orders[n] = IMarket.LiquidationOrder(any.collateralId, any.owner, type(uint256).max);
        (Snap memory s, bool stale) = (_snap(), _auctionStale());
        usdc.mint(liquidator, owed * 2);
        vm.recordLogs();
        vm.prank(liquidator);
        try market.liquidateBatch(orders) {
            _count("liquidateBatch");
        } catch (bytes memory err) {
            vm.getRecordedLogs();
            return _unexpected("liquidateBatch never reverts for a skip", err);
        }
        _afterLiquidation(s, stale);
    }

    /// @notice Someone adds 1..500 to the insurance fund: deposit() or a plain transfer (booked by its next sync).
    ///         Small, so that deficits outgrow the fund and auctions run.
    function fundInflow(uint256 amountSeed, bool direct) external {
        uint256 amount = _between(amountSeed, 1 * USDC, 500 * USDC);
        usdc.mint(outsider, amount);
        Snap memory s = _snap();
        vm.prank(outsider);
        if (direct) {
            usdc.transfer(address(fund), amount);
        } else {
            try fund.deposit(amount) {} catch (bytes memory err) {
                return _unexpected("fund.deposit", err);
            }
        }
        fundIn += amount;
        _count("fundInflow");
        _check(_snap().assets == s.assets, "accounting", "a fund inflow changed totalAssets");
    }

    /// @notice A donation to the pool: no cash, no share price change.
    function donate(uint256 amountSeed) external {
        uint256 amount = _between(amountSeed, 1, 5_000 * USDC);
        usdc.mint(outsider, amount);
        Snap memory s = _snap();
        vm.prank(outsider);
        usdc.transfer(address(pool), amount);
        donations += amount;
        _count("donate");
        _check(_snap().assets == s.assets, "accounting", "a donation changed totalAssets");
    }

    /// @notice Anyone skims the reserves into the fund.
    function skim() external {
        Snap memory s = _snap();
        vm.recordLogs();
        try pool.skimReserves() {} catch (bytes memory err) {
            vm.getRecordedLogs();
            return _unexpected("skimReserves", err);
        }
        _book(vm.getRecordedLogs(), false);
        _count("skim");
        _check(_snap().assets == s.assets, "accounting", "a skim changed totalAssets");
    }

    /// @notice N-02: a whale borrows all the pool's cash for one block (WETH collateral), then closes. The entry
    ///         price must not move: every reserve counts in recoveryInSight, lent out or not (capped at cash,
    ///         the borrow hid the reserves and an entrant in that block paid less for the recovery).
    function borrowAllCash(uint256 seed) external {
        uint256 cash = pool.cash();
        if (cash < 2 * market.collateral(1).params.dust) return _count("borrowAll:noCash");
        uint256 entryBefore = pool.entryAssets();
        uint256 inSightBefore = pool.recoveryInSight();
        bool openBefore = pool.entriesOpen();
        uint256 assetsBefore = pool.totalAssets();
        uint256 coll = (cash * 2 + seed % cash) * 1e18 / _unitPrice(1) + 1;
        tokens[1].mint(whale, coll);
        vm.prank(whale);
        try market.open(1, coll, cash, whale) {} catch (bytes memory err) {
            if (bytes4(err) == IMarket.DebtCeilingExceeded.selector) return _count("borrowAll:ceiling");
            return _unexpected("borrowing all the cash on ample collateral", err);
        }
        _count("borrowAll");
        _check(pool.cash() == 0, "N-02", "borrowing all the cash left cash");
        uint256 entryMid = pool.entryAssets();
        // The borrow's scaled debt and totalDebt both round up: totalAssets may rise by two units, never fall.
        // Those units can lift a wiped pool's totalAssets off exactly 0 (entries refused: totalSupply != 0 and
        // totalAssets == 0) and so reopen entries, priced at entryAssets = those units + the locked and in-sight
        // recovery: a fair price, and the only entriesOpen flip allowed (found by the long campaign, seed 2).
        bool wipedEdge = !openBefore && assetsBefore == 0 && pool.totalAssets() <= 2;
        if (entryMid < entryBefore || entryMid > entryBefore + 2 || pool.recoveryInSight() != inSightBefore
            || (pool.entriesOpen() != openBefore && !wipedEdge)) {
            _check(false, "N-02", string.concat("borrowing all the cash moved the entry price: entryAssets ", vm.toString(entryBefore), " -> ", vm.toString(entryMid), ", recoveryInSight ", vm.toString(inSightBefore), " -> ", vm.toString(pool.recoveryInSight())));
        }
        usdc.mint(whale, market.debtOf(1, whale));
        vm.prank(whale);
        try market.close(1, whale) {} catch (bytes memory err) {
            return _unexpected("close (the whale's)", err);
        }
        _check(pool.entryAssets() >= entryBefore && pool.entryAssets() <= entryBefore + 2, "N-02", "borrowing and repaying all the cash in one block moved the entry price");
    }

    /// @notice Governance moves the reserve factor within its bounds (0, 10% or 50%): with 0, no interest reaches
    ///         the fund between two write-off steps, so an auction can end by settle with the fund empty.
    function governReserveFactor(uint256 seed) external {
        uint256 rf = [uint256(0), 0.1e18, 0.5e18][seed % 3];
        Snap memory s = _snap();
        pool.setReserveFactor(rf); // the handler is the pool's admin and governor
        _count("reserveFactor");
        _check(_snap().assets == s.assets, "accounting", "a reserve factor change moved totalAssets");
    }

    // ================================================================ the write-off

    /// @notice A keeper (or a bidder, for Take) runs the step the waterfall says is due: it must succeed.
    function dueStep(uint256 who, uint256 seed) external {
        (Waterfall.Step due,,) = waterfall.previewStep();
        if (due == Waterfall.Step.None) return _count("step:none");
        _step(due, keepers[who % keepers.length], seed, true);
    }

    /// @notice Any step, due or not: a step not due is refused with StepDue(the due step).
    function anyStep(uint256 stepSeed, uint256 who, uint256 seed) external {
        Waterfall.Step step = Waterfall.Step(1 + stepSeed % 5);
        _step(step, keepers[who % keepers.length], seed, false);
    }

    // ================================================================ internals: steps

    struct Pre {
        Waterfall.Step due;
        uint256 amount;
        uint256 reward;
        uint256 uncovered;
        uint256 settled;
        uint256 raised; // live auction's proceeds so far
        uint256 live;
        uint256 price;
        uint256 floor;
        bool canSell;
        uint256 callerBalance;
        uint256 stale; // N-03 ghost at the time
    }

    function _pre(address caller) internal view returns (Pre memory p) {
        (p.due, p.amount, p.reward) = waterfall.previewStep();
        p.uncovered = pool.uncoveredDeficit();
        p.settled = waterfall.settledDebt();
        p.live = waterfall.liveAuctionId();
        if (p.live != 0) {
            DebtAuction.Auction memory a = auction.auction(p.live);
            (p.raised, p.floor) = (a.raised, a.floor);
            p.price = auction.price(p.live);
            p.canSell = auction.canSell(p.live, p.uncovered);
        }
        p.callerBalance = usdc.balanceOf(caller);
        p.stale = staleJoined;
    }

    function _step(Waterfall.Step step, address keeper, uint256 seed, bool mustSucceed) internal {
        if (step == Waterfall.Step.Take) return _take(seed, mustSucceed);
        Pre memory p = _pre(keeper);
        Snap memory s = _snap();
        vm.recordLogs();
        vm.prank(keeper);
        (bool ok, bytes memory ret) = address(waterfall).call(
            step == Waterfall.Step.Cover ? abi.encodeCall(Waterfall.cover, ())
                : step == Waterfall.Step.StartAuction ? abi.encodeCall(Waterfall.startAuction, ())
                : step == Waterfall.Step.Settle ? abi.encodeCall(Waterfall.settle, ()) : abi.encodeCall(Waterfall.socialize, ())
        );
        if (!ok) {
            vm.getRecordedLogs();
            if (mustSucceed) _check(false, "order", _msg("the due step was refused: step ", uint256(step)));
            if (bytes4(ret) != Waterfall.StepDue.selector) return _unexpected("a keeper step", ret);
            Waterfall.Step named = Waterfall.Step(uint8(uint256(bytes32(_tail(ret)))));
            _check(named == p.due, "order", "StepDue names another step than the one due");
            _check(p.due != step, "order", "a due step was refused with StepDue");
            return _count("step:refused");
        }
        _count(_stepName(step));
        Booked memory k = _book(vm.getRecordedLogs(), false);
        Snap memory a = _snap();
        // The order: it ran, so it was the step due.
        if (p.due != step) _check(false, "order", _msg("a step ran that was not due: step ", uint256(step)));
        // The reward: exactly as previewed, paid to the caller, within the cap and the share bound, priced in
        // at once; the only other price move is the fund's payment, which is locked (not yet in the price).
        uint256 paid = usdc.balanceOf(keeper) - p.callerBalance;
        _check(k.rewards == p.reward && paid == k.rewards, "reward", "a step paid other than previewStep's reward");
        _check(k.rewards <= waterfall.rewardCap(), "reward", "a step paid above rewardCap");
        // What the step moves: settle, the live auction's own debt left (N-04), the others what previewStep says.
        uint256 own = p.uncovered.min(ownDebt);
        uint256 moved = step == Waterfall.Step.Settle ? own : p.amount;
        _check(k.rewards <= moved.mulDiv(waterfall.maxRewardShare(), WAD) + 1, "reward", "a reward above maxRewardShare of what its step moves");
        // (totalAssets is clamped at zero: a pool whose equity a loss wiped out has nothing left to lose.)
        if (!(a.assets + k.rewards == s.assets || (a.assets == 0 && s.assets <= k.rewards))) {
            _check(false, "lossPrice", string.concat("a keeper step moved totalAssets by other than its reward: ", _moved(s.assets, a.assets, k.rewards)));
        }
        _check(a.locked == s.locked + k.fundPaid, "accounting", "lockedRecovery rose by other than the fund's payment");
        if (step == Waterfall.Step.Settle) {
            // N-04: settle's reward measured on the debt it hands on (its auction's own), not on raised + left.
            _check(k.rewards <= own.mulDiv(waterfall.maxRewardShare(), WAD) + 1, "N-04", "settle paid a reward above maxRewardShare of the debt it hands on");
            // N-03: settle hands on only its auction's own debt (and its reward); deficits recorded after the
            // auction started, stale or not, wait for a fresh auction.
            _check(waterfall.settledDebt() == own + k.rewards, "N-03", string.concat("settle handed on other than its auction's own debt + reward: ", _moved(own, waterfall.settledDebt(), k.rewards)));
            _check(waterfall.settledDebt() + p.stale <= p.uncovered + k.rewards, "N-03", "settle handed deficits recorded after its auction went stale to socialization");
        } else if (step == Waterfall.Step.StartAuction) {
            (, uint256 target,) = abi.decode(ret, (uint256, uint256, uint256));
            ownDebt = target;
        } else if (step == Waterfall.Step.Cover && p.live != 0) {
            _paidWhileLive(k.fundPaid); // the fund pays the auction's own debt first
        }
        _afterWaterfallCall();
    }

    function _take(uint256 seed, bool mustSucceed) internal {
        address bidder = bidders[seed % bidders.length];
        usdc.mint(bidder, pool.uncoveredDeficit() + 1);
        Pre memory p = _pre(bidder);
        uint256 auctionId = (!mustSucceed && seed % 10 == 0) ? p.live + 1 : p.live;
        uint256 maxPrice = (!mustSucceed && (seed >> 8) % 10 == 0) ? p.price / 2 : p.price + p.price / 5;
        // 30%: everything; 20%: all but a remainder of up to 1,000.00 (an auction that raised much and then
        // goes stale with a small remainder the fund cannot cover: what settle's reward is measured on, N-04);
        // else up to 60,000 tokens.
        uint256 mode = (seed >> 16) % 10;
        uint256 maxTokens = mode < 3 ? 1e30 : _between(seed >> 24, WAD, 60_000 * WAD);
        uint256 dust = _between(seed >> 32, 1, 1_000 * USDC);
        if (mode >= 8 && p.price != 0 && p.uncovered > dust) maxTokens = (p.uncovered - dust) * 1e36 / p.price;
        if (maxTokens == 0) maxTokens = WAD;
        Snap memory s = _snap();
        vm.recordLogs();
        vm.prank(bidder);
        try waterfall.take(auctionId, maxTokens, maxPrice, bidder) returns (uint256 sold, uint256 paid) {
            _count("take");
            Booked memory k = _book(vm.getRecordedLogs(), true);
            Snap memory a = _snap();
            minted += sold;
            _check(p.live != 0 && p.canSell, "order", "a take filled an auction that could not sell");
            _check(a.assets == s.assets, "lossPrice", "a take moved totalAssets (its proceeds must be locked)");
            _check(a.locked == s.locked + paid && k.repaid == paid, "accounting", "a take locked other than its payment");
            _check(paid * 1e36 >= sold * p.price, "order", "a taker paid less than the curve price");
            _check(p.price >= p.floor, "order", "a take below the floor");
            _check(paid <= p.uncovered, "order", "a take above the open debt");
            _check(p.callerBalance - usdc.balanceOf(bidder) == paid, "accounting", "a taker paid other than it was charged");
            _paidWhileLive(paid); // a take pays the auction's own debt first
            if (waterfall.liveAuctionId() == 0 && paid < p.uncovered) {
                // N-03: a take that ends its auction hands on only the auction's own debt left.
                uint256 left = p.uncovered - paid;
                _check(waterfall.settledDebt() == left.min(ownDebt), "N-03", "a take ending its auction handed on other than its own debt left");
                _check(waterfall.settledDebt() + p.stale <= left, "N-03", "a take ending its auction handed deficits recorded while it was stale to socialization");
            }
            _afterWaterfallCall();
        } catch (bytes memory err) {
            vm.getRecordedLogs();
            bytes4 sel = bytes4(err);
            if (!mustSucceed) {
                bool known = sel == Waterfall.AuctionNotLive.selector || sel == DebtAuction.PriceAboveMax.selector
                    || sel == DebtAuction.PriceBelowFloor.selector || sel == DebtAuction.AuctionPastDeadline.selector
                    || sel == DebtAuction.ZeroFill.selector || sel == DebtAuction.LotExhausted.selector;
                if (known) {
                    if (sel == DebtAuction.PriceBelowFloor.selector || sel == DebtAuction.AuctionPastDeadline.selector) {
                        _check(!p.canSell, "order", "a take refused while canSell said it could sell");
                    }
                    return _count("take:refused");
                }
            }
            _unexpected("take of the due auction", err);
        }
    }

    /// @dev A payment towards the aggregate deficit while an auction is live: its own debt first, then the rest of the
    ///      deficit, which may include deficits recorded while it was stale (the model cannot tell which later deficit
    ///      is paid, so it takes the rest off the stale total: the N-03 bound stays one no correct settle can break).
    function _paidWhileLive(uint256 paid) internal {
        uint256 toOwn = paid.min(ownDebt);
        ownDebt -= toOwn;
        uint256 rest = paid - toOwn;
        staleJoined = staleJoined > rest ? staleJoined - rest : 0;
    }

    /// @dev After any write-off call: an ended auction stops the N-03 ghosts; the own-debt model matches the Waterfall.
    function _afterWaterfallCall() internal {
        if (waterfall.liveAuctionId() == 0) (staleJoined, ownDebt) = (0, 0);
        _check(waterfall.auctionDebt() == ownDebt, "N-03", string.concat("the live auction's own debt != the model: ", vm.toString(waterfall.auctionDebt()), " != ", vm.toString(ownDebt)));
    }

    function _afterLiquidation(Snap memory s, bool stale) internal {
        Booked memory k = _book(vm.getRecordedLogs(), false);
        Snap memory a = _snap();
        // Each liquidation's repayment rounds up against the payer and each deficit is recognised rounded up:
        // LPs may gain a couple of units per liquidation, never lose beyond the deficit.
        uint256 rounding = 2 * k.liquidations + 1;
        if (k.recorded != 0) {
            _count("deficit");
            // totalAssets is clamped at zero: a loss larger than the equity left takes it to zero, no further.
            uint256 ceiling = s.assets + rounding > k.recorded ? s.assets + rounding - k.recorded : 0;
            if (!(a.assets < s.assets || s.assets == 0)) {
                _check(false, "lossPrice", string.concat("a deficit did not lower totalAssets: ", _moved(s.assets, a.assets, k.recorded)));
            }
            if (a.assets > ceiling) {
                _check(false, "lossPrice", string.concat("a deficit lowered totalAssets by less than its size: ", _moved(s.assets, a.assets, k.recorded)));
            }
            if (a.assets != 0 && a.assets + k.recorded < s.assets) {
                _check(false, "lossPrice", string.concat("a deficit lowered totalAssets by more than its size: ", _moved(s.assets, a.assets, k.recorded)));
            }
            _check(a.supply == s.supply, "lossPrice", "a liquidation changed the share supply");
            if (stale) staleJoined += k.recorded;
        } else {
            _check(a.assets >= s.assets && a.assets <= s.assets + rounding, "lossPrice", "a liquidation without deficit moved totalAssets");
        }
    }

    /// @dev Books the pool's and the fund's events into the model; `takeProceeds`: the repayments are a take's.
    function _book(Vm.Log[] memory logs, bool takeProceeds) internal returns (Booked memory k) {
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            bytes32 t = l.topics.length == 0 ? bytes32(0) : l.topics[0];
            if (l.emitter == address(pool)) {
                if (t == DEFICIT_RECORDED) {
                    k.recorded += abi.decode(l.data, (uint256));
                } else if (t == REWARD_PAID) {
                    (uint256 x,) = abi.decode(l.data, (uint256, uint256));
                    k.rewards += x;
                } else if (t == DEFICITS_REPAID) {
                    (uint256 x,) = abi.decode(l.data, (uint256, uint256));
                    k.repaid += x;
                    _consumeEntries(x, takeProceeds);
                } else if (t == WRITTEN_OFF) {
                    (uint256 x,) = abi.decode(l.data, (uint256, uint256));
                    k.writtenOff += x;
                    _consumeEntries(x, false);
                } else if (t == SKIMMED) {
                    k.skimmed += abi.decode(l.data, (uint256));
                }
            } else if (l.emitter == address(fund) && t == FUND_PAID) {
                (uint256 x,) = abi.decode(l.data, (uint256, uint256));
                k.fundPaid += x;
            } else if (l.emitter == address(market) && t == LIQUIDATED) {
                ++k.liquidations;
            }
        }
        recorded += k.recorded;
        rewards += k.rewards;
        recovered += k.repaid;
        writtenOff += k.writtenOff;
        fundIn += k.skimmed;
        fundOut += k.fundPaid;
    }

    /// @dev N-01 model: what reduces the aggregate reduces each entrant's pre-entry stock first (the part it
    ///      paid for, then the part it did not); auction proceeds on the unpaid part are what it captures,
    ///      pro rata to the shares it still holds.
    function _consumeEntries(uint256 amount, bool takeProceeds) internal {
        uint256 supply = pool.totalSupply();
        for (uint256 i; i < entries.length; ++i) {
            Entry storage e = entries[i];
            uint256 x = amount;
            uint256 a = x.min(e.paidFor);
            e.paidFor -= a;
            x -= a;
            uint256 b = x.min(e.unpaid);
            e.unpaid -= b;
            if (b == 0 || !takeProceeds || supply == 0) continue;
            uint256 held = e.shares.min(pool.balanceOf(e.lp));
            e.captured += b.mulDiv(held, supply);
            ++e.takes;
            if (e.captured > e.takes + 1) {
                _check(false, "N-01", "an entrant captured auction proceeds for debt it did not bear (priced out of its entry)");
            }
            if (e.captured > maxCapturedByAnEntrant) maxCapturedByAnEntrant = e.captured;
        }
    }

    function _auctionStale() internal view returns (bool) {
        uint256 live = waterfall.liveAuctionId();
        return live != 0 && !auction.canSell(live, pool.uncoveredDeficit());
    }

    function _warp(uint256 dt) internal {
        uint256 ppsBefore = pool.convertToAssets(10 ** 12);
        Snap memory s = _snap();
        vm.warp(block.timestamp + dt);
        for (uint32 c = 1; c <= N_COLL; ++c) {
            (, int256 answer,,,) = feeds[c].latestRoundData();
            feeds[c].setAnswer(answer);
        }
        _count("warp");
        Snap memory a = _snap();
        _check(pool.convertToAssets(10 ** 12) >= ppsBefore, "lossPrice", "time lowered the share price");
        _check(a.locked <= s.locked, "accounting", "lockedRecovery rose with time");
        if (dt >= 18 hours) _check(a.locked == 0, "accounting", "a recovery still locked after its epoch + unlock period");
        // (Unless the loss had wiped the equity out: totalAssets is clamped at zero and unlocking refills the hole first.)
        if (s.assets > 0 && a.locked <= s.locked && a.assets < s.assets + (s.locked - a.locked)) {
            _check(false, "accounting", string.concat("time raised totalAssets by less than what unlocked: ", _moved(s.assets, a.assets, s.locked - a.locked)));
        }
    }

    // ================================================================ internals: N-06 (read-only re-entrancy)

    /// @dev The next debt-asset transfer (the entry's pull, the exit's payment) calls back here.
    function _armHook() internal {
        hookFired = false;
        usdc.arm(address(this), abi.encodeCall(this.onDebtAssetTransfer, ()));
    }

    /// @notice Called by the debt asset from inside a transfer (a hook token, as an integrator's would read a
    ///         vault's price): records the pool's price of one share there. Not a campaign action.
    function onDebtAssetTransfer() external {
        require(msg.sender == address(usdc), "only the debt asset's hook");
        hookPrice = pool.convertToAssets(ONE_SHARE);
        hookFired = true;
    }

    /// @dev N-06: the price read inside the transfer is the price before or after the call (up to a unit of
    ///      rounding), never a half-booked one (cash booked, shares not yet minted: 2.0 for 1.0).
    function _checkHook(uint256 ppsBefore, string memory what) internal {
        if (!hookFired) {
            usdc.arm(address(0), "");
            return _check(false, "N-06", string.concat(what, ": the debt asset's transfer hook did not run"));
        }
        uint256 ppsAfter = pool.convertToAssets(ONE_SHARE);
        uint256 lo = ppsBefore.min(ppsAfter);
        uint256 hi = ppsBefore.max(ppsAfter);
        if (hookPrice + 1 < lo || hookPrice > hi + 1) {
            _check(false, "N-06", string.concat(what, ": a hook read the share price mid-transfer at ", vm.toString(hookPrice), " (before ", vm.toString(ppsBefore), ", after ", vm.toString(ppsAfter), ")"));
        }
    }

    // ================================================================ internals: helpers

    function _snap() internal view returns (Snap memory s) {
        s.assets = pool.totalAssets();
        s.supply = pool.totalSupply();
        s.locked = pool.lockedRecovery();
        s.uncovered = pool.uncoveredDeficit();
    }

    /// @dev (A+1)/(S+1e6) did not fall (OZ ERC4626 virtual assets/shares, 6-decimal offset).
    function _pricePerShareNotDown(Snap memory b, Snap memory a, string memory what) internal {
        // (With no shares before there is no holder to protect: the first entrant's price is checked by the
        // entry's own "exits for at most what it paid".)
        if (b.supply == 0 || (a.assets + 1) * (b.supply + 1e6) >= (b.assets + 1) * (a.supply + 1e6)) return;
        _check(false, "lossPrice", string.concat(what, ": assets/supply ", vm.toString(b.assets), "/", vm.toString(b.supply), " -> ", vm.toString(a.assets), "/", vm.toString(a.supply)));
    }

    function _unitPrice(uint32 cid) internal view returns (uint256 p) {
        (p,) = market.collateralValue(cid, 10 ** market.collateral(cid).decimals);
        if (p == 0) p = 1;
    }

    function _between(uint256 seed, uint256 lo, uint256 hi) internal pure returns (uint256) {
        if (hi <= lo) return lo;
        return lo + seed % (hi - lo + 1);
    }

    function _check(bool ok, bytes32 kind, string memory what) internal {
        if (ok) return;
        if (violations[kind]++ == 0) firstViolation[kind] = what;
    }

    function _unexpected(string memory what, bytes memory err) internal {
        if (usdc.target() != address(0)) usdc.arm(address(0), ""); // an armed hook that did not fire
        _check(false, "revert", string.concat(what, " reverted: ", vm.toString(err)));
    }

    function _count(bytes32 action) internal {
        if (calls[action]++ == 0) actionNames.push(action);
    }

    /// @dev "before -> after (amount)", built only for a failure message.
    function _moved(uint256 before, uint256 afterwards, uint256 amount) internal pure returns (string memory) {
        return string.concat(vm.toString(before), " -> ", vm.toString(afterwards), " (", vm.toString(amount), ")");
    }

    function _msg(string memory what, uint256 x) internal pure returns (string memory) {
        return string.concat(what, vm.toString(x));
    }

    function _tail(bytes memory err) internal pure returns (bytes memory out) {
        out = new bytes(err.length - 4);
        for (uint256 i; i < out.length; ++i) out[i] = err[i + 4];
    }

    function _stepName(Waterfall.Step s) internal pure returns (bytes32) {
        if (s == Waterfall.Step.Cover) return "cover";
        if (s == Waterfall.Step.StartAuction) return "startAuction";
        if (s == Waterfall.Step.Settle) return "settle";
        return "socialize";
    }

    // ================================================================ views for the invariants

    function positionKeys() external view returns (IMarketLens.PositionKey[] memory) {
        return keys;
    }

    function actions() external view returns (bytes32[] memory names, uint256[] memory counts) {
        names = actionNames;
        counts = new uint256[](names.length);
        for (uint256 i; i < names.length; ++i) counts[i] = calls[names[i]];
    }


    // ================================================================ deployment

    function _deploy() internal {
        usdc = new ReentrantERC20("USD Coin (mock, hook)", "USDC", 6);
        pool = new LendingPool(
            IERC20(address(usdc)),
            "KeeperSuite USDC LP",
            "ksUSDC",
            address(this),
            InterestRateModel.RateParams({baseRate: 0, slope1: 0.04e18, slope2: 0.75e18, optimalUtilization: 0.8e18}),
            0.1e18
        );
        market = IMarket(
            vm.deployCode(
                "Market.sol:Market",
                abi.encode(address(pool), address(this), IMarket.MarketParams(0.95e18, 0.1e18, uint128(2_000 * USDC)))
            )
        );
        pool.setMarket(address(market));
        // DEFAULT_CONFIG's collaterals: WETH 18 dec (feed 8), WBTC 8 dec (feed 8), XAU6 6 dec (feed 18).
        _list(1, "WETH", 18, 2_000, 8, 3600, IMarket.CollateralParams(0.8e18, 0.85e18, 0.05e18, uint128(50_000_000 * USDC), uint128(100 * USDC)));
        _list(2, "WBTC", 8, 60_000, 8, 3600, IMarket.CollateralParams(0.7e18, 0.75e18, 0.08e18, uint128(50_000_000 * USDC), uint128(100 * USDC)));
        _list(3, "XAU6", 6, 2_500, 18, 86400, IMarket.CollateralParams(0.6e18, 0.7e18, 0.1e18, uint128(5_000_000 * USDC), uint128(50 * USDC)));
        lens = IMarketLens(vm.deployCode("MarketLens.sol:MarketLens", abi.encode(address(market))));

        // defaultWriteOffParams(6): 1.00 per KSR reference, start x1.2, floor 0.50, 6 h, -1%/minute,
        // tip 5.00 + 0.1%, cap 100.00 and 5% of what a step moves, minCover 1,000.00.
        uint256 onePerToken = USDC * WAD;
        ksr = new RecoveryToken("KeeperSuite Recovery", "KSR");
        auction = new DebtAuction(
            ksr,
            address(this),
            onePerToken / 1_000_000,
            onePerToken * 1_000_000,
            DebtAuction.Config({
                referencePrice: onePerToken,
                buf: 1.2e18,
                floorRatio: 0.5e18,
                duration: 6 hours,
                mintCap: 1_000_000 * WAD,
                curve: PriceCurve.Params(PriceCurve.Kind.StairstepExponential, 0, 60, 0.99e27)
            })
        );
        fund = new InsuranceFund(IERC20(address(usdc)), address(this));
        waterfall = new Waterfall(pool, fund, auction, address(this), 5 * USDC, WAD / 1000, 100 * USDC, 0.05e18, 1_000 * USDC);
        ksr.setMinter(address(auction));
        fund.setWaterfall(address(waterfall));
        auction.setWaterfall(address(waterfall));
        pool.setWriteOff(address(waterfall), address(fund));
    }

    function _list(
        uint32 id,
        string memory symbol,
        uint8 decimals,
        uint256 price,
        uint8 feedDecimals,
        uint256 staleness,
        IMarket.CollateralParams memory params
    ) internal {
        tokens[id] = new MockERC20(symbol, symbol, decimals);
        initialAnswer[id] = int256(price * 10 ** feedDecimals);
        feeds[id] = new MockAggregator(feedDecimals, symbol, initialAnswer[id]);
        ChainlinkOracle oracle = new ChainlinkOracle(AggregatorV3Interface(address(feeds[id])), staleness);
        uint32 listed = market.listCollateral(address(tokens[id]), address(oracle), params);
        require(listed == id, "collateral ids 1..3");
    }

    function _actors() internal {
        for (uint160 i; i < 3; ++i) lps.push(address(0x1000 + i));
        for (uint160 i; i < 4; ++i) borrowers.push(address(0x2000 + i));
        for (uint160 i; i < 2; ++i) keepers.push(address(0x3000 + i));
        for (uint160 i; i < 2; ++i) bidders.push(address(0x4000 + i));
        liquidator = address(0x5000);
        outsider = address(0x6000);
        whale = address(0x7000);
        for (uint256 i; i < lps.length; ++i) _approve(lps[i], address(pool));
        for (uint256 i; i < borrowers.length; ++i) {
            _approve(borrowers[i], address(market));
            vm.startPrank(borrowers[i]);
            for (uint32 c = 1; c <= N_COLL; ++c) tokens[c].approve(address(market), type(uint256).max);
            vm.stopPrank();
            for (uint32 c = 1; c <= N_COLL; ++c) keys.push(IMarketLens.PositionKey(c, borrowers[i]));
        }
        for (uint256 i; i < bidders.length; ++i) _approve(bidders[i], address(waterfall));
        _approve(liquidator, address(market));
        _approve(whale, address(market));
        vm.prank(whale);
        tokens[1].approve(address(market), type(uint256).max);
        keys.push(IMarketLens.PositionKey(1, whale)); // empty between calls; in every accounting sum if not
        _approve(outsider, address(fund));
        // A first LP so that borrowers find cash.
        usdc.mint(lps[0], 1_000_000 * USDC);
        vm.prank(lps[0]);
        pool.deposit(1_000_000 * USDC, lps[0]);
    }

    function _approve(address owner, address spender) internal {
        vm.prank(owner);
        usdc.approve(spender, type(uint256).max);
    }
}
