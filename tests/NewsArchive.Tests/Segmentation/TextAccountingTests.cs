using NewsArchive.Model;
using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

public sealed class TextAccountingTests
{
    [Theory]
    [MemberData(nameof(TestPages.All), MemberType = typeof(TestPages))]
    public void Every_character_of_a_test_page_ends_in_exactly_one_place(string page)
    {
        var text = TestPages.Text(page);

        var result = TextAccounting.Check(text, PageSegmenter.Segment(text));

        Assert.True(result.Holds, $"missing: '{result.Missing}', extra: '{result.Extra}'");
    }

    [Theory]
    [MemberData(nameof(TestPages.All), MemberType = typeof(TestPages))]
    public void Expected_segmentation_of_a_test_page_accounts_for_its_text_with_furniture_and_doubles_removed(string page)
    {
        // The truth itself must leave only furniture and fake-bold doubles out; our removals must be exactly those.
        var text = TestPages.Text(page);
        var ours = PageSegmenter.Segment(text);
        var removedOnly = new PageSegmentation { Removed = ours.Removed };

        var withoutItems = TextAccounting.Check(text, removedOnly);
        var expectedFields = string.Concat(TestPages.Expected(page).GetProperty("items").EnumerateArray().SelectMany(Fields));

        Assert.Equal(Sorted(expectedFields), Sorted(withoutItems.Missing));
    }

    [Fact]
    public void A_character_dropped_by_a_segmentation_is_reported_missing()
    {
        var segmentation = new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Paragraphs = ["本报讯"] }] };

        var result = TextAccounting.Check("本报讯 记者", segmentation);

        Assert.Equal("者记", result.Missing);
        Assert.False(result.Holds);
    }

    [Fact]
    public void A_character_invented_by_a_segmentation_is_reported_extra()
    {
        var segmentation = new PageSegmentation { Items = [new SegmentedItem { Kind = ItemKind.News, Title = "标题", Paragraphs = ["正文"] }] };

        var result = TextAccounting.Check("正文", segmentation);

        Assert.Equal("标题".Order().Aggregate("", (s, c) => s + c), result.Extra);
    }

    private static IEnumerable<string> Fields(System.Text.Json.JsonElement item)
    {
        foreach (var name in new[] { "kicker", "title", "subtitle", "dateline", "byline" })
            if (item.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String)
                yield return v.GetString()!;
        foreach (var name in new[] { "paragraphs", "captions", "continuations" })
            foreach (var v in item.GetProperty(name).EnumerateArray())
                yield return v.GetString()!;
    }

    private static string Sorted(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)).Order());
}
