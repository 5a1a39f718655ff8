using NewsArchive.Segmentation.Pdf;

namespace NewsArchive.Tests.Segmentation.Pdf;

public sealed class DropFakeBoldTests
{
    [Fact]
    public void The_same_glyph_drawn_twice_a_fraction_of_a_point_apart_is_kept_once_and_the_copy_recorded()
    {
        var once = Set.Line("抢修队员在配电箱前", 100, 200, 10, "Kai");
        var twice = once.Select(g => g with { Left = g.Left + 0.3, Top = g.Top + 0.2 });
        var result = DropFakeBold.Apply([.. once, .. twice]);
        Assert.Equal(once, result.Kept);
        Assert.Equal("抢修队员在配电箱前", Assert.Single(result.Removed).Text);
        Assert.Equal(DropFakeBold.Reason, result.Removed[0].Reason);
    }

    [Fact]
    public void A_copy_squeezed_to_a_sliver_before_the_real_run_is_dropped_even_where_it_wraps()
    {
        var real = Set.Line("星空课堂", 120, 300, 16, "Head");
        var squeezed = Set.Line("星空", 100, 300, 16, "Head").Select((g, i) => g with { Left = 100 + i * 2.4, Width = 2.4 })
            .Concat(Set.Line("课堂", 100, 320, 16, "Head").Select((g, i) => g with { Left = 100 + i * 2.4, Width = 2.4 })).ToList();
        var result = DropFakeBold.Apply([.. squeezed, .. real]);
        Assert.Equal(real, result.Kept);
        Assert.Equal("星空课堂", string.Concat(result.Removed.Select(r => r.Text)));
    }

    [Fact]
    public void The_same_character_printed_twice_in_a_line_is_not_a_double()
    {
        var glyphs = Set.Line("人人为我我为人人", 100, 100, 10);
        Assert.Equal(glyphs, DropFakeBold.Apply(glyphs).Kept);
        var stacked = Set.Line("会议", 100, 100, 10).Concat(Set.Line("会议", 100, 114, 10)).ToList();
        Assert.Equal(4, DropFakeBold.Apply(stacked).Kept.Count);
    }
}
