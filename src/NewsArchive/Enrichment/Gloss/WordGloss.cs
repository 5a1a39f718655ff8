using System.Text.RegularExpressions;
using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// One word's English from CC-CEDICT: the common reading's first plain sense, cut to its core ("to say; to speak"
/// -> "say"), with particles that English does not write dropped (的, 了, 地) and a few function words fixed.
/// Readings: per character, a surname's own reading for a surname, otherwise the reading with most senses.
/// </summary>
public sealed partial class WordGloss(CedictDictionary? dictionary)
{
    /// <summary>Function words whose dictionary senses mislead in running news text ("" means: leave out).</summary>
    private static readonly Dictionary<string, string> FunctionWords = new(StringComparer.Ordinal)
    {
        ["的"] = "",
        ["了"] = "",
        ["地"] = "",
        ["得"] = "",
        ["着"] = "",
        ["过"] = "",
        ["之"] = "of",
        ["是"] = "is",
        ["在"] = "in",
        ["和"] = "and",
        ["与"] = "and",
        ["及"] = "and",
        ["以及"] = "as well as",
        ["并"] = "and",
        ["为"] = "for",
        ["将"] = "will",
        ["把"] = "",
        ["被"] = "by",
        ["对"] = "to",
        ["从"] = "from",
        ["向"] = "to",
        ["由"] = "by",
        ["于"] = "in",
        ["以"] = "with",
        ["等"] = "etc.",
        ["中"] = "in",
        ["上"] = "on",
        ["也"] = "also",
        ["都"] = "all",
        ["就"] = "then",
        ["还"] = "also",
        ["已"] = "already",
        ["已经"] = "already",
        ["这"] = "this",
        ["该"] = "the",
        ["其"] = "its",
        // "Our" is the paper speaking; an English paper writes "the city".
        ["我市"] = "the city",
        ["我县"] = "the county",
        ["我区"] = "the district",
        ["我省"] = "the province",
        ["我镇"] = "the town",
        ["我国"] = "China",
        ["全市"] = "the whole city",
        ["全县"] = "the whole county",
        ["全区"] = "the whole district",
        ["全省"] = "the whole province",
        ["全镇"] = "the whole town",
        ["全村"] = "the whole village",
        ["至"] = "to",
        ["到"] = "to",
        ["共"] = "a total of",
        ["达"] = "reaching",
        ["近"] = "nearly",
        ["约"] = "about",
        ["超"] = "over",
        ["逾"] = "over",
        ["余"] = "more than",
        ["让"] = "let",
        ["给"] = "give",
        ["个"] = "",
        ["们"] = "",
        ["吗"] = "",
        ["呢"] = "",
        ["吧"] = "",
        ["啊"] = "",
        ["者"] = "person",
        ["说"] = "said",
        ["日前"] = "recently",
        ["近日"] = "recently",
        ["今年"] = "this year",
        ["去年"] = "last year",
        ["当天"] = "that day",
        ["记者"] = "reporter",
        ["本报讯"] = "",
        ["一"] = "one",
        ["副"] = "deputy",
        ["总"] = "total",
        ["不"] = "not",
        ["没有"] = "no",
        ["很"] = "very",
        ["更"] = "more",
        ["最"] = "most",
        ["又"] = "again",
        ["再"] = "again",
        ["要"] = "must",
        ["会"] = "will",
        ["能"] = "can",
        ["可"] = "can",
        ["可以"] = "can",
        ["他"] = "he",
        ["她"] = "she",
        ["我"] = "I",
        ["我们"] = "we",
        ["他们"] = "they",
        ["大家"] = "everyone",
        ["同比"] = "year on year",
        ["获悉"] = "learned",
        ["其中"] = "among them",
        ["此外"] = "in addition",
        ["目前"] = "at present",
        ["如今"] = "nowadays",
        ["今天"] = "today",
        ["下一步"] = "next",
        ["据了解"] = "it is understood",
        ["据悉"] = "reportedly",
        ["实现"] = "achieve",
        ["开展"] = "carry out",
        ["推进"] = "advance",
        ["打造"] = "build",
        ["全国各地"] = "all over the country",
    };

