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

    public bool Exists => File.Exists(VersionFile) && File.ReadAllText(VersionFile).Trim() == SearchFields.IndexVersion + " " + (Map.Source is null ? "no-map" : "map");

    /// <summary>Brings the index to exactly these documents: adds new ones, replaces changed ones, deletes the gone.</summary>
    public IndexChanges Update(IReadOnlyList<ArticleDocument> documents)
    {
        var fresh = !Exists;
        if (fresh && System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
        System.IO.Directory.CreateDirectory(Directory);
        var existing = fresh ? new Dictionary<string, string>(StringComparer.Ordinal) : ReadHashes();

        using var dir = FSDirectory.Open(Directory);
        var config = new IndexWriterConfig(Version, Analyzer)
        {
            OpenMode = fresh ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            // Deleted documents would still count in the statistics the browser's ranking copies.
            MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(dir, config);
        int added = 0, replaced = 0, deleted = 0;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            wanted.Add(d.Id);
            if (existing.TryGetValue(d.Id, out var hash))
            {
                if (hash == d.Hash()) continue;
                writer.UpdateDocument(new Term(SearchFields.Id, d.Id), d.ToLucene(Map));
                replaced++;
            }
            else
            {
                writer.AddDocument(d.ToLucene(Map));
                added++;
            }
        }
        foreach (var id in existing.Keys.Where(id => !wanted.Contains(id)).Order(StringComparer.Ordinal))
        {
            writer.DeleteDocuments(new Term(SearchFields.Id, id));
            deleted++;
        }
        if (replaced + deleted > 0) writer.ForceMergeDeletes();
        writer.Commit();
        File.WriteAllText(VersionFile, SearchFields.IndexVersion + " " + (Map.Source is null ? "no-map" : "map") + "\n");
        return new IndexChanges(added, replaced, deleted, documents.Count);
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
            result[d.Get(SearchFields.Id)] = d.Get(SearchFields.Hash);
        }
        return result;
    }

    public DirectoryReader OpenReader() => DirectoryReader.Open(FSDirectory.Open(Directory));

    public IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}

public sealed record IndexChanges(int Added, int Replaced, int Deleted, int Total);
