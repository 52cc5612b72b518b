using KeeperSuite.Devnet;
using Xunit;

namespace KeeperSuite.Testing;

/// <summary>
/// A real <c>hardhat node</c> (Devnet's <see cref="HardhatNode"/>) for a test collection, killed afterwards.
/// Chain id 31337 with Hardhat's default funded accounts.
/// </summary>
public sealed class HardhatNodeFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Hardhat's chain id.</summary>
    public const ulong ChainId = HardhatNode.ChainId;

    /// <summary>Hardhat default account #0 (publicly known test key; funded with 10000 ETH).</summary>
    public const string Account0Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    /// <summary>Hardhat default account #1.</summary>
    public const string Account1Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    /// <summary>Private key of account #0 — Hardhat's published development key, never a real one.</summary>
    public const string Account0PrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary>Private key of account #1 — Hardhat's published development key, never a real one.</summary>
    public const string Account1PrivateKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    private HardhatNode? _node;

    /// <summary>The node's JSON-RPC URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url => Node.Url;

    private HardhatNode Node => _node ?? throw new InvalidOperationException("the hardhat node is not running");

    /// <inheritdoc />
    public async Task InitializeAsync() => _node = await HardhatNode.StartAsync(Kind);

    /// <summary>The chain to start: Hardhat by default (every integration test); the benchmarks may choose anvil.</summary>
    public NodeKind Kind { get; init; } = NodeKind.Hardhat;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_node is not null)
            await _node.DisposeAsync();
        _node = null;
    }

    /// <inheritdoc cref="HardhatNode.Suspend"/>
    public void Suspend() => Node.Suspend();

    /// <inheritdoc cref="HardhatNode.Resume"/>
    public void Resume() => Node.Resume();

    /// <summary>Kills the node's process tree if it still runs.</summary>
    public void Dispose()
    {
        _node?.Dispose();
        _node = null;
    }
}
