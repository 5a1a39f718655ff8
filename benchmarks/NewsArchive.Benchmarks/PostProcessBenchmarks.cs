using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.PostProcessing;
using NewsArchive.Rendering;
using NewsArchive.Tests.PostProcessing;

namespace NewsArchive.Benchmarks;

/// <summary>
/// Post-processing real rendered pages: the streaming link rewriter against the AngleSharp DOM round trip it
/// replaced. Pages come from a built site (NEWSARCHIVE_SITE, else the repo's sample archive built into a temporary
/// folder) with their links put back in the site-root form the renderer writes.
/// </summary>
[MemoryDiagnoser]
public class PostProcessBenchmarks
{
    private const int Pages = 40;
    private SiteFile[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var site = Environment.GetEnvironmentVariable("NEWSARCHIVE_SITE") ?? BuildSample();
        _pages = [.. Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 7 == 0)
            .Take(Pages)
            .Select(path => new SiteFile(path, Encoding.UTF8.GetBytes(SiteRoot(path, File.ReadAllText(Path.Combine(site, path))))))];
        if (_pages.Length != Pages)
            throw new InvalidOperationException($"{site} has too few pages");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public int DomRoundTrip()
    {
        var n = 0;
        foreach (var page in _pages)
            n += Encoding.UTF8.GetBytes("<!DOCTYPE html>\n" + DomLinkRewrite.Run(page.Path, Encoding.UTF8.GetString(page.Content)).Html + "\n").Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int StreamingRewrite()
    {
        var post = new PostProcessHtml();
        var n = 0;
        foreach (var page in _pages)
            n += post.Run(page).Content.Length;
        return n;
    }

    /// <summary>Undoes the post-processing of a built page: its relative links back to the site-root links rendered.</summary>
    private static string SiteRoot(string path, string html)
    {
        var depth = path.Count(c => c == '/');
        var up = depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
        return Regex.Replace(html, "(\\s(?:href|src|action|data-root)=\")" + Regex.Escape(up), "$1/");
    }

    private static string BuildSample()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsArchive.sln")))
            root = root.Parent;
        var repo = root?.FullName ?? throw new InvalidOperationException("run from inside the repository");
        var output = Path.Combine(Path.GetTempPath(), "newsarchive-postprocess-bench", "_site");
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = Path.Combine(repo, "input"),
            OutputDirectory = output,
            ThemeDirectory = Path.Combine(repo, "theme"),
            Offline = true,
            Incremental = false,
        }).Run();
        return output;
    }
}
