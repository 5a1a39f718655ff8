using System.Globalization;

namespace NewsArchive.Search;

/// <summary>
/// What the last export wrote, enough for the next one to redo only what changed: the exporter's version, the index's
/// content key, the number of term shards, each field's token total, the documents in browser order (sort key, id,
/// content hash) and every file's site path.
/// </summary>
public sealed record ExportState(
    string Version,
    string ContentKey,
    int Shards,
    IReadOnlyDictionary<string, long> Tokens,
    IReadOnlyList<ExportedDocument> Documents,
    IReadOnlyList<string> Paths);

/// <summary>One document as the browser numbers it: its place is its index in <see cref="ExportState.Documents"/>.</summary>
public sealed record ExportedDocument(string SortKey, string Id, string Hash);

/// <summary>
/// Keeps the last <see cref="ExportState"/> under the input's cache folder. A state is only ever trusted together with
/// the render cache's word that the site still holds the files as the export wrote them, so it is saved after the
/// site is committed, and a build killed before that exports afresh.
/// </summary>
public sealed class ExportStore(string file)
{
    private const string Magic = "newsarchive-search-export-3";

    public static string PathFor(string inputDirectory) => Path.Combine(inputDirectory, ".cache", "search-export.txt");

    /// <summary>The state saved under this exporter version, or null when there is none (or it cannot be read: then the caller exports afresh).</summary>
    public ExportState? Load(string version)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var reader = new StreamReader(file);
            if (reader.ReadLine() != Magic || reader.ReadLine() != version) return null;
            var contentKey = reader.ReadLine() ?? "";
            var shards = int.Parse(reader.ReadLine() ?? "", CultureInfo.InvariantCulture);
            var tokens = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var pair in (reader.ReadLine() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                tokens[pair[..eq]] = long.Parse(pair[(eq + 1)..], CultureInfo.InvariantCulture);
            }
            var documents = new List<ExportedDocument>(int.Parse(reader.ReadLine() ?? "", CultureInfo.InvariantCulture));
            for (var i = documents.Capacity; i > 0; i--)
            {
                var parts = (reader.ReadLine() ?? "").Split('\t');
                if (parts.Length != 3) return null;
                documents.Add(new ExportedDocument(parts[0], parts[1], parts[2]));
            }
            var paths = new List<string>(int.Parse(reader.ReadLine() ?? "", CultureInfo.InvariantCulture));
            for (var i = paths.Capacity; i > 0; i--)
                paths.Add(reader.ReadLine() ?? throw new FormatException("the list of files is cut short"));
            return reader.ReadLine() == "end" ? new ExportState(version, contentKey, shards, tokens, documents, paths) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes a state beside the current one, to take its place at <see cref="Commit"/>.</summary>
    public void Stage(ExportState state) => Write(state, file + ".next");

    /// <summary>The staged state becomes the current one (nothing happens when none is staged).</summary>
    public void Commit()
    {
        if (File.Exists(file + ".next"))
            File.Move(file + ".next", file, overwrite: true);
    }

    /// <summary>Written whole, so a build killed mid-write leaves the old state or none, never half of one.</summary>
    private static void Write(ExportState state, string path) => Storage.AtomicFile.Write(path, stream =>
    {
        using var writer = Storage.AtomicFile.Writer(stream);
        writer.WriteLine(Magic);
        writer.WriteLine(state.Version);
        writer.WriteLine(state.ContentKey);
        writer.WriteLine(state.Shards.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine(string.Join(' ', state.Tokens.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value.ToString(CultureInfo.InvariantCulture))));
        writer.WriteLine(state.Documents.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var d in state.Documents)
            writer.WriteLine($"{d.SortKey}\t{d.Id}\t{d.Hash}");
        writer.WriteLine(state.Paths.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var p in state.Paths)
            writer.WriteLine(p);
        writer.WriteLine("end");
    });

    /// <summary>Forgets the state: the next export starts afresh.</summary>
    public void Clear() => File.Delete(file);
}
