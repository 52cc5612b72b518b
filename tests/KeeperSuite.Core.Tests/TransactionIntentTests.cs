using System.Numerics;
using KeeperSuite.Core.Indexing;
using KeeperSuite.Core.State;
using KeeperSuite.Core.Transactions;

namespace KeeperSuite.Core.Tests;

/// <summary>
/// Decisions reach the transaction manager as types and come back from the state database (SQLite on disk) as the
/// same types after a restart: what the liquidator and the write-off driver read from a receipt is what they wrote.
/// </summary>
public sealed class TransactionIntentTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("keeper-intents-").FullName;

    public static TheoryData<TxIntent> Intents() =>
    [
        new PreparedLiquidation([PositionKey.Of(1, "0xAbCd000000000000000000000000000000000001"), PositionKey.Of(2, "0x00000000000000000000000000000000000000ef")],
            BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
        new PreparedWriteOffStep(WriteOffStep.StartAuction, 7),
        new PreparedWriteOffStep(WriteOffStep.Settle, BigInteger.Pow(2, 200)),
        new PreparedBid(3),
        new PreparedApproval("0x00000000000000000000000000000000000000aa", "Market"),
        new PreparedTokenApproval("0x00000000000000000000000000000000000000bb", "0x00000000000000000000000000000000000000aa", "DEX router for WETH"),
        new PreparedSale(2, BigInteger.Pow(10, 30)),
    ];

    [Theory]
    [MemberData(nameof(Intents))]
    public async Task A_pending_transaction_comes_back_from_the_state_database_with_the_intent_it_was_sent_for(TxIntent intent)
    {
        using (var holder = new KeeperDatabaseHolder())
        {
            holder.Open(_directory);
            await new TransactionStore(holder).RecordNewAsync(5, Request(intent), Attempt(), CancellationToken.None);
        }

        using var reopened = new KeeperDatabaseHolder();
        reopened.Open(_directory);
        var pending = await new TransactionStore(reopened).LoadPendingAsync(CancellationToken.None);

        var tx = Assert.Single(pending);
        Assert.Equal(intent, tx.Request.Intent);
        Assert.Equal(intent.Role, tx.Request.Role);
    }

    [Fact]
    public void Equal_liquidations_name_the_same_positions_in_the_same_order()
    {
        var a = new PreparedLiquidation([PositionKey.Of(1, "0xA"), PositionKey.Of(2, "0xB")], 10);

        Assert.Equal(a, new PreparedLiquidation([PositionKey.Of(1, "0xa"), PositionKey.Of(2, "0xb")], 10));
        Assert.NotEqual(a, new PreparedLiquidation([PositionKey.Of(2, "0xb"), PositionKey.Of(1, "0xa")], 10));
        Assert.NotEqual(a, new PreparedLiquidation([PositionKey.Of(1, "0xa"), PositionKey.Of(2, "0xb")], 11));
    }

    [Fact]
    public async Task A_pending_transaction_an_older_keeper_recorded_as_free_text_is_still_recovered()
    {
        using (var holder = new KeeperDatabaseHolder())
        {
            var db = holder.Open(_directory);
            await db.WriteAsync((connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO transactions(nonce, role, to_address, data, gas, description, subject, status, first_block, last_block, created_at)
                    VALUES(0, 'Liquidation', '0x01', '0x', 21000, 'liquidate 1:0xab', 'liquidate 1:0xab', 'pending', 1, 1, '2026-12-01T00:00:00Z');
                    INSERT INTO tx_attempts(hash, nonce, raw, max_fee, priority_fee, sent_block) VALUES('0xh', 0, '0xraw', '2', '1', 1);
                    """;
                return command.ExecuteNonQuery();
            }, CancellationToken.None);
        }

        using var reopened = new KeeperDatabaseHolder();
        reopened.Open(_directory);
        var tx = Assert.Single(await new TransactionStore(reopened).LoadPendingAsync(CancellationToken.None));

        Assert.Equal(new UntypedIntent(TxRole.Liquidation, "liquidate 1:0xab"), tx.Request.Intent);
        Assert.Equal("0xraw", tx.Latest.Raw);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static TxRequest Request(TxIntent intent) => new(intent, "0x0000000000000000000000000000000000000001", "0x1234", 100_000, "test");

    private static TxAttempt Attempt() => new("0x" + new string('1', 64), "0xf8", new Fees(2_000_000_000, 1_000_000_000), 9);
}
