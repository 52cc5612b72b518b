using System.Text.Json;

namespace KeeperSuite.Ethereum.Tests;

public sealed class AddressTests
{
    private static readonly JsonElement Eip55 = Vectors.Load("eip55.json");

    [Fact]
    public void Checksums_match_ethers_and_the_EIP_55_vectors()
    {
        foreach (var vector in Eip55.GetProperty("checksummed").EnumerateArray())
        {
            var input = vector.GetProperty("input").GetString()!;
            var expected = vector.GetProperty("checksummed").GetString()!;
            Assert.Equal(expected, Address.Parse(input).ToString());
            Assert.Equal(expected, Address.Parse(expected.ToLowerInvariant()).ToString());
            Assert.Equal(expected, Address.Parse("0x" + expected[2..].ToUpperInvariant()).ToString());
            Assert.Equal(expected, Address.Parse(expected[2..]).ToString());
        }
    }

    [Fact]
    public void The_EIP_55_examples_are_already_checksummed()
    {
        // Straight from EIP-55: these mixed-case forms are their own checksum.
        string[] examples =
        [
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        ];
        foreach (var example in examples)
            Assert.Equal(example, Address.Parse(example).ToString());
    }

    [Fact]
    public void Mixed_case_with_a_wrong_checksum_is_rejected()
    {
        foreach (var bad in Eip55.GetProperty("badChecksums").EnumerateArray().Select(e => e.GetString()!))
        {
            var e = Assert.Throws<FormatException>(() => Address.Parse(bad));
            Assert.Contains("EIP-55 checksum", e.Message, StringComparison.Ordinal);
            Assert.False(Address.TryParse(bad, out _));
        }
    }

    [Theory]
    [InlineData("0x1234", "40 hex digits")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00", "40 hex digits")]
    [InlineData("0xzzzzb6053F3E94C9b9A09f33669435E7Ef1BeAed", "not hex digits")]
    [InlineData("", "40 hex digits")]
    public void Malformed_addresses_say_what_is_wrong(string text, string expectedMessage)
    {
        var e = Assert.Throws<FormatException>(() => Address.Parse(text));
        Assert.Contains(expectedMessage, e.Message, StringComparison.Ordinal);
        Assert.False(Address.TryParse(text, out _));
    }

    [Fact]
    public void Value_semantics_bytes_and_zero()
    {
        var a = Address.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        var b = new Address(a.ToArray());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(Address.Zero, a);
        Assert.True(default(Address).IsZero);
        Assert.Equal("0x0000000000000000000000000000000000000000", Address.Zero.ToString());
        Assert.Equal("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", a.ToLowerHex());
        Assert.Throws<ArgumentException>(() => new Address(new byte[19]));
    }

    [Fact]
    public void From_public_key_matches_the_hardhat_account()
    {
        using var key = Signing.EthECKey.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", Address.FromPublicKey(key.GetPublicKey()).ToString());
        Assert.Equal(key.Address, Address.FromPublicKey([0x04, .. key.GetPublicKey()]));
        Assert.Throws<ArgumentException>(() => Address.FromPublicKey(new byte[33]));
    }
}
