namespace NewsArchive.Segmentation;

/// <summary>Character classes of Chinese typesetting the rules are written in.</summary>
internal static class Chinese
{
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static bool IsPunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20')
        or (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65') or (>= '\u2010' and <= '\u2027') or '\u00B7';

    /// <summary>Characters a printed sentence (and so possibly a paragraph) ends with.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
            return false;
        var c = t[^1];
        if (c is '。' or '！' or '？' or '…' or '!' or '?')
            return true;
        // A closing quote or bracket ends a sentence when the sentence inside it ended.
        if (c is '”' or '’' or '」' or '』' or '）' or ')' or '》')
            return t.Length >= 2 && t[^2] is '。' or '！' or '？' or '…' or '”' or '!' or '?';
        return false;
    }

    public static bool HasSentencePunctuation(string text) => text.IndexOfAny(['。', '，', '；', '！', '？', '：']) >= 0;
}
