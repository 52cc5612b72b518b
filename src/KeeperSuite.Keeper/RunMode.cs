namespace KeeperSuite.Keeper;

/// <summary>How <c>keeper run</c> was started.</summary>
public sealed record RunMode(bool Once, bool DryRun)
{
    /// <summary>Process exit code the worker sets (0: success).</summary>
    public int ExitCode { get; set; }
}
