using System.Numerics;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Liquidation;

namespace KeeperSuite.Core.Tests.Decisions;

/// <summary>The liquidator's decisions without a node: capacity, repay bound, value, budget, modes, profit, batches.</summary>
public sealed class LiquidationPlannerTests
{
    private static readonly BigInteger Usdc = 1_000_000;

    /// <summary>A candidate that costs <paramref name="cost"/> (repay, no slack, + fee 10) and earns <paramref name="profit"/> before gas.</summary>
    private static LiquidationCandidate Candidate(int n, BigInteger cost, BigInteger? profit = null)
    {
        var repay = cost - 10;
        return new(PositionKey.Of(1, $"0x{n:x40}"), BigInteger.Pow(10, 17) * 9, repay, 1, 10, repay + 10 + (profit ?? 1_000), repay);
    }

    [Fact]
    public void A_pass_previews_no_more_than_its_free_in_flight_slots_can_send()
    {
        Assert.Equal(150, LiquidationPlanner.Capacity(maxInFlight: 4, inFlight: 1, maxBatchSize: 50));
        Assert.Equal(0, LiquidationPlanner.Capacity(4, 4, 50));
        Assert.Equal(0, LiquidationPlanner.Capacity(4, 6, 50));
    }

    [Fact]
    public void Max_repay_adds_the_slack_rounded_up_and_one_unit_so_a_block_of_interest_cannot_make_it_revert()
    {
        Assert.Equal(new BigInteger(1_006), LiquidationPlanner.MaxRepay(1_000, 50)); // 1000 + 5 + 1
        Assert.Equal(new BigInteger(1_008), LiquidationPlanner.MaxRepay(1_001, 50)); // 5.005 -> 6
        Assert.Equal(BigInteger.One, LiquidationPlanner.MaxRepay(0, 50));
    }

    [Fact]
    public void Seized_collateral_is_valued_in_debt_units_across_decimals_rounded_down()
    {
        // 0.5 WBTC (8 decimals) at 60,000 USD -> 30,000 USDC (6 decimals).
        Assert.Equal(30_000 * Usdc, LiquidationPlanner.ValueOf(50_000_000, 60_000 * BigInteger.Pow(10, 18), 8, Usdc));
        // 1 wei of an 18-decimal token at 2,000 USD is worth less than a micro-dollar: 0.
        Assert.Equal(BigInteger.Zero, LiquidationPlanner.ValueOf(1, 2_000 * BigInteger.Pow(10, 18), 18, Usdc));
    }

    [Fact]
    public void The_budget_is_the_balance_less_what_in_flight_liquidations_may_pull_and_never_negative()
    {
        Assert.Equal(new BigInteger(700), LiquidationPlanner.Budget(1_000, [100, 200]));
        Assert.Equal(BigInteger.Zero, LiquidationPlanner.Budget(1_000, [600, 600]));
    }

    [Fact]
    public void Auto_mode_liquidates_what_the_budget_pays_from_inventory_and_flash_borrows_for_the_rest()
    {
        var candidates = new[] { Candidate(1, 1_000), Candidate(2, 2_000), Candidate(3, 500) };

        var split = LiquidationPlanner.AssignModes(LiquidationMode.Auto, 1_600, candidates, dexAvailable: true);

        Assert.Equal([candidates[0], candidates[2]], split.Inventory);
        Assert.Equal([candidates[1]], split.Flash);
        var funded = LiquidationPlanner.AssignModes(LiquidationMode.Auto, 3_500, candidates, dexAvailable: true);
        Assert.Equal(candidates, funded.Inventory);
        Assert.Empty(funded.Flash);
        var broke = LiquidationPlanner.AssignModes(LiquidationMode.Auto, 0, candidates, dexAvailable: true);
        Assert.Empty(broke.Inventory);
        Assert.Equal(candidates, broke.Flash);
    }

    [Fact]
    public void Flash_and_inventory_modes_give_every_candidate_their_mode_and_without_a_dex_nothing_goes_flash()
    {
        var candidates = new[] { Candidate(1, 1_000), Candidate(2, 2_000) };
        Assert.Equal(candidates, LiquidationPlanner.AssignModes(LiquidationMode.Flash, BigInteger.Pow(10, 30), candidates, true).Flash);
        Assert.Equal(candidates, LiquidationPlanner.AssignModes(LiquidationMode.Inventory, 0, candidates, true).Inventory);
        Assert.Equal(candidates, LiquidationPlanner.AssignModes(LiquidationMode.Flash, 0, candidates, false).Inventory);
        Assert.Empty(LiquidationPlanner.AssignModes(LiquidationMode.Auto, 0, candidates, false).Flash);
    }

