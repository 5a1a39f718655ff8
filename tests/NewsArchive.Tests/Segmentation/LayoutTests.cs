using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

public sealed class ParseBylineTests
{
    [Theory]
    [InlineData("（记者 苑莘 通讯员 张保忠）", "苑莘,张保忠", "")]
    [InlineData("（通讯员 杭书宁 记者 晏楚）", "杭书宁,晏楚", "")]
    [InlineData("■ 文/图 刘庆功", "刘庆功", "刘庆功")]
    [InlineData("■ 本报记者 韦清扬 文/图", "韦清扬", "韦清扬")]
    [InlineData("文/本报记者 郎溪月 图/通讯员 闵航", "郎溪月", "闵航")]
    [InlineData("■ 本报记者 沈一苇 通讯员 柴晓东 摄", "", "沈一苇,柴晓东")]
    [InlineData("□ 叶 青", "叶青", "")]
    [InlineData("（见习记者 蔺小雨 通讯员 甘棠）", "蔺小雨,甘棠", "")]
    [InlineData("（记者 欧阳若溪 通讯员 包振东）", "欧阳若溪,包振东", "")]
    public void Names_are_read_in_print_order_without_role_words(string byline, string reporters, string photographers)
    {
        var people = ParseByline.Read(byline, plainNamesArePhotographers: false);

        Assert.Equal(reporters, string.Join(",", people.Reporters));
        Assert.Equal(photographers, string.Join(",", people.Photographers));
    }

    [Fact]
    public void A_bare_credit_under_a_picture_names_the_photographer()
    {
        Assert.Equal(["田柏林"], ParseByline.Read("■ 田柏林", plainNamesArePhotographers: true).Photographers);
    }
}

public sealed class NormalizeBylineTests
{
    [Theory]
    [InlineData(new[] { "（记者 隋明远", "通讯员 覃晓禾）" }, "（记者 隋明远 通讯员 覃晓禾）")]
    [InlineData(new[] { "（记者 苑莘 通讯员 张", "保忠）" }, "（记者 苑莘 通讯员 张保忠）")]
    [InlineData(new[] { "（记者 梅书砚", "通 讯 员 柏 嘉 禾 ）" }, "（记者 梅书砚 通讯员 柏嘉禾）")]
    [InlineData(new[] { "（ 记 者 梅 书", "砚）" }, "（记者 梅书砚）")]
    public void A_byline_over_lines_reads_as_printed_with_single_spaces(string[] lines, string byline) =>
        Assert.Equal(byline, NormalizeByline.Apply(lines));
}

public sealed class BreakParagraphsTests
{
    private static BodyLine Line(string text, int block = 0) => new(text, TextWidth.Of(text), block);

