using NewsArchive.Enrichment.Gloss;

namespace NewsArchive.Tests.Enrichment;

/// <summary>
/// Headline phrases that a word-by-word gloss reads badly, each rule on invented text (none a test page's):
/// idioms and quoted coinages in short, the paper's own place, levels "and higher", 型, unknown set phrases.
/// </summary>
public sealed class ShortGlossRulesTests
{
    private static string Gloss(string chinese) => GlossFixture.Require().Gloss(chinese);

    private static int Words(string english) => english.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [InlineData("村民一尘不染的小院", "untainted", "speck")]     // "(idiom) untainted by even a speck of dust"
    [InlineData("两家一刀两断", "clean break", "with")]          // "(idiom) to make a clean break with"
    public void An_idiom_reads_as_its_short_sense(string chinese, string english, string notThere)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.Ordinal);
        Assert.DoesNotContain(notThere, gloss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("乡村旅游“领跑”全省", "\"set the pace\"")]   // not "take the lead in a race"
    [InlineData("民宿经济“提速”", "\"speed up\"")]            // not "increase the specified cruising speed"
    public void A_quoted_coinage_reads_as_its_shortest_plain_sense(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("the peaks of a mountain range", "peaks")]
    [InlineData("to compete to be the most beautiful or impressive", "to compete")]
    [InlineData("make a clean break with", "make a clean break")]
    [InlineData("set the pace", "set the pace")]
    public void A_long_sense_is_cut_to_its_head(string sense, string brief)
    {
        Assert.Equal(brief, WordGloss.Shorten(sense));
        Assert.True(Words(WordGloss.Shorten(sense)) <= 4);
    }

    [Theory]
    [InlineData("我县新建三所学校", "county", "our")]
    [InlineData("我省高校毕业生就业率提升", "The province's universities", "Our")]
    public void The_papers_own_place_is_the_place(string chinese, string english, string notThere)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(notThere, gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("市级以上龙头企业达到十家", "Municipal-level and higher key enterprises")]
    [InlineData("我县县级以上医院新增床位", "county-level and higher hospital")]
    public void A_level_and_above_is_an_English_modifier(string chinese, string english)
    {
        var gloss = Gloss(chinese);
        Assert.Contains(english, gloss, StringComparison.Ordinal);
        Assert.DoesNotContain("that level", gloss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("科技型中小企业增至三百家", "Tech small and medium")]
    public void Xing_makes_a_modifier_not_a_type(string chinese, string english)
    {
        var gloss = Gloss(chinese);
        Assert.StartsWith(english, gloss, StringComparison.Ordinal);
        Assert.DoesNotContain("type", gloss, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Four_characters_no_dictionary_entry_joins_are_left_out_not_read_character_by_character()
    {
        // 抓早促实 ("grasp early, push for results"): two verb-object pairs CC-CEDICT has no entry for, nor for any two of them.
        var d = GlossFixture.Require().Dictionary!;
        Assert.Empty(d.Lookup("抓早促实"));
        Assert.Empty(d.Lookup("促实"));
        var gloss = Gloss("全力抓早促实");
        Assert.Equal("With all one's strength", gloss);
        // Alone it is all there is, and a rough English beats none.
        Assert.NotEmpty(Gloss("抓早促实"));
    }
}
