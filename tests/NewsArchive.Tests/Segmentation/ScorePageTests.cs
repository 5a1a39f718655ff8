using NewsArchive.Model;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Tests.Segmentation;

/// <summary>The score must not flatter: each way of getting a page wrong costs something, and only truth scores 1.</summary>
public sealed class ScorePageTests
{
    private static readonly SegmentedItem First = new()
    {
        Kind = ItemKind.News,
        Kicker = "南岸镇",
        Title = "渡口新桥合龙",
        Reporters = ["甄一舟"],
        Paragraphs = ["十月九日，南岸镇渡口新桥最后一段钢梁吊装到位，大桥实现合龙。", "新桥通车后，两岸往来将由半小时缩短到五分钟。"],
    };

    private static readonly SegmentedItem Second = new()
    {
        Kind = ItemKind.Feature,
        Title = "山里的夜校",
        Subtitle = "——记一位乡村教师",
        Reporters = ["窦秋禾"],
        Photographers = ["窦秋禾"],
        Paragraphs = ["每到傍晚，村委会二楼的灯就亮了。", "来上课的多是种了一辈子地的老人，他们想学认字、学用手机。"],
        Captions = ["老人们在夜校里学写自己的名字"],
    };

    private static readonly SegmentedItem Third = new()
    {
        Kind = ItemKind.Brief,
        Title = "图书馆延长开放时间",
        Paragraphs = ["即日起，市图书馆每晚开放至九点，周末照常开放。"],
    };

    private static readonly SegmentedItem[] Truth = [First, Second, Third];

    [Fact]
    public void The_truth_itself_scores_one_with_every_title_right()
    {
        var score = ScorePage.Score(Truth, Truth);

        Assert.Equal(1, score.Score, 9);
        Assert.Equal(3, score.TitlesExactlyRight);
        Assert.Equal(3, score.TruthTitles);
    }

    [Theory]
    [MemberData(nameof(TestPages.All), MemberType = typeof(TestPages))]
    public void Every_golden_page_scores_one_against_its_own_truth(string page)
    {
        var truth = CorpusPage.Read(Path.Combine(TestPages.Folder, page), "golden").Truth;

        Assert.Equal(1, ScorePage.Score(truth, truth).Score, 9);
    }

    [Fact]
    public void Items_in_another_order_are_aligned_by_their_bodies_and_still_score_one()
    {
        Assert.Equal(1, ScorePage.Score(Truth, [Third, First, Second]).Score, 9);
    }

    [Fact]
    public void A_title_handed_to_the_neighbour_costs_both_articles_their_title()
    {
        SegmentedItem[] shifted = [First with { Title = Second.Title }, Second with { Title = Third.Title }, Third with { Title = null }];

        var score = ScorePage.Score(Truth, shifted);

        Assert.Equal(0, score.TitlesExactlyRight);
        Assert.Equal(1 - 1.0 / 9, score.Score, 9); // each pair loses one of its nine fields
    }

    [Fact]
    public void An_invented_item_costs_a_whole_item()
    {
        var extra = new SegmentedItem { Kind = ItemKind.News, Title = "多出来的", Paragraphs = ["这一段是从别处拆出来的碎片。"] };

        Assert.Equal(3.0 / 4, ScorePage.Score(Truth, [First, Second, Third, extra]).Score, 9);
    }

    [Fact]
    public void A_missing_item_costs_a_whole_item()
    {
        Assert.Equal(2.0 / 3, ScorePage.Score(Truth, [First, Third]).Score, 9);
    }

    [Fact]
    public void Two_articles_run_together_score_as_one_poor_match_and_one_missing_item()
    {
        var merged = First with { Paragraphs = [.. First.Paragraphs, .. Second.Paragraphs] };

        var score = ScorePage.Score(Truth, [merged, Third]);

        Assert.True(score.Score < 2.0 / 3, $"{score.Score}");
        Assert.Equal(2, score.Pairs.Count);
    }

    [Fact]
    public void The_whole_page_as_one_item_scores_below_a_third()
    {
        var whole = new SegmentedItem { Kind = ItemKind.News, Paragraphs = [string.Concat(Truth.SelectMany(i => i.Paragraphs))] };

        Assert.True(ScorePage.Score(Truth, [whole]).Score < 1.0 / 3);
    }

    [Fact]
    public void A_paragraph_split_in_the_wrong_place_costs_only_paragraph_starts()
    {
        var joined = First with { Paragraphs = [string.Concat(First.Paragraphs)] };

        var fields = ScorePage.Fields(First, joined);

        Assert.Equal(2.0 / 3, fields["paragraphStarts"], 9);
        Assert.Equal(1, fields["bodyText"], 9);
        Assert.Equal(1, fields["title"]);
    }

    [Fact]
    public void Body_text_lost_to_another_item_lowers_the_body_score()
    {
        var cut = First with { Paragraphs = [First.Paragraphs[0]] };

        Assert.True(ScorePage.Fields(First, cut)["bodyText"] < 0.9);
    }

    [Fact]
    public void Whitespace_inside_fields_does_not_count_but_absent_against_present_does()
    {
        Assert.Equal(1, ScorePage.Exact("渡口新桥 合龙", "渡口新桥合龙"));
        Assert.Equal(1, ScorePage.Exact(null, null));
        Assert.Equal(1, ScorePage.Exact(null, " "));
        Assert.Equal(0, ScorePage.Exact(null, "南岸镇"));
        Assert.Equal(0, ScorePage.Exact("南岸镇", null));
    }

    [Fact]
    public void Name_lists_score_as_set_f1()
    {
        Assert.Equal(1, ScorePage.SetF1([], []));
        Assert.Equal(0, ScorePage.SetF1(["甄一舟"], []));
        Assert.Equal(2.0 / 3, ScorePage.SetF1(["甄一舟", "窦秋禾"], ["甄一舟"]), 9);
        Assert.Equal(1, ScorePage.SetF1(["甄 一舟"], ["甄一舟"]));
    }

    [Fact]
    public void A_wrong_kind_costs_one_field()
    {
        Assert.Equal(8.0 / 9, ScorePage.Score([First], [First with { Kind = ItemKind.Brief }]).Score, 9);
    }

    [Fact]
    public void Alignment_maximises_the_total_overlap_where_greedy_would_not()
    {
        var weights = new double[,] { { 0.9, 0.8 }, { 0.8, 0.1 } };

        Assert.Equal([1, 0], Hungarian.MaximumAssignment(weights));
    }

    [Fact]
    public void An_empty_page_predicted_empty_scores_one_and_anything_against_nothing_scores_zero()
    {
        Assert.Equal(1, ScorePage.Score([], []).Score);
        Assert.Equal(0, ScorePage.Score(Truth, []).Score);
        Assert.Equal(0, ScorePage.Score([], Truth).Score);
    }
}
