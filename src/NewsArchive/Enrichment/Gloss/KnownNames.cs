using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>People and place names (without their type: 岷溪 of 岷溪县) that an article's fields use, with their English.</summary>
public sealed record KnownNames(IReadOnlyCollection<string> People, IReadOnlyDictionary<string, string> PlaceStems)
{
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