    [Fact]
    public void Selection_drops_what_earns_less_than_the_floor_after_gas_and_what_the_budget_cannot_pay()
    {
        var rich = Candidate(1, 1_000, profit: 500);
        var thin = Candidate(2, 1_000, profit: 120);
        var big = Candidate(3, 5_000, profit: 900);
        var last = Candidate(4, 900, profit: 400);

        var selection = LiquidationPlanner.Select([rich, thin, big, last], gasCostPerPosition: 50, minProfit: 100, ignoreProfit: false, budget: 2_000);

        Assert.Equal([rich, last], selection.Chosen);
        Assert.Equal(new BigInteger(1_900), selection.Spent);
        Assert.Collection(selection.Skipped,
            s => Assert.Equal((thin, SkipReason.Unprofitable, new BigInteger(70)), (s.Candidate, s.Reason, s.Amount)),
            s => Assert.Equal((big, SkipReason.OverBudget, new BigInteger(1_000)), (s.Candidate, s.Reason, s.Amount)));
    }

    [Fact]
    public void Ignoring_profit_keeps_a_loss_making_liquidation_but_not_one_over_budget()
    {
        var loss = Candidate(1, 1_000, profit: -300);
        var selection = LiquidationPlanner.Select([loss, Candidate(2, 1_000)], 50, 100, ignoreProfit: true, budget: 1_500);
        Assert.Equal([loss], selection.Chosen);
        Assert.Equal(SkipReason.OverBudget, Assert.Single(selection.Skipped).Reason);
    }

    [Fact]
    public void Gas_cost_per_position_shares_the_batch_overhead_and_is_zero_without_a_native_price()
    {
        var gwei = BigInteger.Pow(10, 9);
        var ethAt2000 = 2_000 * BigInteger.Pow(10, 18);
        // (120,000 + 60,000 / 2) gas x 10 gwei x 2,000 USD = 3 USD.
        Assert.Equal(3 * Usdc, LiquidationPlanner.GasCostPerPosition(10 * gwei, ethAt2000, Usdc, maxBatchSize: 50, candidates: 2));
        // A batch of 50 shares 60,000 gas: 121,200 gas -> 2.424 USD.
        Assert.Equal(new BigInteger(2_424_000), LiquidationPlanner.GasCostPerPosition(10 * gwei, ethAt2000, Usdc, 50, 200));
        Assert.Equal(BigInteger.Zero, LiquidationPlanner.GasCostPerPosition(10 * gwei, null, Usdc, 50, 2));
    }

    [Fact]
    public void Flash_batches_are_cut_so_that_none_borrows_more_than_the_pools_cash()
    {
        var c = Enumerable.Range(1, 5).Select(i => Candidate(i, 400)).ToArray();

        var (batches, tooLarge) = LiquidationPlanner.SplitByCash(c, maxBatchSize: 50, cash: 1_000);

        Assert.Equal([2, 2, 1], batches.Select(b => b.Length));
        Assert.All(batches, b => Assert.True(FlashPlanner.BorrowAmount(b) <= 1_000));
        Assert.Equal(c, batches.SelectMany(b => b));
        Assert.Empty(tooLarge);
    }

    [Fact]
    public void A_position_whose_loan_alone_exceeds_the_cash_is_set_apart_and_the_batch_size_still_bounds_each_batch()
    {
        var c = new[] { Candidate(1, 300), Candidate(2, 5_000), Candidate(3, 300), Candidate(4, 300) };

        var (batches, tooLarge) = LiquidationPlanner.SplitByCash(c, maxBatchSize: 2, cash: 1_000);

        Assert.Equal([c[1]], tooLarge);
        Assert.Equal([[c[0], c[2]], [c[3]]], batches);
    }

    [Fact]
    public void A_batch_is_halved_when_over_the_gas_cap_or_too_slow_to_simulate_but_a_single_position_never()
    {
        Assert.True(LiquidationPlanner.MustHalve(10, 15_000_000, 14_000_000, false));
        Assert.True(LiquidationPlanner.MustHalve(10, 1_000_000, 14_000_000, simulationTimedOut: true));
        Assert.False(LiquidationPlanner.MustHalve(10, 14_000_000, 14_000_000, false));
        Assert.False(LiquidationPlanner.MustHalve(1, 30_000_000, 14_000_000, true));
        var (first, second) = LiquidationPlanner.Halve([.. Enumerable.Range(1, 5).Select(i => Candidate(i, 100))]);
        Assert.Equal((2, 3), (first.Length, second.Length));
    }

