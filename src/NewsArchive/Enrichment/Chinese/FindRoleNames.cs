namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// Names fixed by the role next to them, however SmartCn cut the characters: after a reporter's or official's
/// title (通讯员杨梅子：, where 杨梅 is a fruit) and before an official title (张怡文书记, where 文书 is "document").
/// The words the name crosses are split into characters, so that the name is whole words for the finder.
/// </summary>
public static class FindRoleNames
{
    private const int MaxRole = 5;

    public static (IReadOnlyList<Word> Words, IReadOnlyList<string> Names) In(string text, IReadOnlyList<Word> words)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var w in words)
        {
            if (!Surnames.IsSingle(w.Text[0]))
                continue;
            if (NameBeforeTitle(text, w.Start, words) is { } before)
                spans.Add((w.Start, w.Start + 1 + before));
            else if (NameAfterRole(text, w.Start, words) is { } after)
                spans.Add((w.Start, w.Start + 1 + after));
        }
        if (spans.Count == 0)
            return (words, []);
        var cuts = new HashSet<int>(spans.SelectMany(s => new[] { s.Start, s.End }));
        var split = new List<Word>(words.Count + 4);
        foreach (var w in words)
        {
            // A word crossing a name's edge, or inside it, becomes its characters.
            var crosses = spans.Any(s => w.Start < s.End && s.Start < w.End) && Enumerable.Range(w.Start + 1, w.Text.Length - 1).Any(cuts.Contains);
            if (!crosses)
                split.Add(w);
            else
                for (var k = 0; k < w.Text.Length; k++)
                    split.Add(new Word(w.Text[k].ToString(), w.Start + k));
        }
        return (split, [.. spans.Select(s => text[s.Start..s.End]).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>张怡文书记: a surname, one or two given characters, then an official's title; the longer title wins (李明副书记).</summary>
    private static int? NameBeforeTitle(string text, int at, IReadOnlyList<Word> words)
    {
        var best = (Given: 0, Role: 0);
        for (var given = 1; given <= 2; given++)
        {
            if (!GivenFits(text, at, given))
                continue;
            var role = TitleAt(text, at + 1 + given);
            if (role > best.Role || (role == best.Role && role > 0 && given > best.Given))
                best = (given, role);
        }
        return best.Role > 0 && IsNotOneWord(text, at, best.Given, words) ? best.Given : null;
    }

    /// <summary>记者阎立浩： a surname and one or two given characters right after a role, ending the clause or before a verb of speech.</summary>
    private static int? NameAfterRole(string text, int at, IReadOnlyList<Word> words)
    {
        var before = words.LastOrDefault(w => w.End == at);
        if (before.Text is null || !NewsConventions.EndsInRole(before.Text))
            return null;
        for (var given = 2; given >= 1; given--)
        {
            var end = at + 1 + given;
            // After a reporter's or official's title the name may be a word SmartCn knows (沈飞), but not a common one.
            if (!GivenFits(text, at, given) || StopWords.Contains(text.Substring(at, 1 + given)))
                continue;
            if (end >= text.Length || !ChineseWords.IsHan(text[end]) || words.Any(w => w.Start == end && NewsConventions.IsAfterName(w.Text)))
                return given;
        }
        return null;
    }

    private static bool GivenFits(string text, int at, int given) =>
        at + 1 + given <= text.Length && Enumerable.Range(at + 1, given).All(k => NewsConventions.CanBeInGivenName(text[k]) && text[k] != '副')
        && !NewsConventions.IsPlaceSuffix(text[at + given].ToString()) && NewsConventions.OrgSuffix(text.Substring(at, 1 + given)) is null;

    // A name SmartCn does not know is not one of its words (常务 of 常务副市长, 党委 of 党委书记 are).
    private static bool IsNotOneWord(string text, int at, int given, IReadOnlyList<Word> words) =>
        !words.Any(w => w.Start == at && w.Text.Length == 1 + given) && !StopWords.Contains(text.Substring(at, 1 + given));

    private static int TitleAt(string text, int at)
    {
        for (var n = Math.Min(MaxRole, text.Length - at); n >= 2; n--)
        {
            var role = text.Substring(at, n);
            if (NewsConventions.IsTitle(role))
                return n;
        }
        return 0;
    }
}
