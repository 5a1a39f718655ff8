using System.Text.Json;
using NewsArchive.Ingest;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Segmentation;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Robustness;

/// <summary>Every character of every page ends up in an article, a recorded removal, or the build report.</summary>
public sealed class NothingLostTests
{
    private const string Text = "市区新增公交线路三条\n\n本报讯 市交通部门近日新开通三条公交线路。\n\n广告热线 1234567\n";

    [Fact]
    public void Every_leftover_is_reported_with_its_page()
    {
        var report = new BuildReport();
        var segmenter = (string text) => new PageSegmentation
        {
            Items = [new SegmentedItem { Kind = ItemKind.News, Title = "市区新增公交线路三条", Paragraphs = ["本报讯市交通部门近日新开通三条公交线路。"] }],
            Leftovers = ["广告热线1234567"],
        };

        var page = Assert.Single(new SegmentPages(segmenter).Run([Source("t/2023-05-04/01.txt", Text)], report, NoProgress.Instance, 1));

        Assert.Equal(["广告热线1234567"], page.Leftovers);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("t/2023-05-04/01.txt", Severity.Warning), (warning.File, warning.Severity));
        Assert.EndsWith("广告热线1234567", warning.Message);
    }

    [Fact]
    public void Text_a_segmenter_drops_is_put_back_as_a_leftover_and_reported()
    {
        var report = new BuildReport();
        var segmenter = (string text) => new PageSegmentation
        {
            Items = [new SegmentedItem { Kind = ItemKind.News, Title = "市区新增公交线路三条", Paragraphs = ["本报讯市交通部门近日新开通三条公交线路。"] }],
        };

        var page = Assert.Single(new SegmentPages(segmenter).Run([Source("t/2023-05-04/01.txt", Text)], report, NoProgress.Instance, 1));

        Assert.Equal(["广告热线1234567"], page.Leftovers);
        Assert.Contains(report.Diagnostics, d => d.File == "t/2023-05-04/01.txt" && d.Message.Contains("dropped 11 characters"));
        Assert.Contains(report.Diagnostics, d => d.File == "t/2023-05-04/01.txt" && d.Message.EndsWith("广告热线1234567", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_page_is_accounted_for_on_its_own_whatever_pages_came_before_on_the_thread()
    {
        // Characters placed on one page but not on the next must not count for the next (nor what one page dropped for another).
        var generous = new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Title = "市区新增公交线路三条三三", Paragraphs = ["本报讯市交通部门近日新开通三条公交线路。广告热线1234567"] }] };
        var stingy = new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Title = "市区新增公交线路三条" }], Leftovers = ["广告"] };
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("", SegmentPages.Lost(Text, generous));
            Assert.Equal("本报讯市交通部门近日新开通三条公交线路。热线1234567", SegmentPages.Lost(Text, stingy));
            Assert.Equal("市区新增公交线路三条本报讯市交通部门近日新开通三条公交线路。广告热线1234567", SegmentPages.Lost(Text, new PageSegmentation()));
        }
    }

    [Fact]
    public void A_page_the_segmenter_finds_no_article_in_is_kept_whole_with_a_warning()
    {
        var report = new BuildReport();

        var page = Assert.Single(new SegmentPages(_ => new PageSegmentation()).Run([Source("t/2023-05-04/01.txt", Text)], report, NoProgress.Instance, 1));

        var item = Assert.Single(page.Articles).Item;
        Assert.Equal(["市区新增公交线路三条", "本报讯 市交通部门近日新开通三条公交线路。", "广告热线 1234567"], item.Paragraphs);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal("t/2023-05-04/01.txt", warning.File);
        Assert.Contains("kept whole as one item", warning.Message);
    }

    [Fact]
    public void A_segmenter_that_throws_costs_no_page_and_no_build()
    {
        var report = new BuildReport();
        var pages = new[] { Source("t/2023-05-04/01.txt", Text), Source("t/2023-05-04/02.txt", "第二版的文字。\n") };
        var segmenter = (string text) => text.StartsWith('市') ? throw new IndexOutOfRangeException("boom") : PageSegmenter.Segment(text);

        var result = new SegmentPages(segmenter).Run(pages, report, NoProgress.Instance, 2);

        Assert.Equal(2, result.Count);
        Assert.Equal(3, Assert.Single(result[0].Articles).Item.Paragraphs.Count);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("t/2023-05-04/01.txt", error.File);
        Assert.Contains("IndexOutOfRangeException: boom", error.Message);
    }

    [Fact]
    public void Building_real_pages_loses_no_text_and_reports_every_leftover_with_its_page()
    {
        using var dir = new TempDir();
        var pages = Directory.GetDirectories(Path.Combine(Repo.Root, "tests/NewsArchive.Tests/Pages")).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < pages.Count; i++)
            File.Copy(Path.Combine(pages[i], "page.txt"), dir.Write($"input/test-daily/2023-05-04/{i + 1:00}.txt", ""), overwrite: true);

        var result = SiteBuilder.Build(dir.Combine("input"), dir.Combine("_site"));

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Message.Contains("dropped"));
        var report = JsonDocument.Parse(File.ReadAllText(dir.Combine("_site.build-report.json"))).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (File: d.TryGetProperty("file", out var f) ? f.GetString() : null, Message: d.GetProperty("message").GetString()!))
            .ToList();
        foreach (var source in new ReadPages().Run(dir.Combine("input"), new BuildReport()))
        {
            var segmentation = PageSegmenter.Segment(source.Text);
            Assert.Equal("", SegmentPages_Lost(source.Text, segmentation));
            foreach (var leftover in segmentation.Leftovers)
                Assert.Contains(report, d => d.File == source.File && d.Message.EndsWith(leftover, StringComparison.Ordinal));
            Assert.True(File.Exists(dir.Combine($"_site/test-daily/2023/05/04/{source.Number:00}/01.html")), source.File);
        }
    }

    private static string SegmentPages_Lost(string text, PageSegmentation segmentation)
    {
        var report = new BuildReport();
        new SegmentPages(_ => segmentation).Run([Source("x.txt", text)], report, NoProgress.Instance, 1);
        return string.Concat(report.Diagnostics.Where(d => d.Message.Contains("dropped")).Select(d => d.Message));
    }

    private static PageSource Source(string file, string text) => new()
    {
        File = file,
        Paper = new Paper("t", "测试日报", "Test Daily"),
        Date = new DateOnly(2023, 5, 4),
        Number = 1,
        Text = text,
        Hash = "",
    };
}
