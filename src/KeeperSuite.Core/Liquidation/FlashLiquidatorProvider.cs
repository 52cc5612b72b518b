using System.Text.Json;
using KeeperSuite.Contracts.FlashLiquidator.ContractDefinition;
using KeeperSuite.Core.Chain;
using KeeperSuite.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace KeeperSuite.Core.Liquidation;

/// <summary>
/// The keeper's FlashLiquidator: the one Keeper:Liquidation:FlashLiquidator names, else the one this keeper deployed
/// earlier (recorded in <c>flash-liquidator.json</c> in its state folder, for this chain and Market), else a new one
/// deployed from its own account on first need (lender: the LendingPool's ERC-3156 flash loan; router: the DEX's).
/// Whichever it is must be owned by the keeper's account, or flashLiquidate would revert.
/// </summary>
public sealed partial class FlashLiquidatorProvider(
    ChainConnection connection,
    IOptions<KeeperOptions> options,
    DexQuotes quotes,
    ILogger<FlashLiquidatorProvider> logger) : IDisposable
{
    public const string StateFile = "flash-liquidator.json";
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _address;

    public async Task<string> AddressAsync(CancellationToken cancellationToken)
    {
        if (_address is not null)
            return _address;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _address ??= await ResolveAsync(deploy: true, cancellationToken);
            return _address!;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The keeper's FlashLiquidator when one is named or recorded, else null: nothing is deployed (for a dry run).</summary>
    public async Task<string?> ExistingAsync(CancellationToken cancellationToken)
    {
        if (_address is not null)
            return _address;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _address ??= await ResolveAsync(deploy: false, cancellationToken);
            return _address;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<string?> ResolveAsync(bool deploy, CancellationToken cancellationToken)
    {
        var context = connection.Context;
        var configured = options.Value.Liquidation.FlashLiquidator;
        if (!string.IsNullOrWhiteSpace(configured))
            return await CheckedAsync(AddressUtil.Current.ConvertToChecksumAddress(configured), "Keeper:Liquidation:FlashLiquidator");
        var file = Path.Combine(options.Value.StateDirectory, StateFile);
        if (File.Exists(file))
        {
            var record = JsonSerializer.Deserialize<Record>(await File.ReadAllTextAsync(file, cancellationToken));
            if (record is not null && record.ChainId == context.Deployment.ChainId && AddressUtil.Current.AreAddressesTheSame(record.Market, context.Deployment.Market))
                return await CheckedAsync(record.Address, file);
        }
        if (!deploy)
            return null;
        var dex = quotes.Dex ?? throw new KeeperConfigurationException(
            "Keeper:Liquidation:Mode flash needs a DEX: the deployments file records none (dex: null); deploy one or use Mode inventory");
        var bytecode = Bytecode();
        var receipt = await context.Web3.Eth.GetContractDeploymentHandler<FlashLiquidatorDeployment>().SendRequestAndWaitForReceiptAsync(
            new FlashLiquidatorDeployment(bytecode)
            {
                Lender = context.Deployment.Pool, Market = context.Deployment.Market, Router = dex.Router, Owner = context.KeeperAddress,
            }, cancellationToken);
        if (receipt.Status?.Value != 1 || string.IsNullOrEmpty(receipt.ContractAddress))
            throw new InvalidOperationException($"deploying the FlashLiquidator failed (tx {receipt.TransactionHash})");
        var address = AddressUtil.Current.ConvertToChecksumAddress(receipt.ContractAddress);
        Directory.CreateDirectory(options.Value.StateDirectory);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new Record(context.Deployment.ChainId, context.Deployment.Market, address, receipt.TransactionHash)), cancellationToken);
        LogDeployed(logger, address, receipt.TransactionHash, file);
        return address;
    }

    private async Task<string> CheckedAsync(string address, string source)
    {
        var context = connection.Context;
        var owner = await context.Web3.Eth.GetContractQueryHandler<OwnerFunction>()
            .QueryAsync<string>(address, new OwnerFunction(), BlockParameter.CreateLatest());
        if (!AddressUtil.Current.AreAddressesTheSame(owner, context.KeeperAddress))
            throw new KeeperConfigurationException($"{source}: the FlashLiquidator {address} is owned by {owner}, not by the keeper's account {context.KeeperAddress}");
        return address;
    }

    /// <summary>The creation code embedded from FlashLiquidator.creation.json beside this file (see the project file).</summary>
    private static string Bytecode()
    {
        using var stream = typeof(FlashLiquidatorProvider).Assembly.GetManifestResourceStream("FlashLiquidator.creation.json")
            ?? throw new InvalidOperationException("this build of the keeper lacks its embedded FlashLiquidator.creation.json");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("bytecode").GetString()!;
    }

    public void Dispose() => _lock.Dispose();

    private sealed record Record(long ChainId, string Market, string Address, string DeployTx);

    [LoggerMessage(Level = LogLevel.Information, Message = "deployed the keeper's FlashLiquidator at {Address} (tx {Hash}); recorded in {File}")]
    private static partial void LogDeployed(ILogger logger, string address, string hash, string file);
}
