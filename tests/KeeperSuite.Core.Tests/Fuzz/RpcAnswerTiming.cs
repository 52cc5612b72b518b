namespace KeeperSuite.Core.Tests.Fuzz;

/// <summary>
/// The RPC answer tests that bound how long a refusal takes run one class at a time: the fuzz's eight workers would
/// otherwise take both cores while the bounded read is being timed.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RpcAnswerTiming
{
    public const string Name = "RPC answer timing";
}
