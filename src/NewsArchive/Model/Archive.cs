namespace NewsArchive.Model;

/// <summary>The whole archive: every issue of every paper, newest first within each paper.</summary>
public sealed record Archive
{
    public required IReadOnlyList<Paper> Papers { get; init; }
    public required IReadOnlyList<Issue> Issues { get; init; }

    public IEnumerable<Article> Articles => Issues.SelectMany(i => i.Articles);
}
