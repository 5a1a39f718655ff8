using BenchmarkDotNet.Running;

// `gloss [...]` times the dictionary gloss directly; `english [--show]` scores it against reference headlines; `segscore [...]` scores segmentation on the page corpus; anything else goes to BenchmarkDotNet, e.g.
// `--filter *Segment*`. See BENCHMARKS.md for the commands.
if (args is ["gloss", ..])
    return NewsArchive.Benchmarks.GlossBenchmark.Run(args[1..]);
// `segscore --segmenter fitted|line-by-line ...`: the assignment's weights fitted on the training families (LOFO fits
// them without the family scored), or the line-by-line reading alone; default: today's segmenter, frozen.
if (args is ["segscore", "--segmenter", var name, ..])
    return NewsArchive.Benchmarks.SegScoreCommand.Run(args[3..], name switch
    {
        "fitted" => new NewsArchive.Tests.Segmentation.Scoring.FitAssignment(),
        "line-by-line" => new NewsArchive.Tests.Segmentation.Scoring.LineByLineRules(),
        _ => new NewsArchive.Tests.Segmentation.Scoring.FrozenRules(),
    });
if (args is ["habitscore", ..])
    return NewsArchive.Benchmarks.HabitScoreCommand.Run(args[1..]);
if (args is ["segscore", ..])
    return NewsArchive.Benchmarks.SegScoreCommand.Run(args[1..], new NewsArchive.Tests.Segmentation.Scoring.FrozenRules());
// `segdiff [--family NAME]`: truth beside the PDF path's prediction on each dev page not right item for item.
if (args is ["segdiff", ..])
    return NewsArchive.Benchmarks.SegDiffCommand.Run(args[1..]);
if (args is ["pdfblocks", var pdfPage])
    return NewsArchive.Benchmarks.PdfBlocksCommand.Run([pdfPage]);
if (args is ["pdfcorpus", ..])
    return NewsArchive.Benchmarks.MakePdfCorpus.Run(args[1..]);
if (args is ["english", ..])
    return NewsArchive.Benchmarks.EnglishBenchmark.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
