using System.Collections.Concurrent;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// The offline English: a CC-CEDICT gloss with news rules (names, places, bodies, dates, numbers). The dictionary
/// is loaded once per process and file, lazily and thread-safely, on first use. Without it the gloss still converts
/// dates, numbers and the types of places and bodies, and leaves other words in Chinese; <see cref="Problem"/> says why.
/// </summary>
public sealed class DictionaryGloss : IGloss
{
    /// <summary>The gloss's own rules; with the hash of its tables (senses, headline patterns) it names what a render used.</summary>
    public const string RulesVersion = "cedict-gloss/7";

    private static readonly ConcurrentDictionary<string, Lazy<CedictDictionary>> Loaded = new(StringComparer.Ordinal);
    private readonly Lazy<(CedictDictionary? Dictionary, string? Problem)> _dictionary;
    private readonly Lazy<GlossWriter> _writer;

    public DictionaryGloss(string? dictionaryPath)
    {
        DictionaryPath = dictionaryPath;
        _dictionary = new(() => Open(dictionaryPath), LazyThreadSafetyMode.ExecutionAndPublication);
        _writer = new(() => new GlossWriter(_dictionary.Value.Dictionary), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A gloss with the dictionary found from the input folder, the current folder or the program's folder.</summary>
    public static DictionaryGloss Locate(string? inputDirectory) => new(CedictLocator.Find(CedictLocator.DefaultStarts(inputDirectory)));

    public string? DictionaryPath { get; }

    public CedictDictionary? Dictionary => _dictionary.Value.Dictionary;

    /// <summary>Why there is no dictionary (not installed, unreadable), or null when it is loaded.</summary>
    public string? Problem => _dictionary.Value.Problem;

    // Part of the render cache's key through the article's English origin: a changed table or rule re-renders.
    public string Version => Dictionary is { } d ? $"{RulesVersion}-{NewsSenses.TablesHash}+cedict-{d.Hash}" : $"{RulesVersion}-{NewsSenses.TablesHash}+no-dictionary";

    public EnglishText Render(EnglishRequest request)
    {
        var writer = _writer.Value;
        var title = request.TitleZh ?? FirstClause(request.SummaryZh);
        var shown = new[] { request.KickerZh, request.TitleZh, request.SubtitleZh, request.SummaryZh };
        var names = writer.Names([.. shown, SentencesSharingWords(request.ContextZh, shown)]);
        var titleEn = GlossText.TitleCase(writer.Gloss(title, names));
        // A kicker that is a classical phrase the dictionary lacks (a column's name) says nothing in characters' meanings.
        if (!string.IsNullOrWhiteSpace(request.KickerZh) && !writer.IsUnknownClassicalPhrase(request.KickerZh.Trim()))
            titleEn = $"{GlossText.TitleCase(writer.Gloss(request.KickerZh, names))}: {titleEn}";
        return new EnglishText(titleEn.Trim(), writer.Gloss(request.SummaryZh, names));
    }

    /// <summary>
    /// The sentences of the article's text that share two adjacent Han characters with what is shown: a name the
    /// title or summary uses (岷溪, 王正源) is at least two characters, so the sentence that names it with its type
    /// or role shares them. Reading only those for names costs a fraction of reading the whole text.
    /// </summary>
    internal static string? SentencesSharingWords(string? context, IEnumerable<string?> shown)
    {
        if (string.IsNullOrEmpty(context))
            return context;
        var pairs = new HashSet<int>();
        foreach (var text in shown)
            for (var i = 0; text is not null && i + 1 < text.Length; i++)
                if (Chinese.ChineseWords.IsHan(text[i]) && Chinese.ChineseWords.IsHan(text[i + 1]))
                    pairs.Add(text[i] << 16 | text[i + 1]);
        var kept = new System.Text.StringBuilder();
        var start = 0;
        for (var i = 0; i <= context.Length; i++)
        {
            if (i < context.Length && !SentenceEnds.Contains(context[i]))
                continue;
            var end = Math.Min(i + 1, context.Length);
            for (var k = start; k + 1 < end; k++)
                if (pairs.Contains(context[k] << 16 | context[k + 1]))
                {
                    kept.Append(context, start, end - start);
                    if (kept[^1] != '\n')
                        kept.Append('\n');
                    break;
                }
            start = end;
        }
        return kept.ToString();
    }

    private const string SentenceEnds = "。！？；\n";

    /// <summary>The gloss of any Chinese text (for the CLI and tests).</summary>
    public string Gloss(string chinese) => _writer.Value.Gloss(chinese);

    // A photo without a headline is titled by the first clause of its caption that is not only a date.
    private static string FirstClause(string summary)
    {
        var clauses = summary.Split(['，', '。', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return clauses.FirstOrDefault(c => FindQuantities.In(c) is var q && !(q.Count == 1 && q[0].Start == 0 && q[0].Length == c.Length)) ?? summary;
    }

    private static (CedictDictionary?, string?) Open(string? path)
    {
        if (path is null)
            return (null, $"CC-CEDICT not found ({CedictLocator.RelativePath} above the input, current or program folder, or ${CedictLocator.EnvironmentVariable}); " +
                "run scripts/setup.sh. English is a degraded gloss: dates, numbers and place types only, other words left in Chinese.");
        try
        {
            return (Loaded.GetOrAdd(path, p => new Lazy<CedictDictionary>(() => CedictDictionary.Load(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            Loaded.TryRemove(path, out _);
            return (null, $"{path}: CC-CEDICT could not be read ({ex.Message}); English is a degraded gloss.");
        }
    }
}
