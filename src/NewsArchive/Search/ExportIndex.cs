using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lucene.Net.Analysis.TokenAttributes;
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
/// </summary>
public sealed class ExportIndex(int blockChars = ExportIndex.BlockChars, int? recentSpan = null, int shardBytes = ExportIndex.ShardBytes)
{
    public const string Folder = "search";
    public const int RecentShardsMost = 256;
    public const int RecentGroupsMost = 8;
    public const int ShardBytes = 16 * 1024;
    public const int BlockChars = 4 * 1024;

    /// <summary>
    /// Documents (what a result shows) per file, neighbours in archive order: one file an article made the search
    /// export a file per article, most of a site's files beside the articles' own pages. A result then loads its
    /// neighbours too, a few KB per query, still far below what Pagefind loads (BENCHMARKS.md, issue 22).
    /// </summary>
    public const int DocsPerFile = 4;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";

    /// <summary>The filter terms' key in a shard entry.</summary>
    private const string FilterKey = "f";

    /// <summary>
    /// The norm byte of a field of one token. A field with terms has no larger norm, so it is every field's base, and
    /// a posting carries base minus its norm: small numbers, and the same whatever other articles the archive holds.
    /// </summary>
    private static readonly int NormBase = SmallSingle.SingleToByte315(1f);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Names this exporter's output format: a state saved under another version is never built upon.</summary>
    public string Version(LuceneIndex index) => string.Join('|', SearchFields.IndexVersion, blockChars, shardBytes, recentSpan?.ToString(CultureInfo.InvariantCulture) ?? "auto",
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
        // Sized from the live documents' text (Lucene's token counts still hold replaced documents until a merge):
        // across the fields a character yields about 1.7 tokens, each about three bytes in a shard. A power of two,
        // so the count, and every term's shard, stays put while the archive grows by less than half.
        var totalChars = stored.Sum(a => (long)a.Title.Length + a.Body.Length);
        var shardCount = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, totalChars * 5 / shardBytes * 3 / 4)), 1, 65536);

        var plan = basis is null ? null : Plan(basis, version, exported, shardCount);
        var (main, recent) = Tiers(exported.Count, shardCount);
        var job = new Job(this, index, reader, live, docs, ord, stored, exported, shardCount, main, recent);
        return (plan is null ? null : job.Part(version, plan, basis!)) ?? job.Whole(version);
    }

    /// <summary>What a partial export redoes: the changed documents (with their old versions) and the added ones.</summary>
    private sealed record PartPlan(ExportState Previous, IReadOnlyList<(int Ord, ArticleDocument Old)> Changed, IReadOnlyList<int> Added);

    /// <summary>A partial export when the earlier documents all keep their numbers and every changed one's old version is known; else null.</summary>
    private static PartPlan? Plan(ExportBasis basis, string version, List<ExportedDocument> now, int shardCount)
    {
        var previous = basis.Previous;
        if (previous is null || previous.Version != version || previous.Shards != shardCount || previous.Documents.Count > now.Count)
            return null;
        var changed = new List<(int, ArticleDocument)>();
        for (var i = 0; i < previous.Documents.Count; i++)
        {
            var (was, @is) = (previous.Documents[i], now[i]);
            if (was.SortKey != @is.SortKey || was.Id != @is.Id) return null;
            if (was.Hash == @is.Hash) continue;
            if (!basis.OldVersions.TryGetValue(was.Id + "\t" + was.Hash, out var old)) return null;
            changed.Add((i, old));
        }
        return new PartPlan(previous, changed, [.. Enumerable.Range(previous.Documents.Count, now.Count - previous.Documents.Count)]);
    }

    /// <summary>
    /// One part of the exported index, with term shards and block files of its own: the main tier holds the older
    /// documents, the recent tier the newest (a few hundred at most). A new issue's terms fall into nearly every shard,
    /// so it rewrites the recent tier's few hundred small shards instead of the main tier's thousand.
    /// <para>
    /// Terms come in groups (a term's hash modulo <see cref="Groups"/>; a shard of either tier holds one group's terms),
    /// and each group has its own boundary between the tiers: <see cref="Lo"/> and <see cref="Hi"/> by group. The
    /// boundaries are staggered, so when the articles added fill a group's part of the recent tier, that group alone is
    /// folded into the main tier: an eighth of the main tier's shards rewritten, issue after issue, instead of all of
    /// them every eighth issue. Where the tiers part depends on the document count alone, so every build of the same
    /// archive gives the same files. A slice (<see cref="Group"/> set) is one group's part of a tier.
    /// </para>
    /// </summary>
    private sealed record Tier(string Shard, char Block, int Shards, int[] Lo, int[] Hi, int? Group = null)
    {
        public int Groups => Lo.Length;

        public int GroupOf(string term) => ExportIndex.Shard(term, Groups);

        public bool HoldsShard(int shard) => Group is null || shard % Groups == Group;

        public bool HoldsTerm(string term) => Group is null || GroupOf(term) == Group;

        public Tier Slice(int group) => this with { Group = group };

        /// <summary>A slice's documents: from its group's <see cref="Lo"/> to its <see cref="Hi"/>.</summary>
        public (int Lo, int Hi) Range => (Lo[Group!.Value], Hi[Group.Value]);

        /// <summary>The documents any of its terms may have: a slice's range, or a whole tier's from its lowest to its highest bound.</summary>
        public (int Lo, int Hi) Span => Group is null ? (Lo.Min(), Hi.Max()) : Range;

        public string ShardPath(int shard) => $"{Folder}/{Shard}/{shard.ToString(CultureInfo.InvariantCulture)}.js";
    }

    /// <summary>
    /// The recent tier has a quarter of the main tier's shards, at most <see cref="RecentShardsMost"/>, in up to
    /// <see cref="RecentGroupsMost"/> groups; each group holds fewer articles than the tier has shards, from a boundary
    /// that moves by that many at a time, the groups' boundaries evenly staggered. Its posting lists are short, so they
    /// sit in its shards rather than in block files: each recent article adds about 1.9 KB to them, and every query term
    /// loads one recent shard besides its main one.
    /// </summary>
    private (Tier Main, Tier Recent) Tiers(int count, int shardCount)
    {
        var recentShards = Math.Clamp(shardCount / 4, 1, RecentShardsMost);
        var groups = Math.Min(RecentGroupsMost, recentShards);
        var span = recentSpan ?? recentShards;
        var from = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            var offset = g * span / groups;
            from[g] = count < offset ? 0 : (count - offset) / span * span + offset;
        }
        return (new Tier("t", 'x', shardCount, new int[groups], from), new Tier("r", 'y', recentShards, from, [.. from.Select(_ => count)]));
    }

    /// <summary>One export's shared inputs.</summary>
    private sealed class Job(ExportIndex exporter, LuceneIndex index, IndexReader reader, IBits? live, List<int> docs, int[] ord,
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
            Parallel.For(0, fields.Count, f => walked[f] = exporter.Walk(reader, fields[f].Field, fields[f].Positions, live, null, ord, t => bounds[recent.GroupOf(t)], tiers: 2));
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

        /// <summary>A document as the index analyses it: each field's terms, and its filter terms.</summary>
        private sealed record Analysis(FieldTerms[] Fields, HashSet<string> Filters);

        /// <summary>A partial export, or null when the site's files are not what the last export left (then export whole).</summary>
        public ExportResult? Part(string version, PartPlan plan, ExportBasis basis)
        {
            // The terms whose postings may differ, per tier: every term of a document added to the tier, and of a
            // document changed in place the terms whose postings in it differ between its versions (all of a field's
            // terms when the field's norm changed).
            var fields = SearchFields.Exported.ToList();
            var before = plan.Previous.Documents.Count;
            // Where the tiers parted, by group, in the last export. A group starts its recent part afresh when the
            // documents of that part moved into the main tier (its boundary moved past them).
            var was = exporter.Tiers(before, shardCount).Recent.Lo;
            var groups = recent.Groups;
            var fresh = Enumerable.Range(0, groups).Select(g => recent.Lo[g] != was[g]).ToArray();
            var tokens = new Dictionary<string, long>(plan.Previous.Tokens, StringComparer.Ordinal);
            var (mainTouched, recentTouched) = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
            // A document's term is touched in the tier that holds the document for the term's group.
            void Route(int o, IEnumerable<string> terms)
            {
                foreach (var term in terms)
                    (o < main.Hi[main.GroupOf(term)] ? mainTouched : recentTouched).Add(term);
            }
            // An analyzer of its own, fed from a plain reader: sharing the index's, just used by the writer's
            // threads, once handed a tokenizer a spent reader.
            using var analyzer = LuceneIndex.CreateAnalyzer(index.Map);
            Analysis Of(ArticleDocument d) =>
                new([.. fields.Select(f => FieldTerms.Of(analyzer, f.Field, d.IndexedText(f.Field)))], d.FilterTerms().ToHashSet(StringComparer.Ordinal));
            void Count(Analysis a, int sign)
            {
                for (var f = 0; f < fields.Count; f++)
                    tokens[fields[f].Key] = tokens.GetValueOrDefault(fields[f].Key) + sign * a.Fields[f].Tokens;
            }
            IEnumerable<string> Terms(Analysis a) => a.Fields.SelectMany(f => f.Positions.Keys).Concat(a.Filters);
            HashSet<string> Differ(Analysis was, Analysis now)
            {
                var touched = new HashSet<string>(StringComparer.Ordinal);
                for (var f = 0; f < fields.Count; f++)
                {
                    var (a, b) = (was.Fields[f], now.Fields[f]);
                    var all = a.Norm != b.Norm || a.Norm < 0;
                    foreach (var (term, at) in a.Positions)
                        if (all || !b.Positions.TryGetValue(term, out var then) || (fields[f].Positions ? !at.SequenceEqual(then) : at.Count != then.Count))
                            touched.Add(term);
                    foreach (var term in b.Positions.Keys)
                        if (all || !a.Positions.ContainsKey(term))
                            touched.Add(term);
                }
                touched.UnionWith(was.Filters.Except(now.Filters));
                touched.UnionWith(now.Filters.Except(was.Filters));
                return touched;
            }
            foreach (var (o, old) in plan.Changed)
            {
                var (then, now) = (Of(old), Of(stored[o]));
                Count(then, -1);
                Count(now, +1);
                // Changed in place within its tier: the terms whose postings differ. Moved with a folded group into the
                // main tier: all its terms of that group.
                bool Moved(string term) => fresh[recent.GroupOf(term)] && o >= was[recent.GroupOf(term)];
                Route(o, Differ(then, now).Where(t => !Moved(t)));
                Route(o, Terms(now).Where(Moved));
            }
            // The articles a folded group's recent part held all move into the main tier: their terms are the keys of
            // the group's recent shards, read back rather than analysed again (which took most of a fold's export).
            // The block files those shards pointed to are the group's to drop.
            var oldRecentBlocks = Enumerable.Range(0, groups).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
            for (var i = 0; i < recent.Shards; i++)
            {
                if (!fresh[i % groups]) continue;
                if (basis.ReadFile(recent.ShardPath(i)) is not { } bytes || ParseShard(bytes) is not { } shard) return null;
                mainTouched.UnionWith(shard.Keys);
                foreach (var entry in shard.Values)
                    foreach (var (_, value) in Fields(entry))
                        if (value.Blocks is { } blocks) oldRecentBlocks[i % groups].UnionWith(blocks.Select(b => BlockPath(b.Id)));
            }
            foreach (var o in plan.Added)
            {
                var now = Of(stored[o]);
                Count(now, +1);
                Route(o, Terms(now));
            }

            // Each group's slice of each tier on its own: most groups only append to their recent part.
            var files = new List<SiteFile>();
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            for (var g = 0; g < groups; g++)
            {
                var (inMain, inRecent) = (main.Slice(g), recent.Slice(g));
                // In term order, as the touched sets keep them.
                var (mainTerms, recentTerms) = (mainTouched.Where(inMain.HoldsTerm).ToList(), recentTouched.Where(inRecent.HoldsTerm).ToList());
                var mainPart = TierPart(inMain, mainTerms, [.. plan.Changed.Select(c => c.Ord).Where(o => o < was[g])], was[g], null, basis);
                var recentPart = fresh[g]
                    ? TierPart(inRecent, recentTerms, [], recent.Lo[g], oldRecentBlocks[g], basis)
                    : TierPart(inRecent, recentTerms, [.. plan.Changed.Select(c => c.Ord).Where(o => o >= was[g])], before, null, basis);
                if (mainPart is null || recentPart is null) return null;
                files.AddRange(mainPart.Value.Files);
                files.AddRange(recentPart.Value.Files);
                dropped.UnionWith(mainPart.Value.Dropped);
                dropped.UnionWith(recentPart.Value.Dropped);
            }
            files.AddRange(DocumentFiles(plan.Changed.Select(c => c.Ord).Concat(plan.Added).Order()));
            files.AddRange(Tail(tokens));
            var written = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var kept = plan.Previous.Paths.Where(p => !written.Contains(p) && !dropped.Contains(p)).ToList();
            files.AddRange(kept.Select(p => new SiteFile(p, []) { Unchanged = true }));
            return new ExportResult(files, State(version, tokens, written.Concat(kept)), Partial: true);
        }

        /// <summary>
        /// One slice's part of a partial export (<paramref name="terms"/> are its group's touched terms, in order): the
        /// files it rewrites, and the files of the last export it no longer needs. The documents from
        /// <paramref name="firstNew"/> on are new to the slice; with <paramref name="freshDrops"/> (the block files of
        /// its last version) the slice is made again from them alone. Null when a shard the last export wrote is not on
        /// the site as written.
        /// </summary>
        private (List<SiteFile> Files, HashSet<string> Dropped)? TierPart(Tier tier, IReadOnlyList<string> terms, IReadOnlyList<int> changed, int firstNew,
            IReadOnlySet<string>? freshDrops, ExportBasis basis)
        {
            var fresh = freshDrops is not null;
            if (terms.Count == 0 && !fresh) return ([], []);
            _blocks.Clear();
            _named.Clear();
            var fields = SearchFields.Exported.ToList();
            var (lo, hi) = tier.Range;
            // Each shard holding a touched term is read back from the site. A long posting list keeps its blocks
            // before the first changed document: only the blocks from there on are encoded again.
            var rewritten = new SortedDictionary<int, SortedDictionary<string, byte[]>>();
            var onSite = new Dictionary<int, byte[]>();
            var oldBlocks = new HashSet<string>(StringComparer.Ordinal);
            var resume = fields.ToDictionary(f => f.Key, _ => new Dictionary<string, Resume>(StringComparer.Ordinal), StringComparer.Ordinal);
            var firstChanged = changed.Count > 0 ? changed.Min() : firstNew;
            // With articles only added, a touched term's old postings are all in its shard entry (a long list's last
            // block rides inline): the new articles' postings are appended to them, and Lucene is asked for those alone.
            var appended = changed.Count == 0 ? fields.ToDictionary(f => f.Key, _ => new Dictionary<string, OldPostings>(StringComparer.Ordinal), StringComparer.Ordinal) : null;
            if (fresh)
            {
                for (var i = 0; i < tier.Shards; i++)
                    if (tier.HoldsShard(i)) rewritten[i] = new(StringComparer.Ordinal);
            }
            else
                foreach (var group in terms.GroupBy(t => Shard(t, tier.Shards)))
                {
                    if (basis.ReadFile(tier.ShardPath(group.Key)) is not { } bytes || ParseShard(bytes) is not { } shard)
                        return null;
                    foreach (var term in group)
                        if (shard.TryGetValue(term, out var old))
                            foreach (var (key, value) in Fields(old))
                            {
                                if (value.Blocks is not { } blocks)
                                {
                                    if (appended?.GetValueOrDefault(key) is { } shortLists) shortLists[term] = value;
                                    continue;
                                }
                                oldBlocks.UnionWith(blocks.Select(b => BlockPath(b.Id)));
                                if (appended?.GetValueOrDefault(key) is { } perField)
                                {
                                    // Written by an older exporter, the last block is not inline: the lists are walked as they are.
                                    if (value.Tail is null) return null;
                                    perField[term] = value;
                                }
                                var at = blocks.FindLastIndex(b => b.First <= firstChanged);
                                if (at > 0 && resume.TryGetValue(key, out var perTerm))
                                    perTerm[term] = new Resume(blocks[at].First, [.. blocks.Take(at).Select(b => b.First)]);
                            }
                    rewritten[group.Key] = shard;
                    onSite[group.Key] = bytes;
                }

            var sought = new IReadOnlyList<TermPostings>[fields.Count];
            Parallel.For(0, fields.Count, f => sought[f] = appended is not null
                ? exporter.Append(reader, fields[f].Field, fields[f].Positions, terms, ord, firstNew, hi, appended[fields[f].Key])
                : exporter.Walk(reader, fields[f].Field, fields[f].Positions, live, terms, ord, _ => [lo, hi], resume[fields[f].Key]).Tiers[0]);
            var entries = terms.ToDictionary(t => t, _ => new SortedDictionary<string, object>(StringComparer.Ordinal), StringComparer.Ordinal);
            for (var f = 0; f < fields.Count; f++)
                foreach (var t in sought[f])
                    entries[t.Term][fields[f].Key] = Value(t, fields[f].Key, tier);
            foreach (var (term, value) in FilterPostings(terms.ToHashSet(StringComparer.Ordinal), tier))
                entries[term][FilterKey] = value;
            foreach (var term in terms)
            {
                var shard = rewritten[Shard(term, tier.Shards)];
                if (entries[term].Count > 0) shard[term] = JsonSerializer.SerializeToUtf8Bytes(entries[term], Json);
                else shard.Remove(term);
            }
            // A fresh slice owes nothing to its last version's block files: those it does not write again go.
            var dropped = (freshDrops ?? oldBlocks).Where(p => !_named.Contains(p)).ToHashSet(StringComparer.Ordinal);

            var files = BlockFiles();
            // A shard that comes out as the site has it is handed on as unchanged: the writer need not read it again.
            var shards = rewritten.Select(kv => (kv.Key, kv.Value)).ToList();
            var made = new SiteFile[shards.Count];
            Parallel.For(0, shards.Count, i => made[i] = ShardFile(tier, shards[i].Key, shards[i].Value));
            for (var i = 0; i < made.Length; i++)
                if (onSite.TryGetValue(shards[i].Key, out var was) && made[i].Content.AsSpan().SequenceEqual(was))
                    made[i] = new SiteFile(made[i].Path, []) { Unchanged = true };
            files.AddRange(made);
            return (files, dropped);
        }

        private ExportState State(string version, IReadOnlyDictionary<string, long> tokens, IEnumerable<string> paths) =>
            new(version, index.ContentKey ?? "", shardCount, new SortedDictionary<string, long>(tokens.ToDictionary(), StringComparer.Ordinal), exported, [.. paths.Order(StringComparer.Ordinal)]);

        /// <summary>A term's value in one field of its shard entry: its postings, or the list of its blocks (the last one inline).</summary>
        private object Value(TermPostings t, string key, Tier tier)
        {
            if (t.Blocks is null) return t.Whole;
            var name = BlockName(key, t.Term);
            var list = new List<object[]>();
            for (var i = 0; i < t.Blocks.Count; i++)
            {
                var id = $"{tier.Block}{name}-{i.ToString(CultureInfo.InvariantCulture)}";
                // The last block rides in the shard entry: new articles land in it, so a new issue rewrote a block
                // file for every common term it has (half the files it wrote), besides the shards it rewrites anyway.
                // A partial export always encodes a list's last block again, so its content is at hand.
                if (i == t.Blocks.Count - 1 && t.Blocks[i].Content is { } tail)
                {
                    list.Add([t.Blocks[i].FirstOrd, id, tail]);
                    continue;
                }
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
                yield return (term, Value(exporter.Postings(term, list, new Chars(), 0, list.Count), FilterKey, tier));
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
                var members = Enumerable.Range(group * DocsPerFile, Math.Min(DocsPerFile, stored.Count - group * DocsPerFile)).Select(o =>
                {
                    var a = stored[o];
                    return new
                    {
                        t = a.Title,
                        u = a.Url,
                        d = a.Date,
                        k = a.Kind,
                        p = a.PaperName,
                        g = a.Page,
                        r = a.Reporters,
                        e = a.TitleEn,
                        s = a.SummaryEn,
                        x = a.Body,
                    };
                }).ToList();
                files[i] = Script($"{Folder}/d/{group / 1000}/{group}.js", "d" + group, members);
            });
            return files;
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
    }

    /// <summary>
    /// One field of one document as the index holds it: each term's positions, the token count, and the norm byte
    /// Lucene's BM25 gives the field (-1 for an empty one). Two versions alike in a term's positions and in the norm
    /// export that term's posting for the document alike.
    /// </summary>
    private sealed record FieldTerms(Dictionary<string, List<int>> Positions, long Tokens, int Norm)
    {
        public static FieldTerms Of(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
        {
            var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            using var stream = analyzer.GetTokenStream(field, new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            long tokens = 0, overlaps = 0;
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (increment.PositionIncrement == 0) overlaps++;
                tokens++;
                var word = term.ToString();
                if (!positions.TryGetValue(word, out var list)) positions[word] = list = [];
                list.Add(position);
            }
            stream.End();
            // BM25Similarity.ComputeNorm with overlaps discounted, as the index is built.
            var length = tokens - overlaps;
            return new FieldTerms(positions, tokens, length <= 0 ? -1 : SmallSingle.SingleToByte315(1f / (float)Math.Sqrt(length)));
        }
    }

    private static int Norm(byte[]? norms, int doc) => norms is null ? NormBase : Math.Min(NormBase, (int)norms[doc]);

    /// <summary>
    /// A field's norm of every document, read once: looked up per posting, Lucene's norms of a many-segment index
    /// search for the document's segment every time.
    /// </summary>
    private static byte[]? Norms(IndexReader reader, string field)
    {
        if (MultiDocValues.GetNormValues(reader, field) is null) return null;
        var norms = new byte[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
            if (leaf.AtomicReader.GetNormValues(field) is { } segment)
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                    norms[leaf.DocBase + d] = (byte)(segment.Get(d) & 0xFF);
        return norms;
    }

    /// <summary>A term's postings: whole, or in blocks (a block with no content is kept as the last export wrote it).</summary>
    private sealed record TermPostings(string Term, string Whole, IReadOnlyList<(int FirstOrd, string? Content)>? Blocks, int Count);

    /// <summary>Where a long posting list's encoding starts again: its blocks before <paramref name="From"/> (their first documents given) are kept.</summary>
    private sealed record Resume(int From, IReadOnlyList<int> KeptFirsts);

    private sealed record FieldPostings(IReadOnlyList<TermPostings>[] Tiers, long SumTtf);

    /// <summary>
    /// Every term of one field (or only <paramref name="only"/>, in order) with its postings over the live documents
    /// numbered from bounds[0] to bounds[^1] (the term's bounds), encoded, in term order, one list per tier (the bounds between); and the
    /// field's token total over those documents, summed here rather than taken from Lucene's statistics, which still
    /// count an incremental build's replaced documents until their segment is merged. Lists resume only in one tier.
    /// </summary>
    private FieldPostings Walk(IndexReader reader, string field, bool positions, IBits? live, IReadOnlyList<string>? only, int[] ord,
        Func<string, int[]> boundsOf, IReadOnlyDictionary<string, Resume>? resume = null, int tiers = 1)
    {
        var result = Enumerable.Range(0, tiers).Select(_ => new List<TermPostings>()).ToArray();
        var terms = MultiFields.GetTerms(reader, field);
        var norms = Norms(reader, field);
        long sumTtf = 0;
        if (terms is null) return new FieldPostings(result, sumTtf);
        var perDoc = new PostingList();
        // Every posting's tail (norm, tf, positions) goes into one buffer per term: one string for the term, not one a document.
        var tails = new Chars();
        var te = terms.GetEnumerator();
        DocsAndPositionsEnum? dpe = null;
        DocsEnum? de = null;
        var next = 0;
        while (only is null ? te.MoveNext() : next < only.Count)
        {
            string? sought = null;
            if (only is not null && !te.SeekExact(new BytesRef(sought = only[next++])))
                continue;
            var term = sought ?? te.Term.Utf8ToString();
            var bounds = boundsOf(term);
            var (lo, hi) = (bounds[0], bounds[^1]);
            // Documents before a resumed list's first changed block are only measured, not encoded.
            var from = sought is not null && resume is not null && resume.TryGetValue(sought, out var r) ? r : null;
            var skipBelow = from?.From ?? 0;
            perDoc.Clear();
            tails.Clear();
            if (positions)
            {
                dpe = te.DocsAndPositions(live, dpe);
                while (dpe!.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[dpe.DocID];
                    if (o < lo || o >= hi) continue;
                    var freq = dpe.Freq;
                    sumTtf += freq;
                    if (o < skipBelow)
                    {
                        var length = VarintLength(NormBase - Norm(norms, dpe.DocID)) + VarintLength(freq);
                        var lp = 0;
                        for (var i = 0; i < freq; i++) { var p = dpe.NextPosition(); length += VarintLength(p - lp); lp = p; }
                        perDoc.Add(o, -1, length);
                        continue;
                    }
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, dpe.DocID));
                    Varint(tails, freq);
                    var last = 0;
                    for (var i = 0; i < freq; i++) { var p = dpe.NextPosition(); Varint(tails, p - last); last = p; }
                    perDoc.Add(o, start, tails.Length - start);
                }
            }
            else
            {
                de = te.Docs(live, de, DocsFlags.FREQS);
                while (de.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[de.DocID];
                    if (o < lo || o >= hi) continue;
                    sumTtf += de.Freq;
                    if (o < skipBelow)
                    {
                        perDoc.Add(o, -1, VarintLength(NormBase - Norm(norms, de.DocID)) + VarintLength(de.Freq));
                        continue;
                    }
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, de.DocID));
                    Varint(tails, de.Freq);
                    perDoc.Add(o, start, tails.Length - start);
                }
            }
            // A term whose documents were all replaced lingers in the terms until a merge: not in the archive.
            if (perDoc.Count == 0) continue;
            perDoc.SortByOrd();
            if (from is not null)
            {
                if (Resumed(term, perDoc, tails, from) is { } resumed) result[0].Add(resumed);
                else
                {
                    // The list no longer splits where it did: encoded whole again, as a whole export would.
                    resume = resume!.Where(kv => kv.Key != term).ToDictionary(StringComparer.Ordinal);
                    next--;
                }
                continue;
            }
            for (int t = 0, start = 0; t < result.Length; t++)
            {
                var end = start;
                while (end < perDoc.Count && perDoc.Ord(end) < bounds[t + 1]) end++;
                if (end > start) result[t].Add(Postings(term, perDoc, tails, start, end));
                start = end;
            }
        }
        return new FieldPostings(result, sumTtf);
    }

    /// <summary>
    /// The touched terms of one field (in order) with the postings of the documents numbered from <paramref name="firstNew"/>
    /// on appended to their old ones: a long list keeps its blocks but the last, whose documents come from the shard
    /// entry, not from Lucene. Only the index segments that hold added documents are searched.
    /// </summary>
    private List<TermPostings> Append(IndexReader reader, string field, bool positions, IReadOnlyList<string> terms, int[] ord, int firstNew, int hi,
        IReadOnlyDictionary<string, OldPostings> old)
    {
        var norms = Norms(reader, field);
        var leaves = reader.Leaves
            .Where(l => Enumerable.Range(l.DocBase, l.AtomicReader.MaxDoc).Any(d => ord[d] >= firstNew && ord[d] < hi))
            .Select(l => (l.DocBase, Live: l.AtomicReader.LiveDocs, Terms: l.AtomicReader.GetTerms(field)?.GetEnumerator()))
            .Where(l => l.Terms is not null)
            .ToList();
        // Each segment's enumerators are reused from term to term: a new one clones the segment's postings files.
        var positioned = new DocsAndPositionsEnum?[leaves.Count];
        var counted = new DocsEnum?[leaves.Count];
        var result = new List<TermPostings>();
        var perDoc = new PostingList();
        var tails = new Chars();
        foreach (var term in terms)
        {
            perDoc.Clear();
            tails.Clear();
            var was = old.GetValueOrDefault(term);
            if (was is not null) Decode(was.Tail ?? was.Whole!, positions, perDoc, tails);
            var added = 0;
            var sought = new BytesRef(term);
            for (var l = 0; l < leaves.Count; l++)
            {
                var (docBase, live, te) = leaves[l];
                if (!te!.SeekExact(sought)) continue;
                DocsEnum docs = positions ? positioned[l] = te.DocsAndPositions(live, positioned[l]) : counted[l] = te.Docs(live, counted[l], DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var o = ord[docBase + docs.DocID];
                    if (o < firstNew || o >= hi) continue;
                    var start = tails.Length;
                    Varint(tails, NormBase - Norm(norms, docBase + docs.DocID));
                    Varint(tails, docs.Freq);
                    if (positions && docs is DocsAndPositionsEnum dpe)
                        for (int i = 0, last = 0; i < dpe.Freq; i++) { var p = dpe.NextPosition(); Varint(tails, p - last); last = p; }
                    perDoc.Add(o, start, tails.Length - start);
                    added++;
                }
            }
            if (perDoc.Count == 0) continue;
            perDoc.SortByOrd();
            if (was?.Blocks is not { } blocks)
            {
                result.Add(Postings(term, perDoc, tails, 0, perDoc.Count));
                continue;
            }
            // The blocks before the last keep their cuts: greedy from the first document, they end where they did.
            var list = blocks.Take(blocks.Count - 1).Select(b => (b.First, (string?)null)).ToList();
            foreach (var (start, end) in Cuts(perDoc, 0, perDoc.Count))
                list.Add((perDoc.Ord(start), Encode(perDoc, tails, start, end)));
            result.Add(new TermPostings(term, "", list, was.Count + added));
        }
        return result;
    }

    /// <summary>Reads encoded postings back into a list, each posting's tail copied as it was written.</summary>
    private static void Decode(string encoded, bool positions, PostingList docs, Chars tails)
    {
        var at = 0;
        var count = ReadVarint(encoded, ref at);
        var ordinal = 0;
        for (var i = 0; i < count; i++)
        {
            ordinal += ReadVarint(encoded, ref at);
            var start = at;
            ReadVarint(encoded, ref at); // norm
            var freq = ReadVarint(encoded, ref at);
            if (positions)
                for (var p = 0; p < freq; p++) ReadVarint(encoded, ref at);
            var from = tails.Length;
            tails.Append(encoded, start, at - start);
            docs.Add(ordinal, from, at - start);
        }
    }

    private static int ReadVarint(string encoded, ref int at)
    {
        int value = 0, shift = 0;
        while (true)
        {
            var digit = Digits[encoded[at++]];
            if (digit < 32) return value | (digit << shift);
            value |= (digit - 32) << shift;
            shift += 5;
        }
    }

    private static readonly int[] Digits = Enumerable.Range(0, 128).Select(c => Alphabet.IndexOf((char)c)).ToArray();

    /// <summary>
    /// One term's postings in one field: "count, then per document: ord delta, norm, tf, position deltas".
    /// A short list sits in the term's shard; a long one is cut at document boundaries into blocks of about
    /// <see cref="BlockChars"/>, each its own file, and the shard keeps the document count and each block's
    /// first document: a phrase then loads only the blocks of its other terms that can hold its rarest term's documents.
    /// </summary>
    private TermPostings Postings(string term, PostingList docs, Chars tails, int from, int to)
    {
        if (WholeLength(docs, from, to) <= blockChars) return new TermPostings(term, Encode(docs, tails, from, to), null, to - from);
        var list = new List<(int, string?)>();
        foreach (var (start, end) in Cuts(docs, from, to))
            list.Add((docs.Ord(start), Encode(docs, tails, start, end)));
        return new TermPostings(term, "", list, to - from);
    }

    /// <summary>
    /// A long list encoded from <see cref="Resume.From"/> on, its earlier blocks kept; null when the list no longer
    /// splits where it did (then it is encoded whole again).
    /// </summary>
    private TermPostings? Resumed(string term, PostingList docs, Chars tails, Resume resume)
    {
        if (WholeLength(docs, 0, docs.Count) <= blockChars) return null;
        var list = new List<(int, string?)>();
        foreach (var (start, end) in Cuts(docs, 0, docs.Count))
        {
            var first = docs.Ord(start);
            if (first < resume.From)
            {
                // Kept only if it starts where it did and takes in no document from the changed part.
                if (list.Count >= resume.KeptFirsts.Count || resume.KeptFirsts[list.Count] != first || docs.Ord(end - 1) >= resume.From) return null;
                list.Add((first, null));
            }
            else
            {
                if (list.Count != resume.KeptFirsts.Count) return null;
                list.Add((first, Encode(docs, tails, start, end)));
            }
        }
        // The last block goes inline in the shard entry, so it must be encoded now: a list that lost its tail
        // (a shortened article dropped the term) ends on a kept block, and is encoded whole instead.
        return list.Count > 0 && list[^1].Item2 is null ? null : new TermPostings(term, "", list, docs.Count);
    }

    /// <summary>The length of the whole list's encoding, measured without making it.</summary>
    private static int WholeLength(PostingList docs, int from, int to)
    {
        var length = VarintLength(to - from);
        var last = 0;
        for (var i = from; i < to; i++) { length += VarintLength(docs.Ord(i) - last) + docs.Length(i); last = docs.Ord(i); }
        return length;
    }

    /// <summary>Where a long list is cut into blocks: each of about <see cref="BlockChars"/>, at document boundaries, from the first document on.</summary>
    private IEnumerable<(int Start, int End)> Cuts(PostingList docs, int from, int to)
    {
        var start = from;
        while (start < to)
        {
            var end = start;
            var length = 0;
            while (end < to && (end == start || length + docs.Length(end) + 2 <= blockChars)) { length += docs.Length(end) + 2; end++; }
            yield return (start, end);
            start = end;
        }
    }

    private static int VarintLength(int value)
    {
        var v = (uint)value;
        var n = 1;
        while (v >= 32) { v >>= 5; n++; }
        return n;
    }

    [ThreadStatic] private static Chars? _encoded;

    private static string Encode(PostingList docs, Chars tails, int from, int to)
    {
        var sb = _encoded ??= new Chars();
        sb.Clear();
        Varint(sb, to - from);
        var last = 0;
        for (var i = from; i < to; i++)
        {
            Varint(sb, docs.Ord(i) - last);
            last = docs.Ord(i);
            sb.Append(tails, docs.Start(i), docs.Length(i));
        }
        return sb.ToString();
    }

    /// <summary>A growable run of characters kept from term to term (a StringBuilder let go of its blocks at every Clear).</summary>
    private sealed class Chars
    {
        private char[] _buffer = new char[4096];

        public int Length { get; private set; }

        public void Clear() => Length = 0;

        public void Append(char c)
        {
            if (Length == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            _buffer[Length++] = c;
        }

        public void Append(string text, int start, int length)
        {
            if (Length + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + length));
            text.CopyTo(start, _buffer, Length, length);
            Length += length;
        }

        public void Append(Chars other, int start, int length)
        {
            if (Length + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + length));
            Array.Copy(other._buffer, start, _buffer, Length, length);
            Length += length;
        }

        public override string ToString() => new(_buffer, 0, Length);
    }

    /// <summary>One term's documents (browser number, and where each posting's tail sits in the tails buffer), sorted by number with a primitive sort.</summary>
    private sealed class PostingList
    {
        private int[] _ords = new int[256];
        private int[] _order = new int[256];
        private int[] _starts = new int[256];
        private int[] _lengths = new int[256];

        public int Count { get; private set; }

        public void Clear() => Count = 0;

        public void Add(int ord, int start, int length)
        {
            if (Count == _ords.Length)
            {
                Array.Resize(ref _ords, Count * 2);
                Array.Resize(ref _order, Count * 2);
                Array.Resize(ref _starts, Count * 2);
                Array.Resize(ref _lengths, Count * 2);
            }
            _ords[Count] = ord;
            _order[Count] = Count;
            _starts[Count] = start;
            _lengths[Count] = length;
            Count++;
        }

        public void SortByOrd()
        {
            // Lucene's documents are mostly in archive order already: sorted only when they are not.
            for (var i = 1; i < Count; i++)
                if (_ords[i] < _ords[i - 1])
                {
                    Array.Sort(_ords, _order, 0, Count);
                    return;
                }
        }

        public int Ord(int i) => _ords[i];

        public int Start(int i) => _starts[_order[i]];

        public int Length(int i) => _lengths[_order[i]];
    }

    private static SortedDictionary<string, object> Entry(SortedDictionary<string, SortedDictionary<string, object>> entries, string term)
    {
        if (!entries.TryGetValue(term, out var e)) entries[term] = e = new(StringComparer.Ordinal);
        return e;
    }

    private static int Shard(string term, int shardCount) => (int)(Hash(term) % (uint)shardCount);

    /// <summary>A long posting list's block files are named by its field and term, so they keep their names while other terms come and go.</summary>
    private static string BlockName(string key, string term)
    {
        var h = 14695981039346656037ul;
        foreach (var c in key + "\0" + term) { h ^= c; h *= 1099511628211ul; }
        return h.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>A shard file's entries, each term with its value as written (JSON), or null when the file is not a shard.</summary>
    private static SortedDictionary<string, byte[]>? ParseShard(byte[] file)
    {
        try
        {
            var span = file.AsSpan();
            var open = span.IndexOf((byte)',') + 1;
            var close = span.LastIndexOf(");\n"u8);
            if (open <= 0 || close < open) return null;
            var json = span[open..close];
            var reader = new Utf8JsonReader(json);
            var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var term = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                entries[term] = json[start..(int)reader.BytesConsumed].ToArray();
            }
            return entries;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A block's file: its id's first letter names its tier's folder.</summary>
    private static string BlockPath(string id) => $"{Folder}/{id[0]}/{id[1..]}.js";

    /// <summary>A field's postings in a shard entry: the whole list, or its document count and blocks (the last one's postings inline).</summary>
    private sealed record OldPostings(string? Whole, int Count, List<(int First, string Id)>? Blocks, string? Tail);

    /// <summary>Each field of a shard entry with its postings as written.</summary>
    private static List<(string Key, OldPostings Value)> Fields(byte[] entry)
    {
        using var doc = JsonDocument.Parse(entry);
        var result = new List<(string, OldPostings)>();
        foreach (var field in doc.RootElement.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.String)
                result.Add((field.Name, new OldPostings(field.Value.GetString(), 0, null, null)));
            else if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("k", out var blocks))
            {
                var list = blocks.EnumerateArray().ToList();
                var tail = list.Count > 0 && list[^1].GetArrayLength() > 2 ? list[^1][2].GetString() : null;
                result.Add((field.Name, new OldPostings(null, field.Value.GetProperty("n").GetInt32(), [.. list.Select(b => (b[0].GetInt32(), b[1].GetString()!))], tail)));
            }
        }
        return result;
    }

    private static SiteFile ShardFile(Tier tier, int shard, SortedDictionary<string, byte[]> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(ShardBytes * 2);
        buffer.Write(Encoding.UTF8.GetBytes($"NewsArchiveSearch.load({JsonSerializer.Serialize(tier.Shard + shard.ToString(CultureInfo.InvariantCulture), Json)},"));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (term, value) in entries)
            {
                writer.WritePropertyName(term);
                writer.WriteRawValue(value, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        buffer.Write(");\n"u8);
        return new SiteFile(tier.ShardPath(shard), buffer.WrittenSpan.ToArray());
    }

    /// <summary>Five bits a character, low bits first; characters from the upper half of the alphabet say "more follows".</summary>
    private static void Varint(Chars sb, int value)
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

/// <summary>What a partial export builds on: the last export's state, a way to read the site's files, and the old versions of replaced articles.</summary>
public sealed record ExportBasis(ExportState? Previous, Func<string, byte[]?> ReadFile, IReadOnlyDictionary<string, ArticleDocument> OldVersions);

/// <summary>The export's files (those it kept from the last export are marked unchanged and empty) and the state to save once the site holds them.</summary>
public sealed record ExportResult(IReadOnlyList<SiteFile> Files, ExportState State, bool Partial);

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
