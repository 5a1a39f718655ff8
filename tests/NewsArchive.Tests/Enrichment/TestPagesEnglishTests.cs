using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Chinese;
using NewsArchive.Model;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// On every test page (tests/NewsArchive.Tests/Pages/*/expected.json): each article's summary is its own text, and
/// every date and number the Chinese summary carries is in the English summary, converted. The expected English
/// forms are computed here independently of the gloss's rules.
/// </summary>
public sealed partial class TestPagesEnglishTests
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static TheoryData<string> Pages() => [.. Directory.GetDirectories(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    internal static IReadOnlyList<SegmentedItem> Items(string page)
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages", page, "expected.json")));
        return doc.RootElement.GetProperty("items").Deserialize<List<SegmentedItem>>(options)!;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_date_and_number_of_a_summary_is_converted_in_its_English(string page)
    {
        var gloss = GlossFixture.Require();
        foreach (var item in Items(page))
        {
            var summary = new SummarizeArticle().Summarize(item);
            var english = gloss.Render(new EnglishRequest("t", item.Kicker, item.Title, item.Subtitle, summary)).Summary;
            foreach (var expected in ExpectedForms(summary))
                Assert.True(expected.Any(e => english.Contains(e, StringComparison.Ordinal)), $"{page}: none of [{string.Join(" | ", expected)}] in \"{english}\" for \"{summary}\"");
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_summary_is_made_of_the_articles_own_sentences(string page)
    {
        foreach (var item in Items(page))
        {
            var body = string.Concat(item.Paragraphs.Count > 0 ? item.Paragraphs : item.Captions);
            var summary = new SummarizeArticle().Summarize(item);
            Assert.NotEmpty(summary);
            Assert.True(summary.Length <= SummarizeArticle.MaxLength, summary);
            foreach (var sentence in SummarizeArticleTests.Sentences(summary))
                Assert.Contains(sentence.TrimEnd('…'), body, StringComparison.Ordinal);
        }
    }

    /// <summary>For each date or number in the Chinese, the English forms any one of which must appear.</summary>
    internal static IEnumerable<string[]> ExpectedForms(string chinese)
    {
        var rest = chinese;
        foreach (Match m in FullDate().Matches(chinese))
            yield return [$"{Months[Int(m, 2) - 1]} {Int(m, 3)}, {m.Groups[1].Value}"];
        rest = FullDate().Replace(rest, " ");
        foreach (Match m in MonthDay().Matches(rest))
            yield return [$"{Months[Int(m, 1) - 1]} {Int(m, 2)}"];
        rest = MonthDay().Replace(rest, " ");
        foreach (Match m in YearMonth().Matches(rest))
            yield return [$"{Months[Int(m, 2) - 1]} {m.Groups[1].Value}"];
        rest = YearMonth().Replace(rest, " ");
        foreach (Match m in MonthRange().Matches(rest))
            yield return [$"{Months[Int(m, 1) - 1]} to {Months[Int(m, 2) - 1]}"];
        rest = MonthRange().Replace(rest, " ");
        foreach (Match m in MonthAlone().Matches(rest))
            yield return [Months[Int(m, 1) - 1]];
        rest = MonthAlone().Replace(rest, " ");
        foreach (Match m in Clock().Matches(rest))
            yield return [$"{Int(m, 1)}:{m.Groups[2].Value}"];
        rest = Clock().Replace(rest, " ");
        foreach (Match m in Amount().Matches(rest))
        {
            var value = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            value *= m.Groups[2].Value switch { "亿" => 100_000_000m, "万" => 10_000m, _ => 1m };
            if (m.Groups[3].Value is "%" or "％")
            {
                yield return [$"{m.Groups[1].Value}%"];
                continue;
            }
            var forms = new List<string> { value.ToString("#,0.####", CultureInfo.InvariantCulture), value.ToString("0.####", CultureInfo.InvariantCulture) };
            if (value >= 1_000_000_000m)
                forms.Add((value / 1_000_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + " billion");
            else if (value >= 1_000_000m)
                forms.Add((value / 1_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + " million");
            yield return [.. forms];
        }
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})月(\d{1,2})日")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})至(\d{1,2})月")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2})月")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(\d{1,2})时(\d{2})分")]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)(亿|万)?([%％])?")]
    private static partial Regex Amount();
}
