using System.Globalization;

namespace NewsArchive.Output;

/// <summary>
/// Compares a built site with its host's limits and warns before one is crossed: how full the site is, how many
/// articles fit at today's weight per article, and which part grows fastest (since the last build when articles were
/// added, else per article), so the librarian knows what to trim or split before a deploy fails.
/// </summary>
public sealed class CheckBudget
{
    public const string StageName = "budget";

    /// <param name="previous">The site as the last build left it, when known: growth is measured against it.</param>
    public void Run(SiteWeight site, SiteWeight? previous, SiteBudget budget, BuildReport report)
    {
        var fastest = Fastest(site, previous);
        Check(site.Bytes, budget.MaxBytes, site.Articles, SiteWeight.Size, SiteWeight.Size, fastest.Bytes, budget, report);
        if (budget.MaxFiles is { } maxFiles)
            Check(site.Files, maxFiles, site.Articles, n => n.ToString("#,0", CultureInfo.InvariantCulture) + " files",
                n => n.ToString("0.00", CultureInfo.InvariantCulture) + " files", fastest.Files, budget, report);
    }

    private static void Check(double used, double limit, int articles, Func<double, string> show, Func<double, string> showPerArticle, string fastest, SiteBudget budget, BuildReport report)
    {
        if (used < limit * budget.WarnAt)
            return;
        var perArticle = SiteWeight.PerArticle(used, articles);
        var fit = perArticle > 0 ? ((long)(limit / perArticle)).ToString("#,0", CultureInfo.InvariantCulture) : "?";
        var state = used >= limit ? "is over" : "is near";
        report.Warn(StageName, null, string.Create(CultureInfo.InvariantCulture,
            $"the site {state} its host's limit of {show(limit)}: {show(used)} ({used / limit:0%}); at {showPerArticle(perArticle)} per article about {fit} articles fit; {fastest}. See README, \"When an archive outgrows one site\"."));
    }

    /// <summary>The part that grows fastest, in bytes and in files, as a phrase for the warning.</summary>
    private static (string Bytes, string Files) Fastest(SiteWeight site, SiteWeight? previous)
    {
        var added = previous is null ? 0 : site.Articles - previous.Articles;
        if (previous is not null && added > 0)
        {
            PartWeight Before(string part) => previous.Parts.FirstOrDefault(p => p.Part == part) ?? new(part, 0, 0);
            var byBytes = site.Parts.MaxBy(p => p.Bytes - Before(p.Part).Bytes)!;
            var byFiles = site.Parts.MaxBy(p => p.Files - Before(p.Part).Files)!;
            return (
                string.Create(CultureInfo.InvariantCulture, $"fastest-growing part: {SiteParts.Describe(byBytes.Part)} ({SiteWeight.Size((double)(byBytes.Bytes - Before(byBytes.Part).Bytes) / added)} per article added since the last build)"),
                string.Create(CultureInfo.InvariantCulture, $"fastest-growing part: {SiteParts.Describe(byFiles.Part)} ({(double)(byFiles.Files - Before(byFiles.Part).Files) / added:0.00} files per article added since the last build)"));
        }
        var heaviest = site.Parts.MaxBy(p => p.Bytes)!;
        var most = site.Parts.MaxBy(p => p.Files)!;
        return (
            $"fastest-growing part: {SiteParts.Describe(heaviest.Part)} ({SiteWeight.Size(SiteWeight.PerArticle(heaviest.Bytes, site.Articles))} per article)",
            string.Create(CultureInfo.InvariantCulture, $"fastest-growing part: {SiteParts.Describe(most.Part)} ({SiteWeight.PerArticle(most.Files, site.Articles):0.00} files per article)"));
    }
}
