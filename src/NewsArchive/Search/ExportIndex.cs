using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Rendering;

namespace NewsArchive.Search;

/// <summary>
/// Writes the Lucene index out as static files the browser loads a few at a time (search/ in the site):
/// a manifest (collection statistics, dates, papers), term shards (each term's postings, hashed into
/// shards of about <see cref="ShardBytes"/>; long postings in blocks of their own), one small
/// file per document (what a result shows), and the Traditional-to-Simplified map in code-point buckets.
/// Every file is a script calling <c>NewsArchiveSearch.load(id, data)</c>, because browsers let a page opened
/// from disk load scripts but not fetch() files. Statistics are Lucene's own, so ranking matches BM25 there.
/// </summary>
public sealed class ExportIndex(int blockChars = ExportIndex.BlockChars)
{
    public const string Folder = "search";
    public const int ShardBytes = 16 * 1024;
    public const int BlockChars = 4 * 1024;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Exports the index; <paramref name="documents"/>, when given, are the articles it holds (saves reading them back).</summary>
    public IReadOnlyList<SiteFile> Run(LuceneIndex index, IReadOnlyList<ArticleDocument>? documents = null)
    {
        using var reader = index.OpenReader();
        var files = new List<SiteFile>();
        var maxDoc = reader.MaxDoc;
        var live = MultiFields.GetLiveDocs(reader);

        // Browser document numbers are archive order, whatever order Lucene keeps its documents in.
        var keys = MultiDocValues.GetSortedValues(reader, SearchFields.SortKey);
        var docs = Enumerable.Range(0, maxDoc).Where(d => live is null || live.Get(d)).ToList();
        var sortKey = new Dictionary<int, string>();
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
        var entries = new SortedDictionary<string, SortedDictionary<string, object>>(StringComparer.Ordinal);
        var fieldStats = new SortedDictionary<string, object>(StringComparer.Ordinal);
        // Sized from the live documents' text (Lucene's token counts still hold replaced documents until a merge):
        // across the fields a character yields about 1.7 tokens, each about three bytes in a shard.
        var totalChars = stored.Sum(a => (long)a.Title.Length + a.Body.Length);
        var shardCount = (int)Math.Max(1, Math.Min(65536, totalChars * 5 / ShardBytes));
        var blocks = new int[shardCount];

        // Fields are walked on all cores, each into its own list in term order; block ids are then handed out in
        // field and term order, so the files are the same whatever the thread timing.
        var exported = SearchFields.Exported.ToList();
        var walked = new FieldPostings[exported.Count];
        Parallel.For(0, exported.Count, f => walked[f] = Walk(reader, exported[f].Field, exported[f].Positions, live, docs, ord));
        var pending = new List<(string Path, string Id, string Content)>();
        for (var f = 0; f < exported.Count; f++)
        {
            var (_, key, positions, boost) = exported[f];
            var field = walked[f];
            fieldStats[key] = new { ttf = field.SumTtf, @base = field.NormBase, boost, pos = positions ? 1 : 0 };
            foreach (var t in field.Terms)
                Entry(entries, t.Term)[key] = t.Blocks is null ? t.Whole : Blocked(t, shardCount, blocks, pending);
        }
        var blockFiles = new SiteFile[pending.Count];
        Parallel.For(0, pending.Count, i => blockFiles[i] = Script(pending[i].Path, pending[i].Id, pending[i].Content));
        files.AddRange(blockFiles);

        // Filters are terms too: a filter costs the browser one posting list, not a scan of all documents.
        var filterTerms = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var o = 0; o < stored.Count; o++)
        {
            Add(filterTerms, "k:" + stored[o].Kind, o);
            Add(filterTerms, "p:" + stored[o].Paper, o);
            foreach (var r in stored[o].Reporters) Add(filterTerms, "r:" + r, o);
        }
        pending.Clear();
        foreach (var (term, ords) in filterTerms)
        {
            var t = Postings(term, [.. ords.Select(o => (o, 0, 0))], new StringBuilder());
            Entry(entries, term)["f"] = t.Blocks is null ? t.Whole : Blocked(t, shardCount, blocks, pending);
        }
        files.AddRange(pending.Select(p => Script(p.Path, p.Id, p.Content)));

