namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// Finds people, places and bodies in segmented news text by the conventions of Chinese news writing
/// (see <see cref="NewsConventions"/>). SmartCn leaves unknown names as single characters (王 正 源), so names
/// are rebuilt from a surname, one or two given-name characters and the context around them.
/// The result is in text order; a body may contain a place (东昌府区 in 东昌府区行政审批服务局), both are listed.
/// </summary>
public static class FindEntities
{
    private const int MaxOrgWords = 8;
    private const int MaxOrgChars = 24;

    /// <param name="isWord">A dictionary's common words, when there is one: a place's third character does not make a word
    /// with the second (走进校区 is "into the campus", not a place 走进校).</param>
    public static IReadOnlyList<Entity> In(string text, IReadOnlyList<Word> words, IReadOnlyCollection<string>? knownNames = null, Func<string, bool>? isWord = null)
    {
        var (resplit, roleNames) = FindRoleNames.In(text, JoinBodyTypes(text, SplitPlaceEnds(words)));
        words = resplit;
        var person = new bool[words.Count];
        var found = new List<Entity>();
        FindPeople(text, words, roleNames.Count == 0 ? knownNames ?? [] : [.. knownNames ?? [], .. roleNames], person, found);
        var places = FindPlaces(words, person, isWord);
        found.AddRange(places);
        found.AddRange(FindBodies(words, person, isWord));
        return [.. found.OrderBy(e => e.Start).ThenByDescending(e => e.Text.Length).ThenBy(e => e.Kind)];
    }

    /// <summary>The entities not inside another one: what a renderer treats as single units.</summary>
    public static IReadOnlyList<Entity> Outermost(IReadOnlyList<Entity> entities)
    {
        var result = new List<Entity>();
        foreach (var e in entities.OrderBy(e => e.Start).ThenByDescending(e => e.Text.Length).ThenBy(e => e.Kind))
            if (result.Count == 0 || result[^1].End <= e.Start)
                result.Add(e);
        return result;
    }

    private static bool Adjacent(IReadOnlyList<Word> words, int a, int b) => words[a].End == words[b].Start;

