using System.Numerics;
using KeeperSuite.Core.Chain;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Contracts.Standards.ERC20.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace KeeperSuite.Core.Liquidation;

/// <summary>
/// For <c>--dry-run</c>: the <c>eth_call</c> state override (its third parameter; Hardhat, anvil and geth take it) that
/// makes the keeper look funded with the debt asset and approved for a spender, so a fresh account's dry run
/// simulates what a funded one would send instead of failing on the missing allowance. The token's storage slots of
/// <c>balanceOf</c> and <c>allowance</c> (Solidity mappings, as OpenZeppelin's ERC20 keeps them) are found once by a
/// probe: every candidate slot overridden with its own number, and the value the token reads back names its slot.
/// </summary>
public sealed partial class FundedOverride(ChainConnection connection, ILogger<FundedOverride> logger) : IDisposable
{
    /// <summary>Slots probed: the mappings of OpenZeppelin's ERC20 are slots 0 and 1; proxies such as USDC's sit a little higher.</summary>
    private const int ProbedSlots = 32;

    /// <summary>A balance no liquidation pass spends, far from overflowing the token's arithmetic.</summary>
    private static readonly BigInteger Funded = BigInteger.Pow(2, 128);

    private static readonly BigInteger ProbeBase = BigInteger.Pow(2, 100);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (bool Probed, int? Balance, int? Allowance) _slots;

    /// <summary>Whether the node refused the state-override parameter (then a dry run says what it would send instead).</summary>
    public bool Unsupported { get; private set; }

    /// <summary>
    /// The override (<c>{ token: { stateDiff: { slot: value } } }</c>) funding the keeper and approving <paramref name="spender"/>,
    /// or null when the node takes no overrides or the token's slots were not found.
    /// </summary>
    public async Task<Dictionary<string, object>?> ForAsync(string spender, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_slots.Probed)
                _slots = await ProbeAsync();
        }
        finally
        {
            _lock.Release();
        }
        if (_slots is not { Balance: { } balance, Allowance: { } allowance })
            return null;
        var context = connection.Context;
        var keeper = context.KeeperAddress;
        return State(context.Deployment.DebtAsset.Address, new Dictionary<string, string>
        {
            [BalanceSlot(keeper, balance)] = Word(Funded),
            [AllowanceSlot(keeper, spender, allowance)] = Word(Nethereum.ABI.IntType.MAX_UINT256_VALUE),
        });
    }

    /// <summary>Storage slot of <c>mapping(address =&gt; uint)[owner]</c> at <paramref name="slot"/>: keccak(owner . slot).</summary>
    public static string BalanceSlot(string owner, int slot) => Keccak(Pad(owner), Word(slot));

    /// <summary>Storage slot of <c>mapping(address =&gt; mapping(address =&gt; uint))[owner][spender]</c> at <paramref name="slot"/>.</summary>
    public static string AllowanceSlot(string owner, string spender, int slot) => Keccak(Pad(spender), BalanceSlot(owner, slot));

    private async Task<(bool, int?, int?)> ProbeAsync()
    {
        var context = connection.Context;
        var token = context.Deployment.DebtAsset.Address;
        var keeper = context.KeeperAddress;
        var spender = context.Deployment.Market;
        try
        {
            var balanceSlot = await ProbeSlotAsync(token, new BalanceOfFunction { Owner = keeper }.GetCallData().ToHex(true), i => BalanceSlot(keeper, i));
            var allowanceSlot = await ProbeSlotAsync(token, new AllowanceFunction { Owner = keeper, Spender = spender }.GetCallData().ToHex(true), i => AllowanceSlot(keeper, spender, i));
            if (balanceSlot is null || allowanceSlot is null)
                LogSlotsNotFound(logger, token, ProbedSlots);
            else
                LogSlotsFound(logger, token, balanceSlot.Value, allowanceSlot.Value);
            return (true, balanceSlot, allowanceSlot);
        }
        catch (RpcResponseException e)
        {
            Unsupported = true;
            LogUnsupported(logger, e.RpcError?.Message ?? e.Message);
            return (true, null, null);
        }
    }

    /// <summary>One eth_call with every candidate slot set to its own number: the answer is the slot the token reads.</summary>
    private async Task<int?> ProbeSlotAsync(string token, string data, Func<int, string> slotOf)
    {
        var diff = Enumerable.Range(0, ProbedSlots).ToDictionary(slotOf, i => Word(ProbeBase + i));
        var answer = await connection.Context.Client.SendRequestAsync<string>(
            new RpcRequest(1, "eth_call", new CallInput(data, token), "latest", State(token, diff)));
        if (string.IsNullOrEmpty(answer) || answer == "0x")
            return null;
        var read = answer.HexToBigInteger(false) - ProbeBase;
        return read >= 0 && read < ProbedSlots ? (int)read : null;
    }

    public void Dispose() => _lock.Dispose();

    private static Dictionary<string, object> State(string token, Dictionary<string, string> diff) =>
        new() { [token] = new Dictionary<string, object> { ["stateDiff"] = diff } };

    private static string Keccak(string a, string b) => "0x" + Sha3Keccack.Current.CalculateHashFromHex(a, b);

    private static string Pad(string address) => "0x" + address.RemoveHexPrefix().ToLowerInvariant().PadLeft(64, '0');

    private static string Word(BigInteger value) => "0x" + value.ToByteArray(isUnsigned: true, isBigEndian: true).ToHex().PadLeft(64, '0');

    [LoggerMessage(Level = LogLevel.Information, Message = "dry-run: the debt asset {Token} keeps balances at slot {BalanceSlot} and allowances at slot {AllowanceSlot}; simulating as if the keeper held it and had approved the spender")]
    private static partial void LogSlotsFound(ILogger logger, string token, int balanceSlot, int allowanceSlot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "dry-run: no balance/allowance mapping of the debt asset {Token} in its first {Slots} storage slots; simulating with the keeper's real balance and allowance")]
    private static partial void LogSlotsNotFound(ILogger logger, string token, int slots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "dry-run: the node takes no eth_call state override ({Reason}); the liquidations are described, not simulated")]
    private static partial void LogUnsupported(ILogger logger, string reason);
}