        var shards = new SortedDictionary<string, object>[shardCount];
        for (var i = 0; i < shardCount; i++) shards[i] = new(StringComparer.Ordinal);
        foreach (var (term, fields) in entries)
            shards[(int)(Hash(term) % (uint)shardCount)][term] = fields;
        var shardFiles = new SiteFile[shardCount];
        Parallel.For(0, shardCount, i => shardFiles[i] = Script($"{Folder}/t/{i}.js", "t" + i, shards[i]));
        files.AddRange(shardFiles);

        var docFiles = new SiteFile[stored.Count];
        Parallel.For(0, stored.Count, o =>
        {
            var a = stored[o];
            docFiles[o] = Script($"{Folder}/d/{o / 1000}/{o}.js", "d" + o, new
            {
                t = a.Title, u = a.Url, d = a.Date, k = a.Kind, p = a.PaperName, g = a.Page, r = a.Reporters,
                e = a.TitleEn, s = a.SummaryEn, x = a.Body,
            });
        });
        files.AddRange(docFiles);

        var buckets = index.Map.Pairs.GroupBy(kv => kv.Key >> 8).OrderBy(g => g.Key).ToList();
        foreach (var bucket in buckets)
            files.Add(Script($"{Folder}/m/{bucket.Key:x}.js", $"m{bucket.Key:x}", string.Concat(bucket.Select(kv => $"{kv.Key}{kv.Value}"))));

