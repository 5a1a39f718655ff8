using System.Text.RegularExpressions;
using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// Chinese text to English: dates and numbers by <see cref="FindQuantities"/>, people, places and bodies by
/// <see cref="EntityGloss"/>, numbers in characters (三成, 两个) here, the words between them as
/// <see cref="SegmentForTranslation"/> cuts them, each clause in English order when a <see cref="HeadlinePatterns"/>
/// pattern fits it (else in the Chinese order), punctuation and quotation marks kept.
/// </summary>
public sealed partial class GlossWriter(CedictDictionary? dictionary)
{
    private const int MaxMergedWords = 4;
    private readonly WordGloss _words = new(dictionary);
    private SegmentForTranslation Segmenter => new(dictionary, _words);
    private static HeadlinePatterns Patterns => HeadlinePatterns.Default;

    private EntityGloss Entities => new(_words);

    [GeneratedRegex(@"\G(第)?([零〇一二两三四五六七八九十百千万亿]+)(余|多)?")]
    private static partial Regex NumeralPattern();

    /// <summary>
    /// The names an article uses, found in all its fields: a title may say 岷溪 where the summary says 岷溪县,
    /// and a person named in the summary may appear in the title by name alone.
    /// </summary>
    public KnownNames Names(IEnumerable<string?> texts)
    {
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var stems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
                continue;
            foreach (var e in FindEntities.In(text, ChineseWords.Segment(text), isWord: _words.IsCommonWord))
            {
                if (e.Kind == EntityKind.Person)
                    people.Add(e.Text);
                if (e.Kind != EntityKind.Place)
                    continue;
                var type = BodyNames.PlaceTypes.FirstOrDefault(t => e.Text.EndsWith(t.Zh, StringComparison.Ordinal) && e.Text.Length - t.Zh.Length >= 2);
                if (type.Zh is null)
                    continue;
                // A stem that is also a common word (行政 of 行政区) is not used alone as a name.
                var (stem, english) = (e.Text[..^type.Zh.Length], Entities.Place(e.Text));
                // Nor is a stem that says whose (我市 of 我市开发区, "our city").
                if (english.EndsWith(" " + type.En, StringComparison.Ordinal) && !_words.IsCommonWord(stem) && _words.Function(stem) is null && !"我本全各该每此".Contains(stem[0]))
                    stems.TryAdd(stem, english[..^(type.En.Length + 1)]);
            }
        }
        return new KnownNames(people, stems);
    }

    public string Gloss(string text, KnownNames? names = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var output = new GlossText();
        var a = Analyze(text, names);
        Write(a, 0, text.Length, output, names, 0);
        return output.ToString();
    }

    private GlossAnalysis Analyze(string text, KnownNames? names)
    {
        var quantities = FindQuantities.In(text).ToDictionary(q => q.Start);
        var covered = new bool[text.Length];
        foreach (var q in quantities.Values)
            Array.Fill(covered, true, q.Start, q.Length);
        var smartCn = ChineseWords.Segment(text);
        var found = FindEntities.In(text, smartCn, names?.People, _words.IsCommonWord).Concat(FamiliarNames(text, smartCn)).ToList();
        var entities = FindEntities.Outermost(found)
            .Where(e => !Enumerable.Range(e.Start, e.Text.Length).Any(k => covered[k])).ToDictionary(e => e.Start);
        var fixedSpan = (bool[])covered.Clone();
        foreach (var e in entities.Values)
            Array.Fill(fixedSpan, true, e.Start, e.Text.Length);
        var stems = names?.Occurrences(text, fixedSpan, smartCn, _words.Knows) ?? [];
        foreach (var s in stems)
            Array.Fill(fixedSpan, true, s.Start, s.Text.Length);
        var words = Segmenter.Segment(text, smartCn, fixedSpan, stems);
        return new GlossAnalysis(text, quantities, entities, words, stems, covered, fixedSpan, w => _words.Knows(w) || _words.Function(w) is not null, _words.IsNoun);
    }

    private const int MaxDepth = 3;
    private const string ClauseMarks = "，。；：！？,;:!? \u3000";

    /// <summary>The English of text[from..to): each clause by the first headline pattern that fits it, else word by word.</summary>
    private void Write(GlossAnalysis a, int from, int to, GlossText output, KnownNames? names, int depth)
    {
        var text = a.Text;
        var words = a.Words;
        var (quantities, entities, covered, wordAt) = (a.Quantities, a.Entities, a.Covered, a.WordAt);
        var pos = from;
        var counted = false;   // a count of two or more was written: the noun that ends the phrase is plural
        var lastWasWord = false;
        while (pos < to)
        {
            if (depth < MaxDepth && (pos == from || ClauseMarks.Contains(text[pos - 1])) && !ClauseMarks.Contains(text[pos]))
            {
                var end = pos;
                while (end < to && !ClauseMarks.Contains(text[end]))
                    end++;
                if (Patterns.Match(text, pos, end, a) is { } m)
                {
                    Write(a, pos, m.Start, output, names, depth + 1);
                    var english = depth == 0 ? m.Pattern.English : m.Pattern.Inner;
                    foreach (var (slot, s, e) in m.Slots)
                    {
                        var inner = new GlossText();
                        Write(a, s, e, inner, names, depth + 1);
                        if (m.Pattern.Plural == slot)
                            inner.PluralizeLast();
                        english = english.Replace(slot, inner.ToString(sentenceCase: false), StringComparison.Ordinal);
                    }
                    // A plural owner takes the apostrophe alone: "farmers' income", not "farmers's".
                    english = english.Replace("s's ", "s' ", StringComparison.Ordinal);
                    output.Phrase(english);
                    pos = end;
                    continue;
                }
            }
            if (quantities.TryGetValue(pos, out var q))
            {
                output.Word(q.English + Of(a, q.English, q.End, to));
                pos = q.End;
            }
            else if (entities.TryGetValue(pos, out var e))
            {
                output.Word(Entities.Render(e) + Owns(a, e.Kind == EntityKind.Place, e.End, to));
                pos = e.End;
            }
            else if (names is not null && wordAt.ContainsKey(pos) && names.StemAt(text, pos, wordAt) is { } stem)
            {
                output.Word(stem.English + Owns(a, true, pos + stem.Zh.Length, to));
                pos += stem.Zh.Length;
            }
            else if (NumeralAt(text, pos, to, words, wordAt, covered) is { } n)
            {
                output.Word(n.English + Of(a, n.English, n.End, to));
                pos = n.End;
                counted = n.Plural;
                lastWasWord = false;
                continue;
            }
            else if (wordAt.ContainsKey(pos) && IsUnknownSetPhrase(text, pos, to, a))
            {
                pos += SetPhraseLength;
            }
            else if (wordAt.TryGetValue(pos, out var wi) && !Enumerable.Range(pos, words[wi].Text.Length).Any(k => covered[k]) && words[wi].End <= to)
            {
                pos = Word(a, wi, to, output);
                lastWasWord = true;
                continue;
            }
            else if (ChineseWords.IsHan(text[pos]))
            {
                pos = Characters(text, pos, to, output, entities, covered);
            }
            else
            {
                // A mark ends the counted phrase: 新增三千个岗位。 "3,000 posts."
                if (counted && lastWasWord)
                    output.PluralizeLast();
                Mark(text, pos, output);
                pos++;
                counted = false;
            }
            lastWasWord = false;
        }
        if (counted && lastWasWord)
            output.PluralizeLast();
    }

    // Units of amount, area and weight: a noun after them is what is measured ("1,000 mu of rapeseed").
    private static readonly string[] MassUnits = ["mu", "hectares", "tonnes", "kg", "jin", "grams", "square kilometres", "square metres", "cubic metres", "bags", "boxes"];

    /// <summary>" of" after an amount in a unit of area or weight when a noun follows it: 千亩油菜花 "1,000 mu of rapeseed flowers".</summary>
    private string Of(GlossAnalysis a, string english, int end, int to)
    {
        if (end >= to || !MassUnits.Any(u => english.EndsWith(" " + u, StringComparison.Ordinal)) || !a.WordAt.TryGetValue(end, out var wi))
            return "";
        var next = a.Words[wi].Text;
        return ChineseWords.IsAllHan(next) && _words.Knows(next) && _words.Function(next) is null && !_words.IsVerb(next) ? " of" : "";
    }

    /// <summary>
    /// "'s" after a place directly followed by a count of its own things: 霁州两所高校 "Jizhou's two universities",
    /// 岷溪县首批工匠 "Minxi County's first craftsmen" (English puts the place before the count as an owner).
    /// </summary>
    private static string Owns(GlossAnalysis a, bool place, int end, int to)
    {
        if (!place || end >= to)
            return "";
        var text = a.Text;
        var count = a.Quantities.ContainsKey(end) || "一二两三四五六七八九十百千万".Contains(text[end])
            || (end + 1 < to && text[end] == '首' && Units.Measures.Contains(text[end + 1]));
        return count ? "'s" : "";
    }

    /// <summary>Glosses the longest dictionary word starting at word wi (SmartCn may split what CC-CEDICT has whole).</summary>
    private int Word(GlossAnalysis a, int wi, int to, GlossText output)
    {
        var (text, words, entities, covered) = (a.Text, a.Words, a.Entities, a.Covered);
        var last = wi;
        for (var j = Math.Min(words.Count - 1, wi + MaxMergedWords - 1); j > wi; j--)
        {
            if (words[j].End > to)
                continue;
            var span = text[words[wi].Start..words[j].End];
            var contiguous = Enumerable.Range(wi, j - wi).All(k => words[k].End == words[k + 1].Start);
            var blocked = Enumerable.Range(wi + 1, j - wi).Any(k => entities.ContainsKey(words[k].Start)) || Enumerable.Range(words[wi].Start, span.Length).Any(k => covered[k]);
            if (contiguous && !blocked && (_words.Knows(span) || _words.Function(span) is not null))
            {
                last = j;
                break;
            }
        }
        var han = text[words[wi].Start..words[last].End];
        var end = words[last].End;
        var english = Quoted(text, words[wi].Start) ? _words.Brief(han) : _words.English(han);
        // 科技型企业: 型 makes the word before it a modifier ("tech enterprise"), never "type".
        if (english is not null && end < to && text[end] == '型' && !_words.Knows(han + "型") && ChineseWords.IsHan(han[^1]))
            end++;
        // 省级以上开发区: a level and above it, an English modifier ("provincial-level and higher development zone").
        if (english is not null && han.EndsWith('级') && string.CompareOrdinal(text, end, "以上", 0, 2) == 0 && end + 2 <= to)
        {
            english = (english.EndsWith("-level", StringComparison.Ordinal) ? english : english + "-level") + " and higher";
            end += 2;
        }
        if (english is null)
        {
            if (!ChineseWords.IsAllHan(han))
                english = han;
            else if (dictionary is null)
                english = han;
            else
                english = _words.PinyinOf(han) + Owns(a, true, end, to);   // a name the dictionary lacks: pinyin, never its characters' meanings
        }
        // 我市开发区: the paper's own place before a noun owns it ("the city's development zones"); before a verb it acts.
        // 全市重点项目: "the whole city" before a noun is English's -wide ("citywide key projects"); before a verb it acts too.
        var next = words.Where(w => w.Start == end).Select(w => w.Text).FirstOrDefault();
        var placeBeforeNoun = english is not null && han.Length == 2 && han[0] is '我' or '全' && end < to && next is not null && ChineseWords.IsAllHan(next) && !_words.IsVerb(next);
        if (placeBeforeNoun && han[0] == '我' && english!.StartsWith("the ", StringComparison.Ordinal))
            english += "'s";
        else if (placeBeforeNoun && han[0] == '全' && english!.StartsWith(WholeOf, StringComparison.Ordinal))
            english = Wide(english[WholeOf.Length..]);
        output.Word(english!);
        return end;
    }

    private const string WholeOf = "the whole ";

    // One-word forms English writes closed up; the others take a hyphen.
    private static string Wide(string place) => place is "city" or "county" or "nation" ? place + "wide" : place + "-wide";

    /// <summary>
    /// 一家之言-shaped: two characters, 之, one character, and no dictionary entry for the four: a classical set phrase
    /// (the column names and idioms papers print) whose characters' meanings read as nonsense ("a of words").
    /// Fractions (三分之一, 百分之五) are numbers, not phrases.
    /// </summary>
    public bool IsUnknownClassicalPhrase(string text) =>
        dictionary is not null && text.Length == SetPhraseLength && text.All(ChineseWords.IsHan) && text[2] == '之'
        && text[1] != '分' && !NotInSetPhrase.Contains(text[3]) && !_words.Knows(text);

    /// <summary>Whether pos lies inside “...” (a quoted coinage of a headline).</summary>
    private static bool Quoted(string text, int pos)
    {
        var open = false;
        for (var i = 0; i < pos; i++)
            if (text[i] == '“')
                open = true;
            else if (text[i] == '”')
                open = false;
        return open;
    }

    private const int SetPhraseLength = 4;

    // Numerals and place-type characters mark a name or a count (霁州两所), never a set phrase.
    private const string NotInSetPhrase = "零〇一二两三四五六七八九十百千万亿省市县区州镇乡村";

    /// <summary>
    /// Four characters at pos that no dictionary entry joins (no two, three or four of them in CC-CEDICT) and that are
    /// no name or number: a set phrase or slogan the dictionary lacks (an idiom in another order, two verb-object
    /// pairs). Its characters' meanings are no English, so the headline leaves it out.
    /// </summary>
    private bool IsUnknownSetPhrase(string text, int pos, int to, GlossAnalysis a)
    {
        var end = pos + SetPhraseLength;
        // A text that is nothing but the phrase keeps it: an empty English says less than a rough one.
        if (dictionary is null || end > to || !text.Where((c, i) => (i < pos || i >= end) && ChineseWords.IsHan(c)).Any())
            return false;
        if (IsUnknownClassicalPhrase(text.Substring(pos, SetPhraseLength)))
            return Whole(text, pos, end, a) && !Enumerable.Range(pos, SetPhraseLength).Any(i => a.Covered[i] || a.Entities.ContainsKey(i));
        for (var i = pos; i < end; i++)
            if (!ChineseWords.IsHan(text[i]) || a.Covered[i] || a.Entities.ContainsKey(i) || a.Stems.Any(w => w.Start <= i && i < w.End) || _words.Function(text[i].ToString()) is not null
                || NotInSetPhrase.Contains(text[i]) || Units.Measures.Contains(text[i]))
                return false;
        for (var i = pos; i < end - 1; i++)
            for (var k = 2; i + k <= Math.Min(end, i + SetPhraseLength); k++)
                if (_words.Knows(text.Substring(i, k)))
                    return false;
        return Whole(text, pos, end, a);
    }

    /// <summary>
    /// Whole on both sides: Han text joined to it on either side is part of a longer run, not a four-character phrase,
    /// and nothing known reaches into it from outside (a word that starts before it and ends inside).
    /// </summary>
    private static bool Whole(string text, int pos, int end, GlossAnalysis a)
    {
        var startsWord = pos == 0 || !ChineseWords.IsHan(text[pos - 1]) || a.Words.Any(w => w.End == pos && w.Text.Length >= 2);
        var endsWord = end >= text.Length || !ChineseWords.IsHan(text[end]) || a.Words.Any(w => w.Start == end && w.Text.Length >= 2);
        return startsWord && endsWord && !a.Words.Any(w => w.Start < pos && w.End > pos) && !a.Words.Any(w => w.Start < end && w.End > end);
    }

    /// <summary>Inside a word the segmenter cut differently (a date took its first character): the longest dictionary entry here.</summary>
    private int Characters(string text, int pos, int to, GlossText output, IReadOnlyDictionary<int, Entity> entities, bool[] covered)
    {
        for (var k = Math.Min(4, to - pos); k > 1; k--)
        {
            var span = text.Substring(pos, k);
            if (ChineseWords.IsAllHan(span) && !Enumerable.Range(pos, k).Any(i => covered[i] || (i > pos && entities.ContainsKey(i))) && _words.English(span) is { } e)
            {
                output.Word(e);
                return pos + k;
            }
        }
        var one = text[pos].ToString();
        output.Word(_words.English(one) ?? (dictionary is null ? one : _words.PinyinOf(one)));
        return pos + 1;
    }

    private readonly record struct Numeral(int End, string English, bool Plural = false);

    /// <summary>A number in characters at a word start, with what follows it: 三成 -> 30%, 两个 -> two, 第十二届 -> 12th.</summary>
    private static Numeral? NumeralAt(string text, int pos, int to, IReadOnlyList<Word> words, Dictionary<int, int> wordAt, bool[] covered)
    {
        if (!wordAt.ContainsKey(pos) || covered[pos])
            return null;
        var m = NumeralPattern().Match(text, pos);
        if (!m.Success)
            return null;
        var digits = m.Groups[2].Value;
        // 十分 (very), 千万 (by all means), 万一 (in case) and the ever-present 一 are words, not numbers.
        var before = m.Index + m.Length;
        // 一 before a measure word is the article: 一座桥 a bridge.
        if (digits == "一" && m.Length == 1 && before < text.Length && Units.Measures.Contains(text[before]) && Units.NamedAt(text, before) is null)
        {
            var article = before + 1;
            var fits = article >= text.Length || wordAt.ContainsKey(article) || !ChineseWords.IsHan(text[article]) || words.Any(w => w.End == article);
            return fits && article <= to ? new Numeral(article, "a") : null;
        }
        // 十, 百 and 千 alone count only before a unit or measure word (千亩 a thousand mu, 十条 ten); 一 only before a
        // multiplier (一万二千, 一百五十); a run that opens with 万 or 千 and has no digit is a word (万一, 千万).
        var unitFollows = before < text.Length && (Units.NamedAt(text, before) is not null || Units.Measures.Contains(text[before]));
        var counts = digits.Any(c => "二两三四五六七八九〇零".Contains(c)) || (digits.Length > 1 && digits[0] is '十' && !"万亿".Contains(digits[1]))
            || (digits.All(c => "十百千万亿".Contains(c)) && digits.Length <= 2 && unitFollows);
        if (!counts)
            return null;
        var value = ChineseNumerals.Parse(digits);
        if (value is null)
            return null;
        var end = m.Index + m.Length;
        string english;
        var plural = false;
        if (m.Groups[1].Success)
        {
            english = EnglishNumbers.Ordinal((int)value.Value);
            if (end < text.Length && "届次期批个名位".Contains(text[end]))
                end++;
        }
        else if (end < text.Length && text[end] == '成')
        {
            english = EnglishNumbers.Format(value.Value * 10) + "%";
            end++;
        }
        else if (Units.NamedAt(text, end) is { } unit && EndsWord(text, end + unit.Zh.Length, words, wordAt))
        {
            english = EnglishNumbers.Words(value.Value) + " " + unit.En;
            end += unit.Zh.Length;
        }
        else
        {
            english = EnglishNumbers.Words(value.Value);
            if (end < text.Length && Units.Measures.Contains(text[end]))
                end++;
            plural = value.Value >= 2;
        }
        if (m.Groups[3].Success)
            english = "more than " + english;
        foreach (var (zh, en) in new[] { ("以上", "more than "), ("左右", "about "), ("以下", "up to ") })
            if (string.CompareOrdinal(text, end, zh, 0, zh.Length) == 0)
            {
                english = en + english.Replace("more than ", "", StringComparison.Ordinal);
                end += zh.Length;
            }
        // The number must end where a word ends, or it was the start of a longer word (三明治).
        return EndsWord(text, end, words, wordAt) && end <= to ? new Numeral(end, english, plural) : null;
    }

    private static bool EndsWord(string text, int end, IReadOnlyList<Word> words, Dictionary<int, int> wordAt) =>
        end >= text.Length || wordAt.ContainsKey(end) || !ChineseWords.IsHan(text[end]) || words.Any(w => w.End == end);

    /// <summary>
    /// 老王, 小李: a person called by surname with 老 or 小, where SmartCn found no word joining them (老师, 小学 are
    /// words) and no given name follows (小李明 is 李明): a name, so that 老张的菜园 reads "Lao Zhang's vegetable garden".
    /// </summary>
    private static IEnumerable<Entity> FamiliarNames(string text, IReadOnlyList<Word> smartCn)
    {
        for (var i = 0; i + 1 < smartCn.Count; i++)
        {
            var (a, b) = (smartCn[i], smartCn[i + 1]);
            if (a.Text is "老" or "小" && b.Text.Length == 1 && b.Start == a.End && Surnames.IsSingle(b.Text[0])
                && (b.End >= text.Length || !ChineseWords.IsHan(text[b.End]) || i + 2 >= smartCn.Count || smartCn[i + 2].Text.Length > 1 || !NewsConventions.CanBeInGivenName(text[b.End])
                    || "的说是和在".Contains(text[b.End])))
                yield return new Entity(EntityKind.Person, a.Text + b.Text, a.Start, i, i + 1);
        }
    }

    private static bool SpaceEndsClause(string text, int pos)
    {
        if (pos == 0 || text[pos - 1] is ' ' or '\u3000')
            return false;
        var next = pos + 1;
        while (next < text.Length && text[next] is ' ' or '\u3000')
            next++;
        return next < text.Length && (ChineseWords.IsHan(text[pos - 1]) || text[pos - 1] is '”' or '》')
            && (ChineseWords.IsHan(text[next]) || text[next] is '“' or '《');
    }

    private static void Mark(string text, int pos, GlossText output)
    {
        var c = text[pos];
        switch (c)
        {
            case '，' or '、' or ',': output.Close(","); break;
            case '。' or '.': output.Close("."); break;
            case '；' or ';': output.Close(";"); break;
            case '：' or ':': output.Close(":"); break;
            case '！' or '!': output.Close("!"); break;
            case '？' or '?': output.Close("?"); break;
            case '）' or ')': output.Close(")"); break;
            case '（' or '(': output.Open("("); break;
            case '“' or '《' or '「' or '『': output.Open("\""); break;
            case '”' or '》' or '」' or '』': output.Close("\""); break;
            case '‘': output.Open("'"); break;
            case '’': output.Close("'"); break;
            case '…' when pos == 0 || text[pos - 1] != '…': output.Close("..."); break;
            case '—' when pos == 0 || text[pos - 1] != '—': output.Word("-"); break;
            case '·' or '•' or '～' or '~' or '-' or '－': output.Word("-"); break;
            // 两岸聚首 青年逐梦: a space between two runs of Chinese ends a clause, as a comma would in English.
            case ' ' or '\u3000' when SpaceEndsClause(text, pos): output.Close(","); break;
            default:
                if (char.IsWhiteSpace(c) || c is '…' or '—')
                    break;
                output.Word(c.ToString());
                break;
        }
    }
}
