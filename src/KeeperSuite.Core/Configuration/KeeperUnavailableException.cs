namespace KeeperSuite.Core.Configuration;

/// <summary>
/// The chain could not be reached at start-up by a command that does not wait for it (<c>run --once</c>,
/// <c>status</c>): the configuration may be right, so this is exit 1 (retry later), not exit 2 (fix a setting).
/// </summary>
public sealed class KeeperUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
