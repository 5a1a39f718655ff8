namespace NewsArchive.Model;

/// <summary>The whole archive: every issue of every paper, newest first within each paper.</summary>
public sealed record Archive
{
    public required IReadOnlyList<Paper> Papers { get; init; }
    public required IReadOnlyList<Issue> Issues { get; init; }

    public IEnumerable<Article> Articles => Issues.SelectMany(i => i.Articles);

    /// <summary>What changed since the last build of the same input; null when the build keeps no cache.</summary>
    public ArchiveChanges? Changes { get; init; }
}