    private static void FindPeople(string text, IReadOnlyList<Word> words, IReadOnlyCollection<string> knownNames, bool[] person, List<Entity> found)
    {
        var names = new HashSet<string>(knownNames.Where(n => n.Length is >= 2 and <= 4), StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (person[i])
                continue;
            var last = GivenNameEnd(words, i);
            if (last < 0)
                continue;
            var name = Concat(words, i, last);
            var before = i > 0 ? words[i - 1].Text : "";
            var after = last + 1 < words.Count && Adjacent(words, last, last + 1) ? words[last + 1].Text : "";
            var nextChar = words[last].End < text.Length ? text[words[last].End] : '\0';
            var prevChar = words[i].Start > 0 ? text[words[i].Start - 1] : '\0';
            var listed = prevChar == '、' && found.Count > 0 && found[^1].Kind == EntityKind.Person && found[^1].End == words[i].Start - 1;
            if (NewsConventions.EndsInRole(before) || NewsConventions.IsAfterName(after) || nextChar is '：' or ':' || listed || names.Contains(name))
                names.Add(name);
        }
        // Every occurrence of a name found anywhere in the text is that person.
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var name in names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal))
            {
                var last = MatchAt(words, i, name);
                if (last < 0 || Enumerable.Range(i, last - i + 1).Any(k => person[k]))
                    continue;
                for (var k = i; k <= last; k++)
                    person[k] = true;
                found.Add(new Entity(EntityKind.Person, name, words[i].Start, i, last));
                i = last;
                break;
            }
        }
    }

    /// <summary>Where a surname + given name starting at word i ends (its last word), or -1.</summary>
    private static int GivenNameEnd(IReadOnlyList<Word> words, int i)
    {
        var w = words[i].Text;
        if (!(w.Length == 1 && Surnames.IsSingle(w[0])) && !Surnames.IsCompound(w))
            return -1;
        var j = i + 1;
        var given = 0;
        while (j < words.Count && given < 2 && Adjacent(words, j - 1, j) && words[j].Text.Length == 1 && NewsConventions.CanBeInGivenName(words[j].Text[0])
            && !NewsConventions.IsPlaceSuffix(words[j].Text))   // 柘石县, 林溪镇：: 石 and 林 are surnames, but 县 and 镇 end a place
        {
            given++;
            j++;
        }
        // 林溪镇 is a town, not 林溪 before the word 镇.
        if (j < words.Count && Adjacent(words, j - 1, j) && NewsConventions.IsPlaceSuffix(words[j].Text))
            return -1;
        // 王平正在…: the second character begins an adverb with the next one (正在, 现在), not the name.
        if (given == 2 && j < words.Count && Adjacent(words, j - 1, j) && NewsConventions.IsAdverbPair(words[j - 1].Text + words[j].Text[0]))
        {
            given--;
            j--;
        }
        if (given > 0)
            return j - 1;
        // SmartCn sometimes keeps a two-character given name together (王 + 正源).
        if (j < words.Count && Adjacent(words, i, j) && words[j].Text.Length == 2 && words[j].Text.All(NewsConventions.CanBeInGivenName)
            && !StopWords.Contains(words[j].Text) && !NewsConventions.IsRole(words[j].Text) && !NewsConventions.IsAfterName(words[j].Text)
            && NewsConventions.OrgSuffix(words[j].Text) is null && !NewsConventions.IsPlaceSuffix(words[j].Text[1..]))
            return j;
        return -1;
    }

    private static int MatchAt(IReadOnlyList<Word> words, int i, string name)
    {
        var at = 0;
        for (var k = i; k < words.Count; k++)
        {
            if (k > i && !Adjacent(words, k - 1, k))
                return -1;
            var w = words[k].Text;
            if (string.CompareOrdinal(name, at, w, 0, w.Length) != 0 || at + w.Length > name.Length)
                return -1;
            at += w.Length;
            if (at == name.Length)
                return k;
        }
        return -1;
    }

    /// <summary>
    /// 塘 吉中 心: a body's type (中心, 中学) whose first character SmartCn joined to an unknown name before it is made
    /// one word again. A type inside one word stays (中学生 is a pupil, 有限公司 a company).
    /// </summary>
    private static IReadOnlyList<Word> JoinBodyTypes(string text, IReadOnlyList<Word> words)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var type in NewsConventions.BodyTypeWords)
            for (var at = text.IndexOf(type, StringComparison.Ordinal); at >= 0; at = text.IndexOf(type, at + 1, StringComparison.Ordinal))
                if (at > 0 && ChineseWords.IsHan(text[at - 1]) && !words.Any(w => w.Start <= at && w.End >= at + type.Length)
                    && !spans.Any(sp => sp.Start < at + type.Length && at < sp.End))
                    spans.Add((at, at + type.Length));
        if (spans.Count == 0)
            return words;
        var result = new List<Word>(words.Count + 4);
        foreach (var w in words)
        {
            if (!spans.Any(sp => sp.Start < w.End && w.Start < sp.End))
            {
                result.Add(w);
                continue;
            }
            for (var k = w.Start; k < w.End; k++)
                if (spans.FirstOrDefault(sp => sp.Start <= k && k < sp.End) is var sp && sp.End > 0)
                {
                    if (k == sp.Start || k == w.Start && result.Count > 0 && result[^1].End <= sp.Start)
                        result.Add(new Word(text[Math.Max(k, sp.Start)..sp.End], k));
                }
                else
                    result.Add(new Word(text[k].ToString(), k));
        }
        return result;
    }

    /// <summary>
    /// 凤 黄村, 芷 海区: SmartCn joins a name's last character to the type when the pair is a word of its own; after
    /// a character that can begin a name, the pair is split again so the place is found whole (凤黄村).
    /// </summary>
    private static IReadOnlyList<Word> SplitPlaceEnds(IReadOnlyList<Word> words)
    {
        List<Word>? split = null;
        for (var i = 1; i < words.Count; i++)
        {
            var (w, before) = (words[i].Text, words[i - 1].Text);
            if (w.Length == 2 && NewsConventions.IsPlaceSuffix(w[1].ToString()) && !NewsConventions.IsPlaceSuffix(w) && NewsConventions.CanBeInGivenName(w[0])
                && !NewsConventions.IsNotPlaceStart(w[0]) && before.Length == 1 && Adjacent(words, i - 1, i) && NewsConventions.CanBeInGivenName(before[0])
                && !NewsConventions.LeadsToPlace(before[0]) && !NewsConventions.IsNotPlaceStart(before[0]) && !StopWords.Contains(before))
            {
                split ??= [.. words.Take(i)];
                split.Add(new Word(w[..1], words[i].Start));
                split.Add(new Word(w[1..], words[i].Start + 1));
            }
            else
                split?.Add(words[i]);
        }
        return split ?? words;
    }

    private static List<Entity> FindPlaces(IReadOnlyList<Word> words, bool[] person, Func<string, bool>? isWord)
    {
        var places = new List<Entity>();
        for (var i = 0; i < words.Count; i++)
        {
            if (person[i])
                continue;
            var w = words[i].Text;
            if (NewsConventions.IsPlaceWord(w))
            {
                places.Add(new Entity(EntityKind.Place, w, words[i].Start, i, i));
                continue;
            }
            // 工业 园: a park is a zone only after the word that says what kind (松柘工业园), never alone (公园).
            var park = w == "园" && i > 0 && Adjacent(words, i - 1, i) && NewsConventions.IsParkKind(words[i - 1].Text);
            if (!(NewsConventions.IsPlaceSuffix(w) || park) || i == 0)
                continue;
            // 岷 溪 县 / 青峰 村 / 东 昌 府 区: up to three single characters, or one word, joined to the suffix; before a
            // zone (开发区, 新区, 工业园) the words that name its kind (经济, 高, 工业) come first.
            var first = i;
            var chars = 0;
            if (NewsConventions.IsZone(w) || park)
                while (first > 0 && Adjacent(words, first - 1, first) && (NewsConventions.IsZoneModifier(words[first - 1].Text) || (park && first == i)))
                    first--;
            var zoneStart = first;
            var singles = true;
            for (var j = first - 1; j >= 0 && Adjacent(words, j, j + 1) && !person[j]; j--)
            {
                var p = words[j].Text;
                if (!ChineseWords.IsAllHan(p) || StopWords.Contains(p) || NewsConventions.IsRole(p) || NewsConventions.IsPlaceSuffix(p)
                    || NewsConventions.IsPlaceWord(p) || NewsConventions.OrgSuffix(p) is not null)
                    break;
                if (p.Length == 1 && !NewsConventions.CanBeInGivenName(p[0]))
                    break;
                // 产茶大县, 文化强市, 旅游名镇: a county of some rank, not a county's name.
                if (j == first - 1 && first == i && p.Length == 1 && "大强名".Contains(p[0]))
                    break;
                var opening = first == zoneStart;
                if (!opening && (p.Length > 2 || chars + p.Length > 3))
                    break;
                // A third character only where it cannot be the verb that leads to the place (赴青石县 "goes to Qingshi
                // County"), and with a word in the name (阳 清江 高新区, 源源 丰 乡) only where the name opens the clause.
                // A word before a single character may as well be a verb (走进 校 区), so a word comes only last (阳 清江 高新区).
                if (!opening && chars + p.Length == 3 && (NewsConventions.LeadsToPlace(p[0]) || "我本全各该每此新老大小".Contains(p[0])
                        || p.Length > 1 || !(singles ? StartsClause(words, j) : OpensText(words, j)) || (isWord?.Invoke(p + words[j + 1].Text) ?? false)))
                    break;
                singles &= p.Length == 1;
                first = j;
                chars += p.Length;
                if (chars >= 3 || (opening && p.Length > 2))
                    break;
            }
            // A province is in SmartCn's dictionary when it is real; a word before a lone 省 is a verb (入选省级), but
            // two or three single characters are a province it does not know.
            if (w == "省" && !(singles && chars >= 2))
                continue;
            // 走 进 校 区: the character before makes a word with the first (走进 "enter"), so the cut is wrong, not a place.
            if (isWord is not null && first > 0 && first < zoneStart && Adjacent(words, first - 1, first) && words[first - 1].Text.Length == 1
                && ChineseWords.IsHan(words[first - 1].Text[0]) && isWord(words[first - 1].Text + words[first].Text[..1]))
                continue;
            if (first < i && (chars is >= 2 and <= 4 || (zoneStart < i && first == zoneStart)))
                places.Add(new Entity(EntityKind.Place, Concat(words, first, i), words[first].Start, first, i));
        }
        return places;
    }

    private static bool OpensText(IReadOnlyList<Word> words, int j) =>
        j == 0 || !Adjacent(words, j - 1, j) || !ChineseWords.IsAllHan(words[j - 1].Text);

    // Nothing Han joined to it before: a place's three characters open the clause (or follow a word of two or more).
    private static bool StartsClause(IReadOnlyList<Word> words, int j) =>
        j == 0 || !Adjacent(words, j - 1, j) || words[j - 1].Text.Length > 1 || !ChineseWords.IsAllHan(words[j - 1].Text);

    private static List<Entity> FindBodies(IReadOnlyList<Word> words, bool[] person, Func<string, bool>? isWord)
    {
        var bodies = new List<Entity>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            var suffix = NewsConventions.OrgSuffix(w);
            if (suffix is null || person[i])
                continue;
            // 展厅, 餐厅, 网站: a word of two characters whose second is a one-character type is a common noun, not a body
            // of the type (a body's one-character type follows its name or field, 教育 局, or a level, 市委). Only where
            // a dictionary reads the words (the gloss): 纪委 then reads as its dictionary entry.
            if (isWord is not null && suffix.Length == 1 && w.Length == 2 && !NewsConventions.IsLevel(w[..1]))
                continue;
            var first = i;
            var chars = w.Length;
            for (var j = i - 1; j >= 0 && i - j < MaxOrgWords && Adjacent(words, j, j + 1) && !person[j]; j--)
            {
                var p = words[j].Text;
                var joinsTwoParts = p is "和" or "与" && j > 0 && Adjacent(words, j - 1, j) && !StopWords.Contains(words[j - 1].Text) && first == j + 1 && first < i;
                // A brand of single characters may contain one that is a function word elsewhere (鑫 都).
                joinsTwoParts |= p.Length == 1 && j > 0 && Adjacent(words, j - 1, j) && words[j - 1].Text.Length == 1
                    && NewsConventions.CanBeInGivenName(words[j - 1].Text[0]) && !StopWords.Contains(words[j - 1].Text) && words[j + 1].Text.Length > 1;
                if (!joinsTwoParts && (StopWords.EndsName(p) || !ChineseWords.IsAllHan(p) || NewsConventions.EndsInRole(p) || chars + p.Length > MaxOrgChars))
                    break;
                if (p.Length == 1 && !joinsTwoParts && !NewsConventions.IsLevel(p) && !NewsConventions.CanBeInGivenName(p[0]))
                    break;
                first = j;
                chars += p.Length;
            }
            // A bare suffix (公司, 局) names no particular body; a level alone before it (市委) does.
            var named = first < i ? (w.Length > 1 || chars >= 3) : w.Length >= 3 && w.Length > suffix.Length;
            if (named && !(first == i - 1 && StopWords.Contains(words[first].Text)))
                bodies.Add(new Entity(EntityKind.Organisation, Concat(words, first, i), words[first].Start, first, i));
        }
        // A body inside a longer one (有限公司 within ...有限公司开发部) stays listed; Outermost picks the whole.
        return bodies;
    }

    private static string Concat(IReadOnlyList<Word> words, int first, int last) =>
        string.Concat(Enumerable.Range(first, last - first + 1).Select(k => words[k].Text));
}
