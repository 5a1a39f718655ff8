using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.Output;
using static NewsArchive.Search.ExportIndex;
using static NewsArchive.Search.SearchWire;
using static NewsArchive.Search.ShardLayout;

namespace NewsArchive.Search;

/// <summary>A partial export: the terms the changed and added articles touch, and the shards and blocks that hold them.</summary>
internal sealed partial class ExportJob
{
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
        // With articles only added, a touched term's old postings are in its shard entry or, for a long list, in its
        // last block's file: the new articles' postings are appended to them, and Lucene is asked for those alone.
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
                                if (LastBlock(basis, blocks[^1].Id) is not { } tail) return null;
                                perField[term] = value with { Tail = tail };
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
            ? exporter.Reader.Append(reader, fields[f].Field, fields[f].Positions, terms, ord, firstNew, hi, appended[fields[f].Key])
            : exporter.Reader.Walk(reader, fields[f].Field, fields[f].Positions, live, terms, ord, _ => [lo, hi], resume[fields[f].Key]).Tiers[0]);
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

    /// <summary>A long list's last block as the site holds it, or null when its file is missing or not a block.</summary>
    private static string? LastBlock(ExportBasis basis, string id)
    {
        if (basis.ReadFile(BlockPath(id)) is not { } bytes) return null;
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var prefix = $"NewsArchiveSearch.load({JsonSerializer.Serialize(id, Json)},";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || !text.EndsWith(");\n", StringComparison.Ordinal)) return null;
        try { return JsonSerializer.Deserialize<string>(text[prefix.Length..^3], Json); }
        catch (JsonException) { return null; }
    }
}