    /// <summary>
    /// A thin pool's sale of <paramref name="n"/> positions of 1,000 collateral units each, valued 10,000 at the oracle:
    /// the quote falls 35 bps below the oracle per position sold (14 -> 4.9 %, 7 -> 2.45 %, 3 -> 1.05 %, 1 -> 0.35 %).
    /// Each repays <paramref name="repay"/> plus a fee of 10: a bonus of about 2.4 % at 9,750.
    /// </summary>
    private static List<LiquidationCandidate> ThinPoolBook(int n, BigInteger repay) =>
        [.. Enumerable.Range(1, n).Select(i => new LiquidationCandidate(PositionKey.Of(2, $"0x{i:x40}"), BigInteger.Pow(10, 15) * (900 + i), repay, 1_000, 10, 10_000, repay))];

    private static Task<SaleQuote> ThinPool(SaleQuote sale, int count) =>
        Task.FromResult(sale with { AmountOut = sale.OracleValue * (10_000 - 35 * sale.AmountIn / 1_000) / 10_000 });

    private static ProfitRule NoGas(bool ignoreProfit = false) => new(0, null, 1, 50, 0, ignoreProfit);

    [Fact]
    public async Task A_thin_pool_batch_is_halved_until_its_sale_is_profitable_not_only_until_it_fits_the_slippage_bound()
    {
        var book = ThinPoolBook(14, repay: 9_750);
        var quotes = new List<int>();

        var trim = await FlashPlanner.TrimAsync(book, 2, (q, n) => { quotes.Add(n); return ThinPool(q, n); }, slippageBps: 300, NoGas());

        // 7 fit the 3 % bound (2.45 %) but 9,755 at the quote - 9,760 paid loses; 3 (1.05 %) earn 135 each.
        Assert.Equal([14, 7, 3], quotes);
        Assert.Equal(book.Take(3).Select(c => c.Key), trim.Priced.Select(c => c.Key));
        Assert.All(trim.Priced, c => Assert.Equal(new BigInteger(9_895 - 9_760), c.GrossProfit));
        Assert.Equal(book.Skip(3).Select(c => c.Key), trim.Deferred.Select(d => d.Candidate.Key));
        Assert.Equal(Enumerable.Repeat(SaleVerdict.Unprofitable, 4).Concat(Enumerable.Repeat(SaleVerdict.TooThin, 7)), trim.Deferred.Select(d => d.Reason));
    }

    [Fact]
    public async Task The_gas_of_a_smaller_batch_counts_so_halving_goes_on_to_the_sale_that_pays_for_it()
    {
        // 1 unit of the debt asset per 1,000 gas: 140 a position in a batch of 3, 180 alone.
        var rule = new ProfitRule(BigInteger.Pow(10, 15), BigInteger.Pow(10, 18), 1, 50, 0, false);

        var trim = await FlashPlanner.TrimAsync(ThinPoolBook(14, 9_750), 2, ThinPool, 300, rule);

        var alone = Assert.Single(trim.Priced);
        Assert.Equal(new BigInteger(9_965 - 9_760), alone.GrossProfit);
        Assert.Equal(13, trim.Deferred.Count);
    }

    [Fact]
    public async Task A_single_position_that_does_not_pay_even_alone_is_deferred_as_unprofitable_with_the_rest()
    {
        var book = ThinPoolBook(5, repay: 9_980);

        var trim = await FlashPlanner.TrimAsync(book, 2, ThinPool, 300, NoGas());

        Assert.Empty(trim.Priced);
        Assert.Equal(book.Select(c => c.Key), trim.Deferred.Select(d => d.Candidate.Key));
        Assert.All(trim.Deferred, d => Assert.Equal(SaleVerdict.Unprofitable, d.Reason));
    }

