using System.Numerics;

namespace KeeperSuite.Ethereum.Tests;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(0, "0x0")]
    [InlineData(1, "0x1")]
    [InlineData(255, "0xff")]
    [InlineData(256, "0x100")]
    [InlineData(31337, "0x7a69")]
    public void Quantities_have_no_leading_zeros(long value, string hex)
    {
        Assert.Equal(hex, HexQuantity.Encode(new BigInteger(value)));
        Assert.Equal(hex, HexQuantity.Encode((ulong)value));
        Assert.Equal(hex, new HexBigInteger(value).HexValue);
        Assert.Equal(new BigInteger(value), HexQuantity.Decode(hex));
        Assert.Equal((ulong)value, HexQuantity.DecodeUInt64(hex));
    }

    [Fact]
    public void Large_values_round_trip_and_high_bits_are_not_a_sign()
    {
        Assert.Equal("0x" + new string('f', 64), HexQuantity.Encode(UInt256.MaxValue));
        Assert.Equal(UInt256.MaxValue, HexQuantity.Decode("0x" + new string('f', 64)));
        Assert.Equal(new BigInteger(0x80), HexQuantity.Decode("0x80"));
        Assert.Equal(new BigInteger(1), HexQuantity.Decode("0x0001"));
        Assert.Throws<OverflowException>(() => HexQuantity.DecodeUInt64("0x10000000000000000"));
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("12")]
    [InlineData("0xg1")]
    [InlineData("-0x1")]
    public void Malformed_quantities_throw_FormatException(string text) =>
        Assert.Throws<FormatException>(() => HexQuantity.Decode(text));

    [Fact]
    public void Negative_quantities_cannot_be_encoded() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HexQuantity.Encode(BigInteger.MinusOne));

    [Fact]
    public void UInt256_and_Int256_range_checks_and_encoding()
    {
        Assert.True(UInt256.IsInRange(UInt256.MaxValue));
        Assert.False(UInt256.IsInRange(UInt256.MaxValue + 1));
        Assert.False(UInt256.IsInRange(-1));
        Assert.Throws<OverflowException>(() => UInt256.ToBigEndian(-1));
        Assert.Throws<OverflowException>(() => Int256.ToBigEndian(Int256.MaxValue + 1));
        Assert.Equal(Enumerable.Repeat((byte)0xff, 32), Int256.ToBigEndian(-1));
        Assert.Equal(Int256.MinValue, Int256.FromBigEndian(Int256.ToBigEndian(Int256.MinValue)));
        Assert.Equal(UInt256.MaxValue, UInt256.FromBigEndian(UInt256.ToBigEndian(UInt256.MaxValue)));
        Assert.Equal(new BigInteger(255), UInt256.MaxValueOf(8));
        Assert.Equal(new BigInteger(-128), Int256.MinValueOf(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => UInt256.MaxValueOf(7));
    }

    [Fact]
    public void Keccak256_of_empty_and_known_strings()
    {
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Hex.Encode(Keccak256.Hash([])));
        Assert.Equal("0xa9059cbb", Hex.Encode(Keccak256.HashUtf8("transfer(address,uint256)").AsSpan(0, 4)));
        var big = new byte[10_000];
        big[9_999] = 1;
        Assert.NotEqual(Keccak256.Hash(big), Keccak256.Hash(new byte[10_000]));
    }
}
