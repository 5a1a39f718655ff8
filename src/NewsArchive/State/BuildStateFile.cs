using System.Globalization;
using NewsArchive.Search;
using NewsArchive.Storage;

namespace NewsArchive.State;

/// <summary>
/// The <see cref="BuildState"/> on disk: one text file under the input's cache folder, replaced whole by one atomic
/// write after the site is committed. A build killed before that leaves the last committed build's state, which still
/// describes the site on disk. A file that is missing, cut short, damaged or of another format is no state at all: the
/// build is then a first build's, with the same site (a state only ever saves work).
/// </summary>
/// <remarks>
/// The format: a magic line; <c>articles N</c> and N lines <c>id TAB key</c>; <c>related KEY N</c> (or
/// <c>related none</c>) and N lines <c>id TAB related ids...</c>; <c>export</c> followed by the export's version, content
/// key, shard count, token totals (<c>field=count</c> separated by spaces), <c>N</c> and N lines
/// <c>sort key TAB id TAB hash</c>, <c>M</c> and M file paths (or <c>export none</c>); <c>end</c>.
/// </remarks>
public static class BuildStateFile
{
    private const string Magic = "newsarchive-build-state-1";

    public static string PathIn(string cacheDirectory) => Path.Combine(cacheDirectory, "build-state.txt");

    public static BuildState Load(string path)
    {
        try
        {
            if (!File.Exists(path))
                return BuildState.Empty;
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Magic)
                return BuildState.Empty;
            var state = new BuildState(ReadArticles(reader), ReadRelated(reader), ReadExport(reader));
            return Line(reader) == "end" ? state : BuildState.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or ArgumentException)
        {
            return BuildState.Empty;
        }
    }

    public static void Save(string path, BuildState state) => AtomicFile.Write(path, stream =>
    {
        using var w = AtomicFile.Writer(stream);
        w.WriteLine(Magic);
        w.WriteLine("articles " + N(state.Articles.Count));
        foreach (var (id, key) in state.Articles.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            w.WriteLine(id + "\t" + key);
        if (state.Related is { } related)
        {
            w.WriteLine($"related {related.Key} {N(related.Lists.Count)}");
            foreach (var (id, list) in related.Lists.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                w.WriteLine(string.Join('\t', [id, .. list]));
        }
        else
            w.WriteLine("related none");
        if (state.Export is { } export)
        {
            w.WriteLine("export");
            w.WriteLine(export.Version);
            w.WriteLine(export.ContentKey);
            w.WriteLine(N(export.Shards));
            w.WriteLine(string.Join(' ', export.Tokens.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value.ToString(CultureInfo.InvariantCulture))));
            w.WriteLine(N(export.Documents.Count));
            foreach (var d in export.Documents)
                w.WriteLine($"{d.SortKey}\t{d.Id}\t{d.Hash}");
            w.WriteLine(N(export.Paths.Count));
            foreach (var p in export.Paths)
                w.WriteLine(p);
        }
        else
            w.WriteLine("export none");
        w.WriteLine("end");
    });

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ReadArticles(StreamReader reader)
    {
        var count = Count(Line(reader), "articles");
        var articles = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = count; i > 0; i--)
        {
            var line = Line(reader);
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                throw new FormatException("an article line without its key");
            articles[line[..tab]] = line[(tab + 1)..];
        }
        return articles;
    }

    private static RelatedLists? ReadRelated(StreamReader reader)
    {
        var head = Line(reader).Split(' ');
        if (head is ["related", "none"])
            return null;
        if (head is not ["related", var key, var count])
            throw new FormatException("no related lists");
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = int.Parse(count, CultureInfo.InvariantCulture); i > 0; i--)
        {
            var parts = Line(reader).Split('\t');
            lists[parts[0]] = parts[1..];
        }
        return new RelatedLists(key, lists);
    }

    private static ExportState? ReadExport(StreamReader reader)
    {
        var head = Line(reader);
        if (head == "export none")
            return null;
        if (head != "export")
            throw new FormatException("no export");
        var version = Line(reader);
        var contentKey = Line(reader);
        var shards = int.Parse(Line(reader), CultureInfo.InvariantCulture);
        var tokens = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var pair in Line(reader).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            tokens[pair[..eq]] = long.Parse(pair[(eq + 1)..], CultureInfo.InvariantCulture);
        }
        var documents = new List<ExportedDocument>(int.Parse(Line(reader), CultureInfo.InvariantCulture));
        for (var i = documents.Capacity; i > 0; i--)
        {
            var parts = Line(reader).Split('\t');
            if (parts.Length != 3)
                throw new FormatException("a document line without its three fields");
            documents.Add(new ExportedDocument(parts[0], parts[1], parts[2]));
        }
        var paths = new List<string>(int.Parse(Line(reader), CultureInfo.InvariantCulture));
        for (var i = paths.Capacity; i > 0; i--)
            paths.Add(Line(reader));
        return new ExportState(version, contentKey, shards, tokens, documents, paths);
    }

    private static int Count(string line, string section) =>
        line.StartsWith(section + " ", StringComparison.Ordinal) ? int.Parse(line.AsSpan(section.Length + 1), CultureInfo.InvariantCulture)
            : throw new FormatException("no " + section);

    /// <summary>The next line; a file cut short is a damaged one.</summary>
    private static string Line(StreamReader reader) => reader.ReadLine() ?? throw new FormatException("the state is cut short");
}
