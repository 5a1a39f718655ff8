using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// People, places and bodies the way English news names them: 王正源 -> Wang Zhengyuan (surname first, given
/// name joined); 东昌府区 -> Dongchangfu District; 市工业和信息化局 -> Municipal Bureau of Industry and Information
/// Technology; 某某置业有限公司 -> Moumou Real Estate Co., Ltd.
/// </summary>
public sealed class EntityGloss(WordGloss words)
{
    public string Render(Entity entity) => entity.Kind switch
    {
        EntityKind.Person => Person(entity.Text),
        EntityKind.Place => Place(entity.Text),
        _ => Body(entity.Text),
    };

    public string Person(string name)
    {
        if (name.Length == 2 && name[0] is '老' or '小' && Surnames.IsSingle(name[1]))
            return $"{(name[0] == '老' ? "Lao" : "Xiao")} {Pinyin.Join(words.Syllables(name[1..], firstIsSurname: true))}";
        var surname = Surnames.IsCompound(name[..Math.Min(2, name.Length)]) && name.Length >= 3 ? 2 : 1;
        var family = Pinyin.Join(words.Syllables(name[..surname], firstIsSurname: true));
        var given = Pinyin.Join(words.Syllables(name[surname..], firstIsSurname: false));
        return given.Length == 0 ? family : $"{family} {given}";
    }

    public string Place(string place)
    {
        foreach (var (zh, en) in BodyNames.PlaceTypes)
        {
            if (!place.EndsWith(zh, StringComparison.Ordinal))
                continue;
            var stem = place[..^zh.Length];
            return stem.Length == 0 ? en : $"{ProperName(stem, place)} {en}";
        }
        return ProperName(place, place);
    }

    public string Body(string body)
    {
        if (BodyNames.Fixed.TryGetValue(body, out var known))
            return known;
        var type = BodyNames.Types.FirstOrDefault(t => body.EndsWith(t.Zh, StringComparison.Ordinal) && body.Length > t.Zh.Length);
        if (type.Zh is null)
            return Descriptive(body);
        var prefix = body[..^type.Zh.Length];
        var parts = new List<string>();
        // A department of a company (某某有限公司开发部): the company, then the department.
        var inner = BodyNames.Types.Where(t => t.Zh.Length >= 2).Select(t => (t, At: prefix.LastIndexOf(t.Zh, StringComparison.Ordinal)))
            .Where(p => p.At > 0).OrderByDescending(p => p.At + p.t.Zh.Length).ThenByDescending(p => p.t.Zh.Length).FirstOrDefault();
        if (inner.t.Zh is not null && inner.At + inner.t.Zh.Length < prefix.Length)
        {
            var split = inner.At + inner.t.Zh.Length;
            return $"{Body(prefix[..split])} {Body(body[split..])}";
        }
        string? level = null;
        var segmented = ChineseWords.Segment(prefix);
        var places = FindEntities.Outermost(FindEntities.In(prefix, segmented)).Where(e => e.Kind == EntityKind.Place).ToList();
        var at = 0;
        // Leading places (岷溪县) and then the level (市, 县) the body belongs to.
        while (places.FirstOrDefault(p => p.Start == at) is { } place)
        {
            parts.Add(Place(place.Text));
            at = place.End;
        }
        var next = segmented.FirstOrDefault(w => w.Start == at);
        if (next.Text is not null && BodyNames.Level(next.Text) is { } l)
        {
            level = l;
            at = next.End;
        }
        var rest = prefix[at..];
        if (BodyNames.Fixed.TryGetValue(rest + type.Zh, out var fixedRest))
            return string.Join(" ", parts.Append(level ?? "").Append(fixedRest).Where(p => p.Length > 0));
        var field = rest.Length == 0 ? "" : BodyNames.Fields.TryGetValue(rest, out var f) ? f : IsBrand(rest) ? words.PinyinOf(rest) : Descriptive(rest);
        if (type.Gov && level is not null && field.Length > 0)
            parts.Add($"{level} {type.En} of {field}");
        else
            parts.AddRange(new[] { level ?? "", field, type.En }.Where(p => p.Length > 0));
        return string.Join(" ", parts);
    }

