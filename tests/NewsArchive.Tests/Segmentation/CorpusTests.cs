using System.Diagnostics;
using System.Text;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Tests.Segmentation.Scoring;
using NewsArchive.Tests.Support;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Segmentation;

/// <summary>
/// The made corpus (tests/corpus) through the segmenter and the scorer: what must hold on every page whatever the
/// rules are. No score threshold here: the numbers are the benchmark's (BENCHMARKS.md), not a test's.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(Repo.Root, "tests", "corpus");

    private static readonly Lazy<IReadOnlyList<CorpusPage>> Pages = new(() => ReadCorpus.From(Root));

    [Fact]
    public void The_corpus_has_at_least_100_pages_in_at_least_10_families_three_of_them_sealed()
    {
        Assert.True(Pages.Value.Count >= 100, $"{Pages.Value.Count} pages");
        Assert.True(Pages.Value.Select(p => p.Family).Distinct().Count() >= 10);
        var heldOut = ReadCorpus.HeldOut(Root);
        Assert.Equal(3, heldOut.Count);
        Assert.All(heldOut, f => Assert.Contains(Pages.Value, p => p.Family == f));
    }

    [Fact]
    public void Every_page_is_segmented_and_scored_with_its_text_accounted_for_in_seconds()
    {
        var clock = Stopwatch.StartNew();
        var score = new ScoreCorpus(new FrozenRules()).Run(Pages.Value, ReadCorpus.HeldOut(Root));
        var problems = new List<string>();
        foreach (var page in Pages.Value)
        {
            var segmentation = PageSegmenter.Segment(page.Text);
            var accounting = TextAccounting.Check(page.Text, segmentation);
            if (!accounting.Holds)
                problems.Add($"{page.Name}: missing '{accounting.Missing}', extra '{accounting.Extra}'");
            if (segmentation.Warnings.Count > 0)
                problems.Add($"{page.Name}: {string.Join("; ", segmentation.Warnings)}");
        }

        output.WriteLine($"{Pages.Value.Count} pages in {clock.ElapsedMilliseconds} ms; in-sample {score.InSample:0.000}, held-out {score.HeldOutMean:0.000}");
        Assert.Equal(Pages.Value.Count, score.Pages.Count);
        Assert.All(score.Pages, p => Assert.InRange(p.InSample.Score, 0, 1));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
    }

    [Fact]
    public void Every_truth_scores_one_against_itself_and_uses_only_characters_of_its_page()
    {
        foreach (var page in Pages.Value)
        {
            Assert.Equal(1, ScorePage.Score(page.Truth, page.Truth).Score, 9);
            var truthOnly = TextAccounting.Check(page.Text, new PageSegmentation { Items = page.Truth });
            Assert.True(truthOnly.Extra.Length == 0, $"{page.Name}: the truth holds '{truthOnly.Extra}', which the page does not print");
        }
    }

    [Fact]
    public void The_truth_and_the_furniture_account_for_every_character_of_each_page()
    {
        // furniture.txt is what the maker printed outside any item (running head, editor line, imprint, 简讯
        // headings, caption pointers, fake-bold copies): with the truth it must be exactly the page's text.
        foreach (var page in Pages.Value)
        {
            var furniture = File.ReadAllLines(Path.Combine(Root, page.Family, page.Name, "furniture.txt"));
            var result = TextAccounting.Check(page.Text, new PageSegmentation
            {
                Items = page.Truth,
                Removed = [.. furniture.Select(f => new RemovedText(f, "furniture"))],
            });
            Assert.True(result.Holds, $"{page.Name}: missing '{result.Missing}', extra '{result.Extra}'");
        }
    }

    [Fact]
    public void Each_truth_item_body_begins_in_page_text_order()
    {
        foreach (var page in Pages.Value)
        {
            var text = Squeeze(page.Text);
            var starts = page.Truth.Select(i => text.IndexOf(Squeeze(i.Paragraphs[0])[..Math.Min(12, Squeeze(i.Paragraphs[0]).Length)], StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, starts);
            Assert.True(starts.SequenceEqual(starts.Order()), $"{page.Name}: items out of text order");
        }
    }

    [Fact]
    public void No_page_repeats_a_title_subtitle_place_or_name_of_the_golden_pages()
    {
        var golden = TestPages.Names.SelectMany(n => CorpusPage.Read(Path.Combine(TestPages.Folder, n), "golden").Truth)
            .SelectMany(Named)
            .Where(s => s is { Length: >= 2 }).Select(s => Squeeze(s!)).ToHashSet(StringComparer.Ordinal);
        var reused = Pages.Value.SelectMany(p => p.Truth)
            .SelectMany(Named)
            .Where(s => s is not null && golden.Contains(Squeeze(s))).Distinct().ToList();
        Assert.True(reused.Count == 0, string.Join(", ", reused));
    }

    /// <summary>What a page invents: titles, subtitles, a report's place kicker, names (not column labels such as 时评).</summary>
    private static IEnumerable<string?> Named(SegmentedItem item) =>
        new[] { item.Title, item.Subtitle, item.Kind == ItemKind.News ? item.Kicker : null }.Concat(item.Reporters).Concat(item.Photographers);

    private static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c) && c != '\f'))
            builder.Append(c);
        return builder.ToString();
    }
}
