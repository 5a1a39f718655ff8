using NewsArchive.Enrichment.Gloss;

namespace NewsArchive.Tests.Enrichment;

/// <summary>The headline pattern table (headline-patterns.json) is well formed, and matches only on word boundaries.</summary>
public sealed class HeadlinePatternsTests
{
    [Fact]
    public void Every_pattern_uses_in_English_each_slot_its_Chinese_has_and_has_Chinese_of_its_own()
    {
        Assert.NotEmpty(HeadlinePatterns.Default.All);
        foreach (var p in HeadlinePatterns.Default.All)
        {
            var slots = p.Parts.Where(HeadlinePattern.IsSlot).ToList();
            Assert.Contains(p.Parts, part => !HeadlinePattern.IsSlot(part));
            Assert.Equal(slots.Count, slots.Distinct().Count());
            foreach (var slot in slots)
            {
                Assert.Contains(slot, p.English, StringComparison.Ordinal);
                Assert.Contains(slot, p.Inner, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_pattern_matches_only_where_its_Chinese_is_whole_words()
    {
        var patterns = new HeadlinePatterns([HeadlinePatterns.Parse("{X}开放{Y}", "{X} opens {Y}")]);
        // 开放 inside 开放式 (open-plan) is not the verb: boundaries only around 开放式.
        var text = "县里建开放式书屋";
        var bounds = new Bounds([0, 1, 2, 3, 6, 8]);
        Assert.Null(patterns.Match(text, 0, text.Length, bounds));
        var verb = "县里开放书屋";
        Assert.NotNull(patterns.Match(verb, 0, verb.Length, new Bounds([0, 1, 2, 4, 6])));
    }

    [Fact]
    public void Slots_are_never_empty_and_the_Chinese_before_a_bound_word_is_left_outside()
    {
        var patterns = new HeadlinePatterns([HeadlinePatterns.Parse("{X}的{Y}", "{X}'s {Y}", x: "word")]);
        var text = "关心孩子的睡眠";
        var m = patterns.Match(text, 0, text.Length, new Bounds([0, 2, 4, 5, 7]));
        Assert.NotNull(m);
        Assert.Equal(2, m.Start);
        Assert.Equal([("{X}", 2, 4), ("{Y}", 5, 7)], m.Slots);
        Assert.Null(patterns.Match("的睡眠", 0, 3, new Bounds([0, 1, 3])));
    }

    [Theory]
    [InlineData("县里召开")]
    [InlineData("召开")]
    [InlineData("的")]
    [InlineData("会议")]
    public void A_clause_that_ends_inside_a_pattern_matches_nothing_and_does_not_fail(string text)
    {
        var all = HeadlinePatterns.Default;
        var bounds = new Bounds([.. Enumerable.Range(0, text.Length + 1)]);
        Assert.Null(all.Match(text, 0, text.Length, bounds));
        Assert.Null(all.Match("前文" + text, 2, text.Length + 2, new Bounds([.. Enumerable.Range(0, text.Length + 3)])));
    }

    [Fact]
    public void An_owner_bound_as_a_noun_must_be_one()
    {
        var patterns = new HeadlinePatterns([HeadlinePatterns.Parse("{X}的{Y}", "{X}'s {Y}", x: "noun")]);
        var text = "美丽的乡村";
        Assert.Null(patterns.Match(text, 0, text.Length, new Bounds([0, 2, 3, 5])));
        var m = patterns.Match(text, 0, text.Length, new Bounds([0, 2, 3, 5], nouns: [(0, 2)]));
        Assert.NotNull(m);
        Assert.Equal([("{X}", 0, 2), ("{Y}", 3, 5)], m.Slots);
    }

    private sealed class Bounds(int[] boundaries, (int, int)[]? nouns = null) : IWordBounds
    {
        public bool IsNoun(int start, int end) => nouns?.Contains((start, end)) ?? false;

        public bool IsBoundary(int position) => boundaries.Contains(position);

        public int UnitEndingAt(int end, int notBefore) => boundaries.Where(b => b < end && b >= notBefore).DefaultIfEmpty(-1).Max();

        public bool IsName(int start, int end) => false;
    }
}
