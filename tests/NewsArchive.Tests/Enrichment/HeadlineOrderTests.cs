using NewsArchive.Enrichment;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// Headline grammar in English order, each rule on invented text (none a test page's): two clauses split by a space,
/// the owner of X的Y, a place before a count, amounts "of" a thing, 将 as the headline future, expos, common nouns
/// ending in a body's type character, and a dictionary name inside a word the dictionary lacks.
/// </summary>
public sealed class HeadlineOrderTests
{
    private static string Gloss(string chinese) => GlossFixture.Require().Gloss(chinese);

    [Theory]
    [InlineData("山村修路 农民致富", "road, ")]
    [InlineData("“网上办事” 群众点赞", "\", ")]
    public void A_space_between_two_Chinese_clauses_reads_as_a_comma(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("一位老师的二十年", "teacher's 20 years")]
    [InlineData("农民的收入", "farmers' ")]
    public void A_noun_before_的_owns_what_follows(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("美丽的乡村", "'s")]
    [InlineData("发展的机遇", "'s")]
    public void An_adjective_or_verb_before_的_owns_nothing(string chinese, string notThere) =>
        Assert.DoesNotContain(notThere, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("桂溪县三所学校通过验收", "Guixi County's three")]
    [InlineData("桂溪县首批家庭农场挂牌", "Guixi County's first")]
    public void A_place_before_a_count_owns_it(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("新增五百亩茶园", "500 mu of tea")]
    [InlineData("收获三千吨玉米", "3,000 tonnes of corn")]
    public void An_amount_of_area_or_weight_is_of_the_noun_after_it(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void An_amount_before_a_verb_takes_no_of() =>
        Assert.DoesNotContain(" of", Gloss("五百亩完成播种"), StringComparison.Ordinal);

    [Theory]
    [InlineData("县医院将开设夜间门诊", "to", "will")]
    [InlineData("新图书馆今年将开放", "this year", "will")]
    public void Jiang_is_the_headline_future(string chinese, string english, string notThere)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(notThere, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_future_puts_this_year_after_the_verb()
    {
        var gloss = Gloss("新图书馆今年将开放");
        Assert.True(gloss.IndexOf("this year", StringComparison.OrdinalIgnoreCase) > gloss.IndexOf("open", StringComparison.OrdinalIgnoreCase), gloss);
    }

    [Theory]
    [InlineData("茶叶亮相农博会", "expo", "abundant")]
    [InlineData("餐厅开业", "hall", "Department")]
    [InlineData("新展厅迎客", "exhibition hall", "Department")]
    [InlineData("县青少年宫开放", "youth palace", "green")]
    public void Common_nouns_read_as_nouns_not_as_bodies_or_names(string chinese, string english, string notThere)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(notThere, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Do_not_let_is_a_negative_imperative() =>
        Assert.StartsWith("Don't let", Gloss("别让孩子沉迷手机"), StringComparison.Ordinal);

    [Fact]
    public void Projects_breaking_ground_end_a_clause()
    {
        var gloss = Gloss("重点项目集中开工总投资达十亿元");
        Assert.Contains("projects break ground, ", gloss, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 billion yuan", gloss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全市重点工程开工", "Citywide", "whole")]
    [InlineData("全省农村道路通客车", "province-wide", "whole")]
    public void Whole_before_a_noun_is_wide(string chinese, string english, string notThere)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(notThere, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Whole_before_a_verb_stays_the_whole_place() =>
        Assert.Contains("whole city", Gloss("全市开展植树活动"), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("闲人之言 乡村教师守望讲台")]
    [InlineData("乡村教师守望讲台 闲人之言")]
    public void A_classical_phrase_the_dictionary_lacks_is_left_out_of_a_title(string chinese)
    {
        var gloss = Gloss(chinese);
        Assert.DoesNotContain(" of ", gloss, StringComparison.Ordinal);
        Assert.Contains("teacher", gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_kicker_that_is_a_classical_phrase_the_dictionary_lacks_is_left_out()
    {
        var title = GlossFixture.Require().Render(new EnglishRequest("t", "闲人之言", "乡村教师守望讲台", null, "乡村教师守望讲台。")).Title;
        Assert.DoesNotContain(":", title, StringComparison.Ordinal);
        Assert.Contains("teacher", title, StringComparison.OrdinalIgnoreCase);
    }
}
