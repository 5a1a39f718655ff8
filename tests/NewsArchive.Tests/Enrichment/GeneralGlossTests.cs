using NewsArchive.Enrichment;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// The gloss's mechanisms that carry to headlines nobody has seen, each on invented text: names learnt from the
/// article's own text, readings and senses chosen by the dictionary's own evidence, unknown places cut as names.
/// </summary>
public sealed class GeneralGlossTests
{
    private static string Gloss(string chinese) => GlossFixture.Require().Gloss(chinese);

    private static string Title(string title, string summary, string context) =>
        GlossFixture.Require().Render(new EnglishRequest("a", null, title, null, summary, context)).Title;

    [Fact]
    public void A_place_the_body_names_with_its_type_is_pinyin_in_the_title()
    {
        var title = Title("柘石茶叶走俏市场", "今年春茶产量增长。", "柘石县是产茶大县，今年春茶产量增长。");
        Assert.True(title.Contains("Zheshi Tea", StringComparison.Ordinal), title);
    }

    [Fact]
    public void A_person_the_body_introduces_by_role_is_pinyin_in_the_title()
    {
        var title = Title("张立新的扶贫路", "他带领村民种茶致富。", "村支书张立新说，要带领村民种茶致富。");
        Assert.Contains("Zhang Lixin", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("港口吞吐量创新高", "New High", "Wound")]   // 创 chuang4 as in 创新, not chuang1 "wound"
    [InlineData("南山村", "Nanshan Village", "Nashan")]    // 南 nan2, not na1 of a Buddhist formula
    [InlineData("过大年", "Year", "Grain")]               // 年 "year", not the variant character's "grain"
    public void A_characters_reading_is_the_one_most_dictionary_words_use(string chinese, string wanted, string unwanted)
    {
        var english = Gloss(chinese);
        Assert.Contains(wanted, english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(unwanted, english, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("北京路", "Beijing", "municipality")]
    [InlineData("太行山", "Taihang Mountains", "Taihangshan")]
    [InlineData("洞庭湖", "Dongting Lake", "Dongtinghu")]
    public void A_proper_noun_is_its_English_name_without_the_dictionarys_description(string chinese, string wanted, string unwanted)
    {
        var english = Gloss(chinese);
        Assert.Contains(wanted, english, StringComparison.Ordinal);
        Assert.DoesNotContain(unwanted, english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("湄阳光伏产业加速发展", "Meiyang", "sunshine")]
    [InlineData("晒阳光", "sunshine", "Shaiyang")]
    [InlineData("芷阳县城新添一座公园", "Zhiyang county", "Yangxian")]
    [InlineData("柘潭茶叶走俏市场", "Zhetan tea", "pool")]          // names end in 潭 (pool), 峰 (peak), 岩 (rock) too
    [InlineData("桐峰农民喜获丰收", "Tongfeng farmers", "peak")]
    public void An_unknown_place_name_is_cut_as_one_word_only_where_it_saves_one(string chinese, string wanted, string unwanted)
    {
        var english = Gloss(chinese);
        Assert.Contains(wanted, english, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(unwanted, english, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("老张的菜园", "Lao Zhang's")]
    [InlineData("小李的创业路", "Xiao Li's")]
    public void A_person_called_by_surname_with_lao_or_xiao_is_a_name(string chinese, string wanted) =>
        Assert.Contains(wanted, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("老师的话")]
    [InlineData("小学生的书包")]
    public void Words_that_begin_with_lao_or_xiao_are_not_names(string chinese)
    {
        var english = Gloss(chinese);
        Assert.DoesNotContain("Lao ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Xiao ", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("县第一人民医院扩建", "County No. 1 People's Hospital")]
    [InlineData("市中医院开设夜间门诊", "Municipal Hospital of Traditional Chinese Medicine")]
    [InlineData("青石县人民法院审结案件", "Qingshi County People's Court")]
    [InlineData("丰源高铁站开工", "Fengyuan High Speed Rail Station")]
    public void Institutions_are_named_as_in_their_English_names(string chinese, string wanted) =>
        Assert.Contains(wanted, Gloss(chinese), StringComparison.Ordinal);

    [Fact]
    public void A_role_before_a_name_reads_as_news_English() =>
        Assert.Contains("County head Li Jianguo", Gloss("县长李建国调研春耕生产"), StringComparison.Ordinal);
}
