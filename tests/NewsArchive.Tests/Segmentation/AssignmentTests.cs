using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Assignment;

namespace NewsArchive.Tests.Segmentation;

/// <summary>The page-wide assignment of headings to bodies: word reuse, distance both ways, kickers, margins.</summary>
public sealed class AssignmentTests
{
    // Three reports whose titles pdftotext printed as one run after the last body (a strip of titles under them).
    private const string TitleRun =
        "本报讯（记者 张明远）今年以来，青河县围绕蔬菜大棚建设，新建高标准温室大棚两百余座，带动周边农户增收。县农业农村局负责人介绍，大棚蔬菜亩均收益比露地种植高出三倍。\n\n"
        + "本报讯（记者 李向东）近日，石桥镇举办首届农民丰收节，来自全镇的农户带来了小米、红枣、核桃等特色农产品，现场展销吸引了大批游客。丰收节期间，石桥镇还举办了农技培训。\n\n"
        + "本报讯（记者 王春华）为方便群众就医，城南社区卫生服务中心日前开设夜间门诊，每天开诊到晚上九点，周末不休息。夜间门诊开设以来，已接诊居民六百多人次。\n\n"
        + "青河县新建蔬菜大棚两百余座\n\n石桥镇办起农民丰收节\n\n城南社区开设夜间门诊\n";

    [Fact]
    public void Titles_printed_in_a_run_after_the_bodies_go_to_the_bodies_whose_words_they_reuse()
    {
        var items = PageSegmenter.Segment(TitleRun).Items;

        Assert.Equal(["青河县新建蔬菜大棚两百余座", "石桥镇办起农民丰收节", "城南社区开设夜间门诊"], items.Select(i => i.Title));
        Assert.Equal(["张明远", "李向东", "王春华"], items.Select(i => Assert.Single(i.Reporters)));
    }

    [Fact]
    public void The_line_by_line_reading_alone_hands_such_a_run_to_the_wrong_bodies()
    {
        // The reason for the assignment: reading line by line, the last body takes the first title of the run.
        var items = PageSegmenter.Segment(TitleRun, settings: null).Items;

        Assert.NotEqual("青河县新建蔬菜大棚两百余座", items[0].Title);
    }

    [Fact]
    public void Every_heading_is_scored_and_its_margin_printed_for_explain()
    {
        var confidence = PageSegmenter.Segment(TitleRun).Confidence;

        Assert.NotNull(confidence);
        Assert.Equal(3, confidence.Headings.Count);
        Assert.All(confidence.Headings, h => Assert.True(h.Lexical > 0.5, $"{h.Heading} reuses {h.Lexical} of its words"));
        Assert.Equal([1, 2, 3], confidence.Headings.Select(h => h.Item!.Value));
        Assert.True(confidence.Margin > 0);
    }

    [Fact]
    public void A_place_name_over_its_title_stays_the_kicker()
    {
        const string page = "桐湾镇\n\n千亩油菜花迎来盛花期\n本报讯（记者 殷若水）连日来，桐湾镇千亩油菜花进入盛花期，金黄的花海吸引了众多游客。\n";

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal("桐湾镇", item.Kicker);
        Assert.Equal("千亩油菜花迎来盛花期", item.Title);
    }

    [Fact]
    public void A_letter_spaced_dateline_opens_a_report_of_its_own()
    {
        const string page = "青河县蔬菜大棚增收\n本报讯（记者 张明远）今年以来，青河县新建温室大棚两百余座。\n\n"
            + "石桥镇办起丰收节\n本 报 石 桥 2 月 23 日 讯（记者 李向东）近日，石桥镇举办首届农民丰收节。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal("本报石桥2月23日讯", items[1].Dateline);
        Assert.Equal(["李向东"], items[1].Reporters);
    }

    [Fact]
    public void Headings_that_fit_two_bodies_alike_flag_the_page_with_the_other_reading_as_a_correction()
    {
        // Two titles printed as a run between two bodies, neither reusing a word of either body: nothing decides.
        const string page = "本报讯（记者 张明远）今年以来，全县新建温室两百余座，带动农户增收。县农业部门负责人介绍，温室蔬菜亩均收益比露地种植高出三倍，明年还将再建一百座，让更多农户受益。\n\n"
            + "春风又绿江南岸\n\n一年好景君须记\n\n"
            + "本报讯（记者 李向东）近日，全镇举办首届丰收节，现场展销吸引了游客。丰收节期间，镇里还举办了农技培训，请来专家讲解果树修剪和病虫害防治，上千名农户参加。\n";

        var segmentation = PageSegmenter.Segment(page);

        var confidence = Assert.IsType<PageConfidence>(segmentation.Confidence);
        Assert.True(confidence.Flagged);
        var doubt = confidence.Doubts[0];
        Assert.StartsWith("items:\n", doubt.Correction);
        Assert.Contains("title:", doubt.Correction);
    }

    [Fact]
    public void The_assignment_is_the_best_of_all_assignments()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(1, 5);
            var cols = random.Next(1, 5);
            var benefit = new double[rows, cols];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < cols; c++)
                    benefit[r, c] = Math.Round(random.NextDouble() * 10 - 5, 2);
            var unplaced = Enumerable.Range(0, rows).Select(_ => Math.Round(random.NextDouble() * 4 - 3, 2)).ToArray();

            var (_, total) = SolveAssignment.Apply(benefit, unplaced);

            Assert.Equal(BruteForce(benefit, unplaced, 0, new bool[cols]), total, 6);
        }
    }

    private static double BruteForce(double[,] benefit, double[] unplaced, int row, bool[] taken)
    {
        if (row == benefit.GetLength(0))
            return 0;
        var best = unplaced[row] + BruteForce(benefit, unplaced, row + 1, taken);
        for (var c = 0; c < taken.Length; c++)
        {
            if (taken[c])
                continue;
            taken[c] = true;
            best = Math.Max(best, benefit[row, c] + BruteForce(benefit, unplaced, row + 1, taken));
            taken[c] = false;
        }
        return best;
    }
}
