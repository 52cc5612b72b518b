using System.Globalization;
using System.Numerics;
using System.Text;
using KeeperSuite.Contracts.MarketLens.ContractDefinition;
using KeeperSuite.Core.Chain;
using IndexKey = KeeperSuite.Core.Indexing.PositionKey;

namespace KeeperSuite.Core.Scanning;

/// <summary>A <c>MarketLens.positions</c> element, as far as the scan uses it.</summary>
public readonly record struct LensPosition(uint CollateralId, string Owner, BigInteger Collateral, BigInteger ScaledDebt, BigInteger HealthFactor, bool OracleValid);

/// <summary>A <c>MarketLens.collaterals</c> element, as far as the scan uses it.</summary>
public readonly record struct LensCollateral(uint CollateralId, byte Decimals, BigInteger Price, bool OracleValid, ulong LiquidationThreshold);

/// <summary>A <c>MarketLens.healthFactors</c> answer: three arrays of the keys' length.</summary>
public sealed record LensHealthFactors(BigInteger[] Hfs, bool[] Liquidatable, bool[] OracleValid);

/// <summary>
/// The ABI of the three lens calls the scan makes every block, written out by hand: call data for
/// <c>healthFactors(keys)</c> and <c>positions(keys)</c>, and their answers and <c>collaterals()</c>'s read straight
/// from the hex. Nethereum's reflection-based encoder and decoder cost tens of microseconds a key; the layouts here are
/// fixed (static tuples in dynamic arrays), so each word is read at its place. Selectors come from the generated
/// bindings. Strict: an answer whose offsets, lengths or words do not fit the ABI (an array longer than the answer, a
/// bool other than 0 or 1, a uint32 or address with high bits set) is a <see cref="FormatException"/>, never a guess.
/// </summary>
public static class LensCodec
{
    private const int Word = 64; // hex characters
    private const int PositionWords = 10; // (uint32, address, uint256 × 6, bool, bool)
    private const int CollateralWords = 13; // (uint32, address, uint8, address, uint256, bool, (uint64 × 3, uint128 × 2), uint256, uint256)

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly string HealthFactorsSelector = BatchCaller.Data(new HealthFactorsFunction { Keys = [] })[..10];
    private static readonly string PositionsSelector = BatchCaller.Data(new PositionsFunction { Keys = [] })[..10];

    /// <summary><c>healthFactors(keys)</c> call data as hex.</summary>
    public static string HealthFactorsCall(IEnumerable<IndexKey> keys) => KeysCall(HealthFactorsSelector, keys);

    /// <summary><c>positions(keys)</c> call data as hex.</summary>
    public static string PositionsCall(IEnumerable<IndexKey> keys) => KeysCall(PositionsSelector, keys);

