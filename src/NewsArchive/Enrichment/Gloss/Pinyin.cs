using System.Text;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// CC-CEDICT's numbered pinyin ("Wang2 Zheng4 yuan2", "lu:3") as plain Hanyu Pinyin without tone marks, the way
/// English-language news writes Chinese names: syllables of one name joined, an apostrophe before a syllable
/// that starts with a vowel (Xi'an), ü kept.
/// </summary>
public static class Pinyin
{
    public static IReadOnlyList<string> Syllables(string numbered) =>
        [.. numbered.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Plain).Where(s => s.Length > 0)];

    /// <summary>One syllable without its tone number, lower case ("Zheng4" -> "zheng", "lu:3" -> "lü").</summary>
    public static string Plain(string syllable)
    {
        var s = syllable.TrimEnd('1', '2', '3', '4', '5').Replace("u:", "ü", StringComparison.Ordinal).Replace("v", "ü", StringComparison.Ordinal);
        return s.All(c => char.IsLetter(c) || c == 'ü') ? s.ToLowerInvariant() : "";
    }

    /// <summary>Joins syllables into one capitalised word: ["dong", "chang", "fu"] -> "Dongchangfu", ["xi", "an"] -> "Xi'an".</summary>
    public static string Join(IEnumerable<string> syllables)
    {
        var sb = new StringBuilder();
        foreach (var s in syllables)
        {
            if (s.Length == 0)
                continue;
            if (sb.Length > 0 && "aoe".Contains(s[0]))
                sb.Append('\'');
            sb.Append(s);
        }
        if (sb.Length > 0)
            sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
