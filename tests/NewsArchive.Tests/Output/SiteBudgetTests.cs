using NewsArchive.Output;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Output;

/// <summary>The build knows what the site weighs and warns before the host's limit is crossed (issue 22).</summary>
public sealed class SiteBudgetTests
{
    [Fact]
    public void The_report_gives_the_sites_bytes_and_files_per_part_and_per_article()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var site = result.Site!;
        var onDisk = Directory.EnumerateFiles(dir.Combine("_site"), "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        Assert.Equal(onDisk.Count, site.Files);
        Assert.Equal(onDisk.Sum(f => f.Length), site.Bytes);
        Assert.Equal(result.Report.Counters["articles"], site.Articles);
        var articles = site.Parts.Single(p => p.Part == SiteParts.Articles);
        Assert.Equal(site.Articles, articles.Files);
        Assert.Contains(site.Parts, p => p.Part == SiteParts.Search && p.Files > 0);
        var report = File.ReadAllText(BuildPipeline.ReportPath(new BuildOptions { InputDirectory = "", OutputDirectory = dir.Combine("_site") }));
        Assert.Contains("\"bytesPerArticle\"", report);
        Assert.Contains("\"part\": \"articles\"", report);
        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Stage == CheckBudget.StageName);
    }

    [Fact]
    public void A_rebuild_that_writes_nothing_weighs_the_same_site()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var first = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var again = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, again.Report.Counters["files written"]);
        Assert.Equal(first.Site!.Parts, again.Site!.Parts);
    }

    [Fact]
    public void A_site_near_its_hosts_file_limit_gets_a_warning_naming_the_part_that_grows_fastest()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        var first = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        // A limit the sample site already fills to more than 80%: the librarian's host counts files.
        File.WriteAllText(dir.Combine("input", "newsarchive.yml"), $"site:\n  max_files: {first.Site!.Files + 2}\n");

        var second = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        var warning = Assert.Single(second.Report.Diagnostics, d => d.Stage == CheckBudget.StageName);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("is near its host's limit", warning.Message);
        Assert.Contains("files per article", warning.Message);
        Assert.Contains("fastest-growing part: ", warning.Message);
        Assert.Contains("articles fit", warning.Message);
    }

    [Fact]
    public void A_site_over_its_byte_limit_says_so_and_which_part_grew_most_since_the_last_build()
    {
        using var dir = new TempDir();
        SiteBuilder.CopySampleInput(dir.Combine("input"));
        SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));
        dir.Write("input/test-daily/2023-05-04/01.txt", "本报讯（记者 张三）12月14日，市政府召开常务会议，研究部署春耕生产工作。会议指出，今年全县粮食播种面积稳中有增。\n");

        var result = new BuildPipeline(new BuildOptions
        {
            InputDirectory = dir.Combine("input"),
            OutputDirectory = dir.Combine("_site"),
            ThemeDirectory = Repo.Theme,
            MaxSiteBytes = 1000,
        }).Run();

        var warning = Assert.Single(result.Report.Diagnostics, d => d.Stage == CheckBudget.StageName);
        Assert.Contains("is over its host's limit of 1.0 KB", warning.Message);
        Assert.Contains("since the last build", warning.Message);
    }

    [Fact]
    public void A_bad_limit_in_newsarchive_yml_is_a_warning_with_its_line()
    {
        using var dir = new TempDir();
        dir.Write("input/newsarchive.yml", "site:\n  max_mb: lots\n");
        var report = new BuildReport();

        var budget = SiteBudget.Load(dir.Combine("input"), report);

        Assert.Equal(SiteBudget.GitHubPagesBytes, budget.MaxBytes);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(2, warning.Line);
    }

    [Theory]
    [InlineData("liaocheng-daily/2022/12/17/01/03.html", SiteParts.Articles)]
    [InlineData("liaocheng-daily/2022/12/17/01/index.html", SiteParts.Pages)]
    [InlineData("liaocheng-daily/2022/index.html", SiteParts.Pages)]
    [InlineData("liaocheng-daily/index.html", SiteParts.Pages)]
    [InlineData("reporters/张三.html", SiteParts.Reporters)]
    [InlineData("keywords/春耕.p2.html", SiteParts.Keywords)]
    [InlineData("search/manifest.js", SiteParts.Search)]
    [InlineData("assets/css/site.css", SiteParts.Assets)]
    [InlineData("liaocheng-daily/feed.xml", SiteParts.Other)]
    [InlineData("index.html", SiteParts.Other)]
    public void Every_file_belongs_to_one_part(string path, string part) => Assert.Equal(part, SiteParts.Of(path));
}
