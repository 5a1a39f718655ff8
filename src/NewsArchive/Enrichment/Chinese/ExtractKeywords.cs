using NewsArchive.Model;

namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// Three to eight keywords for an article: the people, places and bodies it names (by the conventions in
/// <see cref="NewsConventions"/>, bylines included) and its topics, ranked by TextRank over the co-occurrence
/// graph of its content words. Names mentioned in the title or often come first. Deterministic.
/// </summary>
public sealed class ExtractKeywords
{
    public const int Min = 3;
    public const int Max = 8;
    private const int Window = 5;

    public IReadOnlyList<string> Extract(SegmentedItem item)
    {
        var texts = new List<string>();
        if (item.Title is not null)
            texts.Add(item.Title);
        if (item.Subtitle is not null)
            texts.Add(item.Subtitle.TrimStart('—', '-'));
        texts.AddRange(item.Paragraphs);
        texts.AddRange(item.Captions);
        var known = item.Reporters.Concat(item.Photographers).ToList();

        var tokens = new List<string>();
        var entities = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = ChineseWords.Segment(text);
            var found = FindEntities.In(text, words, known);
            foreach (var e in found)
                entities.TryAdd(e.Text, e.Kind);
            // Entities become single nodes of the graph, so 岷溪县 is ranked as a whole and not as 岷, 溪, 县.
            var outer = FindEntities.Outermost(found);
            var k = 0;
            for (var i = 0; i < words.Count; i++)
            {
                while (k < outer.Count && outer[k].Last < i)
                    k++;
                if (k < outer.Count && outer[k].First <= i)
                {
                    if (outer[k].First == i)
                        tokens.Add(outer[k].Text);
                    continue;
                }
                var w = words[i].Text;
                tokens.Add(IsTopic(w) ? w : "");
            }
            tokens.Add("");
        }

        var vocabulary = tokens.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var weights = new double[vocabulary.Count, vocabulary.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 0)
                continue;
            for (var j = i + 1; j < Math.Min(tokens.Count, i + Window); j++)
            {
                if (tokens[j].Length == 0 || tokens[j] == tokens[i])
                    continue;
                weights[index[tokens[i]], index[tokens[j]]] += 1;
                weights[index[tokens[j]], index[tokens[i]]] += 1;
            }
        }
        var rank = TextRank.Rank(weights);
        var title = item.Title ?? "";
        var score = vocabulary.Select((w, i) =>
        {
            var s = rank[i];
            if (entities.ContainsKey(w))
                s *= 1.6;
            if (title.Contains(w, StringComparison.Ordinal))
                s *= 1.4;
            return (Word: w, Score: s);
        }).ToList();

        var ranked = score.OrderByDescending(p => p.Score).ThenBy(p => p.Word, StringComparer.Ordinal).ToList();
        // The best-ranked person, place and body come first: readers browse by them.
        var leaders = Enum.GetValues<EntityKind>()
            .Select(kind => ranked.FirstOrDefault(p => entities.TryGetValue(p.Word, out var k) && k == kind))
            .Where(p => p.Word is not null).ToList();
        var chosen = new List<string>();
        foreach (var (word, _) in leaders.Concat(ranked.Except(leaders)))
        {
            if (chosen.Count == Max)
                break;
            // Keep the longer of overlapping topics (产业链 over 产业); a place inside a body's name is a tag of its own.
            var isEntity = entities.ContainsKey(word);
            if (chosen.Any(c => c.Contains(word, StringComparison.Ordinal) && !(isEntity && entities.ContainsKey(c))))
                continue;
            chosen.RemoveAll(c => word.Contains(c, StringComparison.Ordinal) && !(isEntity && entities.ContainsKey(c)));
            chosen.Add(word);
        }
        // Names from the byline are keywords even in a short item whose text never repeats them.
        foreach (var name in known.Where(n => !chosen.Contains(n)))
            if (chosen.Count < Min)
                chosen.Add(name);
        var min = Math.Min(Min, chosen.Count);
        var strong = score.Count == 0 ? 0 : score.Max(p => p.Score) * 0.15;
        var scoreOf = score.ToDictionary(p => p.Word, p => p.Score, StringComparer.Ordinal);
        // Past the minimum, a keyword must be a real contender, not the tail of a short article's vocabulary.
        return [.. chosen.Where((c, i) => i < min || !scoreOf.TryGetValue(c, out var s) || s >= strong)];
    }

    private static bool IsTopic(string word) =>
        word.Length >= 2 && ChineseWords.IsAllHan(word) && !StopWords.Contains(word) && !NewsConventions.IsRole(word);
}
