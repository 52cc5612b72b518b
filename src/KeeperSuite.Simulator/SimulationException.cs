namespace KeeperSuite.Simulator;

/// <summary>A simulation could not be set up or run; the message is one line for the console.</summary>
public sealed class SimulationException(string message, Exception? inner = null) : Exception(message, inner);
