using System.CommandLine;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.English;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation;
using Spectre.Console;

namespace NewsArchive.Cli;

/// <summary>
/// Fills the translation memory from the configured service, so later builds are offline and free.
/// Each answer is written the moment it arrives: an interrupted run keeps its work and a rerun asks only for the rest.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Archive input folder (with newsarchive.yml); the memory goes to its .translation-memory/", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var command = new Command("translate",
            "Translate every article not yet in the translation memory with the configured service (translation: in newsarchive.yml, " +
            "or NEWSARCHIVE_TRANSLATE_URL, _MODEL, _KEY). Resumable: rerun to continue or to retry failures.") { input };
        command.SetAction(parse =>
        {
            var inputDirectory = parse.GetValue(input)!.FullName;
            if (!Directory.Exists(inputDirectory))
            {
                stderr.WriteLine($"error: input folder '{inputDirectory}' does not exist");
                return 2;
            }
            var report = new BuildReport();
            var chain = EnglishChain.Configure(inputDirectory, Environment.GetEnvironmentVariable, callService: true, gloss: null, report);
            if (chain.Service is null)
            {
                Print(report, stdout, stderr);
                stderr.WriteLine($"error: no translation service configured: set translation.url and translation.model in {TranslationSettings.ConfigFile}, " +
                    $"or {TranslationSettings.UrlVariable} and {TranslationSettings.ModelVariable} (the key goes in {TranslationSettings.KeyVariable} or the variable translation.api_key_env names)");
                return 2;
            }

            var pages = Run(inputDirectory, chain, report, stdout);
            Print(report, stdout, stderr);
            var articles = pages.SelectMany(p => p.Articles).ToList();
            var service = articles.Count(a => a.Enrichment?.EnglishSource == EnglishSource.Service);
            var librarian = articles.Count(a => a.Enrichment?.EnglishSource == EnglishSource.Librarian);
            var remembered = report.Counters.GetValueOrDefault("english from memory");
            var failed = articles.Count - service - librarian;
            stdout.WriteLine($"{articles.Count} articles: {service - remembered} translated now, {remembered} already in the memory, " +
                $"{librarian} by librarians, {failed} not translated{(failed > 0 ? " (run translate again to retry)" : "")}; " +
                $"{report.Counters.GetValueOrDefault("translation requests")} requests to {chain.Service.Origin}.");
            stdout.WriteLine($"Memory: {Path.Combine(inputDirectory, TranslationMemory.FolderName)}");
            return report.HasErrors || failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static IReadOnlyList<PrintedPage> Run(string inputDirectory, EnglishChain chain, BuildReport report, TextWriter stdout)
    {
        IReadOnlyList<PrintedPage> Stages(IProgressSink progress)
        {
            var sources = new ReadPages().Run(inputDirectory, report);
            var pages = new SegmentPages().Run(sources, report, progress, Environment.ProcessorCount);
            return new EnrichArticles(NewsArchive.Enrichment.Gloss.DictionaryGloss.Locate(inputDirectory), chain).Run(pages, report, progress, Environment.ProcessorCount);
        }

        var interactive = !Console.IsOutputRedirected && stdout == Console.Out && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
            return Stages(new PlainCounter(stdout));
        IReadOnlyList<PrintedPage> result = [];
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => result = Stages(new BuildProgress.BarProgress(context)));
        return result;
    }

    private static void Print(BuildReport report, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in report.Diagnostics.Where(d => d.Severity != Severity.Info))
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToString());
    }

    /// <summary>Plain lines for logs: the build's stage lines, and for the long translate stage a line every 5%.</summary>
    private sealed class PlainCounter(TextWriter stdout) : IProgressSink
    {
        private readonly BuildProgress.PlainProgress _plain = new(stdout);
        private int _total;
        private int _done;

        public void StageStarted(string stage, int total)
        {
            if (stage == EnglishChain.TranslateStage) { _total = total; _done = 0; }
            _plain.StageStarted(stage, total);
        }

        public void Advance(string stage, int by = 1)
        {
            _plain.Advance(stage, by);
            if (stage != EnglishChain.TranslateStage) return;
            var done = Interlocked.Add(ref _done, by);
            var step = Math.Max(1, _total / 20);
            if (done % step == 0 && done < _total)
                lock (stdout) stdout.WriteLine($"{stage}: {done}/{_total}");
        }

        public void StageFinished(string stage) => _plain.StageFinished(stage);
    }
}
