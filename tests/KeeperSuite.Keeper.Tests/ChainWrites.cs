using System.Numerics;
using Nethereum.Web3;

namespace KeeperSuite.Keeper.Tests;

/// <summary>Transactions a test sends to set the chain up, and the ones the protocol may refuse.</summary>
internal static class ChainWrites
{
    /// <summary>Sends <paramref name="function"/> and waits for its receipt; throws when it reverted.</summary>
    public static async Task SendAsync<TFunction>(Web3 web3, string to, TFunction function) where TFunction : Nethereum.Contracts.FunctionMessage, new()
    {
        var receipt = await web3.Eth.GetContractTransactionHandler<TFunction>().SendRequestAndWaitForReceiptAsync(to, function);
        if (receipt.Status.Value != BigInteger.One)
            throw new InvalidOperationException($"{typeof(TFunction).Name} reverted");
    }

    /// <summary>Runs an action the protocol may refuse (a borrow past the LTV, a liquidation cap too low): false when it did.</summary>
    public static async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception e) when (e is Nethereum.Contracts.SmartContractCustomErrorRevertException
            or Nethereum.JsonRpc.Client.RpcResponseException or InvalidOperationException)
        {
            return false;
        }
    }
}
