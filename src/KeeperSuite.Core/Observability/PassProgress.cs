namespace KeeperSuite.Core.Observability;

/// <summary>
/// What the last completed pass reached: its block and the collaterals it could not judge (oracle invalid). The
/// daemon's health check reads it; the pass writes it.
/// </summary>
public sealed class PassProgress
{
    private ulong _processed;
    private IReadOnlyList<string> _blind = [];

    public ulong Processed => Interlocked.Read(ref _processed);

    public IReadOnlyList<string> BlindCollaterals => Volatile.Read(ref _blind);

    public void Completed(ulong block, IReadOnlyList<string> blindCollaterals)
    {
        Interlocked.Exchange(ref _processed, block);
        Volatile.Write(ref _blind, blindCollaterals);
    }
}
