using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Enrichment;
using NewsArchive.Enrichment.Chinese;
using NewsArchive.Model;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// Against the hand-written references (Pages/english-references.json): on the sample page and the dev pages every
/// name, place, body, number and date a translator's headline carries is in the title's English, in any of the
/// reference's spellings; on every page no title keeps a dictionary's explanation ("see ...", "(idiom)", "sb",
/// "used before ...") or a Chinese character. Held-out pages are checked for the second only, and report counts only.
/// </summary>
public sealed partial class ReferenceEntitiesTests
{
    public static TheoryData<string> DevPages() => [.. Split("dev")];

    public static TheoryData<string> AllPages() => [.. Split("dev").Concat(Split("heldOut"))];

    [Theory]
    [MemberData(nameof(DevPages))]
    public void Every_entity_of_the_reference_headline_is_in_the_English_title(string page)
    {
        var failures = new List<string>();
        foreach (var (item, entities) in Headlines(page))
        {
            var english = Render(item);
            foreach (var e in entities.Where(e => !Carries(english, e)))
                failures.Add($"{e} not in \"{english}\" ({item.Title})");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AllPages))]
    public void No_title_keeps_a_dictionary_explanation_or_Chinese(string page)
    {
        var failures = new List<string>();
        foreach (var item in TestPagesEnglishTests.Items(page).Where(i => !string.IsNullOrWhiteSpace(i.Title)))
        {
            var english = Render(item);
            if (Explanation().IsMatch(english) || Han().IsMatch(english))
                failures.Add($"\"{english}\" ({item.Title})");
        }
        Assert.True(failures.Count == 0, TitleDoneMeansTests.HeldOut.Contains(page)
            ? $"{page} (held-out: counts only): {failures.Count} titles"
            : string.Join("\n", failures));
    }

    private static string Render(SegmentedItem item)
    {
        var summary = new SummarizeArticle().Summarize(item);
        return GlossFixture.Require().Render(new EnglishRequest("t", item.Kicker, item.Title, item.Subtitle, summary, EnglishRequest.ContextOf(item))).Title;
    }

    /// <summary>Any of the '|' alternatives as whole words, ignoring case (as the english benchmark counts them).</summary>
    private static bool Carries(string english, string wanted) =>
        wanted.Split('|').Any(alt => Regex.IsMatch(english, @"(?<![\p{L}\p{N}])" + Regex.Escape(alt), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            && (!char.IsDigit(alt[^1]) || Regex.IsMatch(english, Regex.Escape(alt) + @"(?![\d,.]\d|\d)", RegexOptions.CultureInvariant)));

    private static IEnumerable<(SegmentedItem Item, IReadOnlyList<string> Entities)> Headlines(string page)
    {
        var items = TestPagesEnglishTests.Items(page);
        using var doc = JsonDocument.Parse(File.ReadAllText(ReferencesPath));
        var list = doc.RootElement.GetProperty("headlines").EnumerateArray().Where(h => h.GetProperty("page").GetString() == page)
            .Select(h => (items[h.GetProperty("item").GetInt32()], (IReadOnlyList<string>)[.. h.GetProperty("entities").EnumerateArray().Select(e => e.GetString()!)]))
            .ToList();
        Assert.NotEmpty(list);
        return list;
    }

    private static string ReferencesPath => Path.Combine(Repo.Root, "tests", "NewsArchive.Tests", "Pages", "english-references.json");

    private static IEnumerable<string> Split(string half)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ReferencesPath));
        return [.. doc.RootElement.GetProperty("split").GetProperty(half).EnumerateArray().Select(e => e.GetString()!)];
    }

    // CC-CEDICT's notes and explanations, never a translation: "see X", "(idiom)", "lit.", "sb/sth", "one's", "used before".
    [GeneratedRegex(@"\bsee\b|\(idiom\)|\(fig\.\)|\(lit\.|\blit\.|\bsb\b|\bsth\b|\bone's\b|used (before|after|in)|variant of|classifier|particle|prefix|suffix|surname|abbr\.|\bCL\b|erhua|\[|\(\s*of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Explanation();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
