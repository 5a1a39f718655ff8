using NewsArchive.Enrichment;

namespace NewsArchive.Tests.Enrichment;

/// <summary>The news rules of the dictionary gloss, each on invented text.</summary>
public sealed class GlossRulesTests
{
    private static string Gloss(string chinese) => GlossFixture.Require().Gloss(chinese);

    [Theory]
    [InlineData("据村党支部书记田秋实介绍，今年收成不错。", "Tian Qiushi")]
    [InlineData("合作社理事长邹明远说，订单已经排满。", "Zou Mingyuan")]
    [InlineData("副县长欧阳晓峰表示，项目年底完工。", "Ouyang Xiaofeng")]
    [InlineData("记者 钟雨桐", "Zhong Yutong")]
    [InlineData("贺立新介绍，新厂房已经封顶。", "He Lixin")]
    [InlineData("车间主任邹明正在检查设备。", "Zou Ming ")]
    public void Person_names_are_pinyin_surname_first_given_name_joined(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("走进桐岭县白鹭村，处处是新景。", "Tongling County")]
    [InlineData("走进桐岭县白鹭村，处处是新景。", "Bailu Village")]
    [InlineData("栖霞镇的农民正在收割。", "Qixia Town")]
    [InlineData("沧浪区今年新建公园三座。", "Canglang District")]
    [InlineData("青石乡通上了天然气。", "Qingshi Township")]
    [InlineData("湖北省发布新政策。", "Hubei Province")]
    [InlineData("位于桐岭高新区的工厂投产。", "Tongling High-tech Zone")]
    [InlineData("栖霞经济开发区引进项目。", "Qixia Economic Development Zone")]
    public void Places_keep_their_type(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("市工业和信息化局发布通知。", "Municipal Bureau of Industry and Information Technology")]
    [InlineData("县人民政府召开会议。", "County People's Government")]
    [InlineData("市委召开全会。", "Municipal Party Committee")]
    [InlineData("市农业农村局组织专家下乡。", "Municipal Bureau of Agriculture and Rural Affairs")]
    [InlineData("记者从县教育局获悉。", "County Bureau of Education")]
    [InlineData("恒祥食品有限公司扩建车间。", "Co., Ltd.")]
    [InlineData("记者从市商务投资促进局获悉。", "Municipal Bureau of Commerce and Investment Promotion")]
    public void Bodies_are_named_with_level_and_type(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("3月8日，活动启动。", "March 8")]
    [InlineData("2023年5月4日，大会开幕。", "May 4, 2023")]
    [InlineData("2021年10月，工程完工。", "October 2021")]
    [InlineData("今年1至9月，产值增长。", "January to September")]
    [InlineData("2019年，村里办起工厂。", "2019")]
    [InlineData("6时30分发车。", "6:30")]
    public void Dates_are_English_dates(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("全年实现产值56.3亿元。", "5.63 billion yuan")]
    [InlineData("每户补贴2.5万元。", "25,000 yuan")]
    [InlineData("总投资800万元。", "8 million yuan")]
    [InlineData("共接待游客3400余人。", "more than 3,400 people")]
    [InlineData("种植面积4.2万亩。", "42,000 mu")]
    [InlineData("全长18公里。", "18 km")]
    [InlineData("产量达到1500吨。", "1,500 tonnes")]
    [InlineData("吸引60余家企业参展。", "more than 60")]
    [InlineData("全镇一万二千人参加体检。", "12,000 people")]
    [InlineData("新区新增三千个岗位。", "3,000 posts")]
    [InlineData("学校迎来建校一百五十周年。", "150")]
    [InlineData("全市招募两万五千名志愿者，服务群众。", "25,000 volunteers,")]
    public void Numbers_and_money_are_converted(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("同比增长12.4%。", "12.4%")]
    [InlineData("覆盖率达到95%以上。", "more than 95%")]
    [InlineData("价格提高了两成。", "20%")]
    [InlineData("能耗下降3.6个百分点。", "3.6 percentage points")]
    public void Percentages_are_converted(string chinese, string english) =>
        Assert.Contains(english, Gloss(chinese), StringComparison.Ordinal);

    [Theory]
    [InlineData("新书《山村教师》出版。", "\"")]
    [InlineData("开展“送法下乡”活动。", "\"")]
    public void Quoted_names_keep_their_quotation_marks_and_are_glossed(string chinese, string mark)
    {
        var english = Gloss(chinese);
        Assert.Equal(2, english.Count(c => c == mark[0]));
        var quoted = english.Split(mark[0])[1];
        Assert.NotEmpty(quoted.Trim());
        Assert.DoesNotContain(quoted, c => c > '\u2e80');
    }

    [Fact]
    public void Title_is_title_cased_and_kicker_leads_it()
    {
        var english = GlossFixture.Require().Render(new EnglishRequest("a", "桐岭县", "新建学校正式开学", null, "9月1日，新建学校正式开学。"));
        Assert.StartsWith("Tongling County: ", english.Title, StringComparison.Ordinal);
        Assert.All(english.Title.Split(' ').Where(w => w.Length > 3), w => Assert.True(char.IsUpper(w[0]), w));
        Assert.StartsWith("September 1", english.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_named_without_its_type_in_the_title_is_the_place_of_the_summary()
    {
        var english = GlossFixture.Require().Render(new EnglishRequest("a", null, "桐岭茶叶亮相博览会", null, "近日，桐岭县8家茶企参加博览会。"));
        Assert.StartsWith("Tongling ", english.Title, StringComparison.Ordinal);
        Assert.Contains("Tongling County", english.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Gloss_has_no_Chinese_left_when_the_dictionary_is_present()
    {
        var english = Gloss("4月12日，桐岭县白鹭村党支部书记田秋实带领村民种植油菜2000亩，预计增收30万元。");
        Assert.DoesNotContain(english, c => c > '\u2e80');
    }

    [Fact]
    public void Version_names_the_rules_and_the_dictionary()
    {
        var gloss = GlossFixture.Require();
        Assert.Matches("^cedict-gloss/7-[0-9a-f]{8}\\+cedict-[0-9a-f]{12}$", gloss.Version);
    }

    [Fact]
    public void Rendering_is_deterministic_across_threads()
    {
        var gloss = GlossFixture.Require();
        var request = new EnglishRequest("a", null, "全市新增市场主体1.6万户", null, "记者从市市场监管局获悉，今年1至10月，全市新增市场主体1.6万户，同比增长11.2%。");
        var first = gloss.Render(request);
        var all = Enumerable.Range(0, 16).AsParallel().Select(_ => gloss.Render(request)).ToList();
        Assert.All(all, e => Assert.Equal(first, e));
    }
}
