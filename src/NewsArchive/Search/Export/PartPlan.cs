namespace NewsArchive.Search;

/// <summary>What a partial export redoes: the changed documents (with their old versions) and the added ones.</summary>
internal sealed record PartPlan(ExportState Previous, IReadOnlyList<(int Ord, ArticleDocument Old)> Changed, IReadOnlyList<int> Added)
{
    /// <summary>A partial export when the earlier documents all keep their numbers and every changed one's old version is known; else null.</summary>
    public static PartPlan? Of(ExportBasis basis, string version, List<ExportedDocument> now, int shardCount)
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
}