    /// <summary>
    /// A body's own name of two or three characters that SmartCn could not read as words alone (阳 祥云, 塘 吉): a
    /// brand or place name, read whole in pinyin rather than as "Yang Magic Cloud". Words throughout (科技, 农业) describe, and so
    /// do longer names (鑫都置业: Xindu Real Estate).
    /// </summary>
    private bool IsBrand(string rest) =>
        rest.Length is >= 2 and <= 3 && ChineseWords.IsAllHan(rest) && !words.IsCommonWord(rest) && !rest.Any(c => ChineseNumerals.IsNumeral(c.ToString()))
        && ChineseWords.Segment(rest).Any(w => w.Text.Length == 1 && words.Function(w.Text) is null);

    /// <summary>The descriptive part of a name, title-cased, with runs of characters the dictionary lacks (a brand, 鑫都) in pinyin.</summary>
    private string Descriptive(string text)
    {
        var parts = new List<string>();
        var pending = "";
        var segmented = ChineseWords.Segment(text);
        for (var i = 0; i < segmented.Count; i++)
        {
            var w = segmented[i].Text;
            // 第一中学, 第二人民医院: numbered institutions are "No. 1 Middle School" in their English names.
            if (w.Length >= 2 && w[0] == '第' && ChineseNumerals.Parse(w[1..]) is { } number)
            {
                Flush();
                parts.Add($"No. {number}");
                continue;
            }
            if (BodyNames.Fields.TryGetValue(w, out var field))
            {
                Flush();
                parts.Add(field);
                continue;
            }
            var english = words.English(w);
            // Single characters inside a name are part of a brand or place name (鑫 都), except a joining 和.
            if (w.Length == 1 && ChineseWords.IsHan(w[0]) && w is not ("和" or "与" or "及"))
            {
                pending += w;
                continue;
            }
            Flush();
            if (!string.IsNullOrEmpty(english))
                parts.Add(GlossText.TitleCase(english));
            else if (ChineseWords.IsAllHan(w))
                parts.Add(words.PinyinOf(w));
            else
                parts.Add(w);
        }
        Flush();
        return string.Join(" ", parts);

        void Flush()
        {
            if (pending.Length == 0)
                return;
            // One single character between words is a word of its own (产业 化); two or more are a name, save the
            // dictionary words inside them (丰源 高铁 站: Fengyuan High-speed Rail Station).
            if (pending.Length == 1 && words.English(pending) is { Length: > 0 } one)
                parts.Add(GlossText.TitleCase(one));
            else
                parts.AddRange(NameAndWords(pending));
            pending = "";
        }
    }

    /// <summary>A run of characters SmartCn left single: dictionary words of two or more characters in English, the rest in pinyin.</summary>
    private IEnumerable<string> NameAndWords(string run)
    {
        var name = "";
        for (var i = 0; i < run.Length;)
        {
            var k = Enumerable.Range(2, Math.Max(0, Math.Min(4, run.Length - i) - 1)).Reverse()
                .FirstOrDefault(n => i + n <= run.Length && words.IsCommonWord(run.Substring(i, n)) && words.English(run.Substring(i, n)) is { Length: > 0 });
            // A word that starts the run may be the name itself (金龙 of 金龙公司): only words after a name are translated.
            if (k == 0 || i == 0)
            {
                name += run[i];
                i++;
                continue;
            }
            if (name.Length > 0)
                yield return words.PinyinOf(name);
            name = "";
            yield return GlossText.TitleCase(words.English(run.Substring(i, k))!);
            i += k;
        }
        if (name.Length > 0)
            yield return words.PinyinOf(name);
    }

    private string ProperName(string stem, string whole)
    {
        var entries = words.Knows(whole) ? words.PinyinOf(whole) : null;
        if (entries is not null && entries.Length > 0)
        {
            // The whole place's own reading, less its type (聊城市 Liaocheng shi -> Liaocheng).
            var full = Pinyin.Syllables(ReadingOf(whole));
            if (full.Count == whole.Length)
                return Pinyin.Join(full.Take(stem.Length));
        }
        return words.PinyinOf(stem);
    }

    private string ReadingOf(string whole) => words.ReadingOf(whole) ?? "";
}