    // Notes about a word, not translations of it: "prefix used before the surname of a person" is not English for 老.
    private static readonly string[] SkipSensePrefixes =
        ["CL:", "variant of", "old variant", "see ", "surname ", "abbr. for", "used in", "used before", "used after", "used to", "used as", "Taiwan pr.", "also pr.",
         "also written", "erhua variant", "Japanese variant", "prefix ", "suffix ", "classifier for", "particle ", "(particle", "interjection", "(onom."];

    public string? Function(string word) => FunctionWords.TryGetValue(word, out var en) ? en : null;

    /// <summary>A word with a common (not proper-noun) meaning: 行政 administrative, not a place.</summary>
    public bool IsCommonWord(string word) =>
        NewsSenses.All.ContainsKey(word) || (dictionary?.Lookup(word).Any(e => !e.IsProperNoun && !e.IsVariant) ?? false);

    /// <summary>Whether CC-CEDICT's first plain sense of a word's common reading is a verb ("to build").</summary>
    public bool IsVerb(string word) =>
        dictionary is not null && Common(word, dictionary.Lookup(word)) is { } e && e.Senses.FirstOrDefault(IsPlain) is { } first
        && Parenthetical().Replace(first, "").TrimStart().StartsWith("to ", StringComparison.Ordinal);

    /// <summary>
    /// A word of two or more characters whose English names a thing: known, no function word, no verb, and an English
    /// that is no adjective's form (beautiful, important, green). No parts of speech here, so the test is the English.
    /// </summary>
    public bool IsNoun(string word) =>
        word.Length >= 2 && ChineseWords.IsAllHan(word) && Knows(word) && Function(word) is null && !IsVerb(word)
        && English(word) is { } english && !english.StartsWith("to ", StringComparison.Ordinal) && !AdjectiveEnding().IsMatch(english)
        && !(dictionary?.Lookup(word).Any(e => !e.IsProperNoun && e.Senses.Any(s => s.StartsWith("to ", StringComparison.Ordinal))) ?? false);

