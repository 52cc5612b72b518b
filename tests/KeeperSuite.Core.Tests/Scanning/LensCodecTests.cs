using System.Numerics;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Scanning;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using IndexKey = KeeperSuite.Core.Indexing.PositionKey;

namespace KeeperSuite.Core.Tests.Scanning;

/// <summary>
/// The scan's hand-written lens ABI against Nethereum's on the same bytes: call data equal to the generated bindings'
/// encoding, answers encoded by Nethereum's encoder decoded to the same values as by its decoder, and broken answers
/// refused as FormatException (never a guess, never a long loop).
/// </summary>
public sealed class LensCodecTests
{
    [Fact]
    public void Key_call_data_equals_the_bindings_encoding()
    {
        var random = new Random(1);
        foreach (var count in new[] { 0, 1, 2, 16, 500 })
        {
            var keys = Enumerable.Range(0, count).Select(_ => IndexKey.Of((uint)random.NextInt64(0, 1L << 32), Address(random))).ToList();
            var lensKeys = keys.Select(k => new PositionKey { CollateralId = k.CollateralId, Owner = k.Owner }).ToList();
            Assert.Equal(BatchCaller.Data(new HealthFactorsFunction { Keys = lensKeys }), LensCodec.HealthFactorsCall(keys));
            Assert.Equal(BatchCaller.Data(new PositionsFunction { Keys = lensKeys }), LensCodec.PositionsCall(keys));
        }
        Assert.Throws<ArgumentException>(() => LensCodec.PositionsCall([new IndexKey(1, "0x12")]));
        Assert.Throws<ArgumentException>(() => LensCodec.PositionsCall([new IndexKey(1, "0x" + new string('g', 40))]));
    }

    [Fact]
    public void HealthFactors_answers_decode_as_Nethereum_decodes_them()
    {
        var random = new Random(2);
        for (var n = 0; n < 200; n++)
        {
            var count = random.Next(0, 40);
            var dto = new HealthFactorsOutputDTO
            {
                Hfs = Enumerable.Range(0, count).Select(_ => Uint256(random)).ToList(),
                Liquidatable = Enumerable.Range(0, count).Select(_ => random.Next(2) == 1).ToList(),
                OracleValid = Enumerable.Range(0, count).Select(_ => random.Next(2) == 1).ToList(),
            };
            var hex = Encode(dto);
            var nethereum = new HealthFactorsOutputDTO().DecodeOutput(hex);
            var mine = LensCodec.HealthFactors(hex);
            Assert.Equal(nethereum.Hfs, mine.Hfs);
            Assert.Equal(nethereum.Liquidatable, mine.Liquidatable);
            Assert.Equal(nethereum.OracleValid, mine.OracleValid);
        }
    }

    [Fact]
    public void Positions_answers_decode_as_Nethereum_decodes_them()
    {
        var random = new Random(3);
        for (var n = 0; n < 100; n++)
        {
            var dto = new PositionsOutputDTO
            {
                Views = Enumerable.Range(0, random.Next(0, 20)).Select(_ => new PositionView
                {
                    CollateralId = (uint)random.NextInt64(0, 1L << 32),
                    Owner = Address(random),
                    Collateral = Uint256(random),
                    ScaledDebt = Uint256(random),
                    Debt = Uint256(random),
                    CollateralValue = Uint256(random),
                    HealthFactor = Uint256(random),
                    MaxBorrow = Uint256(random),
                    Liquidatable = random.Next(2) == 1,
                    OracleValid = random.Next(2) == 1,
                }).ToList(),
            };
            var hex = Encode(dto);
            var nethereum = new PositionsOutputDTO().DecodeOutput(hex).Views;
            var mine = LensCodec.Positions(hex);
            Assert.Equal(nethereum.Count, mine.Length);
            for (var i = 0; i < mine.Length; i++)
            {
                Assert.Equal(nethereum[i].CollateralId, mine[i].CollateralId);
                Assert.Equal(nethereum[i].Owner.ToLowerInvariant(), mine[i].Owner);
                Assert.Equal(nethereum[i].Collateral, mine[i].Collateral);
                Assert.Equal(nethereum[i].ScaledDebt, mine[i].ScaledDebt);
                Assert.Equal(nethereum[i].HealthFactor, mine[i].HealthFactor);
                Assert.Equal(nethereum[i].OracleValid, mine[i].OracleValid);
            }
        }
    }

