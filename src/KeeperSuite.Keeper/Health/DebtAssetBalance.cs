using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Observability;
using Microsoft.Extensions.Logging;

namespace KeeperSuite.Keeper.Health;

/// <summary>
/// Reads the keeper's debt-asset balance (Nethereum's ERC-20 service) after every pass into
/// <c>keeper_debt_asset_balance</c>: the liquidator reads it only when something is liquidatable, so the gauge stayed
/// 0 until then and kept the balance from before the keeper's own liquidations after.
/// </summary>
public sealed partial class DebtAssetBalance(ChainConnection connection, KeeperMetrics metrics, ILogger<DebtAssetBalance> logger)
{
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var context = connection.Context;
        try
        {
            var balance = await context.Web3.Eth.ERC20.GetContractService(context.Deployment.DebtAsset.Address).BalanceOfQueryAsync(context.KeeperAddress);
            metrics.DebtBalance((double)balance / (double)context.DebtUnit);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The pass is done; a balance that cannot be read now is read after the next one.
            metrics.RpcFault("eth_call(balanceOf)");
            LogUnread(logger, e, e.GetType().Name, e.Message.Split('\n')[0]);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "debt-asset balance not read ({Type}: {Reason}); the gauge keeps its last value")]
    private static partial void LogUnread(ILogger logger, Exception exception, string type, string reason);
}