    [GeneratedRegex(@"(ful|ous|ive|ic|ical|ional|ural|able|ible|less|ese|ish|ed|ly|est|wide)$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveEnding();

    public bool Knows(string word) => dictionary?.Contains(word) == true || NewsSenses.All.ContainsKey(word);

    /// <summary>English for a word, or null when the dictionary has nothing to say.</summary>
    public string? English(string word) => English(word, 0);

    /// <summary>
    /// The short English of a word inside a quoted coinage (“群山竞秀”): its gloss cut to its head (see
    /// <see cref="Shorten"/>), since a quotation in a headline wants the plain sense, not a paraphrase.
    /// </summary>
    public string? Brief(string word)
    {
        if (NewsSenses.All.ContainsKey(word) || FunctionWords.ContainsKey(word) || dictionary is null)
            return English(word, 0) is { } fixedSense ? Shorten(fixedSense) : null;
        // The shortest plain sense of the common reading: 提速 "speed up", not "increase the specified cruising speed".
        var common = Common(word, dictionary.Lookup(word));
        var shortest = common?.Senses.Select(raw => CleanSense(raw, common.Senses.Count, marked: false)).OfType<string>()
            .OrderBy(e => e.Split(' ').Length).FirstOrDefault();
        return shortest is not null ? Shorten(shortest) : English(word, 0) is { } e ? Shorten(e) : null;
    }

    private string? English(string word, int depth)
    {
        if (NewsSenses.All.TryGetValue(word, out var news))
            return news;
        if (FunctionWords.TryGetValue(word, out var en))
            return en;
        if (BodyNames.Fixed.TryGetValue(word, out var body))
            return body;
        if (dictionary is null)
            return null;
        var entries = dictionary.Lookup(word);
        if (entries.Count == 0)
            return null;
        var common = Common(word, entries);
        if (common is not null && Clean(common.Senses) is { } sense)
            return sense;
        var proper = entries.FirstOrDefault(e => e.IsProperNoun && !e.IsVariant);
        if (proper is not null)
        {
            // The leading capitalised words of a sense are the English name (台湾 Taiwan, 北京 "Beijing municipality"
            // -> Beijing); otherwise the place is named in pinyin, a river or mountain with its kind (太行山 Taihang Mountains).
            if (EnglishName(Clean(proper.Senses)) is { } name)
                return name;
            var syllables = Pinyin.Syllables(proper.Pinyin);
            if (word.Length >= 3 && syllables.Count == word.Length && BodyNames.Features.TryGetValue(word[^1], out var feature))
                return $"{Pinyin.Join(syllables.Take(word.Length - 1))} {feature}";
            return Pinyin.Join(syllables);
        }
        // A name that points to its full form (聊城, "see 聊城市"): the name's own reading.
        if (entries.FirstOrDefault(e => e.IsProperNoun) is { } pointing && Pinyin.Syllables(pointing.Pinyin).Count == word.Length)
            return Pinyin.Join(Pinyin.Syllables(pointing.Pinyin));
        // An entry that only points elsewhere ("see 聊城市", "variant of 着"): the senses of what it points to.
        if (depth < 2)
            foreach (var e in entries)
                foreach (var raw in e.Senses)
                    if (Pointer().Match(raw) is { Success: true } m)
                        return English(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value, depth + 1);
        return null;
    }

    /// <summary>The numbered pinyin of a word's proper-noun entry, else of its first entry.</summary>
    public string? ReadingOf(string han)
    {
        var entries = dictionary?.Lookup(han) ?? [];
        return (entries.FirstOrDefault(e => e.IsProperNoun && !e.IsVariant) ?? entries.FirstOrDefault(e => !e.IsVariant))?.Pinyin;
    }

    /// <summary>The syllables of a name, character by character, in the reading a name takes.</summary>
    public IReadOnlyList<string> Syllables(string han, bool firstIsSurname)
    {
        var result = new List<string>();
        for (var i = 0; i < han.Length; i++)
        {
            var reading = Reading(han[i].ToString(), surname: firstIsSurname && i == 0);
            if (reading is not null)
                result.Add(reading);
        }
        return result;
    }

    /// <summary>A word in pinyin: its own dictionary reading when it has one (so 长 in 长沙 reads chang), else per character.</summary>
    public string PinyinOf(string han)
    {
        var entries = dictionary?.Lookup(han) ?? [];
        var entry = entries.FirstOrDefault(e => e.IsProperNoun && !e.IsVariant) ?? entries.FirstOrDefault(e => !e.IsVariant);
        if (entry is not null)
        {
            var syllables = Pinyin.Syllables(entry.Pinyin);
            if (syllables.Count == han.Length)
                return Pinyin.Join(syllables);
        }
        return Pinyin.Join(Syllables(han, firstIsSurname: false));
    }

    private string? Reading(string character, bool surname)
    {
        var entries = dictionary?.Lookup(character) ?? [];
        var entry = (surname ? entries.FirstOrDefault(e => e.IsSurname) : null)
            ?? Common(character, entries)
            ?? entries.FirstOrDefault();
        return entry is null ? null : Pinyin.Syllables(entry.Pinyin).FirstOrDefault();
    }

    /// <summary>
    /// The entry of a word's common (not proper-noun) readings that news most likely means: for a character, the
    /// reading most words of the dictionary start with (创 chuang4 "create" as in 创新, not chuang1 "wound"); then an
    /// entry that is not a variant character's (年 "year", not 秊's "grain"); then the one with most senses.
    /// </summary>
    private CedictEntry? Common(string word, IReadOnlyList<CedictEntry> entries)
    {
        var common = entries.Where(e => !e.IsProperNoun && !e.IsVariant).ToList();
        if (common.Count <= 1)
            return common.FirstOrDefault();
        var use = word.Length == 1 && dictionary is not null && common.Select(e => e.Pinyin.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() > 1
            ? dictionary.ReadingUse(word[0]) : null;
        return common.OrderByDescending(e => use?.GetValueOrDefault(e.Pinyin.ToLowerInvariant()) ?? 0)
            .ThenBy(e => e.Senses.Any(s => s.Contains("variant of", StringComparison.Ordinal)) ? 1 : 0)
            .ThenByDescending(e => e.Senses.Count).First();
    }

    private static bool IsPlain(string sense) =>
        !SkipSensePrefixes.Any(p => sense.StartsWith(p, StringComparison.Ordinal)) && !sense.Contains("(used ", StringComparison.Ordinal);

    // Senses marked as another register than news: "(literary) to catch", "harvest (old)". Used only when nothing else is left.
    private static readonly string[] Registers = ["(literary)", "(old)", "(archaic)", "(dialect)", "(classical)", "(slang)", "(Internet slang)", "(Cantonese)", "(Tw)", "(old usage)"];

    private static bool IsMarked(string sense) => Registers.Any(r => sense.Contains(r, StringComparison.Ordinal));

    /// <summary>The leading capitalised words of a proper noun's sense, when they are a short name: "Yellow River or Huang He" -> Yellow River.</summary>
    private static string? EnglishName(string? sense)
    {
        if (sense is null || sense.Length == 0 || !char.IsUpper(sense[0]))
            return null;
        var words = sense.Split(' ');
        var taken = 0;
        while (taken < words.Length && (char.IsUpper(words[taken][0]) || (words[taken] is "of" or "and" && taken + 1 < words.Length && char.IsUpper(words[taken + 1][0]))))
            taken++;
        return taken is > 0 and <= 4 ? string.Join(" ", words.Take(taken)).TrimEnd(',') : null;
    }

    private static string? Clean(IReadOnlyList<string> senses) => Clean(senses, marked: false) ?? Clean(senses, marked: true);

    private static string? Clean(IReadOnlyList<string> senses, bool marked)
    {
        foreach (var raw in senses)
            if (CleanSense(raw, senses.Count, marked) is { } sense)
                return sense;
        return null;
    }

    private static string? CleanSense(string raw, int senseCount, bool marked)
    {
        if (!IsPlain(raw) || (!marked && IsMarked(raw)))
            return null;
        // An idiom's literal picture is no translation: "lit. ... ; fig. to prepare for war" -> "prepare for war".
        var idiom = raw.StartsWith("(idiom)", StringComparison.Ordinal);
        var fig = raw.IndexOf("fig. ", StringComparison.Ordinal);
        var s = Parenthetical().Replace(fig >= 0 ? raw[(fig + 5)..] : raw, "");
        if (s.StartsWith("lit. ", StringComparison.Ordinal) && fig < 0 && senseCount > 1)
            return null;
        s = Reference().Replace(s, "");
        s = s.Split(';')[0].Split(", ")[0];
        if (s.EndsWith(" etc", StringComparison.Ordinal))
            s = s[..^4];
        s = s.Replace(" sb", "", StringComparison.Ordinal).Replace(" sth", "", StringComparison.Ordinal);
        s = Spaces().Replace(s, " ").Trim(' ', ',', '.', '?', '!');
        if (s.StartsWith("to ", StringComparison.Ordinal))
            s = s[3..];
        // "a post" is the noun "post": the article is English grammar, which the writer supplies (三千个岗位 3,000 posts).
        if (s.StartsWith("a ", StringComparison.Ordinal) || s.StartsWith("an ", StringComparison.Ordinal))
            s = s[(s.IndexOf(' ') + 1)..];
        if (s.Length == 0 || s.Any(c => c > '\u2e80'))
            return null;
        return idiom ? Shorten(s) : s;
    }

    private const int MaxBriefWords = 4;

    // Where a paraphrase turns from its head to its explanation: "compete to be the most beautiful", "peaks of a range".
    private static readonly string[] Explanations = [" or ", " to ", " of ", " by ", " with ", " in ", " for ", " at ", " as ", " from ", " that ", " which "];

    /// <summary>
    /// A sense cut to its head when it runs past four words: "the peaks of a mountain range" -> "peaks",
    /// "untainted by even a speck of dust" -> "untainted". An idiom's or a coinage's English should be as short as its Chinese.
    /// </summary>
    public static string Shorten(string sense)
    {
        var s = sense.StartsWith("the ", StringComparison.Ordinal) ? sense[4..] : sense;
        foreach (var cut in Explanations)
        {
            if (s.Split(' ').Length <= MaxBriefWords)
                break;
            var at = s.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
                s = s[..at];
        }
        var words = s.Split(' ').Take(MaxBriefWords).ToList();
        while (words.Count > 1 && Explanations.Contains(" " + words[^1] + " "))
            words.RemoveAt(words.Count - 1);
        return string.Join(" ", words);
    }

    [GeneratedRegex(@"^(?:see also|see|variant of|old variant of|erhua variant of|abbr\. for)\s+([^\s\[|,;]+)(?:\|([^\s\[,;]+))?")]
    private static partial Regex Pointer();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\S*\[[^\]]*\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
