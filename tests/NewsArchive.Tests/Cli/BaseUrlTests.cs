using System.Text.RegularExpressions;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Cli;

/// <summary><c>build --base-url</c>, as the Pages workflow passes it, makes canonical links, og:url and the sitemap absolute.</summary>
public sealed class BaseUrlTests
{
    [Theory]
    [InlineData("https://owner.github.io/repo/")]
    [InlineData("https://owner.github.io/repo")]
    [InlineData("https://archive.example.org/")]
    public void Build_with_a_base_url_makes_canonical_og_url_and_sitemap_absolute(string baseUrl)
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var site = dir.Combine("_site");

        var (code, _, stderr) = CommandsTests.Run("build", "--input", dir.Combine("input"), "--output", site, "--theme", Repo.Theme, "--offline", "--base-url", baseUrl);

        Assert.True(code == 0, stderr);
        var root = baseUrl.TrimEnd('/') + "/";
        var article = Directory.EnumerateFiles(Path.Combine(site, "liaocheng-daily"), "*.html", SearchOption.AllDirectories)
            .First(f => Regex.IsMatch(f.Replace('\\', '/'), @"/\d{4}/\d{2}/\d{2}/\d{2}/\d{2}\.html$"));
        var relative = Path.GetRelativePath(site, article).Replace('\\', '/');
        var html = File.ReadAllText(article);
        Assert.Contains($"<link rel=canonical href=\"{root}{relative}\">", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"{root}{relative}\">", html);
        var sitemap = File.ReadAllText(Path.Combine(site, "sitemap.xml"));
        var locs = Regex.Matches(sitemap, "<loc>([^<]*)</loc>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(root, loc, StringComparison.Ordinal));
        Assert.Contains(root + relative, locs);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path/")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?q=1")]
    public void A_base_url_that_is_not_an_absolute_http_url_is_a_usage_error(string baseUrl)
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        var (code, _, stderr) = CommandsTests.Run("build", "--input", dir.Combine("input"), "--output", dir.Combine("_site"), "--base-url", baseUrl);

        Assert.Equal(2, code);
        Assert.Contains("--base-url", stderr);
        Assert.False(Directory.Exists(dir.Combine("_site")));
    }

    [Fact]
    public void The_pages_workflow_tests_before_it_builds_and_ci_runs_its_steps()
    {
        var workflow = File.ReadAllLines(Path.Combine(Repo.Root, ".github", "workflows", "pages.yml"));
        var runs = workflow.Where(l => l.StartsWith("      - run: ", StringComparison.Ordinal)).Select(l => l["      - run: ".Length..]).ToList();
        var test = runs.FindIndex(r => r.Contains("dotnet test", StringComparison.Ordinal));
        var build = runs.FindIndex(r => r.Contains(" build --base-url ", StringComparison.Ordinal));

        Assert.True(test >= 0 && build > test, "the workflow runs the tests before it builds the site it deploys");
        var ci = File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run"));
        Assert.Contains(".github/workflows/pages.yml", ci);
        Assert.Contains("steps.pages.outputs.base_url", ci);
    }
}
