using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Output;
using static NewsArchive.Search.ExportIndex;
using static NewsArchive.Search.SearchWire;
using static NewsArchive.Search.ShardLayout;

namespace NewsArchive.Search;

/// <summary>One export's shared inputs.</summary>
internal sealed partial class ExportJob(ExportIndex exporter, LuceneIndex index, IndexReader reader, IBits? live, List<int> docs, int[] ord,
    List<ArticleDocument> stored, List<ExportedDocument> exported, int shardCount, Tier main, Tier recent)
{
    private readonly List<(string Path, string Id, string Content)> _blocks = [];

    /// <summary>Every block file the new entries point to, whether written now or kept from the last export.</summary>
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);

    public ExportResult Whole(string version)
    {
        _blocks.Clear();
        _named.Clear();
        var files = new List<SiteFile>();
        // Fields are walked on all cores, each into its own lists (one a tier) in term order.
        var fields = SearchFields.Exported.ToList();
        var walked = new FieldPostings[fields.Count];
        // Each term's postings part where its group's tiers part.
        var bounds = Enumerable.Range(0, recent.Groups).Select(g => new[] { main.Lo[g], recent.Lo[g], recent.Hi[g] }).ToArray();
        Parallel.For(0, fields.Count, f => walked[f] = exporter.Reader.Walk(reader, fields[f].Field, fields[f].Positions, live, null, ord, t => bounds[recent.GroupOf(t)], tiers: 2));
        var tokens = fields.Select((f, i) => (f.Key, walked[i].SumTtf)).ToDictionary(p => p.Key, p => p.SumTtf, StringComparer.Ordinal);
        Tier[] tiers = [main, recent];
        var shardFiles = new List<SiteFile>();
        for (var i = 0; i < tiers.Length; i++)
        {
            var entries = new SortedDictionary<string, SortedDictionary<string, object>>(StringComparer.Ordinal);
            for (var f = 0; f < fields.Count; f++)
                foreach (var t in walked[f].Tiers[i])
                    Entry(entries, t.Term)[fields[f].Key] = Value(t, fields[f].Key, tiers[i]);
            foreach (var (term, value) in FilterPostings(null, tiers[i]))
                Entry(entries, term)[FilterKey] = value;
            shardFiles.AddRange(EveryShard(tiers[i], entries));
        }
        files.AddRange(BlockFiles());
        files.AddRange(shardFiles);
        files.AddRange(DocumentFiles(Enumerable.Range(0, stored.Count)));
        files.AddRange(Tail(tokens));
        return new ExportResult(files, State(version, tokens, files.Select(f => f.Path)), Partial: false);
    }

    /// <summary>Every shard of a tier, each one's entries serialized as its file is made: only the files are held (625 MB of search files at 100,000 articles), not a second copy of every entry.</summary>
    private SiteFile[] EveryShard(Tier tier, SortedDictionary<string, SortedDictionary<string, object>> entries)
    {
        var terms = new List<string>[tier.Shards];
        for (var i = 0; i < tier.Shards; i++) terms[i] = [];
        foreach (var term in entries.Keys)
            terms[Shard(term, tier.Shards)].Add(term);
        var files = new SiteFile[tier.Shards];
        Parallel.For(0, tier.Shards, i =>
        {
            var shard = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var term in terms[i])
                shard[term] = JsonSerializer.SerializeToUtf8Bytes(entries[term], Json);
            files[i] = ShardFile(tier, i, shard);
        });
        entries.Clear();
        return files;
    }

    private ExportState State(string version, IReadOnlyDictionary<string, long> tokens, IEnumerable<string> paths) =>
        new(version, index.ContentKey ?? "", shardCount, new SortedDictionary<string, long>(tokens.ToDictionary(), StringComparer.Ordinal), exported, [.. paths.Order(StringComparer.Ordinal)]);

    /// <summary>
    /// A term's value in one field of its shard entry: its postings, or the list of its blocks, every one a file. The
    /// last block is a file too (it rode in the entry once): inline, a long list made its shard as large as a block.
    /// New articles land in the recent tier, whose lists are short, so a new issue still rewrites few block files.
    /// </summary>
    private object Value(TermPostings t, string key, Tier tier)
    {
        if (t.Blocks is null) return t.Whole;
        var name = BlockName(key, t.Term);
        var list = new List<object[]>();
        for (var i = 0; i < t.Blocks.Count; i++)
        {
            var id = $"{tier.Block}{name}-{i.ToString(CultureInfo.InvariantCulture)}";
            lock (_blocks)
            {
                _named.Add(BlockPath(id));
                // A block kept from the last export has no content: its file is already in the site.
                if (t.Blocks[i].Content is { } content) _blocks.Add((BlockPath(id), id, content));
            }
            list.Add([t.Blocks[i].FirstOrd, id]);
        }
        return new { n = t.Count, k = list };
    }

    /// <summary>Filters are terms too: a filter costs the browser one posting list, not a scan of all documents.</summary>
    private IEnumerable<(string Term, object Value)> FilterPostings(ISet<string>? only, Tier tier)
    {
        var filterTerms = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var (first, end) = tier.Span;
        for (var o = first; o < end; o++)
            foreach (var term in stored[o].FilterTerms())
                if ((only is null || only.Contains(term)) && tier.HoldsTerm(term) && o >= tier.Lo[tier.GroupOf(term)] && o < tier.Hi[tier.GroupOf(term)])
                {
                    if (!filterTerms.TryGetValue(term, out var list)) filterTerms[term] = list = [];
                    list.Add(o);
                }
        foreach (var (term, ords) in filterTerms)
        {
            var list = new PostingList();
            foreach (var o in ords) list.Add(o, 0, 0);
            yield return (term, Value(exporter.Reader.Postings(term, list, new Chars(), 0, list.Count), FilterKey, tier));
        }
    }

    private List<SiteFile> BlockFiles()
    {
        var blocks = _blocks.OrderBy(b => b.Path, StringComparer.Ordinal).ToList();
        for (var i = 1; i < blocks.Count; i++)
            if (blocks[i].Path == blocks[i - 1].Path)
                throw new InvalidOperationException($"two posting lists hash to the same block name {blocks[i].Id}");
        var files = new SiteFile[blocks.Count];
        Parallel.For(0, blocks.Count, i => files[i] = Script(blocks[i].Path, blocks[i].Id, blocks[i].Content));
        _blocks.Clear();
        return [.. files];
    }

    /// <summary>The files of the groups of <see cref="DocsPerFile"/> documents that hold <paramref name="ords"/>, each group whole.</summary>
    private IEnumerable<SiteFile> DocumentFiles(IEnumerable<int> ords)
    {
        var list = ords.Select(o => o / DocsPerFile).Distinct().Order().ToList();
        var files = new SiteFile[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            var group = list[i];
            // Each document an array in the order FORMAT.md gives, not an object: field names were 2.8 MB at 70,000
            // articles. Neighbours share a paper, a date, a page: what repeats the document before it is left out.
            var members = new List<object?[]>();
            ArticleDocument? before = null;
            foreach (var o in Enumerable.Range(group * DocsPerFile, Math.Min(DocsPerFile, stored.Count - group * DocsPerFile)))
            {
                var a = stored[o];
                members.Add([a.Title, SharedStart(a.Url, before?.Url), Same(a.Date, before?.Date), Same(a.Kind, before?.Kind), Same(a.PaperName, before?.PaperName),
                    a.Page, a.Reporters, a.TitleEn, a.SummaryEn, a.Body]);
                before = a;
            }
            files[i] = Script($"{Folder}/d/{group / 1000}/{group}.js", "d" + group, members);
        });
        return files;
    }

    /// <summary>A document's field as the one before it in its file: 0.</summary>
    private static object Same(string value, string? before) => value == before ? 0 : value;

    /// <summary>A URL sharing its start with the one before it in its file (the same paper, date, page): [shared length, the rest].</summary>
    private static object SharedStart(string url, string? before)
    {
        var shared = 0;
        while (before is not null && shared < url.Length && shared < before.Length && url[shared] == before[shared]) shared++;
        return shared < 8 ? url : new object[] { shared, url[shared..] };
    }

    /// <summary>The character map's buckets and the manifest: small, and made again every time.</summary>
    private IEnumerable<SiteFile> Tail(IReadOnlyDictionary<string, long> tokens)
    {
        var buckets = index.Map.Pairs.GroupBy(kv => kv.Key >> 8).OrderBy(g => g.Key).ToList();
        foreach (var bucket in buckets)
            yield return Script($"{Folder}/m/{bucket.Key:x}.js", $"m{bucket.Key:x}", string.Concat(bucket.Select(kv => $"{kv.Key}{kv.Value}")));

        var fieldStats = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (_, key, positions, boost) in SearchFields.Exported)
            fieldStats[key] = new { ttf = tokens.GetValueOrDefault(key), @base = NormBase, boost, pos = positions ? 1 : 0 };
        var dates = new List<object>();
        foreach (var run in stored.Select(a => a.Date).GroupAdjacent())
            dates.Add(new object[] { int.Parse(run.Key.Replace("-", ""), CultureInfo.InvariantCulture), run.Count });
        var manifest = new
        {
            v = SearchFields.IndexVersion,
            n = docs.Count,
            k1 = SearchFields.K1,
            b = SearchFields.B,
            shards = shardCount,
            dpf = DocsPerFile,
            recent = new { from = recent.Lo, shards = recent.Shards },
            fields = fieldStats,
            dates,
            papers = stored.Select(a => (a.Paper, a.PaperName)).Distinct().OrderBy(p => p.Paper, StringComparer.Ordinal).Select(p => new[] { p.Paper, p.PaperName }),
            kinds = stored.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal),
            maps = buckets.Select(b => b.Key.ToString("x", CultureInfo.InvariantCulture)),
        };
        yield return Script($"{Folder}/manifest.js", "manifest", manifest);
    }

    private static SortedDictionary<string, object> Entry(SortedDictionary<string, SortedDictionary<string, object>> entries, string term)
    {
        if (!entries.TryGetValue(term, out var e)) entries[term] = e = new(StringComparer.Ordinal);
        return e;
    }
}
