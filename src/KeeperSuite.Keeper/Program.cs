using KeeperSuite.Keeper;

return await KeeperCommandLine.RunAsync(args);
