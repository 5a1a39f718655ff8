using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Output;

namespace NewsArchive.Search;

/// <summary>
/// Writes the Lucene index out as static files the browser loads a few at a time (search/ in the site):
/// a manifest (collection statistics, dates, papers), term shards (each term's postings, hashed into
/// shards of about <see cref="ShardBytes"/>; long postings in blocks of their own), one small
/// file per document (what a result shows), and the Traditional-to-Simplified map in code-point buckets.
/// Every file is a script calling <c>NewsArchiveSearch.load(id, data)</c>, because browsers let a page opened
/// from disk load scripts but not fetch() files. Statistics are Lucene's own, so ranking matches BM25 there.
/// <para>
/// Every file depends only on what it holds, so an export can be redone in part: given the last export's
/// <see cref="ExportState"/>, articles added at the end of the archive or changed in place only re-encode the terms they
/// contain (old and new versions), rewrite the shards that hold those terms and the changed articles' own files, and
/// keep the rest of the files as they are. The result is the same, byte for byte, as a whole export.
/// </para>
/// <para>
/// The shards come in two tiers (<see cref="Tier"/>): the newest articles have small shards of their own, so that a new
/// issue, whose terms land in nearly every shard, rewrites a few hundred small files rather than a thousand larger ones.
/// </para>
/// <para>
/// The parts, by role, are in Export/: the files' format (<see cref="SearchWire"/>, written down in Export/FORMAT.md),
/// where a term's postings go (<see cref="ShardLayout"/>), reading them out of Lucene (<see cref="ReadPostings"/>),
/// what a partial export redoes (<see cref="PartPlan"/>), and one export's run (<see cref="ExportJob"/>).
/// </para>
/// </summary>
public sealed class ExportIndex(int blockChars = ExportIndex.BlockChars, int? recentSpan = null, int shardBytes = ExportIndex.ShardBytes, int? inlineChars = null)
{
    public const string Folder = "search";
    public const int RecentShardsMost = 256;
    public const int RecentGroupsMost = 8;
    /// <summary>
    /// A shard's size, counted as if every posting list were in it (<see cref="ShardLayout.ShardCount"/>), and a block's
    /// length. A query loads one shard a term (two with the recent tier), and a title query has a dozen terms. With only
    /// lists of <see cref="InlineChars"/> or less in them, 8 KB shards hold about 2.7 KB at 10,000 articles (2,048 of
    /// them), and <see cref="MainShardsMost"/> keeps 70,000 articles' at 2,048 too. A long list is one file a block, so
    /// 48K-character blocks keep 70,000 articles' lists over 4K in about 3,900 files (BENCHMARKS.md, "Search export,
    /// fourth pass").
    /// </summary>
    public const int ShardBytes = 8 * 1024;
    public const int BlockChars = 48 * 1024;

    /// <summary>
    /// The longest posting list a shard holds itself; a longer one is all in block files, its last block too, and its
    /// shard entry keeps only the document count and the blocks' first documents. Every query term loads a shard, so
    /// shards stay small whatever the block length: with lists up to a block inline, 24K blocks made 10,000 articles'
    /// shards 2.6 times larger and a query's p95 158 KB (BENCHMARKS.md, "Search export, fourth pass").
    /// </summary>
    public const int InlineChars = 4 * 1024;

    /// <summary>
    /// The main tier's most shards: with long lists out of them, a shard's content grows far slower than the archive
    /// (at 70,000 articles, lists of 4K characters or less are 12% of the postings), so 2,048 shards stay small there.
    /// </summary>
    public const int MainShardsMost = 2048;

    /// <summary>
    /// Documents (what a result shows) per file, neighbours in archive order: one file an article made the search
    /// export a file per article, most of a site's files beside the articles' own pages. A result then loads its
    /// neighbours too: 24 documents a file (about 7 KB gzipped) is what 70,000 articles' file budget allows beside the
    /// shards and blocks, and a query loads about 4 KB less than with 32 (BENCHMARKS.md, "Search export, fourth pass").
    /// </summary>
    public const int DocsPerFile = 24;

