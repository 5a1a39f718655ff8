using NewsArchive.Pipeline;

namespace NewsArchive.Tests.Support;

/// <summary>
/// A small archive of e-paper PDFs, built once per test class: a made test page printed to PDF by Chromium (its
/// producer, as for scripts/make-test-pages.sh) as page 1 of an issue, beside a page given as text.
/// </summary>
public sealed class PdfSite : IDisposable
{
    public const string Issue = "test-daily/2024/03/05/";

    private readonly TempDir _dir = new();

    public PdfSite()
    {
        _dir.Write("input/test-daily/paper.yml", "name_zh: 测试日报\nname_en: Test Daily\n");
        _dir.Write("input/test-daily/2024-03-05/page-01.pdf", TestPdfs.Print(File.ReadAllText(PagePath)));
        _dir.Write("input/test-daily/2024-03-05/page-02.txt", File.ReadAllText(Repo.SamplePage));
        Result = SiteBuilder.Build(Input, Output);
    }

    /// <summary>One of the made test pages, chosen by folder order, not by anything printed on it.</summary>
    public static string PagePath { get; } = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages"), "page.html", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).First();

    public BuildResult Result { get; }
    public string Input => _dir.Combine("input");
    public string Output => _dir.Combine("_site");

    public void Dispose() => _dir.Dispose();
}
