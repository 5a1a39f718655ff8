using NewsArchive.Model;

namespace NewsArchive.Enrichment.Chinese;

/// <summary>
/// An extractive Chinese summary: the two or three most central sentences of the body, in their printed order,
/// at most about <see cref="MaxLength"/> characters. Centrality is TextRank over sentences linked by the content
/// words they share (SmartCn words); news puts the essentials first, so the rank is weighted towards the lede.
/// Photo news gets one sentence of its caption. Sentences are copied verbatim; only a single sentence longer
/// than the limit is cut, at a clause boundary, and marked with "…".
/// </summary>
public sealed class SummarizeArticle
{
    public const int MaxLength = 150;
    private const int MaxSentences = 3;

    public string Summarize(SegmentedItem item)
    {
        var paragraphs = item.Paragraphs.Count > 0 ? item.Paragraphs : item.Captions;
        var sentences = ChineseSentences.Split(paragraphs);
        if (sentences.Count == 0)
            return Trim(item.Title ?? "");
        if (item.Kind == ItemKind.Photo)
            return Trim(sentences[0].Text);
        var scores = Score(sentences, paragraphs);
        var order = Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        var chosen = new List<int> { order[0] };
        var length = sentences[order[0]].Text.Length;
        foreach (var i in order.Skip(1))
        {
            if (chosen.Count == MaxSentences)
                break;
            if (length + sentences[i].Text.Length <= MaxLength)
            {
                chosen.Add(i);
                length += sentences[i].Text.Length;
            }
        }
        if (chosen.Count == 1)
            return Trim(sentences[chosen[0]].Text);
        return string.Concat(chosen.Order().Select(i => sentences[i].Text));
    }

    private static double[] Score(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> paragraphs)
    {
        var words = sentences.Select(s => ContentWords(s.Text)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var shared = words[i].Count(words[j].Contains);
                if (shared == 0 || words[i].Count < 2 || words[j].Count < 2)
                    continue;
                weights[i, j] = weights[j, i] = shared / (Math.Log(words[i].Count) + Math.Log(words[j].Count));
            }
        var rank = TextRank.Rank(weights);
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            // The lede and the first paragraph carry the news; later sentences must be much more central to win.
            var position = 1.0 + 1.5 / (1 + i) + (sentences[i].Paragraph == 0 ? 0.5 : 0);
            var text = sentences[i].Text;
            // A sentence that begins inside a quotation reads badly out of context.
            var unbalanced = text.Count(c => c == '”') > text.Count(c => c == '“');
            var shape = text.Length < 12 ? 0.3 : unbalanced ? 0.5 : text.StartsWith('“') ? 0.7 : 1.0;
            scores[i] = rank[i] * position * shape;
        }
        return scores;
    }

    /// <summary>Words that say what a sentence is about: two or more characters, not function words.</summary>
    internal static HashSet<string> ContentWords(string text) =>
        [.. ChineseWords.Segment(text).Select(w => w.Text).Where(w => w.Length >= 2 && !StopWords.Contains(w) && !w.All(char.IsDigit))];

    private static string Trim(string sentence)
    {
        if (sentence.Length <= MaxLength)
            return sentence;
        var cut = sentence.LastIndexOfAny(['，', '；', '：', '、'], MaxLength - 2);
        return (cut > MaxLength / 3 ? sentence[..cut] : sentence[..(MaxLength - 1)]) + "…";
    }
}