    /// <summary>Names this exporter's output format: a state saved under another version is never built upon.</summary>
    public string Version(LuceneIndex index) => string.Join('|', SearchFields.IndexVersion, blockChars, Inline, shardBytes, DocsPerFile, recentSpan?.ToString(CultureInfo.InvariantCulture) ?? "auto",
        index.Map.Source is null ? "no-map" : "map",
        Caching.CacheKeys.Code);

    /// <summary>Exports the whole index; <paramref name="documents"/>, when given, are the articles it holds (saves reading them back).</summary>
    public ExportResult Run(LuceneIndex index, IReadOnlyList<ArticleDocument>? documents = null) => Run(index, documents, null);

    /// <summary>
    /// Exports the index, in part when <paramref name="basis"/> allows: the site still holds the files of the state it
    /// names, and the archive since then only changed articles in place or added them after the last one.
    /// </summary>
    public ExportResult Run(LuceneIndex index, IReadOnlyList<ArticleDocument>? documents, ExportBasis? basis)
    {
        var version = Version(index);
        if (basis?.Previous is { } same && same.Version == version && same.ContentKey == index.ContentKey && index.ContentKey is not null)
            return new ExportResult([.. same.Paths.Select(p => new SiteFile(p, []) { Unchanged = true })], same, Partial: true);

        using var reader = index.OpenReader();
        var live = MultiFields.GetLiveDocs(reader);
        var maxDoc = reader.MaxDoc;

        // Browser document numbers are archive order, whatever order Lucene keeps its documents in.
        var keys = MultiDocValues.GetSortedValues(reader, SearchFields.SortKey);
        var docs = Enumerable.Range(0, maxDoc).Where(d => live is null || live.Get(d)).ToList();
        var sortKey = new string[maxDoc];
        foreach (var d in docs)
        {
            var bytes = new BytesRef();
            keys.Get(d, bytes);
            sortKey[d] = bytes.Utf8ToString();
        }
        docs.Sort((x, y) => string.CompareOrdinal(sortKey[x], sortKey[y]));
        var ord = new int[maxDoc];
        Array.Fill(ord, -1);
        for (var i = 0; i < docs.Count; i++) ord[docs[i]] = i;

        // The build has the articles in memory already: reading them back from the stored fields cost most of the export.
        var known = documents?.GroupBy(d => d.SortKey, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stored = docs.Select(d => known is not null && known.TryGetValue(sortKey[d], out var a) ? a : ArticleDocument.FromStored(reader.Document(d))).ToList();
        var exported = stored.Select(a => new ExportedDocument(a.SortKey, a.Id, index.Hashes.TryGetValue(a.Id, out var h) ? h : a.Hash())).ToList();
        var totalChars = stored.Sum(a => (long)a.Title.Length + a.Body.Length);
        var shardCount = Math.Min(MainShardsMost, ShardLayout.ShardCount(totalChars, shardBytes));

        var plan = basis is null ? null : PartPlan.Of(basis, version, exported, shardCount);
        var (main, recent) = Tiers(exported.Count, shardCount);
        var job = new ExportJob(this, index, reader, live, docs, ord, stored, exported, shardCount, main, recent);
        return (plan is null ? null : job.Part(version, plan, basis!)) ?? job.Whole(version);
    }

    /// <summary>A list longer than a block is never inline.</summary>
    private int Inline => Math.Min(inlineChars ?? InlineChars, blockChars);

    /// <summary>Reads and encodes the postings, cutting lists longer than the inline limit into blocks of <c>blockChars</c>.</summary>
    internal ReadPostings Reader => _reader ??= new(blockChars, Inline);

    private ReadPostings? _reader;

    /// <summary>Where the main and the recent tier part for an archive of <paramref name="count"/> documents.</summary>
    internal (Tier Main, Tier Recent) Tiers(int count, int shardCount) => ShardLayout.Tiers(count, shardCount, recentSpan);
}

/// <summary>What a partial export builds on: the last export's state, a way to read the site's files, and the old versions of replaced articles.</summary>
public sealed record ExportBasis(ExportState? Previous, Func<string, byte[]?> ReadFile, IReadOnlyDictionary<string, ArticleDocument> OldVersions);

/// <summary>The export's files (those it kept from the last export are marked unchanged and empty) and the state to save once the site holds them.</summary>
public sealed record ExportResult(IReadOnlyList<SiteFile> Files, ExportState State, bool Partial);
