using NewsArchive.Enrichment.Chinese;
using NewsArchive.Model;

namespace NewsArchive.Tests.Enrichment;

public sealed class SummarizeArticleTests
{
    internal static readonly SegmentedItem Report = new()
    {
        Kind = ItemKind.News,
        Title = "桐岭县白鹭村油茶产业带富一方",
        Reporters = ["钟雨桐"],
        Paragraphs =
        [
            "4月12日，在桐岭县白鹭村的油茶基地，村民们正忙着给油茶树施肥、除草。近年来，白鹭村依托山地资源发展油茶产业，种植面积已达3200亩。",
            "“以前这片山都荒着，现在成了村民的‘绿色银行’。”村党支部书记田秋实说。2021年，村里成立了油茶专业合作社，统一提供种苗、技术和收购服务。",
            "去年，白鹭村油茶籽产量达到480吨，合作社销售收入突破900万元，带动120余户村民增收。",
            "桐岭县林业局相关负责人表示，下一步将在全县推广白鹭村的经验，打造油茶产业示范带。",
            "天气晴好。",
        ],
    };

    /// <summary>Splits a summary back into its sentences.</summary>
    internal static IEnumerable<string> Sentences(string summary) =>
        ChineseSentences.Split([summary]).Select(s => s.Text);

    [Fact]
    public void Summary_sentences_are_the_articles_own_and_within_length()
    {
        var summary = new SummarizeArticle().Summarize(Report);
        var body = string.Concat(Report.Paragraphs);
        Assert.InRange(summary.Length, 20, SummarizeArticle.MaxLength);
        var sentences = Sentences(summary).ToList();
        Assert.InRange(sentences.Count, 2, 3);
        Assert.All(sentences, s => Assert.Contains(s, body, StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_opens_with_the_lede()
    {
        var summary = new SummarizeArticle().Summarize(Report);
        Assert.StartsWith("4月12日，在桐岭县白鹭村的油茶基地", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_come_in_their_printed_order()
    {
        var summary = new SummarizeArticle().Summarize(Report);
        var body = string.Concat(Report.Paragraphs);
        var positions = Sentences(summary).Select(s => body.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Photo_news_gets_one_sentence_of_its_caption()
    {
        var photo = new SegmentedItem
        {
            Kind = ItemKind.Photo,
            Paragraphs = ["5月3日，青石乡的茶农在茶园里采摘春茶。今年全乡茶叶种植面积达1.2万亩。"],
            Photographers = ["贺立新"],
        };
        Assert.Equal("5月3日，青石乡的茶农在茶园里采摘春茶。", new SummarizeArticle().Summarize(photo));
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_cut_at_a_clause_and_marked()
    {
        var clause = "围绕产业升级持续发力，";
        var item = new SegmentedItem { Kind = ItemKind.News, Paragraphs = [string.Concat(Enumerable.Repeat(clause, 20)) + "成效明显。"] };
        var summary = new SummarizeArticle().Summarize(item);
        Assert.True(summary.Length <= SummarizeArticle.MaxLength, summary);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
        Assert.StartsWith(summary.TrimEnd('…'), item.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_is_deterministic() =>
        Assert.Equal(new SummarizeArticle().Summarize(Report), new SummarizeArticle().Summarize(Report));
}
