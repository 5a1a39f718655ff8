using NewsArchive.Enrichment.Chinese;
using NewsArchive.Model;

namespace NewsArchive.Tests.Enrichment;

public sealed class ExtractKeywordsTests
{
    private static readonly SegmentedItem Plant = new()
    {
        Kind = ItemKind.News,
        Title = "恒祥食品有限公司新生产线投产",
        Reporters = ["邹明远"],
        Paragraphs =
        [
            "本月，位于沧浪区的恒祥食品有限公司新建的速冻食品生产线正式投产，年产能可达2万吨。",
            "公司总经理贺立新介绍，新生产线采用全自动包装设备，产品主要销往华东各地超市。",
            "沧浪区商务局负责人表示，将继续帮助企业拓展销售渠道。",
        ],
    };

    [Fact]
    public void Keywords_are_three_to_eight()
    {
        var keywords = new ExtractKeywords().Extract(Plant);
        Assert.InRange(keywords.Count, ExtractKeywords.Min, ExtractKeywords.Max);
        Assert.Equal(keywords.Count, keywords.Distinct().Count());
    }

    [Fact]
    public void Keywords_find_the_person_the_place_and_the_organisation()
    {
        var keywords = new ExtractKeywords().Extract(Plant);
        Assert.Contains("恒祥食品有限公司", keywords);
        Assert.Contains("沧浪区", keywords);
        Assert.Contains(keywords, k => k is "贺立新" or "邹明远");
    }

    [Fact]
    public void Keywords_of_a_village_report_name_its_village_and_its_people()
    {
        var keywords = new ExtractKeywords().Extract(SummarizeArticleTests.Report);
        Assert.InRange(keywords.Count, 3, 8);
        Assert.Contains(keywords, k => k.Contains("白鹭村", StringComparison.Ordinal));
        Assert.Contains(keywords, k => k.Contains("油茶", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_brief_still_gets_three_keywords()
    {
        var brief = new SegmentedItem { Kind = ItemKind.Brief, Title = "青石乡开展义诊", Paragraphs = ["近日，青石乡卫生院组织医生进村义诊。"], Reporters = ["田秋实"] };
        Assert.InRange(new ExtractKeywords().Extract(brief).Count, 3, 8);
    }

    [Theory]
    [InlineData("村党支部书记田秋实说，今年要扩大规模。", "田秋实", EntityKind.Person)]
    [InlineData("走进桐岭县白鹭村，处处是新景。", "桐岭县", EntityKind.Place)]
    [InlineData("走进桐岭县白鹭村，处处是新景。", "白鹭村", EntityKind.Place)]
    [InlineData("市工业和信息化局发布通知。", "市工业和信息化局", EntityKind.Organisation)]
    [InlineData("记者从沧浪区商务局获悉。", "沧浪区商务局", EntityKind.Organisation)]
    public void Entities_are_found_by_news_conventions(string text, string name, EntityKind kind)
    {
        var entities = FindEntities.In(text, ChineseWords.Segment(text));
        Assert.Contains(entities, e => e.Text == name && e.Kind == kind);
    }
}
