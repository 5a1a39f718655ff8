using System.Text.RegularExpressions;
using NewsArchive.Pipeline;
using NewsArchive.Rendering;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Rendering;

/// <summary>No paper folder or person's name can take over a page of the site's own.</summary>
public sealed class ReservedNamesTests
{
    private const string GoodPage = "市政府召开常务会议\n\n本报讯（记者 张三）5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";

    [Theory]
    [InlineData("keywords")]
    [InlineData("kinds")]
    [InlineData("photographers")]
    [InlineData("reporters")]
    [InlineData("dates")]
    [InlineData("stats")]
    [InlineData("index")]
    [InlineData("sitemap")]
    public void A_paper_folder_named_like_a_site_folder_gets_its_own_url(string folder)
    {
        using var dir = new TempDir();
        dir.Write($"input/{folder}/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write($"input/{folder}/2023-05-04/01.txt", GoodPage);

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(result.Report.Diagnostics, d => d.Severity == Severity.Warning && d.File == folder + "/" && d.Message.Contains($"'{folder}-paper'", StringComparison.Ordinal));
        Assert.True(File.Exists(dir.Combine($"_site/{folder}-paper/2023/05/04/01/01.html")));
        Assert.True(File.Exists(dir.Combine("_site/keywords/index.html")) || folder != "keywords");
    }

    [Fact]
    public void Every_top_level_name_of_a_built_site_is_reserved()
    {
        using var dir = new TempDir();
        new NewsArchive.Synth.ArchiveGenerator(seed: 5, papers: 2).WriteArchive(dir.Path, 80);
        SiteBuilder.CopySampleInput(dir.Combine("input"));

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.Equal(0, result.ExitCode);
        var papers = Directory.GetDirectories(dir.Combine("input")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        // Hidden names (the site's ownership manifest) cannot meet a paper's URL name, which starts with a letter or digit.
        var names = Directory.EnumerateFileSystemEntries(dir.Combine("_site")).Select(Path.GetFileName).Where(n => !papers.Contains(n!) && !n!.StartsWith('.')).ToList();
        Assert.Contains("keywords", names);
        foreach (var name in names)
        {
            var stem = Regex.Replace(name!.Split('.')[0], @"-\d+$", "");
            Assert.True(SiteLayout.TopLevelNames.Contains(stem), $"the site writes '{name}' at its top level, but SiteLayout.TopLevelNames does not reserve '{stem}'");
        }
    }

    [Fact]
    public void A_person_named_index_gets_a_page_of_their_own_and_the_listing_keeps_its_index()
    {
        using var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/test-daily/2023-05-04/01.txt", GoodPage);
        dir.Write("input/test-daily/2023-05-04/01.corrections.yml", "items:\n  1:\n    reporters: [index, ../../index, 张三]\n    photographers: [index]\n");
        dir.Write("input/test-daily/2023-05-04/02.txt", GoodPage);
        dir.Write("input/test-daily/2023-05-04/02.corrections.yml", "items:\n  1:\n    reporters: [index, ../../index, 张三]\n    photographers: [index]\n");
        dir.Write("input/test-daily/2023-05-04/03.txt", GoodPage);
        dir.Write("input/test-daily/2023-05-04/03.corrections.yml", "items:\n  1:\n    reporters: [index, ../../index, 张三]\n    photographers: [index]\n");

        // Three articles each: a name of one or two articles links to a search rather than a page of its own.
        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        var article = File.ReadAllText(dir.Combine("_site/test-daily/2023/05/04/01/01.html"));
        var reporterPages = Regex.Matches(article, "href=\"?[./]*reporters/([^\" >]+)\\.html").Select(m => m.Groups[1].Value).Where(s => s != "index").Distinct().ToList();
        Assert.Equal(3, reporterPages.Count);
        foreach (var page in reporterPages)
            Assert.True(File.Exists(dir.Combine($"_site/reporters/{page}.html")), page);
        var index = File.ReadAllText(dir.Combine("_site/reporters/index.html"));
        Assert.Equal(3, reporterPages.Count(p => index.Contains($"{p}.html", StringComparison.Ordinal)));
        Assert.True(File.Exists(dir.Combine("_site/photographers/index.html")));
        Assert.Single(Directory.GetFiles(dir.Combine("_site/photographers"), "index-*.html"));
    }
}
