using System.CommandLine;
using NewsArchive.Caching;
using NewsArchive.Enrichment.English;
using NewsArchive.Model;
using NewsArchive.Pipeline;
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
                stderr.WriteLine($"error: input folder '{PrintDiagnostics.Printable(inputDirectory)}' does not exist");
                return 2;
            }
            var report = new BuildReport();
            var options = new BuildOptions { InputDirectory = inputDirectory };
            var chain = new PrepareArchive(options, report).English(callService: true);
            if (chain.Service is null)
            {
                PrintDiagnostics.Run(report.Diagnostics, stdout, stderr);
                stderr.WriteLine($"error: no translation service configured: set translation.url and translation.model in {TranslationSettings.ConfigFile}, " +
                    $"or {TranslationSettings.UrlVariable} and {TranslationSettings.ModelVariable} (the key goes in {TranslationSettings.KeyVariable} or the variable translation.api_key_env names)");
                return 2;
            }

            IReadOnlyList<Article> articles;
            // The build's caches and the memory are written: never beside a build doing the same.
            try
            {
                using var cacheLock = FolderLock.Take(BuildPipeline.CacheLockPath(options), $"the input's cache {options.CacheDirectory}", TimeSpan.FromSeconds(30));
                articles = Run(options, chain, report, stdout);
            }
            catch (BuildRefusedException e)
            {
                stderr.WriteLine($"error: {PrintDiagnostics.Printable(e.Message)}");
                return 2;
            }
            PrintDiagnostics.Run(report.Diagnostics, stdout, stderr);
            var service = articles.Count(a => a.Enrichment?.EnglishSource == EnglishSource.Service);
            var librarian = articles.Count(a => a.Enrichment?.EnglishSource == EnglishSource.Librarian);
            // Articles a build or an earlier run already translated come from the caches and never reach the chain.
            var now = (int)report.Counters.GetValueOrDefault("english translated now");
            var failed = articles.Count - service - librarian;
            stdout.WriteLine($"{articles.Count} articles: {now} translated now, {service - now} already in the memory, " +
                $"{librarian} by librarians, {failed} not translated{(failed > 0 ? " (run translate again to retry)" : "")}; " +
                $"{report.Counters.GetValueOrDefault("translation requests")} requests to {chain.Service.Origin}.");
            stdout.WriteLine($"Memory: {Path.Combine(inputDirectory, TranslationMemory.FolderName)}");
            return report.HasErrors || failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static IReadOnlyList<Article> Run(BuildOptions options, EnglishChain chain, BuildReport report, TextWriter stdout)
    {
        // The build's caches: pages and articles a build already did are not segmented or glossed again, and what
        // this run translates is remembered for the next build.
        IReadOnlyList<Article> Stages(IProgressSink progress)
        {
            var caches = BuildCaches.Load(options, callsService: true);
            var archive = new PrepareArchive(options, report, progress).Run(chain, caches);
            caches.SaveInputs();
            return [.. archive.Articles];
        }

        var interactive = !Console.IsOutputRedirected && stdout == Console.Out && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
            return Stages(new PlainCounter(stdout));
        IReadOnlyList<Article> result = [];
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => result = Stages(new BuildProgress.BarProgress(context)));
        return result;
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
