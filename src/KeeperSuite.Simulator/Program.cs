using KeeperSuite.Simulator;

return await SimulateCommand.RunAsync(args);
