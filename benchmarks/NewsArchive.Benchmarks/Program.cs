using BenchmarkDotNet.Running;

// Run one class with --filter, e.g. `--filter *Segment*`; see BENCHMARKS.md for the commands.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
