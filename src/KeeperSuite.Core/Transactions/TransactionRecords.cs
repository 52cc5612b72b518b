using System.Numerics;

namespace KeeperSuite.Core.Transactions;

/// <summary>Which part of the keeper a transaction serves; each role has its own in-flight limit.</summary>
public enum TxRole
{
    Liquidation,
    WriteOff,
    Setup,
}

/// <summary>A transaction to send, with the decision it carries out (<see cref="Intent"/>) and a line for the logs.</summary>
public sealed record TxRequest(TxIntent Intent, string To, string Data, BigInteger Gas, string Description)
{
    public TxRole Role => Intent.Role;

    /// <summary>Gas limit for a simulated call: 25% + 20,000 over the estimate, since state moves between estimate and inclusion.</summary>
    public static BigInteger GasLimitFor(BigInteger estimate) => estimate * 5 / 4 + 20_000;
}

/// <summary>One signed attempt at a nonce (the first send or a replacement).</summary>
public sealed record TxAttempt(string Hash, string Raw, Fees Fees, ulong SentBlock);

/// <summary>A nonce the keeper used and has not seen mined yet, with every attempt at it.</summary>
public sealed record InFlightTx(long Nonce, TxRequest Request, ulong FirstBlock, IReadOnlyList<TxAttempt> Attempts)
{
    public TxAttempt Latest => Attempts[^1];
}

/// <summary>How an in-flight transaction ended.</summary>
public sealed record TxOutcome(long Nonce, TxRequest Request, string Hash, bool Succeeded, ulong Block, Nethereum.RPC.Eth.DTOs.TransactionReceipt? Receipt);
