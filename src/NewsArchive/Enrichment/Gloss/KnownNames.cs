using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>People and place names (without their type: 岷溪 of 岷溪县) that an article's fields use, with their English.</summary>
public sealed record KnownNames(IReadOnlyCollection<string> People, IReadOnlyDictionary<string, string> PlaceStems)
{
    /// <summary>
    /// Where the known place stems occur as words of their own: starting where SmartCn's words do and ending where
    /// one does (岷溪 in 岷溪茶叶) or inside a word that the name's last character was wrongly joined to (湄阳 in 湄阳光伏,
    /// which SmartCn reads 湄 阳光 伏), unless the name runs on into a longer dictionary word; not inside a date or
    /// name already found; longest first.
    /// </summary>
    public IReadOnlyList<Word> Occurrences(string text, bool[] taken, IReadOnlyList<Word> words, Func<string, bool>? isWord = null)
    {
        var found = new List<Word>();
        var used = (bool[])taken.Clone();
        var starts = words.Select(w => w.Start).ToHashSet();
        var ends = words.Select(w => w.End).ToHashSet();
        foreach (var zh in PlaceStems.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal))
            for (var at = text.IndexOf(zh, StringComparison.Ordinal); at >= 0; at = text.IndexOf(zh, at + 1, StringComparison.Ordinal))
                if (starts.Contains(at) && (ends.Contains(at + zh.Length) || at + zh.Length == text.Length || !ChineseWords.IsHan(text[at + zh.Length])
                        || (isWord is not null && !RunsOn(text, at, zh.Length, isWord)))
                    && !Enumerable.Range(at, zh.Length).Any(i => used[i]))
                {
                    found.Add(new Word(zh, at));
                    Array.Fill(used, true, at, zh.Length);
                }
        return found;
    }

    // 青石 in 青石板: the name and what follows make a dictionary word, so the name is not meant.
    private static bool RunsOn(string text, int at, int length, Func<string, bool> isWord) =>
        Enumerable.Range(1, 2).Any(k => at + length + k <= text.Length && isWord(text.Substring(at, length + k)));

    /// <summary>A place name used without its type at a word start, ending where a word ends: 岷溪 in 岷溪茶叶.</summary>
    public (string Zh, string English)? StemAt(string text, int pos, IReadOnlyDictionary<int, int> wordStarts)
    {
        foreach (var (zh, en) in PlaceStems.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var end = pos + zh.Length;
            if (string.CompareOrdinal(text, pos, zh, 0, zh.Length) == 0
                && (end == text.Length || wordStarts.ContainsKey(end) || !ChineseWords.IsHan(text[end])))
                return (zh, en);
        }
        return null;
    }
}
