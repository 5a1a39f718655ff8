using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

public sealed class LibrarianEnglishTests
{
    private const string Sidecar = "input/test-daily/2023-05-04/01.en.yml";

    [Fact]
    public void A_librarians_sidecar_wins_over_the_memory_and_the_service_and_is_never_written()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Run();                                    // the memory now holds the service's English for both articles
        var sidecar = rig.Write(Sidecar, "# by the desk\n1:\n  title: Executive Meeting Plans Winter Safety\n  summary: On December 14 the city government met on work safety.\n");
        var bytes = File.ReadAllBytes(sidecar);

        var (pages, report) = rig.Run();

        var first = EnglishRig.Articles(pages)[0].Enrichment!;
        Assert.Equal(EnglishSource.Librarian, first.EnglishSource);
        Assert.Equal("Executive Meeting Plans Winter Safety", first.TitleEn);
        Assert.Equal("test-daily/2023-05-04/01.en.yml", first.EnglishOrigin);
        Assert.Equal(EnglishSource.Service, EnglishRig.Articles(pages)[1].Enrichment!.EnglishSource);
        Assert.Equal(2, server.Count);
        Assert.Equal(bytes, File.ReadAllBytes(sidecar));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void The_service_is_not_asked_for_what_a_librarian_wrote()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Write(Sidecar, "2:\n  title: Three More High-Tech Firms\n  summary: The city added three national high-tech enterprises this year, up 12.5%.\n");

        var (pages, _) = rig.Run();

        Assert.Equal(1, server.Count);
        Assert.Equal(EnglishRig.TwoArticles[0].Title, server.Calls[0].Headline);
        Assert.Equal("Three More High-Tech Firms", EnglishRig.Articles(pages)[1].Enrichment!.TitleEn);
    }

    [Fact]
    public void A_title_alone_is_kept_and_the_summary_comes_from_the_next_source()
    {
        using var rig = new EnglishRig();
        rig.Write(Sidecar, "1:\n  title: Winter Safety Meeting\n");

        var (pages, _) = rig.Run();

        var e = EnglishRig.Articles(pages)[0].Enrichment!;
        Assert.Equal(EnglishSource.Librarian, e.EnglishSource);
        Assert.Equal("Winter Safety Meeting", e.TitleEn);
        Assert.Equal($"Gloss summary {EnglishRig.Articles(pages)[0].Id}.", e.SummaryEn);
        Assert.Equal("test-daily/2023-05-04/01.en.yml (summary: test-gloss-1)", e.EnglishOrigin);
    }

    [Fact]
    public void A_malformed_sidecar_is_an_error_with_line_and_column_and_the_next_source_is_used()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Write(Sidecar, "1:\n  title: Winter Safety Meeting\n  summary: \"unterminated\n2: [\n");

        var (pages, report) = rig.Run();

        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("test-daily/2023-05-04/01.en.yml", error.File);
        Assert.NotNull(error.Line);
        Assert.Matches(@"line \d+, column \d+", error.Message);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Service, a.Enrichment!.EnglishSource));
    }

    [Fact]
    public void Entries_that_do_not_fit_the_page_are_reported_with_their_line_and_ignored()
    {
        using var rig = new EnglishRig();
        rig.Write(Sidecar, """
            1:
              title_zh: 另一篇文章的标题
              title: Wrong Article
              summary: This entry was written for another article.
            7:
              title: No Such Article
              summary: The page has two.
            two:
              title: Not A Position
            """);

        var (pages, report) = rig.Run();

        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Gloss, a.Enrichment!.EnglishSource));
        var file = "test-daily/2023-05-04/01.en.yml";
        Assert.Contains(report.Diagnostics, d => d.File == file && d.Line == 1 && d.Severity == Severity.Warning && d.Message.Contains("did segmentation change?"));
        Assert.Contains(report.Diagnostics, d => d.File == file && d.Line == 5 && d.Severity == Severity.Warning && d.Message.Contains("no article 7"));
        Assert.Contains(report.Diagnostics, d => d.File == file && d.Line == 8 && d.Severity == Severity.Error && d.Message.Contains("not an article position"));
    }

    [Fact]
    public void A_matching_Chinese_title_confirms_the_entry()
    {
        using var rig = new EnglishRig();
        rig.Write(Sidecar, $"1:\n  title_zh: {EnglishRig.TwoArticles[0].Title}\n  title: Winter Safety Meeting\n  summary: The city government met.\n");

        var (pages, _) = rig.Run();

        Assert.Equal("Winter Safety Meeting", EnglishRig.Articles(pages)[0].Enrichment!.TitleEn);
    }
}
