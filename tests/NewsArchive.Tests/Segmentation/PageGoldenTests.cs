using System.Text.Json;
using NewsArchive.Model;
using NewsArchive.Segmentation;
using Xunit.Abstractions;

namespace NewsArchive.Tests.Segmentation;

/// <summary>
/// Every test page against its expected.json, item by item and field by field: kind, kicker, title, subtitle,
/// reporters, photographers and captions exactly; paragraphs starting where the printed paragraphs start.
/// Items the rules cannot reach yet are in <see cref="Skipped"/>, each with its reason.
/// </summary>
public sealed class PageGoldenTests(ITestOutputHelper output)
{
    /// <summary>(page, item number from 1, field) that is known wrong, and why. Keep this list short and honest.</summary>
    private static readonly Dictionary<(string Page, int Item, string Field), string> Skipped = new()
    {
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly string[] ExactFields = ["kind", "kicker", "title", "subtitle", "reporters", "photographers", "captions"];

    [Theory]
    [MemberData(nameof(TestPages.All), MemberType = typeof(TestPages))]
    public void Page_segments_as_printed(string page)
    {
        var expected = TestPages.Expected(page);
        var actual = PageSegmenter.Segment(TestPages.Text(page));
        var expectedItems = expected.GetProperty("items").EnumerateArray().ToList();

        var problems = new List<string>();
        if (actual.Items.Count != expectedItems.Count)
            problems.Add($"{actual.Items.Count} items, expected {expectedItems.Count}: [{string.Join(" | ", actual.Items.Select(i => i.Title))}]");
        var exact = 0;
        for (var i = 0; i < Math.Min(actual.Items.Count, expectedItems.Count); i++)
        {
            var diffs = Differences(expectedItems[i], actual.Items[i]);
            if (diffs.Count == 0)
                exact++;
            foreach (var (field, message) in diffs)
            {
                if (Skipped.ContainsKey((page, i + 1, field)))
                    output.WriteLine($"skipped: item {i + 1} {field}: {Skipped[(page, i + 1, field)]}");
                else
                    problems.Add($"item {i + 1} ({expectedItems[i].GetProperty("title")}): {field}: {message}");
            }
        }
        output.WriteLine($"{page}: {exact}/{expectedItems.Count} items exactly right");
        Assert.Empty(actual.Leftovers);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Skipped_cases_are_still_wrong_so_the_list_stays_honest()
    {
        foreach (var ((page, item, field), _) in Skipped)
        {
            var expected = TestPages.Expected(page).GetProperty("items").EnumerateArray().ElementAt(item - 1);
            var actual = PageSegmenter.Segment(TestPages.Text(page)).Items[item - 1];
            Assert.Contains(Differences(expected, actual), d => d.Field == field);
        }
    }

    private static List<(string Field, string Message)> Differences(JsonElement expected, SegmentedItem actual)
    {
        var diffs = new List<(string, string)>();
        var got = JsonSerializer.SerializeToElement(actual, Json);
        foreach (var field in ExactFields)
        {
            var e = expected.GetProperty(field).ToString();
            var a = got.GetProperty(field).ToString();
            if (!JsonElement.DeepEquals(expected.GetProperty(field), got.GetProperty(field)))
                diffs.Add((field, $"expected {e}, got {a}"));
        }
        var expectedStarts = expected.GetProperty("paragraphs").EnumerateArray().Select(p => Start(p.GetString()!)).ToList();
        var actualStarts = actual.Paragraphs.Select(Start).ToList();
        if (!expectedStarts.SequenceEqual(actualStarts))
            diffs.Add(("paragraphs", $"expected starts [{string.Join(" | ", expectedStarts)}], got [{string.Join(" | ", actualStarts)}]"));
        if (string.Concat(expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString())) != string.Concat(actual.Paragraphs))
            diffs.Add(("paragraphs", "the body text differs"));
        return diffs;
    }

    private static string Start(string paragraph) => paragraph.Length <= 12 ? paragraph : paragraph[..12];
}
