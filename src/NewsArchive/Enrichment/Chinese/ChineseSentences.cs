namespace NewsArchive.Enrichment.Chinese;

/// <summary>A sentence of a paragraph: its text exactly as printed and where it starts.</summary>
public readonly record struct Sentence(string Text, int Paragraph, int Start);

/// <summary>
/// Splits paragraphs into sentences at 。！？… and at ； that ends a clause, keeping closing quotes and brackets
/// with the sentence they close (“……。”), so every sentence is a verbatim substring of its paragraph.
/// </summary>
public static class ChineseSentences
{
    private const string Enders = "。！？!?";
    private const string Closers = "”’」』）)》】\"'";

    public static IReadOnlyList<Sentence> Split(IReadOnlyList<string> paragraphs)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var start = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var isEnd = Enders.Contains(c) || (c == '…' && i + 1 < text.Length && text[i + 1] == '…' && EndsAfterEllipsis(text, i + 2));
                if (!isEnd)
                {
                    i++;
                    continue;
                }
                i++;
                while (i < text.Length && (Enders.Contains(text[i]) || text[i] == '…'))
                    i++;
                // A quote closing after the full stop belongs to the sentence; one followed by more of the
                // sentence (“……。”他说) keeps the attribution with it.
                while (i < text.Length && Closers.Contains(text[i]))
                    i++;
                if (i < text.Length && text[i - 1] is '”' or '’' && !Enders.Contains(text[i]) && AttributionFollows(text, i))
                    continue;
                Add(sentences, text, p, start, i);
                start = i;
            }
            Add(sentences, text, p, start, text.Length);
        }
        return sentences;
    }

    private static bool EndsAfterEllipsis(string text, int i) => i >= text.Length || Closers.Contains(text[i]);

    // “……。”王某说。 — the speech and its speaker are one sentence: a short clause ending in a verb of speech.
    private static bool AttributionFollows(string text, int i)
    {
        var next = text.IndexOfAny(['。', '！', '？', '“', '，'], i);
        if (next <= i || next - i > 40 || text[next] != '。')
            return false;
        var clause = text.AsSpan(i, next - i);
        return clause.EndsWith("说") || clause.EndsWith("说道") || clause.EndsWith("表示") || clause.EndsWith("介绍")
            || clause.EndsWith("告诉记者") || clause.EndsWith("感慨") || clause.EndsWith("坦言") || clause.EndsWith("笑着说");
    }

    private static void Add(List<Sentence> sentences, string text, int paragraph, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(Enders + Closers + "…"))
            sentences.Add(new Sentence(text[start..end], paragraph, start));
    }
}
