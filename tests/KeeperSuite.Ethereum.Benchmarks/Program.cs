using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KeeperSuite.Ethereum.Benchmarks.AbiBenchmarks).Assembly).Run(args);
