using System.Numerics;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.Liquidation;
using KeeperSuite.Core.Transactions;

namespace KeeperSuite.Core.Tests.Decisions;

/// <summary>Fee bumps of a pending transaction and the back-off of failing positions, without a node.</summary>
public sealed class FeeAndBackoffTests
{
    private static readonly BigInteger Gwei = BigInteger.Pow(10, 9);

    [Fact]
    public void A_bump_raises_both_fees_by_the_percent_rounded_up_and_a_node_takes_it_as_a_replacement()
    {
        var old = new Fees(100 * Gwei + 1, 2 * Gwei);

        var bumped = old.Bump(12.5m, 1_000 * Gwei);

        Assert.Equal(new Fees(112_500_000_002, 2_250_000_000), bumped); // 112.5000000011 -> up
        Assert.True(bumped.Replaces(old, 12.5m));
        Assert.False(old.Replaces(old, 12.5m));
    }

    [Fact]
    public void A_replacement_follows_a_base_fee_that_rose_more_than_the_bump()
    {
        var pending = new Fees(100 * Gwei, 2 * Gwei);
        var current = new Fees(300 * Gwei, 3 * Gwei);

        var next = Fees.Replacement(pending, current, 12.5m, 1_000 * Gwei);

        Assert.Equal(new Fees(300 * Gwei, 3 * Gwei), next);
    }

    [Fact]
    public void At_the_cap_the_replacement_is_not_enough_for_a_node_so_the_keeper_re_broadcasts_instead()
    {
        var pending = new Fees(95 * Gwei, 2 * Gwei);

        var next = Fees.Replacement(pending, new Fees(90 * Gwei, Gwei), 12.5m, cap: 100 * Gwei);

        Assert.Equal(100 * Gwei, next.MaxFeePerGas);
        Assert.False(next.Replaces(pending, 12.5m));
    }

    [Fact]
    public void A_replacement_tip_never_exceeds_its_max_fee()
    {
        var next = Fees.Replacement(new Fees(10 * Gwei, 10 * Gwei), new Fees(10 * Gwei, 50 * Gwei), 10m, cap: 11 * Gwei);
        Assert.Equal(new Fees(11 * Gwei, 11 * Gwei), next);
    }

    [Fact]
    public void Each_strike_doubles_the_back_off_up_to_64_times_and_a_success_clears_it()
    {
        var book = new BackoffBook();
        var key = PositionKey.Of(1, "0x00000000000000000000000000000000000000aa");
        var waits = new List<ulong>();
        for (var strike = 0; strike < 9; strike++)
        {
            book.BackOff(key, 1_000, blocks: 3);
            var until = 1_000UL;
            while (book.IsBackedOff(key, until))
                until++;
            waits.Add(until - 1_000);
        }

        Assert.Equal([3UL, 6, 12, 24, 48, 96, 192, 192, 192], waits);
        book.Clear(key);
        Assert.False(book.IsBackedOff(key, 1_000));
    }
}
