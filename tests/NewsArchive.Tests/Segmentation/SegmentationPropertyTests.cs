using FsCheck;
using FsCheck.Fluent;
using NewsArchive.Segmentation;

namespace NewsArchive.Tests.Segmentation;

/// <summary>On any input, random or a test page mangled: segmentation returns, and every character is accounted for.</summary>
public sealed class SegmentationPropertyTests
{
    /// <summary>Characters pages are made of, weighted toward the ones the rules react to.</summary>
    private static readonly char[] Alphabet =
        [.. "本报讯记者通讯员文图摄■□◎▶—（）()“”。，、；：！？…·0123456789 \n\n\n\f\r\t版日报年月日第下转上接责任编辑简讯标题新闻ABCabc", '\u3000'];

    private static Gen<string> PageLike =>
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));

    private static Gen<string> MangledTestPage =>
        from name in Gen.Elements(TestPages.Names.ToArray())
        from op in Gen.Choose(0, 4)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Mangle(TestPages.Text(name), op, seed);

    [Fact]
    public void Random_text_never_throws_and_is_accounted_for()
    {
        Prop.ForAll(PageLike.ToArbitrary(), text =>
        {
            var result = TextAccounting.Check(text, PageSegmenter.Segment(text));
            return result.Holds;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Mangled_test_pages_never_throw_and_are_accounted_for()
    {
        Prop.ForAll(MangledTestPage.ToArbitrary(), text =>
        {
            var result = TextAccounting.Check(text, PageSegmenter.Segment(text));
            return result.Holds;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Fake_bold_lines_of_any_text_are_undone_to_one_copy()
    {
        Prop.ForAll(Gen.Elements("春麦返青拔节期“”·2025科教".ToCharArray()).ArrayOf().Where(a => a.Length >= 3 && a.Distinct().Count() >= 2).ToArbitrary(), chars =>
        {
            var text = new string(chars);
            var undone = NewsArchive.Segmentation.Cleaning.UndoFakeBold.Line(text + text);
            return undone is not null && undone.Kept.Length * 2 == text.Length * 2;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Shuffle lines, drop lines, truncate, cut into a line, or splice two pages.</summary>
    private static string Mangle(string page, int op, int seed)
    {
        var random = new Random(seed);
        var lines = page.Split('\n').ToList();
        switch (op)
        {
            case 0:
                return string.Join('\n', lines.OrderBy(_ => random.Next()));
            case 1:
                return string.Join('\n', lines.Where(_ => random.Next(4) != 0));
            case 2:
                return page[..random.Next(page.Length + 1)];
            case 3:
                var i = random.Next(lines.Count);
                var line = lines[i];
                lines[i] = line.Length > 0 ? line[..random.Next(line.Length)] + "\n" + line[random.Next(line.Length)..] : "■";
                return string.Join('\n', lines);
            default:
                var other = TestPages.Text(TestPages.Names[random.Next(TestPages.Names.Count)]);
                return page[..random.Next(page.Length + 1)] + other[random.Next(other.Length + 1)..];
        }
    }
}
