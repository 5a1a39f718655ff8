using NewsArchive.Pipeline;

namespace NewsArchive.Search;

/// <summary>
/// Each article's related articles, from the articles' keywords (<see cref="FindRelated"/>), taken from the input's
/// cache while the articles' keywords and order are as before. A stage of its own, apart from the search index: the
/// article pages need only this, so they render while the index is updated and exported.
/// </summary>
public sealed class RelateArticles
{
    public const string StageName = "related";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Run(IReadOnlyList<ArticleDocument> documents, BuildOptions options)
    {
        var cache = options.Incremental ? new RelatedCache(RelatedCache.PathFor(options.InputDirectory)) : null;
        var finder = new FindRelated();
        var key = RelatedCache.KeyFor(documents, finder.Count);
        if (cache?.Load(key) is { } found)
            return found;
        found = finder.Run(documents, options.Parallelism);
        cache?.Save(key, found);
        return found;
    }
}
