using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsArchive.Enrichment.Chinese;

/// <summary>A word of a text, at its offset, exactly as written there.</summary>
public readonly record struct Word(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Word segmentation with Lucene.Net's SmartChineseAnalyzer (a hidden-Markov-model segmenter with its own
/// dictionary). SmartCn folds punctuation to "," and lower-cases Latin; we take each word back from the
/// original text by its offsets and drop punctuation, so callers see the article's own characters.
/// </summary>
public static class ChineseWords
{
    // Lucene analyzers are thread-safe (token streams are reused per thread); no stop words, so nothing is lost.
    private static readonly SmartChineseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48, CharArraySet.Empty);

    public static IReadOnlyList<Word> Segment(string text)
    {
        var words = new List<Word>();
        if (string.IsNullOrEmpty(text))
            return words;
        using var stream = Analyzer.GetTokenStream("text", text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = offsets.StartOffset;
            var end = Math.Min(offsets.EndOffset, text.Length);
            if (end <= start)
                continue;
            var word = text[start..end];
            if (word.Any(char.IsLetterOrDigit))
                words.Add(new Word(word, start));
        }
        stream.End();
        return words;
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or '〇';

    public static bool IsAllHan(string s) => s.Length > 0 && s.All(IsHan);
}
