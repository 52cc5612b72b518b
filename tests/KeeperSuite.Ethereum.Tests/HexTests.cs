using KeeperSuite.Ethereum;

namespace KeeperSuite.Ethereum.Tests;

public sealed class HexTests
{
    [Theory]
    [InlineData("0x", new byte[0])]
    [InlineData("0x00ff10", new byte[] { 0x00, 0xff, 0x10 })]
    [InlineData("00FF10", new byte[] { 0x00, 0xff, 0x10 })]
    public void Decode_accepts_prefixed_and_bare_hex(string hex, byte[] expected) =>
        Assert.Equal(expected, Hex.Decode(hex));

    [Fact]
    public void Encode_is_lowercase_and_prefixed() =>
        Assert.Equal("0xabcdef", Hex.Encode(new byte[] { 0xab, 0xcd, 0xef }));

    [Theory]
    [InlineData("0x123")]
    [InlineData("0xzz")]
    public void Decode_rejects_malformed_hex(string hex) =>
        Assert.Throws<FormatException>(() => Hex.Decode(hex));
}
