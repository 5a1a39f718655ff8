using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// Reads what a chat-completions service answered: the message content must be one JSON object with a non-empty
/// English "title" and "summary". Anything else is rejected with a reason, and the article falls back to the gloss.
/// </summary>
internal static partial class ServiceAnswer
{
    private const int MaxLength = 4000;

    public static (EnglishText? Text, string? Problem) Read(string body, EnglishRequest request, Secret key)
    {
        string? content;
        try
        {
            using var doc = JsonDocument.Parse(body);
            content = doc.RootElement.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0
                && choices[0].TryGetProperty("message", out var message) && message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()
                : null;
        }
        catch (JsonException)
        {
            return (null, "the response is not chat-completions JSON");
        }
        if (content is null)
            return (null, "the response has no choices[0].message.content");
        return ReadContent(content, request, key);
    }

    public static (EnglishText? Text, string? Problem) ReadContent(string content, EnglishRequest request, Secret key)
    {
        // Models often wrap the object in a ```json fence or a sentence; the object itself is what we asked for.
        var start = content.IndexOf('{');
        var end = content.LastIndexOf('}');
        if (start < 0)
            return (null, "the answer is not a JSON object");
        if (end < start)
            return (null, "the answer is malformed JSON (the object never closes)");
        string? title, summary;
        try
        {
            using var doc = JsonDocument.Parse(content.AsMemory(start, end - start + 1));
            title = Field(doc.RootElement, "title");
            summary = Field(doc.RootElement, "summary");
        }
        catch (JsonException)
        {
            return (null, "the answer is malformed JSON");
        }
        if (title is null || summary is null)
            return (null, $"the answer lacks {(title is null ? "\"title\"" : "\"summary\"")}");
        if (title.Length + summary.Length > MaxLength)
            return (null, "the answer is too long for a title and summary");
        if (key.IsIn(title) || key.IsIn(summary))
            return (null, "the answer contains the service key");
        if (!IsMostlyEnglish(title + " " + summary))
            return (null, "the answer is not in English (mostly Chinese characters)");
        if (InventedPercentage(request.SourceText, title + " " + summary) is { } invented)
            return (null, $"the answer has {invented}%, which the Chinese does not");
        return (new EnglishText(Collapse(title), Collapse(summary)), null);
    }

    /// <summary>
    /// A percentage in the English that the Chinese does not print is a model's invention or misreading: the one kind
    /// of number error we can catch without understanding the text. Checked only when the Chinese writes its
    /// percentages in digits (百分之十二 would need numeral conversion; the gloss does that, not this check).
    /// </summary>
    internal static string? InventedPercentage(string chinese, string english)
    {
        if (chinese.Contains("百分之", StringComparison.Ordinal))
            return null;
        var printed = ChinesePercent().Matches(chinese).Select(m => Number(m.Groups[1].Value)).ToHashSet();
        return EnglishPercent().Matches(english).Select(m => m.Groups[1].Value).FirstOrDefault(n => !printed.Contains(Number(n)));
    }

    private static decimal Number(string digits) =>
        decimal.TryParse(digits.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : -1;

    [GeneratedRegex(@"(\d+(?:[.,]\d+)*)\s*(?:%|％|个百分点)")]
    private static partial Regex ChinesePercent();

    [GeneratedRegex(@"(\d+(?:[.,]\d+)*)\s*(?:%|percent|per cent|percentage point)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPercent();

    private static string? Field(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    /// <summary>
    /// A Han character carries about a word, a Latin word about five letters: an English answer may keep a name
    /// in characters now and then, but when Han characters outweigh a quarter of the Latin letters it is not English.
    /// </summary>
    internal static bool IsMostlyEnglish(string text)
    {
        int han = 0, latin = 0;
        foreach (var r in text.EnumerateRunes())
        {
            if (IsHan(r.Value)) han++;
            else if (r.IsAscii && char.IsAsciiLetter((char)r.Value)) latin++;
        }
        return latin > 0 && han * 4 <= latin;
    }

    private static bool IsHan(int c) =>
        c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF or >= 0xF900 and <= 0xFAFF;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
