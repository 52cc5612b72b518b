using Microsoft.Extensions.Options;
using Nethereum.Util;

namespace KeeperSuite.Core.Configuration;

/// <summary>
/// Checks the liquidation mode and the FlashLiquidator address at start-up, one line per failure naming the key. The slippage
/// and sale bounds are declared on their properties and checked by <see cref="KeeperOptionsValidator"/>.
/// </summary>
public sealed class LiquidationModeValidator : IValidateOptions<KeeperOptions>
{
    /// <summary>FlashLiquidator.MAX_SLIPPAGE_BPS: the contract refuses a looser bound (the slippage settings' upper bound).</summary>
    public const int MaxSlippageBps = 5_000;

    public ValidateOptionsResult Validate(string? name, KeeperOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var liq = options.Liquidation;
        if (!Enum.IsDefined(liq.Mode))
            failures.Add("Keeper:Liquidation:Mode must be inventory, flash or auto");
        if (!string.IsNullOrWhiteSpace(liq.FlashLiquidator) && !AddressUtil.Current.IsValidEthereumAddressHexFormat(liq.FlashLiquidator))
            failures.Add($"Keeper:Liquidation:FlashLiquidator '{liq.FlashLiquidator}' is not an address (0x and 40 hex digits); leave it empty to let the keeper deploy one");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
