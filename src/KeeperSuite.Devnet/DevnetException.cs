namespace KeeperSuite.Devnet;

/// <summary>The local chain or a Hardhat script could not be started or failed; the message is one line for a console.</summary>
public sealed class DevnetException(string message, Exception? inner = null) : Exception(message, inner);