    [Fact]
    public void Collaterals_answers_decode_as_Nethereum_decodes_them()
    {
        var random = new Random(4);
        for (var n = 0; n < 100; n++)
        {
            var dto = new CollateralsOutputDTO
            {
                Views = Enumerable.Range(0, random.Next(0, 6)).Select(_ => new CollateralView
                {
                    CollateralId = (uint)random.NextInt64(0, 1L << 32),
                    Token = Address(random),
                    Decimals = (byte)random.Next(256),
                    Oracle = Address(random),
                    Price = Uint256(random),
                    OracleValid = random.Next(2) == 1,
                    Params = new CollateralParams
                    {
                        MaxLtv = (ulong)random.NextInt64(),
                        LiquidationThreshold = (ulong)random.NextInt64() * 2,
                        LiquidationBonus = (ulong)random.NextInt64(),
                        DebtCeiling = Uint256(random) >> 128,
                        Dust = Uint256(random) >> 128,
                    },
                    TotalCollateral = Uint256(random),
                    TotalDebt = Uint256(random),
                }).ToList(),
            };
            var hex = Encode(dto);
            var nethereum = new CollateralsOutputDTO().DecodeOutput(hex).Views;
            var mine = LensCodec.Collaterals(hex);
            Assert.Equal(nethereum.Count, mine.Length);
            for (var i = 0; i < mine.Length; i++)
            {
                Assert.Equal(nethereum[i].CollateralId, mine[i].CollateralId);
                Assert.Equal(nethereum[i].Decimals, mine[i].Decimals);
                Assert.Equal(nethereum[i].Price, mine[i].Price);
                Assert.Equal(nethereum[i].OracleValid, mine[i].OracleValid);
                Assert.Equal(nethereum[i].Params.LiquidationThreshold, mine[i].LiquidationThreshold);
            }
        }
    }

    [Fact]
    public void A_uint256_answer_decodes_as_one_word()
    {
        var value = BigInteger.Parse("1050000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, LensCodec.Uint256("0x" + value.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Throws<FormatException>(() => LensCodec.Uint256("0x"));
        Assert.Throws<FormatException>(() => LensCodec.Uint256("0x" + new string('0', 128)));
    }

    [Fact]
    public void Broken_answers_are_refused_as_FormatException()
    {
        var hex = Encode(new HealthFactorsOutputDTO { Hfs = [1, 2], Liquidatable = [true, false], OracleValid = [true, true] });
        var words = Enumerable.Range(0, (hex.Length - 2) / 64).Select(i => hex.Substring(2 + 64 * i, 64)).ToArray();
        string With(int word, string value) => "0x" + string.Concat(words.Select((w, i) => i == word ? value : w));
        string Word(BigInteger v) => v.ToString("x64", System.Globalization.CultureInfo.InvariantCulture)[^64..];

        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(hex[..^64])); // truncated: the last array is short
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(hex[..^1])); // not whole words
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(3, Word(1_000_000_000)))); // an absurd length
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(3, Word(BigInteger.One << 255))));
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(0, Word(1 << 20)))); // an offset past the end
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(0, Word(33)))); // an offset inside a word
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(7, Word(2)))); // a bool of 2
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(With(4, new string('z', 64)))); // not hex
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors("0x"));
        var unequal = Encode(new HealthFactorsOutputDTO { Hfs = [1, 2], Liquidatable = [true], OracleValid = [true, true] });
        Assert.Throws<FormatException>(() => LensCodec.HealthFactors(unequal));

        var positions = Encode(new PositionsOutputDTO { Views = [new PositionView { CollateralId = 1, Owner = "0x" + new string('a', 40), Collateral = 5, ScaledDebt = 7 }] });
        var owner = positions.IndexOf(new string('a', 40), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => LensCodec.Positions(positions[..(owner - 1)] + "1" + positions[owner..])); // address with high bits
        Assert.Throws<FormatException>(() => LensCodec.Positions(positions[..(2 + 64 * 2)] + new string('f', 64) + positions[(2 + 64 * 3)..])); // uint32 overflow

        // And what the batch caller makes of them: an outcome with the reason, not an exception.
        var outcome = BatchCaller.Decode(new CallOutcome<string>(hex[..^64], null), LensCodec.HealthFactors);
        Assert.False(outcome.Ok);
        Assert.StartsWith("undecodable answer", outcome.Error, StringComparison.Ordinal);
    }

    private static string Encode<T>(T dto) => new ParametersEncoder().EncodeParametersFromTypeAttributes(typeof(T), dto).ToHex(true);

    private static string Address(Random random)
    {
        var bytes = new byte[20];
        random.NextBytes(bytes);
        return bytes.ToHex(true);
    }

    private static BigInteger Uint256(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        // Values of every size: small ones, 128-bit ones, full 256-bit ones.
        var size = random.Next(4) switch { 0 => 1, 1 => 8, 2 => 16, _ => 32 };
        return new BigInteger(bytes.AsSpan(0, size), isUnsigned: true, isBigEndian: true);
    }
}
