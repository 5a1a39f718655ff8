using NewsArchive.PageImages;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.PageImages;

/// <summary>Each PDF page is rendered once, to a web image of a reader's width and a host's budget; a rebuild renders nothing.</summary>
public sealed class RenderPageImagesTests
{
    private const string PageFolder = "_site/test-daily/2024/03/05/01/";

    [Fact]
    public void A_PDF_page_gets_a_JPEG_about_1400_px_wide_and_at_most_250_KB_and_a_thumbnail()
    {
        using var dir = Archive();

        var result = Build(dir);

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        var large = File.ReadAllBytes(dir.Combine(PageFolder + "page.jpg"));
        var (width, height) = JpegSize.Of(large)!.Value;
        Assert.InRange(width, 1200, 1600);
        Assert.True(height > width, "a newspaper page is taller than wide");
        Assert.True(large.Length <= RenderPageImages.MaxLargeBytes, $"the page image is {large.Length / 1024} KB");
        Assert.True(JpegSize.Of(File.ReadAllBytes(dir.Combine(PageFolder + "page-small.jpg")))!.Value.Width < 400);
        Assert.Equal(1, result.Report.Counters["page images rendered"]);
    }

    [Fact]
    public void A_rebuild_renders_no_page_image_and_a_clean_build_the_same_bytes()
    {
        using var dir = Archive();
        Build(dir);
        var first = File.ReadAllBytes(dir.Combine(PageFolder + "page.jpg"));

        var again = Build(dir);

        Assert.False(again.Report.Counters.ContainsKey("page images rendered"), "a rebuild rendered a page image again");
        Assert.Equal(1, again.Report.Counters["page images from the cache"]);
        // Both pages' segmentations come from the cache, the PDF's (keyed by its bytes' hash and page) as the text's.
        Assert.Equal(2, again.Report.Counters["cache: pages segmented before"]);
        var clean = Build(dir, incremental: false);
        Assert.Equal(1, clean.Report.Counters["page images rendered"]);
        Assert.Equal(first, File.ReadAllBytes(dir.Combine(PageFolder + "page.jpg")));
    }

    [Fact]
    public void Page_images_off_builds_the_PDF_page_as_a_text_page_is_shown()
    {
        using var dir = Archive();

        var result = Build(dir, pageImages: false);

        Assert.DoesNotContain(result.Report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.False(File.Exists(dir.Combine(PageFolder + "page.jpg")));
        Assert.False(Directory.Exists(dir.Combine("input/.cache/page-images")));
        var html = File.ReadAllText(dir.Combine(PageFolder + "index.html"));
        Assert.DoesNotContain("page-print", html);
        Assert.Contains("items-page", html);
        Assert.DoesNotContain("page-place", File.ReadAllText(dir.Combine(PageFolder + "01.html")));
    }

    [Fact]
    public void A_page_read_from_text_keeps_the_view_without_an_image()
    {
        using var dir = Archive();

        Build(dir);

        var html = File.ReadAllText(dir.Combine("_site/test-daily/2024/03/05/02/index.html"));
        Assert.DoesNotContain("page-print", html);
        Assert.False(File.Exists(dir.Combine("_site/test-daily/2024/03/05/02/page.jpg")));
        Assert.Contains("page-print", File.ReadAllText(dir.Combine(PageFolder + "index.html")));
    }

    [Fact]
    public void Images_of_a_PDF_no_longer_in_the_input_leave_the_cache_and_the_site()
    {
        using var dir = Archive();
        Build(dir);
        var cached = Directory.GetFiles(dir.Combine("input/.cache/page-images"));
        Assert.Equal(2, cached.Length);
        File.Delete(dir.Combine("input/test-daily/2024-03-05/page-01.pdf"));
        dir.Write("input/test-daily/2024-03-05/page-01.pdf", TestPdfs.Built(["Another page one"]));

        Build(dir);

        Assert.All(cached, f => Assert.False(File.Exists(f), $"{Path.GetFileName(f)} stayed in the cache"));
        Assert.Equal(2, Directory.GetFiles(dir.Combine("input/.cache/page-images")).Length);
    }

    private static TempDir Archive()
    {
        var dir = new TempDir();
        dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        dir.Write("input/test-daily/2024-03-05/page-01.pdf", Printed.Value);
        dir.Write("input/test-daily/2024-03-05/page-02.txt", File.ReadAllText(Repo.SamplePage));
        return dir;
    }

    /// <summary>A made test page printed by Chromium once for the class: printing is the slow part.</summary>
    private static readonly Lazy<byte[]> Printed = new(() => TestPdfs.Print(File.ReadAllText(PdfSite.PagePath)));

    private static BuildResult Build(TempDir dir, bool pageImages = true, bool incremental = true) => new BuildPipeline(new BuildOptions
    {
        InputDirectory = dir.Combine("input"),
        OutputDirectory = dir.Combine("_site"),
        ThemeDirectory = Repo.Theme,
        StrictTemplates = true,
        PageImages = pageImages,
        Incremental = incremental,
    }).Run();
}
