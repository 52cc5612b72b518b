using System.Text.Json;

namespace KeeperSuite.Core.Configuration;

/// <summary>
/// What the host needs from start-up. The daemon signs and, when its RPC is down at boot, waits for it
/// (<see cref="WaitForRpc"/>): an RPC blip is not a refused configuration. <c>run --once</c> gives up (exit 1).
/// <c>status</c> only reads (<see cref="ReadOnly"/>): no key is loaded; <see cref="Address"/>, when known, is the
/// account whose balances it shows; and it works on a private copy of the state folder (<see cref="CopyState"/>), so
/// it runs beside the daemon that holds the folder.
/// </summary>
public sealed record KeeperStartup(bool ReadOnly = false, string? Address = null, bool WaitForRpc = false, bool CopyState = false)
{
    /// <summary>The default: sign, and fail at once when no endpoint answers.</summary>
    public static KeeperStartup Signing { get; } = new();

    /// <summary>
    /// The account a read-only command reports on: <see cref="Address"/>, else the address a v3 keystore states in clear
    /// (nothing is decrypted, no password read), else the address of the development key variable when one is set
    /// (nothing is signed; a malformed one is ignored, as status does not need it), else none.
    /// </summary>
    public string? ResolveAddress(SignerOptions signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!string.IsNullOrWhiteSpace(Address))
            return Address;
        if (string.IsNullOrWhiteSpace(signer.KeystoreFile) || !File.Exists(signer.KeystoreFile))
            return AddressOfKeyVariable(signer.PrivateKeyEnvironmentVariable);
        try
        {
            using var keystore = JsonDocument.Parse(File.ReadAllText(signer.KeystoreFile));
            return keystore.RootElement.TryGetProperty("address", out var address) && address.GetString() is { Length: 40 or 42 } text
                ? (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text : "0x" + text)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? AddressOfKeyVariable(string? variable)
    {
        if (string.IsNullOrWhiteSpace(variable) || Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } key)
            return null;
        try
        {
            return new Nethereum.Signer.EthECKey(key.Trim()).GetPublicAddress();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
