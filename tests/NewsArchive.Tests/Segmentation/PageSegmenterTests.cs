using NewsArchive.Model;
using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

/// <summary>Layout cases on small made-up pages, each one rule of how pdftotext orders a newspaper page.</summary>
public sealed class PageSegmenterTests
{
    private const string BodyA = """
        本报讯（记者 甲乙丙）近日，某县召开
        会议，部署今年的春耕生产工作。会上
        要求各地抓好良种供应。

        会议指出，今年全县计划播种粮食作
        物六十万亩，确保粮食产量稳定。
        """;

    [Fact]
    public void Title_printed_after_its_body_is_attached_to_its_article()
    {
        var page = BodyA + "\n\n某县\n\n春耕生产全面展开\n\n本报讯（记者 丁戊）昨日，某市举办\n招聘会，吸引众多求职者参加。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal("某县", items[0].Kicker);
        Assert.Equal("春耕生产全面展开", items[0].Title);
        Assert.Equal(["甲乙丙"], items[0].Reporters);
        Assert.Equal(2, items[0].Paragraphs.Count);
        Assert.Null(items[1].Title);
    }

    [Fact]
    public void Title_printed_before_its_body_opens_the_next_article()
    {
        var page = "春耕生产全面展开\n" + BodyA + "\n\n招聘会吸引万人参加\n本报讯（记者 丁戊）昨日，某市举办\n招聘会，吸引众多求职者参加。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal(["春耕生产全面展开", "招聘会吸引万人参加"], items.Select(i => i.Title));
        Assert.Equal(["丁戊"], items[1].Reporters);
    }

    [Fact]
    public void A_title_glued_onto_the_next_reports_dateline_goes_to_the_report_before()
    {
        var page = BodyA + "\n\n春耕生产全面展开 本报讯（记者 丁戊）昨日，某市举办\n招聘会，吸引众多求职者参加。\n";

        var items = PageSegmenter.Segment(page).Items;

        Assert.Equal("春耕生产全面展开", items[0].Title);
        Assert.Equal("本报讯", items[1].Dateline);
        Assert.Equal("（记者 丁戊）", items[1].Byline);
        Assert.Equal("昨日，某市举办招聘会，吸引众多求职者参加。", Assert.Single(items[1].Paragraphs));
    }

    [Fact]
    public void Photo_news_is_its_caption_closed_by_a_credit()
    {
        var page = "12月14日，工人在车间里装配新能源电池，\n今年订单同比增长四成。 ■ 本报记者 甲乙 摄\n";

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal(ItemKind.Photo, item.Kind);
        Assert.Equal(["甲乙"], item.Photographers);
        Assert.Empty(item.Reporters);
        Assert.Equal("■ 本报记者 甲乙 摄", item.Byline);
    }

    [Fact]
    public void Masthead_furniture_goes_to_removed_with_a_reason_and_continuation_notes_to_metadata()
    {
        var page = "某川日报\n2025年3月18日 星期二\n\n第1版\n要闻\n\n" + BodyA + "（下转第3版）\n\n责任编辑 某某\n";

        var result = PageSegmenter.Segment(page);

        var item = Assert.Single(result.Items);
        Assert.Equal(["（下转第3版）"], item.Continuations);
        Assert.DoesNotContain(item.Paragraphs, p => p.Contains("下转"));
        Assert.Contains(result.Removed, r => r.Text == "某川日报" && r.Reason.Contains("paper name"));
        Assert.Contains(result.Removed, r => r.Text == "要闻" && r.Reason.Contains("page name"));
        Assert.Contains(result.Removed, r => r.Text == "责任编辑 某某" && r.Reason.Contains("editor"));
        Assert.Empty(result.Leftovers);
    }

    [Fact]
    public void A_commentary_takes_its_label_as_kicker_and_its_author_line()
    {
        var page = "时评\n\n公共设施要建好更要用好\n□ 苏 某\n近年来，我市城乡公共文化设施建设\n步伐明显加快，覆盖面越来越广。\n";

        var item = Assert.Single(PageSegmenter.Segment(page).Items);

        Assert.Equal(ItemKind.Commentary, item.Kind);
        Assert.Equal("时评", item.Kicker);
        Assert.Equal(["苏某"], item.Reporters);
    }

    [Fact]
    public void A_brief_column_gives_one_item_per_brief_with_its_trailing_byline()
    {
        var page = "文化简讯\n书市开幕\n\n合唱大赛报名\n\n自5月10日起，图书馆开放时间延长，周末及节假日\n照常开放。（记者 卓一凡）\n\n群众合唱大赛日前启动报名，各类业余合唱团队均可报\n名参赛。（通讯员 单雨\n桐）\n";

        var result = PageSegmenter.Segment(page);

        Assert.Equal([ItemKind.Brief, ItemKind.Brief], result.Items.Select(i => i.Kind));
        Assert.Equal(["书市开幕", "合唱大赛报名"], result.Items.Select(i => i.Title));
        Assert.Equal(["卓一凡"], result.Items[0].Reporters);
        Assert.Equal(["单雨桐"], result.Items[1].Reporters);
        Assert.Equal("（通讯员 单雨桐）", result.Items[1].Byline);
        Assert.Contains(result.Removed, r => r.Text == "文化简讯");
    }

    [Fact]
    public void Fake_bold_captions_are_given_once_and_the_double_is_recorded()
    {
        var page = "■ 文/图 甲乙丙\n" + BodyA.Replace("本报讯（记者 甲乙丙）", "") + "\n\n专访标题\n\n村民在大棚里采收黑木耳村民在大棚里采收黑木耳\n";

        var result = PageSegmenter.Segment(page);

        var item = Assert.Single(result.Items);
        Assert.Equal(ItemKind.Feature, item.Kind);
        Assert.Equal(["村民在大棚里采收黑木耳"], item.Captions);
        Assert.Contains(result.Removed, r => r.Text == "村民在大棚里采收黑木耳" && r.Reason.Contains("fake-bold"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \f")]
    public void An_empty_page_gives_no_items(string page) => Assert.Empty(PageSegmenter.Segment(page).Items);

    [Fact]
    public void A_page_with_no_recognisable_articles_is_kept_whole_with_a_warning()
    {
        var page = "这是一段没有标题也没有电头的文字\n\n另一段同样没有任何结构的文字\n";

        var result = PageSegmenter.Segment(page);

        var item = Assert.Single(result.Items);
        Assert.Equal(2, item.Paragraphs.Count);
        Assert.Equal([PageSegmenter.NoArticlesWarning], result.Warnings);
        Assert.True(TextAccounting.Check(page, result).Holds);
    }
}
