using NewsArchive.Segmentation.Cleaning;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Tests.Segmentation;

public sealed class UndoFakeBoldTests
{
    [Theory]
    [InlineData("抢修队员在配电箱前排查故障抢修队员在配电箱前排查故障", "抢修队员在配电箱前排查故障")]
    [InlineData("20252025年年““迎峰度夏迎峰度夏””", "2025年“迎峰度夏”")]
    [InlineData("计出动计出动12601260余次 余次", "计出动1260余次")]
    [InlineData("““星空课堂星空课堂”” 进校园进校园", "“星空课堂”进校园")]
    public void A_line_printed_twice_keeps_one_copy(string line, string kept)
    {
        var undone = UndoFakeBold.Line(line);

        Assert.NotNull(undone);
        Assert.Equal(kept, undone.Kept);
        Assert.Equal(kept, undone.Duplicate);
    }

    [Theory]
    [InlineData("今年以来，市农业农村局组织农技人员")]
    [InlineData("——")]
    [InlineData("谢谢谢谢")]
    [InlineData("哈哈哈哈哈哈哈哈")]
    public void Ordinary_text_is_left_alone(string line) => Assert.Null(UndoFakeBold.Line(line));

    [Fact]
    public void A_doubled_caption_that_wraps_onto_a_second_line_keeps_one_copy()
    {
        var undone = UndoFakeBold.Lines(["学生在老艺人指导下学习皮影戏学生在老艺人指导下", "学习皮影戏"]);

        Assert.NotNull(undone);
        Assert.Equal("学生在老艺人指导下学习皮影戏", undone.Kept);
    }
}

public sealed class JoinLetterSpacingTests
{
    [Theory]
    [InlineData("东 昌 葫 芦 雕 刻 、金 氏", "东昌葫芦雕刻、金氏")]
    [InlineData("通 讯 员 柏 嘉 禾 ）", "通讯员柏嘉禾）")]
    [InlineData("非遗进校园 古韵润童心", "非遗进校园 古韵润童心")]
    [InlineData("经 济", "经 济")]
    public void Runs_of_single_characters_close_up_and_word_spaces_stay(string line, string joined) =>
        Assert.Equal(joined, JoinLetterSpacing.Apply(line));
}

public sealed class NormalizeNumberSpacingTests
{
    [Theory]
    [InlineData("2022 年即将结束", "2022年即将结束")]
    [InlineData("3 月 16 日", "3月16日")]
    [InlineData("世界 500 强", "世界500强")]
    [InlineData("《Liaocheng Way》", "《Liaocheng Way》")]
    [InlineData("两岸“云端”聚首 青年同心逐梦", "两岸“云端”聚首 青年同心逐梦")]
    public void Spaces_around_numbers_go_and_spaces_between_words_stay(string text, string normalized) =>
        Assert.Equal(normalized, NormalizeNumberSpacing.Apply(text));
}

public sealed class JoinBodyTextTests
{
    [Fact]
    public void Lines_join_without_spaces_except_between_Latin_words()
    {
        Assert.Equal("这首MV同他们制作的《Liaocheng Way》一起", JoinBodyText.Apply(["这首MV同他们制作的 《Liaocheng", "Way》一起"]));
        Assert.Equal("审批材料平均压减85%以上", JoinBodyText.Apply(["审批材料平", "均压减 85%以上"]));
    }
}

public sealed class RemovePageFurnitureTests
{
    private static readonly HashSet<string> NoNames = [];

    [Theory]
    [InlineData("岱川日报", "paper name")]
    [InlineData("DAICHUAN", "English name")]
    [InlineData("2025年3月18日 星期二", "masthead date")]
    [InlineData("农历乙巳年二月十九", "masthead date")]
    [InlineData("第11426期", "issue")]
    [InlineData("国内统一连续出版物号 CN 00-0017", "issue")]
    [InlineData("第5版", "page number")]
    [InlineData("责任编辑 龙雨舟", "editor line")]
    [InlineData("美编 冼可", "editor line")]
    [InlineData("岱川日报社出版", "imprint")]
    [InlineData("要闻简报", "brief")]
    [InlineData("椋城晚报 2023年4月12日 星期三", "running head")]
    public void Masthead_and_editor_lines_are_furniture(string line, string reason)
    {
        var why = RemovePageFurniture.ReasonFor(line, NoNames);

        Assert.NotNull(why);
        Assert.Contains(reason, why);
    }

    [Theory]
    [InlineData("编辑部的同志们连夜赶稿，")]
    [InlineData("岱川百万亩春麦进入田管关键期")]
    [InlineData("本报讯（记者 隋明远")]
    [InlineData("2025年，全市将新建")]
    public void Article_text_is_not_furniture(string line) => Assert.Null(RemovePageFurniture.ReasonFor(line, NoNames));

    [Fact]
    public void The_page_name_beside_the_page_number_is_furniture_even_when_letter_spaced()
    {
        var lines = new[] { new PageLine(1, 0, "第5版"), new PageLine(2, 1, "经 济"), new PageLine(3, 1, "就能投产。”公司生产部经") };

        var result = RemovePageFurniture.Apply(lines);

        Assert.Equal(["就能投产。”公司生产部经"], result.Lines.Select(l => l.Text));
        Assert.Contains(result.Removed, r => r.Text == "经 济" && r.Reason.Contains("page name"));
    }

    [Fact]
    public void A_page_number_run_into_the_page_name_at_the_head_of_the_page_is_furniture()
    {
        var lines = new[] { new PageLine(1, 0, "3要闻"), new PageLine(2, 1, "青河晚报"), new PageLine(3, 2, "石桥镇办起丰收节"), new PageLine(4, 3, "本报讯（记者 王春华）近日，") };

        var result = RemovePageFurniture.Apply(lines);

        Assert.Equal(["石桥镇办起丰收节", "本报讯（记者 王春华）近日，"], result.Lines.Select(l => l.Text));
        Assert.Contains(result.Removed, r => r.Text == "3要闻" && r.Reason.Contains("page name"));
    }

    [Fact]
    public void A_page_number_run_into_the_page_name_over_the_editor_line_is_furniture()
    {
        var lines = new[] { new PageLine(1, 0, "4经济"), new PageLine(2, 0, "责任编辑 王春"), new PageLine(3, 1, "石桥镇办起丰收节") };

        var result = RemovePageFurniture.Apply(lines);

        Assert.Equal(["石桥镇办起丰收节"], result.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_number_and_a_word_alone_inside_the_articles_is_not_furniture()
    {
        var lines = new[] { new PageLine(1, 0, "石桥镇办起丰收节"), new PageLine(2, 1, "本报讯（记者 王春华）全镇新建温室"), new PageLine(3, 2, "36座大棚"), new PageLine(4, 3, "带动周边农户增收。") };

        var result = RemovePageFurniture.Apply(lines);

        Assert.Contains("36座大棚", result.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_column_label_beside_the_page_number_stays_when_the_page_name_is_on_the_other_side()
    {
        var lines = new[] { new PageLine(1, 0, "评论·文化"), new PageLine(2, 1, "第4版"), new PageLine(3, 2, "时评") };

        var result = RemovePageFurniture.Apply(lines);

        Assert.Equal(["时评"], result.Lines.Select(l => l.Text));
    }
}
