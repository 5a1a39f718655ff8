using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsArchive.Search;

/// <summary>
/// The Lucene index kept on disk under the input's cache folder (INPUT/.cache/search-index), so the CLI finds it
/// from the input folder and a rebuild only re-indexes the articles whose text changed.
/// </summary>
public sealed class LuceneIndex
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public LuceneIndex(string directory, SimplifiedMap map)
    {
        Directory = directory;
        Map = map;
        Analyzer = CreateAnalyzer(map);
    }

    public string Directory { get; }
    public SimplifiedMap Map { get; }
    public Analyzer Analyzer { get; }

    public static string PathFor(string inputDirectory) => Path.Combine(inputDirectory, ".cache", "search-index");

    public static Similarity Similarity { get; } = new BM25Similarity(SearchFields.K1, SearchFields.B);

    public static Analyzer CreateAnalyzer(SimplifiedMap map)
    {
        var bigrams = new TokenListAnalyzer(map, unigrams: false);
        var english = new EnglishAnalyzer(Version);
        var words = new SmartChineseAnalyzer(Version);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleBigrams] = bigrams,
            [SearchFields.BodyBigrams] = bigrams,
            [SearchFields.Unigrams] = new TokenListAnalyzer(map, unigrams: true),
            [SearchFields.TitleWords] = words,
            [SearchFields.BodyWords] = words,
            [SearchFields.TitleEnglish] = english,
            [SearchFields.BodyEnglish] = english,
        });
    }

    private string VersionFile => Path.Combine(Directory, "version.txt");

    /// <summary>The index's format, character map and the code that made it (<see cref="Caching.CacheKeys.Code"/>): an index made by other code is made again.</summary>
    private string Identity => SearchFields.IndexVersion + " " + (Map.Source is null ? "no-map" : "map") + " " + Caching.CacheKeys.Code;

    public bool Exists => File.Exists(VersionFile) && File.ReadAllText(VersionFile).Trim() == Identity;

    /// <summary>
    /// Names the documents the index now holds (their ids and content hashes, the index version and the character
    /// map): equal keys mean equal indexes, so what is made from the index can be reused while the key stays.
    /// Set by <see cref="Update"/>.
    /// </summary>
    public string? ContentKey { get; private set; }

    /// <summary>Each live document's content hash by id, as of the last <see cref="Update"/>.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Each document's id and content hash, written after every commit, so a rebuild need not read the stored fields to compare.</summary>
    private string HashesFile => Path.Combine(Directory, "hashes.txt");

    /// <summary>Brings the index to exactly these documents: adds new ones, replaces changed ones, deletes the gone.</summary>
    public IndexChanges Update(IReadOnlyList<ArticleDocument> documents, int parallelism = 1)
    {
        var fresh = !Exists;
        var hashes = new string[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i => hashes[i] = documents[i].Hash());
        var existing = fresh ? new Dictionary<string, string>(StringComparer.Ordinal) : ReadHashesFile() ?? ReadHashes();
        if (!fresh)
            Verify(existing.Count);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var add = new List<int>();
        var replace = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            wanted.Add(documents[i].Id);
            if (!existing.TryGetValue(documents[i].Id, out var hash)) add.Add(i);
            else if (hash != hashes[i]) replace.Add(i);
        }
        var delete = existing.Keys.Where(id => !wanted.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var current = documents.Select((d, i) => (d.Id, Hash: hashes[i])).DistinctBy(p => p.Id, StringComparer.Ordinal).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        ContentKey = Key(current);
        Hashes = current.ToDictionary(p => p.Id, p => p.Hash, StringComparer.Ordinal);
        var changes = new IndexChanges(add.Count, replace.Count, delete.Count, documents.Count);
        // Nothing to do: no writer, no commit, so the index files and everything keyed by them stay as they are.
        if (!fresh && add.Count + replace.Count + delete.Count == 0) return changes;

        if (fresh && System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
        System.IO.Directory.CreateDirectory(Directory);
        if (replace.Count > 0)
            KeepReplacedVersions(replace.Select(i => documents[i].Id), existing);
        // Gone until the commit below succeeds: an interrupted update falls back to reading the index itself.
        File.Delete(HashesFile);
        using var dir = FSDirectory.Open(Directory);
        var config = new IndexWriterConfig(Version, Analyzer)
        {
            OpenMode = fresh ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            // A replaced document lingers until its segment is merged; the export counts only live documents, so
            // merging the whole index away for every corrected article (seconds on a large archive) is not needed.
            MergePolicy = new TieredMergePolicy(),
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(dir, config);
        // Analysis is per document and the writer takes documents from several threads at once. Lucene's document
        // numbers then depend on thread timing, but nothing made from the index uses them: the export numbers
        // documents by archive order, and the CLI breaks equal scores by the sort key.
        Parallel.ForEach(add.Concat(replace), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var d = documents[i];
            if (existing.ContainsKey(d.Id)) writer.UpdateDocument(new Term(SearchFields.Id, d.Id), d.ToLucene(Map));
            else writer.AddDocument(d.ToLucene(Map));
        });
        foreach (var id in delete)
            writer.DeleteDocuments(new Term(SearchFields.Id, id));
        writer.Commit();
        Storage.AtomicFile.WriteText(VersionFile, Identity + "\n");
        Storage.AtomicFile.WriteLines(HashesFile, [.. current.Select(p => p.Id + "\t" + p.Hash), HashesEnd + current.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return changes;
    }

    /// <summary>Old versions of replaced documents, kept until the browser's export has caught up with them.</summary>
    private string ReplacedFile => Path.Combine(Directory, "replaced.jsonl");

    /// <summary>
    /// Keeps the stored text of documents about to be replaced: the export needs an old version's terms to take it
    /// out of the browser's postings, and Lucene forgets it at the next merge.
    /// </summary>
    private void KeepReplacedVersions(IEnumerable<string> ids, Dictionary<string, string> existing)
    {
        using var dir = FSDirectory.Open(Directory);
        if (!DirectoryReader.IndexExists(dir)) return;
        using var reader = DirectoryReader.Open(dir);
        var live = MultiFields.GetLiveDocs(reader);
        var lines = new List<string>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            var docs = MultiFields.GetTermDocsEnum(reader, live, SearchFields.Id, new BytesRef(id));
            if (docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            lines.Add(System.Text.Json.JsonSerializer.Serialize(new ReplacedVersion(id, existing[id], ArticleDocument.FromStored(reader.Document(docs.DocID)))));
        }
        File.AppendAllLines(ReplacedFile, lines);
    }

    /// <summary>The kept old versions, by id and the content hash they had (a tab between).</summary>
    public IReadOnlyDictionary<string, ArticleDocument> ReplacedVersions()
    {
        var result = new Dictionary<string, ArticleDocument>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(ReplacedFile)) return result;
            foreach (var line in File.ReadLines(ReplacedFile))
                if (System.Text.Json.JsonSerializer.Deserialize<ReplacedVersion>(line) is { } kept)
                    result.TryAdd(kept.Id + "\t" + kept.Hash, kept.Document);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            // An unreadable list only costs a whole export: the exporter asks for versions it cannot find and starts afresh.
            result.Clear();
        }
        return result;
    }

    /// <summary>Called once an export of the current documents is saved: no old version is needed any more.</summary>
    public void ForgetReplacedVersions() => File.Delete(ReplacedFile);

    private sealed record ReplacedVersion(string Id, string Hash, ArticleDocument Document);

    private string Key(IEnumerable<(string Id, string Hash)> documents)
    {
        var key = new System.IO.Hashing.XxHash128();
        void Add(string s) => key.Append(System.Text.Encoding.UTF8.GetBytes(s + "\n"));
        Add(Identity);
        Add(string.Concat(Map.Pairs.Select(kv => $"{kv.Key}{kv.Value}")));
        foreach (var (id, hash) in documents) Add(id + "\t" + hash);
        return Caching.CacheKeys.Hex(key);
    }

    /// <summary>
    /// Opens the index and checks it holds as many live documents as the hashes say: a damaged index (a truncated
    /// file, a lost segment) throws here, before anything is built on it, and the caller starts it afresh.
    /// </summary>
    private void Verify(int documents)
    {
        using var dir = FSDirectory.Open(Directory);
        if (!DirectoryReader.IndexExists(dir))
        {
            if (documents == 0) return;
            throw new InvalidDataException("the index has no segments");
        }
        using var reader = DirectoryReader.Open(dir);
        if (reader.NumDocs != documents)
            throw new InvalidDataException($"the index holds {reader.NumDocs} documents where its list names {documents}");
    }

    private const string HashesEnd = "end ";

    private Dictionary<string, string>? ReadHashesFile()
    {
        if (!File.Exists(HashesFile)) return null;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(HashesFile))
        {
            // The last line counts the others: a list cut short (a full disk, a kill) is not taken for a shorter one.
            if (line.StartsWith(HashesEnd, StringComparison.Ordinal))
                return line == HashesEnd + result.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ? result : null;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) return null;
            result[line[..tab]] = line[(tab + 1)..];
        }
        return null;
    }

    private Dictionary<string, string> ReadHashes()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var dir = FSDirectory.Open(Directory);
        if (!DirectoryReader.IndexExists(dir)) return result;
        using var reader = DirectoryReader.Open(dir);
        var live = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Hash };
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i)) continue;
            var d = reader.Document(i, fields);
            result[d.Get(SearchFields.Id, System.Globalization.CultureInfo.InvariantCulture)] = d.Get(SearchFields.Hash, System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }

    public DirectoryReader OpenReader() => DirectoryReader.Open(FSDirectory.Open(Directory));

    public IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}

public sealed record IndexChanges(int Added, int Replaced, int Deleted, int Total);
