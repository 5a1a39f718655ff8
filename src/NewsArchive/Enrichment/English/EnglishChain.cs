using NewsArchive.Model;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// The English sources in their order of preference: librarian sidecar > translation memory > service (when one is
/// configured and calling it is allowed) > dictionary gloss. Every service result is written to the memory as it
/// arrives, so an interrupted run keeps what it paid for and a rerun asks only for what is still missing.
/// A failed service call is a warning naming the page and article; the article gets the gloss, so nothing is lost.
/// </summary>
public sealed class EnglishChain(
    string inputDirectory, TranslationSettings? service, bool callService, IGloss? gloss, HttpMessageHandler? handler = null) : IEnglishRenderer
{
    public const string TranslateStage = "translate";

    /// <summary>The chain a build or the translate verb uses: settings from input/newsarchive.yml and the environment.</summary>
    public static EnglishChain Configure(string inputDirectory, Func<string, string?> environment, bool callService, IGloss? gloss, BuildReport report) =>
        new(inputDirectory, TranslationSettings.Load(inputDirectory, environment, report), callService, gloss);

    public TranslationSettings? Service => service;

    public IReadOnlyDictionary<string, EnglishResult> Render(
        IReadOnlyList<PrintedPage> pages, IReadOnlyList<EnglishRequest> requests, BuildReport report, IProgressSink progress)
    {
        var librarian = LibrarianEnglish.Load(inputDirectory, pages, report);
        var memory = new TranslationMemory(inputDirectory, report);
        var results = new Dictionary<string, EnglishResult>(StringComparer.Ordinal);
        var missing = new List<EnglishRequest>();

        foreach (var request in requests)
        {
            if (librarian.GetValueOrDefault(request.ArticleId) is { Title: { } title, Summary: { } summary } human)
                results[request.ArticleId] = new EnglishResult(new EnglishText(title, summary), EnglishSource.Librarian, human.File);
            else if (service is not null && memory.Find(request, service.Origin) is { } remembered)
                results[request.ArticleId] = new EnglishResult(remembered, EnglishSource.Service, service.Origin);
            else if (service is not null && callService)
                missing.Add(request);
            else if (memory.FindAny(request, null) is { } other)
                results[request.ArticleId] = new EnglishResult(other.Text, EnglishSource.Service, other.Origin);
        }
        report.Count("english from memory", results.Values.Count(r => r.Source == EnglishSource.Service));

        if (missing.Count > 0)
        {
            // Warnings name the page file; the article id says which article on it.
            var pageOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in pages)
                foreach (var article in page.Articles)
                    pageOf.TryAdd(article.Id, page.Source.File);
            // The same text printed twice (a repeated notice, a brief on two pages) is paid for once.
            var distinct = missing.DistinctBy(r => r.SourceText, StringComparer.Ordinal).ToList();
            var outcomes = Task.Run(() => TranslateAsync(distinct, pageOf, memory, report, progress)).GetAwaiter().GetResult()
                .ToDictionary(o => o.Request.SourceText, o => o.Text, StringComparer.Ordinal);
            foreach (var request in missing)
                if (outcomes.TryGetValue(request.SourceText, out var text))
                    results[request.ArticleId] = new EnglishResult(text, EnglishSource.Service, service!.Origin);
            report.Count("english translated now", missing.Count(r => outcomes.ContainsKey(r.SourceText)));
            foreach (var request in missing.Where(r => !results.ContainsKey(r.ArticleId)))
                if (memory.FindAny(request, null) is { } other)
                    results[request.ArticleId] = new EnglishResult(other.Text, EnglishSource.Service, other.Origin);
        }

        foreach (var request in requests)
        {
            var found = results.GetValueOrDefault(request.ArticleId);
            if (found is null && gloss is not null)
                found = results[request.ArticleId] = new EnglishResult(gloss.Render(request), EnglishSource.Gloss, gloss.Version);
            if (librarian.GetValueOrDefault(request.ArticleId) is { } partial && found?.Source != EnglishSource.Librarian)
                results[request.ArticleId] = WithLibrarian(partial, found);
        }
        foreach (var source in new[] { EnglishSource.Librarian, EnglishSource.Service, EnglishSource.Gloss })
            report.Count($"english: {source.ToString().ToLowerInvariant()}", results.Values.Count(r => r.Source == source));
        return results;
    }

    // A librarian who corrected only the title (or only the summary) keeps it; the other field comes from the next source.
    private static EnglishResult WithLibrarian(LibrarianEnglish.Entry entry, EnglishResult? next) => new(
        new EnglishText(entry.Title ?? next?.Text.Title ?? "", entry.Summary ?? next?.Text.Summary ?? ""),
        EnglishSource.Librarian,
        next is null ? entry.File : $"{entry.File} ({(entry.Title is null ? "title" : "summary")}: {next.Origin})");

    private async Task<List<(EnglishRequest Request, EnglishText Text)>> TranslateAsync(
        List<EnglishRequest> missing, Dictionary<string, string> pageOf, TranslationMemory memory, BuildReport report, IProgressSink progress)
    {
        var settings = service!;
        using var http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new ChatCompletionsClient(settings, http);
        using var gate = new SemaphoreSlim(settings.Concurrency);
        var done = new List<(EnglishRequest, EnglishText)>();
        var failuresInARow = 0;
        var gaveUp = 0;
        var skipped = 0;

        progress.StageStarted(TranslateStage, missing.Count);
        await Task.WhenAll(missing.Select(async request =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (Volatile.Read(ref gaveUp) == 1)
                {
                    Interlocked.Increment(ref skipped);
                    return;
                }
                ServiceOutcome outcome;
                try
                {
                    outcome = await client.TranslateAsync(request, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Whatever else goes wrong talking to a service is its failure, not the build's: gloss, warn, and never quote the key.
                    outcome = ServiceOutcome.Failure(settings.Key.Redact($"{e.GetType().Name}: {e.Message}"), 1);
                }
                report.Count("translation requests", outcome.Attempts);
                if (outcome.Text is not null)
                {
                    memory.Put(request, settings.Origin, outcome.Text);
                    lock (done) done.Add((request, outcome.Text));
                    Interlocked.Exchange(ref failuresInARow, 0);
                    return;
                }
                report.Warn(EnrichArticles.StageName, pageOf.GetValueOrDefault(request.ArticleId),
                    $"article {request.ArticleId}: the translation service failed ({settings.Key.Redact(outcome.Problem!)}); using the dictionary gloss");
                if (outcome.Fatal || Interlocked.Increment(ref failuresInARow) >= settings.GiveUpAfter)
                    Interlocked.Exchange(ref gaveUp, 1);
            }
            finally
            {
                progress.Advance(TranslateStage);
                gate.Release();
            }
        })).ConfigureAwait(false);
        progress.StageFinished(TranslateStage);

        if (skipped > 0)
            report.Warn(EnrichArticles.StageName, null,
                $"gave up on the translation service after repeated failures; {skipped} more articles use the dictionary gloss (run `translate` later to fill the memory)");
        return done;
    }
}
