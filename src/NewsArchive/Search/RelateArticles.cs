using System.IO.Hashing;
using System.Text;
using NewsArchive.Caching;

namespace NewsArchive.Search;

/// <summary>
/// Each article's related articles, from the articles' keywords (<see cref="FindRelated"/>), taken from the last build's
/// state while the articles' keywords and order are as before. A stage of its own, apart from the search index: the
/// article pages need only this, so they render while the index is updated and exported.
/// </summary>
public sealed class RelateArticles
{
    public const string StageName = "related";

    /// <param name="previous">The last build's lists (<c>BuildState.Related</c>), or null.</param>
    public RelatedLists Run(IReadOnlyList<ArticleDocument> documents, int parallelism, RelatedLists? previous)
    {
        var finder = new FindRelated();
        var key = KeyFor(documents, finder.Count);
        if (previous is not null && previous.Key == key)
            return previous;
        return new RelatedLists(key, finder.Run(documents, parallelism));
    }

    /// <summary>
    /// The hash of everything the lists are made from: each article's id, sort key, date and keywords, and the code
    /// (<see cref="CacheKeys.Code"/>). Any change, even to one keyword, finds them all again, since one keyword's
    /// frequency weighs in every article that has it.
    /// </summary>
    public static string KeyFor(IReadOnlyList<ArticleDocument> documents, int count)
    {
        var hash = new XxHash128();
        var text = new StringBuilder(CacheKeys.Code).Append('\n').Append(count).Append('\n');
        foreach (var d in documents)
        {
            text.Append(d.Id).Append('\u001f').Append(d.SortKey).Append('\u001f').Append(d.Date).Append('\u001f').AppendJoin('\u001e', d.Keywords).Append('\n');
            if (text.Length > 1 << 16) { hash.Append(Encoding.UTF8.GetBytes(text.ToString())); text.Clear(); }
        }
        hash.Append(Encoding.UTF8.GetBytes(text.ToString()));
        return CacheKeys.Hex(hash);
    }
}
