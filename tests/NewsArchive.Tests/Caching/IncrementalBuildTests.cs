using System.Security.Cryptography;
using NewsArchive.Pipeline;
using NewsArchive.Synth;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Caching;

/// <summary>
/// An incremental build must give exactly the site a clean build gives, whatever changed in between,
/// and must not redo work for what did not change.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const int Articles = 120;
    private readonly TempDir _dir = new();
    private readonly ArchiveGenerator _synth = new(seed: 7, papers: 2);

    public IncrementalBuildTests() => _synth.WriteArchive(_dir.Path, Articles);

    public void Dispose() => _dir.Dispose();

    private string Input => _dir.Combine("input");

    private BuildResult Build(string output, bool incremental = true, string? theme = null, int parallelism = 2) =>
        new BuildPipeline(new BuildOptions
        {
            InputDirectory = Input,
            OutputDirectory = _dir.Combine(output),
            ThemeDirectory = theme ?? Repo.Theme,
            Incremental = incremental,
            Parallelism = parallelism,
        }).Run();

    /// <summary>The site a build from scratch makes of the input as it is now, with no cache.</summary>
    private SortedDictionary<string, string> Clean(string? theme = null)
    {
        var output = "clean-" + Guid.NewGuid().ToString("N");
        Build(output, incremental: false, theme);
        return Hashes(_dir.Combine(output));
    }

    /// <summary>The page files of the archive (not whatever stages keep in the input's dot-folders).</summary>
    private string[] PageFiles() =>
        [.. Directory.EnumerateFiles(Input, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Input, f).StartsWith('.'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void A_rebuild_of_unchanged_input_reuses_every_segmentation_enrichment_and_page()
    {
        var first = Build("_site");
        var second = Build("_site");

        var c = second.Report.Counters;
        Assert.Equal(first.Report.Counters["pages"], c["cache: pages segmented before"]);
        Assert.Equal(first.Report.Counters["articles"], c["cache: articles enriched before"]);
        Assert.Equal(0, c["files written"]);
        Assert.Equal(0, c["articles added"] + c["articles changed"] + c["articles removed"]);
        // Every page, and every browser search file (not exported again, nor read into memory).
        var html = Directory.EnumerateFiles(_dir.Combine("_site"), "*.html", SearchOption.AllDirectories).Count();
        var search = Directory.EnumerateFiles(_dir.Combine("_site", "search"), "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(search > 0);
        Assert.Equal(html + search, c["cache: files rendered before"]);
    }

    [Fact]
    public void After_a_new_issue_the_incremental_site_equals_a_clean_build()
    {
        Build("_site");
        var added = _synth.WriteNextIssue(_dir.Path, Articles);

        var result = Build("_site");

        Assert.True(Directory.EnumerateFiles(added).Any());
        Assert.True(result.Report.Counters["articles added"] > 0);
        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void A_reporters_third_article_gives_them_a_listing_that_their_first_article_then_links_to()
    {
        var paper = Path.GetFileName(Directory.EnumerateDirectories(Input).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal).First());
        const string Story = "本报讯（记者 欧阳一帆）12月14日，市政府召开常务会议，研究部署春耕生产工作。会议指出，今年全县粮食播种面积稳中有增。\n";
        _dir.Write($"input/{paper}/2030-01-01/01.txt", Story);
        Build("_site");
        var first = File.ReadAllText(_dir.Combine("_site", paper, "2030", "01", "01", "01", "01.html"));
        Assert.Contains("search.html?q=", first);
        Assert.DoesNotContain("reporters/欧阳一帆.html", first);

        // A second article still links to the search (a listing of two is a file the search does without).
        _dir.Write($"input/{paper}/2030-01-02/01.txt", Story.Replace("春耕", "秋收", StringComparison.Ordinal));
        Build("_site");
        Assert.DoesNotContain("reporters/欧阳一帆.html", File.ReadAllText(_dir.Combine("_site", paper, "2030", "01", "01", "01", "01.html")));

        _dir.Write($"input/{paper}/2030-01-03/01.txt", Story.Replace("春耕", "冬储", StringComparison.Ordinal));
        Build("_site");

        Assert.Contains("reporters/欧阳一帆.html", File.ReadAllText(_dir.Combine("_site", paper, "2030", "01", "01", "01", "01.html")));
        Assert.True(File.Exists(_dir.Combine("_site", "reporters", "欧阳一帆.html")));
        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void After_correcting_one_page_the_incremental_site_equals_a_clean_build_and_only_that_page_is_redone()
    {
        var first = Build("_site");
        var page = PageFiles()[3];
        var lines = File.ReadAllLines(page);
        var longest = Array.IndexOf(lines, lines.MaxBy(l => l.Length));
        lines[longest] = lines[longest][..^1] + "更正" + lines[longest][^1..];
        File.WriteAllLines(page, lines);

        var result = Build("_site");

        Assert.Equal(first.Report.Counters["pages"] - 1, result.Report.Counters["cache: pages segmented before"]);
        Assert.True(result.Report.Counters["articles changed"] >= 1);
        Assert.True(result.Report.Counters["files written"] >= 1);
        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void After_a_template_change_every_page_from_that_template_is_rendered_again()
    {
        var theme = _dir.Combine("theme");
        CopyFolder(Repo.Theme, theme);
        Build("_site", theme: theme);
        var template = Path.Combine(theme, "layouts", "article.liquid");
        File.AppendAllText(template, "\n<p class=\"changed\">template changed</p>\n");

        var result = Build("_site", theme: theme);

        var articlePage = Directory.EnumerateFiles(_dir.Combine("_site"), "01.html", SearchOption.AllDirectories).First();
        Assert.Contains("template changed", File.ReadAllText(articlePage));
        Assert.Equal(0, result.Report.Counters["articles changed"]);
        Assert.Equal(Clean(theme), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void After_an_issue_is_deleted_its_pages_are_gone_as_in_a_clean_build()
    {
        Build("_site");
        var issue = Path.GetDirectoryName(PageFiles()[0])!;
        Directory.Delete(issue, recursive: true);

        var result = Build("_site");

        Assert.True(result.Report.Counters["articles removed"] > 0);
        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void Output_files_deleted_or_edited_by_hand_are_rebuilt()
    {
        Build("_site");
        var pages = Directory.EnumerateFiles(_dir.Combine("_site"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        File.Delete(pages[5]);
        File.WriteAllText(pages[9], "edited by hand");

        Build("_site");

        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void A_corrupt_cache_is_ignored_and_the_site_is_still_right()
    {
        Build("_site");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Input, ".cache"), "*", SearchOption.AllDirectories))
            File.WriteAllText(file, "not\ta cache {{{\n\u0000");

        var result = Build("_site");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Clean(), Hashes(_dir.Combine("_site")));
    }

    [Fact]
    public void One_core_and_two_cores_build_the_same_bytes()
    {
        Build("one", incremental: false, parallelism: 1);
        Build("two", incremental: false, parallelism: 2);

        Assert.Equal(Hashes(_dir.Combine("one")), Hashes(_dir.Combine("two")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