    [Fact]
    public void A_short_line_ending_a_sentence_ends_the_paragraph_and_a_blank_line_does_not()
    {
        var lines = new[]
        {
            Line("今年以来，市农业农村局组织农"),
            Line("技人员深入田间地头，开展苗情墒情"),
            Line("调查，分类制定田管方案。截至目前"),
            Line("全市累计派出农技人员一千余人次，", 1),
            Line("举办现场培训会八十六场。", 1),
            Line("与此同时，岱川持续扩大油料作", 1),
            Line("物种植，良种化肥农药储备充足。", 1),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("今年以来", paragraphs[0]);
        Assert.Contains("截至目前全市累计", paragraphs[0]);
        Assert.StartsWith("与此同时", paragraphs[1]);
    }

    [Fact]
    public void An_indented_first_line_after_a_full_line_ending_a_sentence_starts_a_paragraph()
    {
        var lines = new[]
        {
            Line("技人员深入田间地头，开展苗情墒情"),
            Line("调查，分类制定田管方案，及时调度。"),
            Line("与此同时，岱川持续扩大油料作"),
            Line("物种植，良种化肥农药储备充足，价"),
            Line("格总体平稳，各县区还设立了电话。"),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("与此同时", paragraphs[1]);
    }

    [Fact]
    public void A_block_whose_lines_hold_numbers_takes_its_width_from_the_bodys_plain_lines()
    {
        // Lines with digits read short of the column (the digits are set narrower than an em and the gaps beside
        // them vary), so the second block's own lines would make its indented first line look full.
        var lines = new[]
        {
            Line("入春以来，县农业局组织农技人员深入田"),
            Line("间地头，分类制定春管方案，及时调度农"),
            Line("资供应，帮助农户解决生产难题，确保春"),
            Line("耕春播顺利推进，各乡镇也设立了服务点"),
            Line("和咨询电话，群众反映的问题当天答复。"),
            Line("截至3月底，全县36个村已完成春", 1),
            Line("播面积 12 万亩，培训农民 4500", 1),
            Line("人次，发放良种18.6万公斤和化肥", 1),
            Line("3200吨，新修机耕道路17公里，", 1),
            Line("建成育秧大棚40座。", 1),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("截至3月底", paragraphs[1]);
    }

    [Fact]
    public void A_full_line_holding_a_latin_word_after_a_sentence_end_is_no_indented_first_line()
    {
        // The Latin word and the gaps beside it print wider than the text's half-width count.
        var lines = new[]
        {
            Line("者，他用生动有趣的讲述，介绍了学生"),
            Line("们参加科技节各项活动的收获与体会。"),
            Line("同学们还拍摄了校园主题 Vlog《我"),
            Line("们的实验室》，用镜头记录下课堂内外"),
            Line("的点滴，在闭幕式上播放后广受好评。"),
            Line("围绕人工智能、航天科技、新能源等主"),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Single(paragraphs);
    }

    [Fact]
    public void A_subhead_is_a_paragraph_of_its_own()
    {
        var lines = new[]
        {
            Line("子上，一朵朵黑木耳舒展着耳片。"),
            Line("收、晾晒，村民们正忙着采收。"),
            Line("从“试一试”到“抢着种”"),
            Line("青峰村地处深山，过去村民"),
            Line("主要靠种玉米、外出务工维持生"),
            Line("计，这里昼夜温差大、水质好。"),
        };

        var paragraphs = BreakParagraphs.Apply(lines);

        Assert.Contains("从“试一试”到“抢着种”", paragraphs);
        Assert.StartsWith("青峰村", paragraphs[^1]);
    }
}

public sealed class PairBriefTitlesTests
{
    [Fact]
    public void A_title_goes_to_the_body_that_shares_its_words_even_when_order_would_give_it_another()
    {
        string[] titles = ["北坞村修通环村路", "鹤鸣湖湿地开放"];
        string[] bodies =
        [
            "本报讯 近日，北坞村环村路修通，全长3公里。（记者 闻笙）",
            "本报讯 9月2日，县文化馆举办书法展，展出作品80件。（记者 闻笙）",
            "本报讯 鹤鸣湖湿地公园日前对游客开放，设观鸟点6处。（通讯员 戚原）",
        ];

        Assert.Equal([0, 2], PairBriefTitles.Apply(titles, bodies));
    }

    [Fact]
    public void Titles_whose_words_no_body_shares_follow_the_order_of_the_bodies()
    {
        string[] titles = ["暖心服务进万家", "好人好事赞不停"];
        string[] bodies =
        [
            "本报讯 日前，城西社区组织志愿者为独居老人上门理发。（记者 闻笙）",
            "本报讯 近日，出租车司机拾到钱包后交还失主。（通讯员 戚原）",
        ];

        Assert.Equal([0, 1], PairBriefTitles.Apply(titles, bodies));
    }

    [Fact]
    public void Order_fills_around_a_content_match_keeping_titles_in_the_order_of_their_bodies()
    {
        // The second title matches the third body; the first (no shared words) takes the first body, not the second.
        string[] titles = ["一场暖心的接力", "桐溪大桥合龙"];
        string[] bodies =
        [
            "本报讯 市民接力为突发疾病的老人送医。（记者 闻笙）",
            "本报讯 城东菜市场完成提升改造。（记者 闻笙）",
            "本报讯 9月1日，桐溪大桥主桥顺利合龙。（通讯员 戚原）",
        ];

        Assert.Equal([0, 2], PairBriefTitles.Apply(titles, bodies));
    }

    [Fact]
    public void A_word_every_body_shares_decides_nothing()
    {
        // 开展 is in both bodies and in both titles: it must not pull both titles to one body.
        string[] titles = ["南湾开展义诊", "北湾开展禁毒宣传"];
        string[] bodies =
        [
            "本报讯 南湾卫生院开展义诊，服务群众200人次。",
            "本报讯 北湾派出所开展禁毒宣传进校园活动。",
        ];

        var scores = PairBriefTitles.Scores(titles, bodies);

        Assert.True(scores[0, 0] > scores[0, 1]);
        Assert.True(scores[1, 1] > scores[1, 0]);
        Assert.Equal([0, 1], PairBriefTitles.Apply(titles, bodies));
    }

    [Fact]
    public void With_more_titles_than_bodies_the_extra_title_is_left_unpaired()
    {
        Assert.Equal([0, -1], PairBriefTitles.Apply(["东岭水库除险加固完工", "西岭茶园采摘"], ["本报讯 东岭水库除险加固工程完工。"]));
    }
}

public sealed class BriefTitleRunTests
{
    [Fact]
    public void Titles_printed_as_one_run_before_datelined_bodies_reach_their_own_briefs()
    {
        // A 简讯 row: bold titles in a flow of their own print first; the second brief has no title.
        const string page = "要闻简讯\n\n北坞村修通环村路\n\n鹤鸣湖湿地开放\n\n"
            + "本报讯 近日，北坞村环村路修通，\n全长3公里。（记者 闻笙）\n\n"
            + "本报讯 9月2日，县文化馆举办书\n法展，展出作品80件。（记者 闻笙）\n\n"
            + "本报讯 鹤鸣湖湿地公园日前对游\n客开放，设观鸟点6处。（通讯员 戚原）\n";

        var result = NewsArchive.Segmentation.PageSegmenter.Segment(page);

        Assert.Empty(result.Leftovers);
        Assert.Equal(3, result.Items.Count);
        Assert.All(result.Items, i => Assert.Equal(NewsArchive.Model.ItemKind.Brief, i.Kind));
        Assert.Equal(["北坞村修通环村路", null, "鹤鸣湖湿地开放"], result.Items.Select(i => i.Title));
    }

    [Fact]
    public void Titles_of_one_column_are_not_paired_with_bodies_past_a_titled_article()
    {
        // The run of bodies ends at the next titled report: a long one with its title over its body.
        const string page = "要闻简讯\n\n北坞村修通环村路\n\n鹤鸣湖湿地开放\n\n"
            + "本报讯 近日，北坞村环村路修通，\n全长3公里。（记者 闻笙）\n\n"
            + "桐溪大桥主桥合龙\n\n本报讯（记者 闻笙）9月1日，桐溪\n大桥主桥顺利合龙。鹤鸣湖湿地\n公园同日对游客开放。\n";

        var result = NewsArchive.Segmentation.PageSegmenter.Segment(page);

        Assert.Equal("北坞村修通环村路", result.Items[0].Title);
        Assert.DoesNotContain(result.Items, i => i.Title == "鹤鸣湖湿地开放");
        Assert.Contains("鹤鸣湖湿地开放", string.Concat(result.Leftovers));
    }
}
