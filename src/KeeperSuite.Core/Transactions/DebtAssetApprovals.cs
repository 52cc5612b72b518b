using System.Numerics;
using KeeperSuite.Core.Chain;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Erc20 = Nethereum.Contracts.Standards.ERC20.ContractDefinition;

namespace KeeperSuite.Core.Transactions;

/// <summary>
/// Lets a contract pull the keeper's debt asset — the Market for liquidations, the Waterfall for bids — with one
/// max approval, sent once and not again while it is in flight or once the allowance is ample.
/// </summary>
public sealed class DebtAssetApprovals(ChainConnection connection, TransactionManager transactions)
{
    // Far above any budget: an allowance this large is never worth topping up.
    private static readonly BigInteger Ample = BigInteger.Pow(2, 200);
    private readonly HashSet<string> _approved = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="spender">Address of the contract that pulls the debt asset.</param>
    /// <param name="name">Its name in logs, e.g. "Market".</param>
    public async Task EnsureAsync(string spender, string name, ulong block, CancellationToken cancellationToken)
    {
        lock (_approved)
        {
            if (_approved.Contains(spender))
                return;
        }
        var context = connection.Context;
        var token = context.Deployment.DebtAsset.Address;
        var allowance = await context.Web3.Eth.ERC20.GetContractService(token).AllowanceQueryAsync(context.KeeperAddress, spender);
        var intent = new PreparedApproval(spender, name);
        if (allowance < Ample)
        {
            if (transactions.IsInFlight(intent))
                return;
            var data = new Erc20.ApproveFunction { Spender = spender, Value = Nethereum.ABI.IntType.MAX_UINT256_VALUE }.GetCallData().ToHex(true);
            var tx = await transactions.SendAsync(
                new TxRequest(intent, token, data, 100_000, $"approve the {name} for the debt asset"), block, cancellationToken);
            if (tx is null)
                return;
        }
        lock (_approved)
            _approved.Add(spender);
    }
}
