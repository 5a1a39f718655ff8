namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// What a reader of the offline English notices: names read as names, words as the news means them, headlines in
/// English order. Invented text, none of it from a test page.
/// </summary>
public sealed class TranslationGlossTests
{
    private static string Gloss(string chinese) => GlossFixture.Require().Gloss(chinese);

    [Theory]
    [InlineData("亳州科技型企业增多", "Bozhou")]          // CC-CEDICT: 亳州 "see 亳州市"
    [InlineData("九江新建两座码头", "Jiujiang")]
    public void A_city_the_dictionary_only_refers_onward_reads_as_its_name(string chinese, string english)
    {
        var gloss = Gloss(chinese);
        Assert.StartsWith(english + " ", gloss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("琮州新建一座体育馆", "Congzhou", "Prefecture")]
    [InlineData("玢川至汶溪的渡船恢复", "Binchuan", "River")]
    [InlineData("玢川至汶溪的渡船恢复", "Wenxi", "Creek")]
    public void An_unknown_place_name_reads_as_pinyin_not_as_its_characters_meanings(string chinese, string name, string meaning)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(name, gloss, StringComparison.Ordinal);
        Assert.DoesNotContain(meaning, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("玢石县启动春耕", "Binshi County")]
    [InlineData("汶溪区新建公园", "Wenxi District")]
    [InlineData("琮川镇举办农民运动会", "Congchuan Town")]
    [InlineData("汶溪经济开发区新建厂房", "Wenxi Economic Development Zone")]
    public void An_unknown_place_with_its_level_reads_as_pinyin_and_type(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("小李说，今年收成好。", "Xiao Li said")]
    [InlineData("老张表示，路修好了。", "Lao Zhang")]
    public void A_person_called_by_surname_with_lao_or_xiao_is_named_not_described(string chinese, string english) =>
        Assert.StartsWith(english, Gloss(chinese), StringComparison.Ordinal);

    [Fact]
    public void An_entry_that_points_to_another_takes_that_entrys_sense() =>
        Assert.Equal("Extend", Gloss("伸延"));                 // CC-CEDICT: 伸延 "see 延伸"

    [Theory]
    [InlineData("老", "prefix")]
    [InlineData("村里新种了千亩果树", "classifier")]
    [InlineData("两个阶段", "classifier")]
    public void Notes_about_a_word_are_never_given_as_its_English(string chinese, string note) =>
        Assert.DoesNotContain(note, Gloss(chinese), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("村里新种了千亩果树", "1,000 mu")]
    [InlineData("县里新上了三个项目", "three projects")]
    [InlineData("琮州新建一座体育馆", "a gym")]
    public void Counts_read_as_English_counts(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("县里新上了三个项目", "project", "item")]
    [InlineData("热线开通", "open", "thoroughfare")]
    public void Words_take_the_sense_news_means(string chinese, string english, string not)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(not, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("县政府召开防汛工作会议", "County Government holds flood control work meeting")]
    [InlineData("全县八个项目集中开工", "eight projects break ground")]
    [InlineData("县文化馆启动书法展", "County Cultural Center launches")]
    [InlineData("乡卫生院完成改扩建", "Township Health Center completes")]
    [InlineData("校园里的书店", "Bookstore in campus")]
    [InlineData("琮州的春天", "Congzhou's spring")]
    public void Headlines_read_in_English_order(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("县里召开")]
    [InlineData("市政府召开，")]
    public void Text_that_ends_where_a_pattern_wants_more_is_glossed_without_failing(string chinese) =>
        Assert.NotEmpty(Gloss(chinese));

    [Fact]
    public void A_quoted_coinage_stays_in_quotes_inside_a_pattern()
    {
        var gloss = Gloss("县里启动“积分超市”");
        Assert.Matches("launches \"[^\"]+\"$", gloss);
    }
}
