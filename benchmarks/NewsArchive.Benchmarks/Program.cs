using BenchmarkDotNet.Running;

// `gloss [...]` times the dictionary gloss directly; `segscore [...]` scores segmentation on the page corpus; anything else goes to BenchmarkDotNet, e.g.
// `--filter *Segment*`. See BENCHMARKS.md for the commands.
if (args is ["gloss", ..])
    return NewsArchive.Benchmarks.GlossBenchmark.Run(args[1..]);
if (args is ["segscore", ..])
    return NewsArchive.Benchmarks.SegScoreCommand.Run(args[1..], new NewsArchive.Tests.Segmentation.Scoring.FrozenRules());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
