using NewsArchive.Model;

namespace NewsArchive.Pipeline;

/// <summary>Groups printed pages into issues and papers; every listing sorted so output never depends on input order.</summary>
public sealed class AssembleArchive
{
    public const string StageName = "assemble";

    public Archive Run(IReadOnlyList<PrintedPage> pages)
    {
        var issues = pages
            .GroupBy(p => (p.Paper.Slug, p.Date))
            .Select(g => new Issue { Paper = g.First().Paper, Date = g.Key.Date, Pages = [.. g.OrderBy(p => p.Number)] })
            .OrderByDescending(i => i.Date)
            .ThenBy(i => i.Paper.Slug, StringComparer.Ordinal)
            .ToList();
        var papers = issues.Select(i => i.Paper).DistinctBy(p => p.Slug).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        return new Archive { Papers = papers, Issues = issues };
    }
}
