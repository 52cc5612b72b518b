using System.Numerics;
using KeeperSuite.Contracts.Generator;
using KeeperSuite.Ethereum;
using KeeperSuite.Ethereum.Abi;

namespace KeeperSuite.Contracts.Tests;

public sealed class BindingGeneratorTests
{
    // A struct with a nested struct array, an overloaded function, an indexed dynamic event field and a custom error:
    // the shapes the generator must map to C# types.
    private const string Abi = """
        [
          {"type":"function","name":"positions","stateMutability":"view",
           "inputs":[{"name":"ids","type":"uint32[]","internalType":"uint32[]"}],
           "outputs":[{"name":"","type":"tuple[]","internalType":"struct Lens.Position[]","components":[
              {"name":"owner","type":"address","internalType":"address"},
              {"name":"debt","type":"uint256","internalType":"uint256"},
              {"name":"legs","type":"tuple[]","internalType":"struct Lens.Leg[]","components":[
                 {"name":"id","type":"uint8","internalType":"uint8"},{"name":"note","type":"string","internalType":"string"}]}]}]},
          {"type":"function","name":"poke","stateMutability":"nonpayable","inputs":[],"outputs":[]},
          {"type":"function","name":"CLOSE_FACTOR","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256","internalType":"uint256"}]},
          {"type":"function","name":"poke","stateMutability":"nonpayable","inputs":[{"name":"x","type":"int64","internalType":"int64"}],"outputs":[]},
          {"type":"event","name":"Noted","anonymous":false,"inputs":[
             {"name":"note","type":"string","indexed":true,"internalType":"string"},
             {"name":"by","type":"address","indexed":true,"internalType":"address"},
             {"name":"amount","type":"uint256","indexed":false,"internalType":"uint256"}]},
          {"type":"error","name":"TooLarge","inputs":[{"name":"value","type":"uint256","internalType":"uint256"},{"name":"max","type":"uint256","internalType":"uint256"}]}
        ]
        """;

    [Fact]
    public void Maps_structs_arrays_overloads_events_and_errors_to_typed_members()
    {
        var source = BindingGenerator.Generate("Lens", Abi, "a test ABI");

        Assert.Contains("public static byte[] EncodePositions(IReadOnlyList<uint> ids)", source, StringComparison.Ordinal);
        Assert.Contains("public static IReadOnlyList<Position> DecodePositionsOutput(ReadOnlySpan<byte> returnData)", source, StringComparison.Ordinal);
        Assert.Contains("public sealed record Position(Address Owner, BigInteger Debt, IReadOnlyList<Leg> Legs)", source, StringComparison.Ordinal);
        Assert.Contains("public sealed record Leg(byte Id, string Note)", source, StringComparison.Ordinal);
        Assert.Contains("public static byte[] EncodePoke1()", source, StringComparison.Ordinal);
        Assert.Contains("public static byte[] EncodePoke2(long x)", source, StringComparison.Ordinal);
        Assert.Contains("public static BigInteger DecodeCloseFactorOutput(ReadOnlySpan<byte> returnData)", source, StringComparison.Ordinal);
        // An indexed string is only its hash in the log: the binding must say so with byte[].
        Assert.Contains("public sealed record NotedEvent(byte[] Note, Address By, BigInteger Amount)", source, StringComparison.Ordinal);
        Assert.Contains("public sealed record TooLargeError(BigInteger Value, BigInteger Max)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_encoders_agree_with_the_abi_they_came_from()
    {
        // MockERC20 is generated from the real artifact; its call data must equal the generic encoder's.
        var to = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var generic = ContractAbi.FromJson(MockERC20.AbiJson).GetFunction("mint").EncodeCall(to, new BigInteger(5));
        Assert.Equal(generic, MockERC20.EncodeMint(to, 5));
        Assert.Equal("0x40c10f19", Hex.Encode(MockERC20.EncodeMint(to, 5).AsSpan(0, 4)));
    }

    [Fact]
    public void A_lone_array_argument_is_encoded_as_one_argument()
    {
        // params object?[] would take a lone object?[] for the whole argument list: the generator must not let it.
        var keys = new[]
        {
            new MarketLens.PositionKey(1, Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")),
            new MarketLens.PositionKey(3, Address.Parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")),
        };

        var decoded = (object?[])MarketLens.PositionsFunction.DecodeInput(MarketLens.EncodePositions(keys))[0]!;

        Assert.Equal(keys.Length, decoded.Length);
        Assert.Equal(keys[1].Owner, (Address)((object?[])decoded[1]!)[1]!);
    }

    [Fact]
    public void Generated_error_records_decode_revert_data()
    {
        var sender = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var data = MockERC20.ERC20InsufficientBalanceError.Definition.Encode(sender, new BigInteger(1), new BigInteger(2));
        var decoded = MockERC20.ERC20InsufficientBalanceError.TryDecode(data);
        Assert.Equal(new MockERC20.ERC20InsufficientBalanceError(sender, 1, 2), decoded);
        Assert.Null(MockERC20.ERC20InvalidSenderError.TryDecode(data));
    }
}