    [Fact]
    public async Task A_sale_that_pays_goes_whole_and_ignoring_profit_halves_for_the_slippage_bound_alone()
    {
        var rich = await FlashPlanner.TrimAsync(ThinPoolBook(6, repay: 9_000), 2, ThinPool, 300, NoGas());
        Assert.Equal(6, rich.Priced.Count);
        Assert.Empty(rich.Deferred);

        var ignoring = await FlashPlanner.TrimAsync(ThinPoolBook(14, repay: 9_750), 2, ThinPool, 300, NoGas(ignoreProfit: true));
        Assert.Equal(7, ignoring.Priced.Count);
        Assert.All(ignoring.Deferred, d => Assert.Equal(SaleVerdict.TooThin, d.Reason));
    }

    [Fact]
    public void The_sale_verdict_asks_the_positions_together_to_earn_the_floor_each_after_gas()
    {
        var quote = new SaleQuote(2, 2_000, 19_930, 20_000); // 35 bps below the oracle: within 300
        var pair = FlashPlanner.AtQuote(ThinPoolBook(2, 9_750), quote); // 9,965 - 9,760 = 205 each
        var rule = new ProfitRule(0, null, 1, 50, MinProfit: 205, IgnoreProfit: false);
        Assert.Equal(SaleVerdict.Fits, FlashPlanner.Judge(pair, quote, 300, rule));
        Assert.Equal(SaleVerdict.Unprofitable, FlashPlanner.Judge(pair, quote, 300, rule with { MinProfit = 206 }));
        Assert.Equal(SaleVerdict.TooThin, FlashPlanner.Judge(pair, quote, 30, rule));
    }

    [Theory]
    [InlineData(1_000_000, 100, 5, 20)] // 1 % fee (5 % bonus x 20 % cut), 1 % slack
    [InlineData(38_264_596_839, 100, 8, 50)]
    [InlineData(999_999, 37, 25, 50)]
    [InlineData(3, 100, 5, 20)]
    public void A_flash_loan_covers_the_repayment_bound_and_the_fee_the_market_charges_on_it(long repaid, int slackBps, int bonusPercent, int cutPercent)
    {
        var wad = BigInteger.Pow(10, 18);
        var rate = bonusPercent * wad / 100 * (cutPercent * wad / 100);
        BigInteger MarketFee(BigInteger r) => (r * rate + wad * wad - 1) / (wad * wad); // Market: repaid x bonus x cut, rounded up
        var maxRepay = LiquidationPlanner.MaxRepay(repaid, slackBps);
        var candidate = new LiquidationCandidate(PositionKey.Of(1, $"0x{1:x40}"), wad / 2, repaid, 1, MarketFee(repaid), repaid, maxRepay);

        // A block of interest larger than the slack: the Market repays the bound and charges its fee on it.
        var pulled = maxRepay + MarketFee(maxRepay);

        Assert.True(pulled <= FlashPlanner.BorrowAmount([candidate]), $"pulled {pulled}, borrowed {FlashPlanner.BorrowAmount([candidate])}");
        // Rounding aside, nothing more: the fee is scaled by max repay / repay, so it over-borrows by at most 2 units.
        Assert.True(FlashPlanner.BorrowAmount([candidate]) - pulled <= 2);
        Assert.Equal(candidate.Cost, FlashPlanner.BorrowAmount([candidate]));
    }

    [Fact]
    public void Only_a_healthy_or_debt_free_position_counts_as_a_lost_race()
    {
        Assert.True(LiquidationPlanner.IsLostRace("PositionHealthy"));
        Assert.True(LiquidationPlanner.IsLostRace("NoDebt"));
        Assert.False(LiquidationPlanner.IsLostRace("OracleInvalid"));
    }

    [Theory]
    [InlineData(0, 25, 0)]
    [InlineData(1, 25, 25)]
    [InlineData(25, 25, 25)]
    [InlineData(26, 25, 50)]
    public void A_batch_sent_early_takes_a_whole_in_flight_slot_of_the_pass_capacity(int positions, int batch, int used) =>
        Assert.Equal(used, LiquidationPlanner.SlotsUsed(positions, batch));

    [Theory]
    [InlineData("5365853659", 6, "5,365.853659")]
    [InlineData("1000000", 6, "1")]
    [InlineData("1", 6, "0.000001")]
    [InlineData("-2500000", 6, "-2.5")]
    [InlineData("123", 0, "123")]
    public void Amounts_are_shown_in_whole_units(string baseUnits, int decimals, string shown) =>
        Assert.Equal(shown, KeeperSuite.Core.Observability.Amounts.Units(BigInteger.Parse(baseUnits, System.Globalization.CultureInfo.InvariantCulture), decimals));
}
