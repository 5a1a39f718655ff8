using BenchmarkDotNet.Running;

// `gloss [...]` times the dictionary gloss directly; `english [--show]` scores it against reference headlines; anything else goes to BenchmarkDotNet, e.g.
// `--filter *Segment*`. See BENCHMARKS.md for the commands.
if (args is ["gloss", ..])
    return NewsArchive.Benchmarks.GlossBenchmark.Run(args[1..]);
if (args is ["english", ..])
    return NewsArchive.Benchmarks.EnglishBenchmark.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
