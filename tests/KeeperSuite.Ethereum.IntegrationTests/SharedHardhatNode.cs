using KeeperSuite.Testing;

namespace KeeperSuite.Ethereum.IntegrationTests;

/// <summary>All tests here share one hardhat node; xunit runs a collection's tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedHardhatNode : ICollectionFixture<HardhatNodeFixture>
{
    public const string Name = "hardhat node";
}
