using System.Globalization;
using NewsArchive.Output;
using NewsArchive.Pipeline;

namespace NewsArchive.Cli;

/// <summary>What a librarian reads after a build: counts, time per stage, and every warning and error with its file.</summary>
internal static class BuildSummary
{
    public static void Print(BuildResult result, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        var report = result.Report;
        PrintDiagnostics.Run(report.Diagnostics, stdout, stderr);

        var c = report.Counters;
        stdout.WriteLine();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {c.GetValueOrDefault("pages")} pages, {c.GetValueOrDefault("articles")} articles, {c.GetValueOrDefault("files")} files ({c.GetValueOrDefault("files written")} changed) in {result.Elapsed.TotalSeconds:0.00} s: {report.CountOf(Severity.Warning)} warnings, {report.CountOf(Severity.Error)} errors."));
        foreach (var t in report.Timings)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Stage,-12} {t.Elapsed.TotalSeconds,8:0.000} s  {t.Items,8} items  {t.ItemsPerSecond,10:0} /s"));
        if (c.ContainsKey("cache: pages segmented before"))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Reused from earlier builds: {c["cache: pages segmented before"]} of {c.GetValueOrDefault("pages")} pages segmented, {c["cache: articles enriched before"]} of {c.GetValueOrDefault("articles")} articles enriched, {c["cache: files rendered before"]} of {c.GetValueOrDefault("files")} files rendered."));
        if (c.ContainsKey("articles changed"))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Since the last build: {c["articles added"]} articles added, {c["articles changed"]} changed, {c["articles removed"]} removed."));
        if (result.Site is { Files: > 0 } site)
        {
            var limit = result.Budget is { } b ? $" of {SiteWeight.Size(b.MaxBytes)}{(b.MaxFiles is { } f ? string.Create(CultureInfo.InvariantCulture, $" and {f:#,0} files") : "")}" : "";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Site weight: {SiteWeight.Size(site.Bytes)} in {site.Files:#,0} files{limit}; per article {SiteWeight.Size(SiteWeight.PerArticle(site.Bytes, site.Articles))} and {SiteWeight.PerArticle(site.Files, site.Articles):0.00} files:"));
            foreach (var p in site.Parts)
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {SiteParts.Describe(p.Part),-46} {SiteWeight.Size(p.Bytes),10} {p.Files,8:#,0} files  {SiteWeight.Size(SiteWeight.PerArticle(p.Bytes, site.Articles)),9} {SiteWeight.PerArticle(p.Files, site.Articles),5:0.00} per article"));
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak memory: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        stdout.WriteLine($"Site: {options.OutputDirectory}");
        stdout.WriteLine($"Report: {BuildPipeline.ReportPath(options)}");
    }
}
