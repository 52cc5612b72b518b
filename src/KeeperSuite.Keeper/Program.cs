using KeeperSuite.Keeper.Cli;

return await KeeperCommandLine.RunAsync(args);
