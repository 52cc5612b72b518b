namespace KeeperSuite.Core.Configuration;

/// <summary>A setting the keeper cannot start with. The message is one line that names the key and what to fix.</summary>
public sealed class KeeperConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
