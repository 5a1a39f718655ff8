using System.Text;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>Joins English pieces into readable text: spacing around punctuation and quotes, sentence capitals, title case.</summary>
public sealed class GlossText
{
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "etc.",
    };

    private readonly StringBuilder _text = new();
    private bool _glue = true;

    public void Word(string english)
    {
        if (english.Length == 0)
            return;
        if (!_glue)
            _text.Append(' ');
        _text.Append(english);
        _glue = false;
    }

    /// <summary>A phrase already joined (a headline pattern's English): a word that may start or end with quotes.</summary>
    public void Phrase(string english) => Word(english.Trim());

    /// <summary>The last word in the plural, after a count: "two bridge" -> "two bridges" (regular English plurals only).</summary>
    public void PluralizeLast()
    {
        var end = _text.Length;
        var start = end;
        while (start > 0 && char.IsLetter(_text[start - 1]))
            start--;
        var word = _text.ToString(start, end - start);
        if (word.Length < 3 || !word.All(char.IsLower) || word.EndsWith('s'))
            return;
        _text.Length = start;
        _text.Append(word switch
        {
            _ when word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith('x') => word + "es",
            _ when word.EndsWith('y') && !"aeiou".Contains(word[^2]) => word[..^1] + "ies",
            _ => word + "s",
        });
    }

    /// <summary>, . ; : ! ? ) and closing quotes: attached to the word before.</summary>
    public void Close(string mark)
    {
        while (_text.Length > 0 && _text[^1] == ' ')
            _text.Length--;
        if (_text.Length > 0 && ",;:".Contains(mark[0]) && ",;:.".Contains(_text[^1]))
            return;
        if (_text.Length == 0 && mark[0] is not ('"' or ')'))
            return;
        _text.Append(mark);
        _glue = false;
    }

    /// <summary>( and opening quotes: attached to the word after.</summary>
    public void Open(string mark)
    {
        if (!_glue)
            _text.Append(' ');
        _text.Append(mark);
        _glue = true;
    }

    public override string ToString() => ToString(sentenceCase: true);

    /// <summary>The text; with sentenceCase, each sentence starts with a capital (not for a phrase inside another).</summary>
    public string ToString(bool sentenceCase)
    {
        var s = _text.ToString().Trim();
        if (!sentenceCase)
            return s;
        var sb = new StringBuilder(s.Length);
        var capital = true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (capital && char.IsLetter(c))
            {
                sb.Append(char.ToUpperInvariant(c));
                capital = false;
                continue;
            }
            if (char.IsLetterOrDigit(c))
                capital = false;
            // Co., Ltd. and etc. end no sentence.
            if (c is '!' or '?' || (c == '.' && !EndsWith(s, i, "Ltd") && !EndsWith(s, i, "etc") && !EndsWith(s, i, "Co")))
                capital = true;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool EndsWith(string s, int dot, string word) =>
        dot >= word.Length && string.CompareOrdinal(s, dot - word.Length, word, 0, word.Length) == 0;

    /// <summary>Capitalises every word but short function words (not the first): "Project Approval Goes Cross-stage".</summary>
    public static string TitleCase(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || (i > 0 && Small.Contains(w)))
                continue;
            var lead = 0;
            while (lead < w.Length && w[lead] is '"' or '\'' or '(')
                lead++;
            if (lead < w.Length && char.IsLower(w[lead]))
                words[i] = string.Concat(w.AsSpan(0, lead), char.ToUpperInvariant(w[lead]).ToString(), w.AsSpan(lead + 1));
        }
        return string.Join(' ', words);
    }
}