        var dates = new List<object>();
        foreach (var run in stored.Select(a => a.Date).GroupAdjacent())
            dates.Add(new object[] { int.Parse(run.Key.Replace("-", ""), System.Globalization.CultureInfo.InvariantCulture), run.Count });
        var manifest = new
        {
            v = SearchFields.IndexVersion,
            n = docs.Count,
            k1 = SearchFields.K1,
            b = SearchFields.B,
            shards = shardCount,
            fields = fieldStats,
            dates,
            papers = stored.Select(a => (a.Paper, a.PaperName)).Distinct().OrderBy(p => p.Paper, StringComparer.Ordinal).Select(p => new[] { p.Paper, p.PaperName }),
            kinds = stored.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal),
            maps = buckets.Select(b => b.Key.ToString("x", System.Globalization.CultureInfo.InvariantCulture)),
        };
        files.Add(Script($"{Folder}/manifest.js", "manifest", manifest));
        return files;
    }

    private static int Norm(NumericDocValues? norms, int doc) => norms is null ? 0 : (int)(norms.Get(doc) & 0xFF);

    private sealed record TermPostings(string Term, string Whole, IReadOnlyList<(int FirstOrd, string Content)>? Blocks, int Count);

    private sealed record FieldPostings(IReadOnlyList<TermPostings> Terms, long SumTtf, int NormBase);

    /// <summary>Every term of one field with its postings over the live documents, encoded, in term order.</summary>
    private FieldPostings Walk(IndexReader reader, string field, bool positions, IBits? live, IReadOnlyList<int> docs, int[] ord)
    {
        var result = new List<TermPostings>();
        var terms = MultiFields.GetTerms(reader, field);
        var norms = MultiDocValues.GetNormValues(reader, field);
        var normBase = 0;
        if (norms is not null)
            foreach (var d in docs) normBase = Math.Max(normBase, (int)(norms.Get(d) & 0xFF));
        // Summed over the live documents, not taken from Lucene's statistics, which still count an incremental
        // build's replaced documents until their segment is merged: a clean and an incremental build export alike.
        long sumTtf = 0;
        if (terms is null) return new FieldPostings(result, sumTtf, normBase);
        var perDoc = new List<(int Ord, int Start, int Length)>();
        // Every posting's tail (norm, tf, positions) goes into one buffer per term: one string for the term, not one a document.
        var tails = new StringBuilder();
        var te = terms.GetEnumerator();
        DocsAndPositionsEnum? dpe = null;
        DocsEnum? de = null;
        while (te.MoveNext())
        {
            perDoc.Clear();
            tails.Clear();
            if (positions)
            {
                dpe = te.DocsAndPositions(live, dpe);
                while (dpe!.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var start = tails.Length;
                    var freq = dpe.Freq;
                    Varint(tails, normBase - Norm(norms, dpe.DocID));
                    Varint(tails, freq);
                    var lp = 0;
                    for (var i = 0; i < freq; i++) { var p = dpe.NextPosition(); Varint(tails, p - lp); lp = p; }
                    perDoc.Add((ord[dpe.DocID], start, tails.Length - start));
                    sumTtf += freq;
                }
            }
            else
            {
                de = te.Docs(live, de, DocsFlags.FREQS);
                while (de.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var start = tails.Length;
                    Varint(tails, normBase - Norm(norms, de.DocID));
                    Varint(tails, de.Freq);
                    perDoc.Add((ord[de.DocID], start, tails.Length - start));
                    sumTtf += de.Freq;
                }
            }
            // A term whose documents were all replaced lingers in the terms until a merge: not in the archive.
            if (perDoc.Count == 0) continue;
            perDoc.Sort((x, y) => x.Ord.CompareTo(y.Ord));
            result.Add(Postings(te.Term.Utf8ToString(), perDoc, tails));
        }
        return new FieldPostings(result, sumTtf, normBase);
    }

    /// <summary>
    /// One term's postings in one field: "count, then per document: ord delta, norm, tf, position deltas".
    /// A short list sits in the term's shard; a long one is cut at document boundaries into blocks of about
    /// <see cref="BlockChars"/>, each its own file, and the shard keeps the document count and each block's
    /// first document: a phrase then loads only the blocks of its other terms that can hold its rarest term's documents.
    /// </summary>
    private TermPostings Postings(string term, IReadOnlyList<(int Ord, int Start, int Length)> docs, StringBuilder tails)
    {
        var whole = Encode(docs, tails, 0, docs.Count);
        if (whole.Length <= blockChars) return new TermPostings(term, whole, null, docs.Count);
        var list = new List<(int, string)>();
        var start = 0;
        while (start < docs.Count)
        {
            var end = start;
            var length = 0;
            while (end < docs.Count && (end == start || length + docs[end].Length + 2 <= blockChars)) { length += docs[end].Length + 2; end++; }
            list.Add((docs[start].Ord, Encode(docs, tails, start, end)));
            start = end;
        }
        return new TermPostings(term, "", list, docs.Count);
    }

    private static object Blocked(TermPostings t, int shardCount, int[] blocks, List<(string Path, string Id, string Content)> pending)
    {
        var shard = (int)(Hash(t.Term) % (uint)shardCount);
        var list = new List<object[]>();
        foreach (var (first, content) in t.Blocks!)
        {
            var id = $"x{shard}-{blocks[shard]++}";
            pending.Add(($"{Folder}/x/{id[1..]}.js", id, content));
            list.Add([first, id]);
        }
        return new { n = t.Count, k = list };
    }

    private static string Encode(IReadOnlyList<(int Ord, int Start, int Length)> docs, StringBuilder tails, int from, int to)
    {
        var sb = new StringBuilder();
        Varint(sb, to - from);
        var last = 0;
        for (var i = from; i < to; i++)
        {
            Varint(sb, docs[i].Ord - last);
            last = docs[i].Ord;
            sb.Append(tails, docs[i].Start, docs[i].Length);
        }
        return sb.ToString();
    }

    private static SortedDictionary<string, object> Entry(SortedDictionary<string, SortedDictionary<string, object>> entries, string term)
    {
        if (!entries.TryGetValue(term, out var e)) entries[term] = e = new(StringComparer.Ordinal);
        return e;
    }

    private static void Add(SortedDictionary<string, List<int>> terms, string term, int ord)
    {
        if (!terms.TryGetValue(term, out var list)) terms[term] = list = [];
        list.Add(ord);
    }

    /// <summary>Five bits a character, low bits first; characters from the upper half of the alphabet say "more follows".</summary>
    public static void Varint(StringBuilder sb, int value)
    {
        var v = (uint)value;
        while (v >= 32) { sb.Append(Alphabet[(int)(32 + (v & 31))]); v >>= 5; }
        sb.Append(Alphabet[(int)v]);
    }

    /// <summary>FNV-1a over UTF-16 code units; search.js computes the same.</summary>
    public static uint Hash(string term)
    {
        var h = 2166136261u;
        foreach (var c in term) { h ^= c; h *= 16777619u; }
        return h;
    }

    private static SiteFile Script(string path, string id, object data) =>
        new(path, Encoding.UTF8.GetBytes($"NewsArchiveSearch.load({JsonSerializer.Serialize(id, Json)},{JsonSerializer.Serialize(data, Json)});\n"));
}

internal static class AdjacentGrouping
{
    public static IEnumerable<(string Key, int Count)> GroupAdjacent(this IEnumerable<string> items)
    {
        string? key = null;
        var count = 0;
        foreach (var item in items)
        {
            if (item == key) { count++; continue; }
            if (key is not null) yield return (key, count);
            key = item;
            count = 1;
        }
        if (key is not null) yield return (key, count);
    }
}
