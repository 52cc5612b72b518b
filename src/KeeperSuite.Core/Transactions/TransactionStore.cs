using System.Globalization;
using System.Numerics;
using KeeperSuite.Core.State;
using Microsoft.Data.Sqlite;

namespace KeeperSuite.Core.Transactions;

/// <summary>
/// Every transaction the keeper signed, persisted before it is broadcast: after a crash the keeper knows each
/// nonce it used and the exact signed bytes, so it re-broadcasts (same hash) instead of signing anew.
/// </summary>
public sealed class TransactionStore(KeeperDatabaseHolder database)
{
    public Task RecordNewAsync(long nonce, TxRequest request, TxAttempt attempt, CancellationToken cancellationToken) =>
        database.Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO transactions(nonce, role, to_address, data, gas, description, subject, status, first_block, last_block, created_at)
                VALUES($n, $role, $to, $data, $gas, $desc, $subject, 'pending', $blk, $blk, $at)
                """;
            command.Parameters.AddWithValue("$n", nonce);
            command.Parameters.AddWithValue("$role", request.Role.ToString());
            command.Parameters.AddWithValue("$to", request.To);
            command.Parameters.AddWithValue("$data", request.Data);
            command.Parameters.AddWithValue("$gas", (long)request.Gas);
            command.Parameters.AddWithValue("$desc", request.Description);
            command.Parameters.AddWithValue("$subject", request.Intent.Serialize());
            command.Parameters.AddWithValue("$blk", (long)attempt.SentBlock);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            InsertAttempt(connection, transaction, nonce, attempt);
            return 0;
        }, cancellationToken);

    public Task RecordAttemptAsync(long nonce, TxAttempt attempt, CancellationToken cancellationToken) =>
        database.Database.WriteAsync((connection, transaction) =>
        {
            InsertAttempt(connection, transaction, nonce, attempt);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE transactions SET last_block = $blk WHERE nonce = $n";
            command.Parameters.AddWithValue("$n", nonce);
            command.Parameters.AddWithValue("$blk", (long)attempt.SentBlock);
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    /// <summary>Forgets a nonce whose only attempt the node refused outright (it never entered a mempool).</summary>
    public Task ForgetAsync(long nonce, CancellationToken cancellationToken) =>
        database.Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM tx_attempts WHERE nonce = $n; DELETE FROM transactions WHERE nonce = $n AND status = 'pending';";
            command.Parameters.AddWithValue("$n", nonce);
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    public Task CompleteAsync(long nonce, string status, string? hash, ulong? block, bool? succeeded, CancellationToken cancellationToken) =>
        database.Database.WriteAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE transactions SET status = $s, mined_hash = $h, mined_block = $b, succeeded = $ok WHERE nonce = $n";
            command.Parameters.AddWithValue("$n", nonce);
            command.Parameters.AddWithValue("$s", status);
            command.Parameters.AddWithValue("$h", (object?)hash ?? DBNull.Value);
            command.Parameters.AddWithValue("$b", block is null ? DBNull.Value : (long)block.Value);
            command.Parameters.AddWithValue("$ok", succeeded is null ? DBNull.Value : succeeded.Value ? 1 : 0);
            command.ExecuteNonQuery();
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<InFlightTx>> LoadPendingAsync(CancellationToken cancellationToken) =>
        database.Database.ReadAsync<IReadOnlyList<InFlightTx>>(connection =>
        {
            var attempts = new Dictionary<long, List<TxAttempt>>();
            using (var select = connection.CreateCommand())
            {
                select.CommandText = """
                    SELECT a.nonce, a.hash, a.raw, a.max_fee, a.priority_fee, a.sent_block
                    FROM tx_attempts a JOIN transactions t ON t.nonce = a.nonce WHERE t.status = 'pending' ORDER BY a.sent_block, a.rowid
                    """;
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var nonce = reader.GetInt64(0);
                    if (!attempts.TryGetValue(nonce, out var list))
                        attempts[nonce] = list = [];
                    list.Add(new TxAttempt(reader.GetString(1), reader.GetString(2),
                        new Fees(BigInteger.Parse(reader.GetString(3), CultureInfo.InvariantCulture), BigInteger.Parse(reader.GetString(4), CultureInfo.InvariantCulture)),
                        (ulong)reader.GetInt64(5)));
                }
            }
            var result = new List<InFlightTx>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT nonce, role, to_address, data, gas, description, subject, first_block FROM transactions WHERE status = 'pending' ORDER BY nonce";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var nonce = rows.GetInt64(0);
                if (!attempts.TryGetValue(nonce, out var list) || list.Count == 0)
                    continue;
                var request = new TxRequest(TxIntent.Deserialize(rows.GetString(6), Enum.Parse<TxRole>(rows.GetString(1))), rows.GetString(2), rows.GetString(3),
                    rows.GetInt64(4), rows.GetString(5));
                result.Add(new InFlightTx(nonce, request, (ulong)rows.GetInt64(7), list));
            }
            return result;
        }, cancellationToken);

    /// <summary>Counts by status, for tests and <c>status</c>.</summary>
    public Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken) =>
        database.Database.ReadAsync<IReadOnlyDictionary<string, int>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT status, COUNT(*) FROM transactions GROUP BY status";
            using var reader = command.ExecuteReader();
            var result = new Dictionary<string, int>();
            while (reader.Read())
                result[reader.GetString(0)] = reader.GetInt32(1);
            return result;
        }, cancellationToken);

    private static void InsertAttempt(SqliteConnection connection, SqliteTransaction transaction, long nonce, TxAttempt attempt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO tx_attempts(hash, nonce, raw, max_fee, priority_fee, sent_block) VALUES($h, $n, $raw, $mf, $pf, $b)";
        command.Parameters.AddWithValue("$h", attempt.Hash);
        command.Parameters.AddWithValue("$n", nonce);
        command.Parameters.AddWithValue("$raw", attempt.Raw);
        command.Parameters.AddWithValue("$mf", attempt.Fees.MaxFeePerGas.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$pf", attempt.Fees.MaxPriorityFeePerGas.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$b", (long)attempt.SentBlock);
        command.ExecuteNonQuery();
    }
}
