using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

/// <summary>Bylines, titles, kickers and datelines have the lengths print gives them; text that does not fit stays readable.</summary>
public sealed class FieldLengthTests
{
    /// <summary>One line of 200,000 characters that opens like a byline: short words separated by spaces, never a line break.</summary>
    private static string OneLinePage()
    {
        const string han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法";
        var random = new Random(1);
        var text = new System.Text.StringBuilder("（记者 ");
        while (text.Length < 199_999)
            text.Append(han[random.Next(han.Length)]).Append(han[random.Next(han.Length)]).Append(han[random.Next(han.Length)]).Append(' ');
        return text.ToString(0, 199_999) + "）";
    }

    [Fact]
    public void A_one_line_page_of_200000_characters_keeps_its_text_readable_and_invents_no_reporters()
    {
        var page = OneLinePage();

        var result = PageSegmenter.Segment(page);

        Assert.True(TextAccounting.Check(page, result).Holds);
        var readable = result.Items.Sum(i => i.Paragraphs.Sum(p => p.Length) + i.Captions.Sum(c => c.Length));
        var nonSpace = page.Count(c => !char.IsWhiteSpace(c));
        Assert.True(readable >= nonSpace * 0.95, $"only {readable} of {nonSpace} characters are in article bodies");
        Assert.All(result.Items, AssertFits);
        Assert.NotEmpty(result.Warnings);
    }

    [Fact]
    public void An_overlong_title_and_byline_go_to_the_body_with_a_warning()
    {
        var title = new string('标', 150);
        var byline = "（记者 " + string.Join(" ", Enumerable.Range(0, 40).Select(i => "张" + (char)('一' + i) + "明")) + "）";
        var page = $"{title}\n\n本报讯{byline}5月3日，市政府召开常务会议，研究部署城市建设工作。\n\n会议要求各部门抓好落实。\n";

        var result = PageSegmenter.Segment(page);

        Assert.True(TextAccounting.Check(page, result).Holds);
        Assert.All(result.Items, AssertFits);
        Assert.Contains(result.Items.SelectMany(i => i.Paragraphs), p => p.Contains(title, StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_whose_text_is_mostly_unplaced_is_flagged()
    {
        var segmentation = new PageSegmentation
        {
            Items = [new SegmentedItem { Kind = ItemKind.News, Title = "标题", Paragraphs = ["正文。"] }],
            Leftovers = [new string('余', 100)],
        };

        var flagged = PageSegmenter.FlagUnplaced(segmentation);

        Assert.Contains(flagged.Warnings, w => w.Contains("100 of 105", StringComparison.Ordinal));
        Assert.Empty(PageSegmenter.FlagUnplaced(segmentation with { Leftovers = ["余"] }).Warnings);
    }

    private static void AssertFits(SegmentedItem item)
    {
        Assert.True((item.Title?.Length ?? 0) <= FitFields.MaxTitle, $"title of {item.Title?.Length}");
        Assert.True((item.Kicker?.Length ?? 0) <= FitFields.MaxKicker, $"kicker of {item.Kicker?.Length}");
        Assert.True((item.Subtitle?.Length ?? 0) <= FitFields.MaxSubtitle, $"subtitle of {item.Subtitle?.Length}");
        Assert.True((item.Byline?.Length ?? 0) <= FitFields.MaxByline, $"byline of {item.Byline?.Length}");
        Assert.True((item.Dateline?.Length ?? 0) <= FitFields.MaxDateline, $"dateline of {item.Dateline?.Length}");
        Assert.True(item.Reporters.Count <= FitFields.MaxPeople, $"{item.Reporters.Count} reporters");
        Assert.True(item.Photographers.Count <= FitFields.MaxPeople, $"{item.Photographers.Count} photographers");
        Assert.All(item.Credits, c => Assert.True(c.Length <= FitFields.MaxCredit, $"credit of {c.Length}"));
    }
}
