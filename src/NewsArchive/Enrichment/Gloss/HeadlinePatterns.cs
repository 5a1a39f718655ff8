using System.Text.RegularExpressions;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// One rule of headline grammar: Chinese parts (slot names like X, or literal words) and its English. Plural: a slot
/// whose last noun English puts in the plural (重点项目集中开工 "key projects break ground": 集中 says there are many).
/// </summary>
public sealed record HeadlinePattern(string Zh, IReadOnlyList<string> Parts, string English, string Inner, string? X, string? Plural = null)
{
    public static bool IsSlot(string part) => part.Length > 2 && part[0] == '{' && part[^1] == '}';
}

/// <summary>Where a pattern matched in a clause: the span it covers (a prefix before it is glossed as it stands) and its slots.</summary>
public sealed record PatternMatch(HeadlinePattern Pattern, int Start, IReadOnlyList<(string Slot, int Start, int End)> Slots);

/// <summary>What the matcher needs to know of a text: where words begin and end, and what is a name.</summary>
public interface IWordBounds
{
    /// <summary>A word (or a whole date, number or name) begins or ends here.</summary>
    bool IsBoundary(int position);

    /// <summary>The start of the word, name or number that ends at <paramref name="end"/>, or -1.</summary>
    int UnitEndingAt(int end, int notBefore);

    bool IsName(int start, int end);

    /// <summary>A word that names a thing (医生, 孩子), the owner in X的Y; a name is one too.</summary>
    bool IsNoun(int start, int end);
}

/// <summary>
/// Headline grammar as data (headline-patterns.json): X启动Y -> "X launches Y", X召开Y会议 -> "X holds Y meeting",
/// X里的Y -> "Y in X". The first pattern that matches a clause, with its Chinese on word boundaries, wins.
/// </summary>
public sealed partial class HeadlinePatterns(IReadOnlyList<HeadlinePattern> patterns)
{
    public static HeadlinePatterns Default { get; } = Load();

    public IReadOnlyList<HeadlinePattern> All => patterns;

    public static HeadlinePattern Parse(string zh, string english, string? inner = null, string? x = null, string? plural = null) =>
        new(zh, [.. Part().Matches(zh).Select(m => m.Value)], english, inner ?? english, x, plural);

    public PatternMatch? Match(string text, int start, int end, IWordBounds bounds)
    {
        foreach (var p in patterns)
        {
            var slots = new List<(string, int, int)>();
            if (p.X is null && Fit(p, 0, start, -1, text, end, bounds, slots))
                return new PatternMatch(p, start, [.. slots]);
            if (p.X is not null && FitLocal(p, text, start, end, bounds, slots) is { } at)
                return new PatternMatch(p, at, [.. slots]);
        }
        return null;
    }

    // X bound to the one word before the first literal: "...孩子的睡眠" -> prefix "...", X 孩子, Y 睡眠.
    private static int? FitLocal(HeadlinePattern p, string text, int start, int end, IWordBounds bounds, List<(string, int, int)> slots)
    {
        if (p.Parts.Count < 2 || !HeadlinePattern.IsSlot(p.Parts[0]) || HeadlinePattern.IsSlot(p.Parts[1]))
            return null;
        var literal = p.Parts[1];
        if (start + 1 + literal.Length > end)
            return null;
        for (var q = text.IndexOf(literal, start + 1, StringComparison.Ordinal); q >= 0 && q + literal.Length <= end; q = text.IndexOf(literal, q + 1, StringComparison.Ordinal))
        {
            if (!bounds.IsBoundary(q) || !bounds.IsBoundary(q + literal.Length))
                continue;
            var x = bounds.UnitEndingAt(q, start);
            if (x < 0 || (p.X == "name" && !bounds.IsName(x, q)) || (p.X == "noun" && !bounds.IsNoun(x, q)))
                continue;
            slots.Clear();
            slots.Add((p.Parts[0], x, q));
            if (Fit(p, 2, q + literal.Length, -1, text, end, bounds, slots))
                return x;
        }
        return null;
    }

    // Parts from index i on, at position pos; open is where a slot still being filled began (-1: none).
    private static bool Fit(HeadlinePattern p, int i, int pos, int open, string text, int end, IWordBounds bounds, List<(string, int, int)> slots)
    {
        if (i == p.Parts.Count)
        {
            if (open >= 0)
            {
                if (open >= end)
                    return false;
                slots.Add((p.Parts[i - 1], open, end));
            }
            return pos == end || open >= 0;
        }
        var part = p.Parts[i];
        if (HeadlinePattern.IsSlot(part))
            return Fit(p, i + 1, pos, pos, text, end, bounds, slots);
        var from = open >= 0 ? open + 1 : pos;
        if (from + part.Length > end)
            return false;
        for (var q = text.IndexOf(part, from, StringComparison.Ordinal); q >= 0 && q + part.Length <= end; q = text.IndexOf(part, q + 1, StringComparison.Ordinal))
        {
            if (open < 0 && q != pos)
                return false;
            if (!bounds.IsBoundary(q) || !bounds.IsBoundary(q + part.Length))
                continue;
            var mark = slots.Count;
            if (open >= 0)
                slots.Add((p.Parts[i - 1], open, q));
            if (Fit(p, i + 1, q + part.Length, -1, text, end, bounds, slots))
                return true;
            slots.RemoveRange(mark, slots.Count - mark);
        }
        return false;
    }

    private static HeadlinePatterns Load()
    {
        using var doc = NewsSenses.Resource("headline-patterns.json");
        return new([.. doc.RootElement.EnumerateArray().Select(e => Parse(
            e.GetProperty("zh").GetString()!, e.GetProperty("en").GetString()!,
            e.TryGetProperty("inner", out var inner) ? inner.GetString() : null,
            e.TryGetProperty("x", out var x) ? x.GetString() : null,
            e.TryGetProperty("plural", out var plural) ? plural.GetString() : null))]);
    }

    [GeneratedRegex(@"\{[A-Z]\}|[^{]+")]
    private static partial Regex Part();
}
