using System.Numerics;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using KeeperSuite.Core.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Nethereum.Web3.Accounts;

namespace KeeperSuite.Core.Transactions;

/// <summary>
/// The keeper's one signer and one nonce sequence, shared by the liquidator and the write-off driver.
/// A nonce is taken and its transaction persisted and broadcast under one lock, so concurrent sends never skip
/// or reuse a nonce; a nonce is only reused when the node refused its transaction outright. Pending
/// transactions are replaced with both fees raised by <c>Keeper:Fees:BumpPercent</c> after
/// <c>ReplaceAfterBlocks</c> blocks, never against a stale head. The nonce comes from the node's confirmed
/// count and our own records, never from a "pending" count that a load balancer may answer from another node.
/// </summary>
public sealed partial class TransactionManager(
    ChainConnection connection,
    TransactionStore store,
    FeeEstimator fees,
    IOptions<KeeperOptions> options,
    KeeperMetrics metrics,
    ILogger<TransactionManager> logger) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<InFlightTx> _inFlight = [];
    private long _nextNonce = -1;

    /// <summary>When set, every decision is logged and nothing is signed or sent.</summary>
    public bool DryRun { get; set; }

    public int InFlightCount(TxRole role)
    {
        lock (_inFlight)
            return _inFlight.Count(t => t.Request.Role == role);
    }

    /// <summary>Whether a transaction for the same decision is in flight.</summary>
    public bool IsInFlight(TxIntent intent)
    {
        lock (_inFlight)
            return _inFlight.Any(t => t.Request.Intent.Equals(intent));
    }

    /// <summary>The intents of a kind in flight, e.g. every <see cref="PreparedLiquidation"/>.</summary>
    public IReadOnlyList<T> InFlightIntents<T>() where T : TxIntent
    {
        lock (_inFlight)
            return [.. _inFlight.Select(t => t.Request.Intent).OfType<T>()];
    }

    public IReadOnlyList<InFlightTx> InFlight
    {
        get
        {
            lock (_inFlight)
                return [.. _inFlight];
        }
    }

    /// <summary>Start-up: reloads in-flight transactions from SQLite and re-broadcasts their signed bytes (same hash).</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var pending = await store.LoadPendingAsync(cancellationToken);
        lock (_inFlight)
        {
            _inFlight.Clear();
            _inFlight.AddRange(pending);
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await ResyncNonceAsync();
        }
        finally
        {
            _lock.Release();
        }
        foreach (var tx in pending)
        {
            LogRecovered(logger, tx.Nonce, tx.Latest.Hash, tx.Request.Description);
            await BroadcastAsync(tx.Latest.Raw, cancellationToken);
        }
    }

    /// <summary>
    /// Signs and sends <paramref name="request"/> with the next nonce. Returns null when the role is at its
    /// in-flight limit, in dry-run, or when the node refused the transaction.
    /// </summary>
    public async Task<InFlightTx?> SendAsync(TxRequest request, ulong head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (InFlightCount(request.Role) >= MaxInFlight(request.Role))
        {
            LogAtLimit(logger, request.Role, request.Description);
            return null;
        }
        if (DryRun)
        {
            LogDryRun(logger, request.Description, request.To, (long)request.Gas);
            return null;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_nextNonce < 0)
                await ResyncNonceAsync();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var nonce = _nextNonce;
                var fee = await fees.EstimateAsync();
                var signed = Sign(request, nonce, fee, head);
                var tx = new InFlightTx(nonce, request, head, [signed]);
                // Persisted before it leaves: a crash right after the broadcast must not forget the nonce.
                await store.RecordNewAsync(nonce, request, signed, cancellationToken);
                var failure = await BroadcastAsync(signed.Raw, cancellationToken);
                switch (failure)
                {
                    case null or SendFailure.AlreadyKnown or SendFailure.Ambiguous:
                        _nextNonce = nonce + 1;
                        lock (_inFlight)
                            _inFlight.Add(tx);
                        metrics.Transaction("sent");
                        LogSent(logger, request.Description, signed.Hash, nonce, Gwei(signed.Fees.MaxFeePerGas), Gwei(signed.Fees.MaxPriorityFeePerGas));
                        return tx;
                    case SendFailure.NonceTooLow:
                        await store.ForgetAsync(nonce, cancellationToken);
                        LogNonceTooLow(logger, nonce);
                        await ResyncNonceAsync();
                        continue;
                    default:
                        await store.ForgetAsync(nonce, cancellationToken);
                        metrics.Transaction("refused");
                        return null;
                }
            }
            return null;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Checks every in-flight transaction: reports the mined ones, replaces the ones pending for
    /// <c>ReplaceAfterBlocks</c> (unless the head is stale), and resolves nonces used by someone else.
    /// </summary>
    public async Task<IReadOnlyList<TxOutcome>> TickAsync(ulong head, bool headStale, CancellationToken cancellationToken)
    {
        var outcomes = new List<TxOutcome>();
        var eth = connection.Context.Web3.Eth;
        long? confirmedCount = null;
        foreach (var tx in InFlight)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (receipt, minedHash) = await FindReceiptAsync(tx);
            if (minedHash is null)
            {
                confirmedCount ??= (long)(await eth.Transactions.GetTransactionCount.SendRequestAsync(connection.Context.KeeperAddress, BlockParameter.CreateLatest())).Value;
                // The count is read after the receipts: a block mined in between makes our own transaction look like one
                // signed elsewhere. Now that the count says the nonce is used, the receipts are asked again.
                if (confirmedCount > tx.Nonce)
                    (receipt, minedHash) = await FindReceiptAsync(tx);
            }
            if (minedHash is not null)
            {
                var ok = receipt!.Status?.Value == BigInteger.One;
                var block = (ulong)receipt.BlockNumber.Value;
                await store.CompleteAsync(tx.Nonce, ok ? "confirmed" : "reverted", minedHash, block, ok, cancellationToken);
                Remove(tx.Nonce);
                metrics.Transaction(ok ? "confirmed" : "reverted");
                LogMined(logger, tx.Request.Description, minedHash, tx.Nonce, ok, block);
                outcomes.Add(new TxOutcome(tx.Nonce, tx.Request, minedHash, ok, block, receipt));
                continue;
            }
            if (confirmedCount > tx.Nonce)
            {
                // The nonce is used but none of our hashes has a receipt: a transaction signed elsewhere with this key.
                await store.CompleteAsync(tx.Nonce, "superseded", null, head, null, cancellationToken);
                Remove(tx.Nonce);
                metrics.Transaction("superseded");
                LogSuperseded(logger, tx.Nonce, tx.Request.Description);
                outcomes.Add(new TxOutcome(tx.Nonce, tx.Request, tx.Latest.Hash, false, head, null));
                continue;
            }
            if (head >= tx.Latest.SentBlock + (ulong)options.Value.Fees.ReplaceAfterBlocks)
            {
                if (headStale)
                    LogStaleNoBump(logger, tx.Nonce);
                else
                    await ReplaceAsync(tx, head, cancellationToken);
            }
        }
        return outcomes;
    }

    /// <summary>The receipt of whichever attempt of <paramref name="tx"/> was mined, if any.</summary>
    private async Task<(TransactionReceipt? Receipt, string? Hash)> FindReceiptAsync(InFlightTx tx)
    {
        foreach (var attempt in tx.Attempts)
        {
            var receipt = await connection.Context.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(attempt.Hash);
            if (receipt?.BlockNumber is not null)
                return (receipt, attempt.Hash);
        }
        return (null, null);
    }

    /// <summary>Waits until nothing is in flight (for <c>run --once</c>), ticking every <paramref name="poll"/>.</summary>
    public async Task<IReadOnlyList<TxOutcome>> DrainAsync(Func<CancellationToken, Task<(ulong Head, bool Stale)>> head, TimeSpan poll, TimeSpan limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        var outcomes = new List<TxOutcome>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        while (InFlight.Count > 0 && !timeout.IsCancellationRequested)
        {
            var (number, stale) = await head(cancellationToken);
            outcomes.AddRange(await TickAsync(number, stale, cancellationToken));
            if (InFlight.Count > 0)
                await Task.Delay(poll, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return outcomes;
    }

    private async Task ReplaceAsync(InFlightTx tx, ulong head, CancellationToken cancellationToken)
    {
        var percent = options.Value.Fees.BumpPercent;
        var current = await fees.EstimateAsync();
        var next = Fees.Replacement(tx.Latest.Fees, current, percent, fees.MaxFeeCap);
        if (!next.Replaces(tx.Latest.Fees, percent))
        {
            LogAtCap(logger, tx.Nonce, Gwei(tx.Latest.Fees.MaxFeePerGas));
            // No higher fee to offer, so nothing new would reach the node: the same signed bytes go again instead. A node
            // that lost them (a restart empties its mempool) takes them back; one that has them answers "already known".
            await _lock.WaitAsync(cancellationToken);
            try
            {
                await BroadcastAsync(tx.Latest.Raw, cancellationToken);
            }
            finally
            {
                _lock.Release();
            }
            return;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var signed = Sign(tx.Request, tx.Nonce, next, head);
            await store.RecordAttemptAsync(tx.Nonce, signed, cancellationToken);
            var replaced = tx with { Attempts = [.. tx.Attempts, signed] };
            lock (_inFlight)
            {
                var i = _inFlight.FindIndex(t => t.Nonce == tx.Nonce);
                if (i >= 0)
                    _inFlight[i] = replaced;
            }
            var failure = await BroadcastAsync(signed.Raw, cancellationToken);
            metrics.Transaction("replaced");
            LogReplaced(logger, tx.Request.Description, tx.Nonce, signed.Hash, Gwei(next.MaxFeePerGas), Gwei(next.MaxPriorityFeePerGas), failure?.ToString() ?? "sent");
        }
        finally
        {
            _lock.Release();
        }
    }

    private static string Gwei(BigInteger wei) => Observability.Amounts.Units(wei, 9);

    private TxAttempt Sign(TxRequest request, long nonce, Fees fee, ulong head)
    {
        var account = connection.Context.Account;
        var input = new TransactionInput
        {
            From = account.Address,
            To = request.To,
            Data = request.Data,
            Gas = new HexBigInteger(request.Gas),
            Value = new HexBigInteger(0),
            Nonce = new HexBigInteger(nonce),
            Type = new HexBigInteger(2),
            MaxFeePerGas = new HexBigInteger(fee.MaxFeePerGas),
            MaxPriorityFeePerGas = new HexBigInteger(fee.MaxPriorityFeePerGas),
        };
        var raw = ((AccountSignerTransactionManager)account.TransactionManager).SignTransaction(input);
        raw = raw.StartsWith("0x", StringComparison.Ordinal) ? raw : "0x" + raw;
        var hash = "0x" + Sha3Keccack.Current.CalculateHashFromHex(raw);
        return new TxAttempt(hash, raw, fee, head);
    }

    private async Task<SendFailure?> BroadcastAsync(string raw, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await connection.Context.Web3.Eth.Transactions.SendRawTransaction.SendRequestAsync(raw);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = SendErrors.Classify(e);
            metrics.RpcFault("eth_sendRawTransaction");
            LogSendFailed(logger, e, failure, e.Message.Split('\n')[0]);
            return failure;
        }
    }

    private async Task ResyncNonceAsync()
    {
        var confirmed = (long)(await connection.Context.Web3.Eth.Transactions.GetTransactionCount
            .SendRequestAsync(connection.Context.KeeperAddress, BlockParameter.CreateLatest())).Value;
        long highest;
        lock (_inFlight)
            highest = _inFlight.Count == 0 ? -1 : _inFlight.Max(t => t.Nonce);
        _nextNonce = Math.Max(confirmed, highest + 1);
    }

    public void Dispose() => _lock.Dispose();

    private void Remove(long nonce)
    {
        lock (_inFlight)
            _inFlight.RemoveAll(t => t.Nonce == nonce);
    }

    private int MaxInFlight(TxRole role) => role switch
    {
        TxRole.Liquidation => options.Value.Liquidation.MaxInFlight,
        TxRole.WriteOff => options.Value.WriteOff.MaxInFlight,
        _ => 1,
    };

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "sent {Description}: tx {Hash} nonce {Nonce} maxFee {MaxFee} gwei tip {Tip} gwei")]
    private static partial void LogSent(ILogger logger, string description, string hash, long nonce, string maxFee, string tip);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "mined {Description}: tx {Hash} nonce {Nonce} success {Success} block {Block}")]
    private static partial void LogMined(ILogger logger, string description, string hash, long nonce, bool success, ulong block);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "replaced nonce {Nonce} ({Description}) with tx {Hash} maxFee {MaxFee} gwei tip {Tip} gwei: {Result}")]
    private static partial void LogReplaced(ILogger logger, string description, long nonce, string hash, string maxFee, string tip, string result);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning, Message = "nonce {Nonce} still pending at the fee cap ({MaxFee} gwei): not replaced, re-broadcast as signed")]
    private static partial void LogAtCap(ILogger logger, long nonce, string maxFee);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "nonce {Nonce} pending but the head is stale: no fee bump against a node that stopped")]
    private static partial void LogStaleNoBump(ILogger logger, long nonce);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Warning, Message = "nonce {Nonce} was used by a transaction this keeper did not sign ({Description} dropped)")]
    private static partial void LogSuperseded(ILogger logger, long nonce, string description);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Warning, Message = "nonce {Nonce} too low: resynchronising with the node")]
    private static partial void LogNonceTooLow(ILogger logger, long nonce);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Warning, Message = "send failed ({Failure}): {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, SendFailure failure, string reason);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Information, Message = "recovered in-flight nonce {Nonce} tx {Hash} ({Description}); re-broadcast")]
    private static partial void LogRecovered(ILogger logger, long nonce, string hash, string description);

    [LoggerMessage(EventId = 2310, Level = LogLevel.Information, Message = "{Role} at its in-flight limit: {Description} waits")]
    private static partial void LogAtLimit(ILogger logger, TxRole role, string description);

    [LoggerMessage(EventId = 2311, Level = LogLevel.Information, Message = "dry-run: would send {Description} to {To} with gas {Gas}")]
    private static partial void LogDryRun(ILogger logger, string description, string to, long gas);
}
