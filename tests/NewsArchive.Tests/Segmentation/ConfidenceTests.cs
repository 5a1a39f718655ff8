using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Assignment;
using NewsArchive.Segmentation.Corrections;

namespace NewsArchive.Tests.Segmentation;

/// <summary>The page's confidence: a clear page is left alone, a reading with the symptoms of a wrong one is flagged with why and a fix.</summary>
public sealed class ConfidenceTests
{
    // Titled reports, each opening with a dateline, ending on a full stop, the title reusing its report's words.
    private const string Clear = "青河县新建温室大棚\n本报讯（记者 张明远）今年以来，青河县新建温室大棚两百余座，带动农户增收。县农业部门负责人介绍，温室大棚蔬菜亩均收益比露地种植高出三倍。\n\n"
        + "石桥镇举办丰收节\n本报讯（记者 李向东）近日，石桥镇举办首届丰收节，现场展销吸引了游客。丰收节期间，石桥镇还举办了农技培训，上千名农户参加。\n\n"
        + "柳溪村修通公路\n本报讯（记者 王清和）日前，柳溪村通村公路建成通车，村民出行更方便。柳溪村公路全长八公里，沿线三个村受益。\n";

    // Titles that share no word with their reports, and reports that stop mid-sentence.
    private const string Suspect = "春风又绿江南岸\n本报讯（记者 张明远）全县新建温室两百余座，带动农户增收。县农业部门负责人介绍，温室蔬菜亩均收益比露地种植高出三倍，明年还将再建一百座，让更多\n\n"
        + "一年好景君须记\n本报讯（记者 李向东）全镇举办首届丰收节，现场展销吸引了游客。丰收节期间，镇里还举办了农技培训，请来专家讲解果树修剪和病虫害防治，上千名\n\n"
        + "农户参加了培训，大家纷纷表示收获很大，希望明年继续举办这样的活动，让更多的人了解乡村。\n";

    [Fact]
    public void A_page_that_reads_clearly_is_not_flagged()
    {
        var confidence = Assert.IsType<PageConfidence>(PageSegmenter.Segment(Clear).Confidence);

        Assert.False(confidence.Flagged, string.Join("; ", confidence.Reasons));
        Assert.True(confidence.Risk < 0.414, $"risk {confidence.Risk}");
    }

    [Fact]
    public void A_page_with_the_symptoms_of_a_wrong_reading_is_flagged_with_why_in_words()
    {
        var confidence = Assert.IsType<PageConfidence>(PageSegmenter.Segment(Suspect).Confidence);

        Assert.True(confidence.Flagged);
        Assert.True(confidence.Risk > 0.5, $"risk {confidence.Risk}");
        var reason = Assert.Single(confidence.Reasons, r => r.Contains("likely wrong", StringComparison.Ordinal));
        Assert.Contains("shares no word with their text", reason);
        Assert.Contains("middle of a sentence", reason);
    }

    [Fact]
    public void Every_article_in_doubt_comes_with_a_snippet_the_corrections_reader_accepts()
    {
        var segmentation = PageSegmenter.Segment(Suspect);
        var doubts = Assert.IsType<PageConfidence>(segmentation.Confidence).Doubts;

        Assert.NotEmpty(doubts);
        foreach (var doubt in doubts)
        {
            var (corrections, error) = ReadCorrections.Parse(doubt.Correction);
            Assert.True(error is null, $"{doubt.Correction}: {error?.Message}");
            var (_, warnings) = ApplyCorrections.Apply(segmentation, corrections!);
            Assert.Empty(warnings);
        }
    }

    [Fact]
    public void Text_that_stops_mid_sentence_before_an_untitled_article_is_offered_as_a_merge()
    {
        var segmentation = new PageSegmentation
        {
            Items =
            [
                new SegmentedItem { Kind = ItemKind.News, Title = "石桥镇举办丰收节", Dateline = "本报讯", Paragraphs = ["近日，石桥镇举办首届丰收节，现场展销吸引了游客，上千名"] },
                new SegmentedItem { Kind = ItemKind.News, Paragraphs = ["农户参加了培训。"] },
            ],
        };
        var signals = new ItemSignals(1, 99, false, false, true, false, false, false, false, false, false, false);

        var snippet = SuggestCorrection.For(signals, segmentation.Items);

        Assert.StartsWith("merge: [1]", snippet);
        var (corrections, error) = ReadCorrections.Parse(snippet);
        Assert.Null(error);
        var (merged, _) = ApplyCorrections.Apply(segmentation, corrections!);
        Assert.Single(merged.Items);
    }

    [Fact]
    public void A_page_kept_whole_is_flagged()
    {
        var segmentation = PageSegmenter.Segment("这是一段没有标题也没有电头的文字，读不出任何文章。\n\n又是一段文字，仍然没有文章的标记。\n");

        Assert.True(segmentation.Confidence?.Flagged);
    }
}
