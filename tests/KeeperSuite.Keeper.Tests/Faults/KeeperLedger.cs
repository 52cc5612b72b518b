namespace KeeperSuite.Keeper.Tests.Faults;

/// <summary>The keeper's transactions table checked against the chain: one row per nonce, contiguous from 0, all mined.</summary>
public static class KeeperLedger
{
    public sealed record Summary(long Rows, long DistinctNonces, long MinNonce, long MaxNonce, long Mined, long Reverted, long ChainNonce)
    {
        /// <summary>No nonce reused (rows == distinct) or skipped (0..n-1 == chain count), every transaction mined.</summary>
        public bool Contiguous => Rows == DistinctNonces && Rows == ChainNonce && (Rows == 0 || (MinNonce == 0 && MaxNonce == Rows - 1)) && Mined == Rows;

        public override string ToString() =>
            $"{Rows} rows, {DistinctNonces} nonces {MinNonce}..{MaxNonce}, {Mined} mined ({Reverted} reverted), chain nonce {ChainNonce}";
    }

    public static async Task<Summary> ReadAsync(KeeperChainFixture chain, string stateDirectory, string address)
    {
        using var db = KeeperSuite.Core.State.KeeperDatabase.Open(stateDirectory);
        var chainNonce = (long)await ChainQueries.NonceAsync(chain, address);
        return await db.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*), COUNT(DISTINCT nonce), COALESCE(MIN(nonce), -1), COALESCE(MAX(nonce), -1),
                       COALESCE(SUM(status IN ('confirmed', 'reverted')), 0), COALESCE(SUM(status = 'reverted'), 0)
                FROM transactions
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return new Summary(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), chainNonce);
        }, CancellationToken.None);
    }
}
