using System.Text.Json;
using NewsArchive.Model;
using NewsArchive.Pipeline;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

public sealed class TranslationMemoryTests
{
    [Fact]
    public void A_second_run_with_the_memory_in_place_makes_no_request_and_gives_the_same_English()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        var (first, _) = rig.Run();
        var asked = server.Count;
        Assert.Equal(2, asked);

        var (second, report) = rig.Run();

        Assert.Equal(asked, server.Count);
        Assert.Equal(English(first), English(second));
        Assert.All(EnglishRig.Articles(second), a => Assert.Equal(EnglishSource.Service, a.Enrichment!.EnglishSource));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Without_a_service_configured_the_memory_still_supplies_the_English()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        var (first, _) = rig.Run();
        File.Delete(Path.Combine(rig.Input, "newsarchive.yml"));

        var (second, _) = rig.Run(key: null);

        Assert.Equal(English(first), English(second));
        Assert.All(EnglishRig.Articles(second), a => Assert.Equal("service:test-model", a.Enrichment!.EnglishOrigin));
    }

    [Fact]
    public void Changed_text_is_translated_again_and_unchanged_text_never_is()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Run();
        var edited = EnglishRig.TwoArticles.ToList();
        edited[1] = (edited[1].Title, "记者从市科技局获悉，今年我市新增国家级高新技术企业四家，同比增长15%。");
        rig.Edit(edited);

        var (pages, _) = rig.Run();

        Assert.Equal(3, server.Count);
        Assert.Contains("四家", server.Calls[^1].UserMessage, StringComparison.Ordinal);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishRig.GoodTitle(a), a.Enrichment!.TitleEn));
    }

    [Fact]
    public void Memory_files_are_sorted_indented_JSON_that_a_rerun_leaves_byte_identical()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig(EnglishRig.Many(12));
        rig.Configure(server.BaseUrl, "concurrency: 4");
        rig.Run();
        var folder = Path.Combine(rig.Input, ".translation-memory");
        var before = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);

        foreach (var (file, bytes) in before)
        {
            Assert.Matches(@"^[0-9a-f]{2}\.json$", Path.GetFileName(file));
            var text = File.ReadAllText(file);
            Assert.EndsWith("}\n", text);
            Assert.DoesNotContain("\r", text);
            Assert.Contains("\n  \"", text);
            Assert.Contains("常务会议", text);   // the Chinese is kept readable beside its English, for review
            using var doc = JsonDocument.Parse(text);
            var hashes = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(hashes.Order(StringComparer.Ordinal), hashes);
            foreach (var entry in doc.RootElement.EnumerateObject().SelectMany(h => h.Value.EnumerateObject()))
                Assert.Equal(["source_zh", "summary", "title"], entry.Value.EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal(12, before.Values.Sum(b => JsonDocument.Parse(b).RootElement.EnumerateObject().Count()));

        // A fresh memory filled in another order writes the same bytes.
        Directory.Delete(folder, recursive: true);
        rig.Configure(server.BaseUrl, "concurrency: 1");
        rig.Run();
        Assert.Equal(before.Keys, Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
    }

    [Fact]
    public void A_memory_file_broken_by_a_merge_conflict_is_reported_and_never_overwritten()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Run();
        var folder = Path.Combine(rig.Input, ".translation-memory");
        var shard = Directory.GetFiles(folder).Order(StringComparer.Ordinal).First();
        var broken = "{\n<<<<<<< HEAD\n" + File.ReadAllText(shard)[1..];
        File.WriteAllText(shard, broken);

        var (pages, report) = rig.Run();

        var name = ".translation-memory/" + Path.GetFileName(shard);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.File == name && d.Line == 2 && d.Message.Contains("merge conflict"));
        Assert.Equal(broken, File.ReadAllText(shard));
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishSource.Service, a.Enrichment!.EnglishSource));
    }

    [Fact]
    public void Hand_edited_entries_with_missing_fields_are_skipped_and_asked_for_again()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig();
        rig.Configure(server.BaseUrl);
        rig.Run();
        foreach (var shard in Directory.GetFiles(Path.Combine(rig.Input, ".translation-memory")))
            File.WriteAllText(shard, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(shard), "\"title\": \"[^\"]*\"", "\"title\": null"));

        var (pages, report) = rig.Run();

        Assert.Equal(4, server.Count);
        Assert.All(EnglishRig.Articles(pages), a => Assert.Equal(EnglishRig.GoodTitle(a), a.Enrichment!.TitleEn));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_same_text_printed_twice_is_asked_for_once()
    {
        using var server = new ChatServer(EnglishRig.GoodAnswer);
        using var rig = new EnglishRig([.. EnglishRig.TwoArticles, EnglishRig.TwoArticles[0]]);
        rig.Configure(server.BaseUrl);

        var (pages, _) = rig.Run();

        Assert.Equal(2, server.Count);
        var articles = EnglishRig.Articles(pages);
        Assert.Equal(articles[0].Enrichment!.TitleEn, articles[2].Enrichment!.TitleEn);
        Assert.Equal(EnglishSource.Service, articles[2].Enrichment!.EnglishSource);
    }

    private static List<(string?, string?, EnglishSource)> English(IReadOnlyList<PrintedPage> pages) =>
        [.. EnglishRig.Articles(pages).Select(a => (a.Enrichment!.TitleEn, a.Enrichment.SummaryEn, a.Enrichment.EnglishSource))];
}