    private static string KeysCall(string selector, IEnumerable<IndexKey> keys)
    {
        var list = keys as IReadOnlyCollection<IndexKey> ?? keys.ToList();
        var text = new StringBuilder(10 + Word * (2 + 2 * list.Count));
        text.Append(selector);
        AppendWord(text, 32); // the array's offset
        AppendWord(text, (ulong)list.Count);
        foreach (var key in list)
        {
            AppendWord(text, key.CollateralId);
            var owner = key.Owner.AsSpan();
            if (owner.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                owner = owner[2..];
            if (owner.Length != 40 || owner.ContainsAnyExcept(HexDigits))
                throw new ArgumentException($"not an address: {key.Owner}", nameof(keys));
            text.Append('0', 24).Append(owner);
        }
        return text.ToString();
    }

    private static void AppendWord(StringBuilder text, ulong value) => text.Append('0', 48).Append(value.ToString("x16", CultureInfo.InvariantCulture));

    /// <summary>An answer of one <c>uint256</c> (hex), e.g. <c>borrowIndex()</c>.</summary>
    public static BigInteger Uint256(string hex)
    {
        var data = Payload(hex);
        if (Words(data) != 1)
            throw new FormatException($"an answer of {Words(data)} words, not one uint256");
        return Uint(data, 0);
    }

    /// <summary>A <c>healthFactors</c> answer (hex).</summary>
    public static LensHealthFactors HealthFactors(string hex)
    {
        var data = Payload(hex);
        var hfs = Array(data, 0, 1, out var n1);
        var liquidatable = Array(data, 1, 1, out var n2);
        var valid = Array(data, 2, 1, out var n3);
        if (n1 != n2 || n1 != n3)
            throw new FormatException($"healthFactors arrays of different lengths: {n1}, {n2}, {n3}");
        var answer = new LensHealthFactors(new BigInteger[n1], new bool[n1], new bool[n1]);
        for (var i = 0; i < n1; i++)
        {
            answer.Hfs[i] = Uint(data, hfs + i);
            answer.Liquidatable[i] = Bool(data, liquidatable + i);
            answer.OracleValid[i] = Bool(data, valid + i);
        }
        return answer;
    }

    /// <summary>A <c>positions</c> answer (hex).</summary>
    public static LensPosition[] Positions(string hex)
    {
        var data = Payload(hex);
        var at = Array(data, 0, PositionWords, out var n);
        var views = new LensPosition[n];
        for (var i = 0; i < n; i++)
        {
            var w = at + i * PositionWords;
            // Words 4, 5 and 7 (debt, collateral value, max borrow) are not used by the scan; still read as uint256 by the ABI, any value fits.
            views[i] = new LensPosition((uint)Small(data, w, 32), Address(data, w + 1), Uint(data, w + 2), Uint(data, w + 3), Uint(data, w + 6), Bool(data, w + 9));
            _ = Bool(data, w + 8);
        }
        return views;
    }

    /// <summary>A <c>collaterals()</c> answer (hex).</summary>
    public static LensCollateral[] Collaterals(string hex)
    {
        var data = Payload(hex);
        var at = Array(data, 0, CollateralWords, out var n);
        var views = new LensCollateral[n];
        for (var i = 0; i < n; i++)
        {
            var w = at + i * CollateralWords;
            _ = Address(data, w + 1); // token
            _ = Address(data, w + 3); // oracle
            for (var p = 6; p <= 8; p++)
                _ = Small(data, w + p, 64); // maxLtv, liquidationThreshold, liquidationBonus
            views[i] = new LensCollateral((uint)Small(data, w, 32), (byte)Small(data, w + 2, 8), Uint(data, w + 4), Bool(data, w + 5), Small(data, w + 7, 64));
        }
        return views;
    }

    /// <summary>The answer without its 0x, checked to be whole 32-byte words of hex.</summary>
    private static ReadOnlySpan<char> Payload(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var data = hex.AsSpan();
        if (data.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            data = data[2..];
        if (data.Length % Word != 0)
            throw new FormatException($"an answer of {data.Length} hex characters is not whole 32-byte words");
        return data;
    }

    private static int Words(ReadOnlySpan<char> data) => data.Length / Word;

    /// <summary>
    /// The dynamic array whose offset is head word <paramref name="head"/>: its element count and the word index of its
    /// first element, each element <paramref name="wordsEach"/> words (static).
    /// </summary>
    private static int Array(ReadOnlySpan<char> data, int head, int wordsEach, out int count)
    {
        var words = Words(data);
        if (head >= words)
            throw new FormatException("an answer shorter than its head");
        var offset = Small(data, head, 64);
        if (offset % 32 != 0 || offset / 32 >= (ulong)words)
            throw new FormatException($"an array offset {offset} outside an answer of {words * 32} bytes");
        var start = (int)(offset / 32);
        var length = Small(data, start, 64);
        if (length > (ulong)((words - start - 1) / wordsEach))
            throw new FormatException($"an array of {length} elements longer than the answer");
        count = (int)length;
        return start + 1;
    }

    /// <summary>Word <paramref name="index"/> as an unsigned value of at most <paramref name="bits"/> bits (≤ 64).</summary>
    private static ulong Small(ReadOnlySpan<char> data, int index, int bits)
    {
        var word = data.Slice(index * Word, Word);
        foreach (var c in word[..48])
        {
            if (c != '0')
                throw new FormatException($"word {index} does not fit {bits} bits");
        }
        if (!ulong.TryParse(word[48..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"word {index} is not hex");
        if (bits < 64 && value >> bits != 0)
            throw new FormatException($"word {index} does not fit {bits} bits");
        return value;
    }

    private static bool Bool(ReadOnlySpan<char> data, int index) => Small(data, index, 1) == 1;

    private static BigInteger Uint(ReadOnlySpan<char> data, int index)
    {
        Span<byte> bytes = stackalloc byte[32];
        if (Convert.FromHexString(data.Slice(index * Word, Word), bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
            throw new FormatException($"word {index} is not hex");
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static string Address(ReadOnlySpan<char> data, int index)
    {
        var word = data.Slice(index * Word, Word);
        foreach (var c in word[..24])
        {
            if (c != '0')
                throw new FormatException($"word {index} is not an address");
        }
        var address = word[24..];
        foreach (var c in address)
        {
            if (!char.IsAsciiHexDigit(c))
                throw new FormatException($"word {index} is not hex");
        }
        return string.Concat("0x", address).ToLowerInvariant();
    }
}
