using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsArchive.PageMaker;

/// <summary>
/// Makes expected.json agree with what pdftotext printed: items sorted by where their bodies begin in page.txt,
/// and every field checked to be there (a paragraph may be cut by column breaks into a few pieces, a title may not).
/// </summary>
internal static class OrderTruth
{
    public static bool Apply(string dir, JsonSerializerOptions json)
    {
        var text = Squeeze(File.ReadAllText(Path.Combine(dir, "page.txt")));
        var path = Path.Combine(dir, "expected.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var items = root["items"]!.AsArray().Select(i => i!).ToList();
        var problems = new List<string>();
        var starts = new Dictionary<JsonNode, int>();
        foreach (var item in items)
        {
            var first = item["paragraphs"]![0]!.GetValue<string>();
            var start = text.IndexOf(first[..Math.Min(12, first.Length)], StringComparison.Ordinal);
            if (start < 0)
                problems.Add($"body not found: {first[..Math.Min(12, first.Length)]}");
            starts[item] = start;
            // A byline may lose its first line to the neighbouring column's first line, as on real pages.
            if (item["byline"]?.GetValue<string>() is { } byline && Pieces(text, Squeeze(byline)) is < 0 or > 2)
                problems.Add($"byline not printed: {byline}");
            foreach (var field in new[] { "kicker", "title", "subtitle", "dateline" })
            {
                if (item[field]?.GetValue<string>() is { } value && !text.Contains(Squeeze(value), StringComparison.Ordinal))
                    problems.Add($"{field} not printed in one piece: {value}");
            }
            foreach (var paragraph in item["paragraphs"]!.AsArray().Concat(item["captions"]!.AsArray()))
            {
                if (Pieces(text, paragraph!.GetValue<string>()) is var pieces and (< 0 or > 4))
                    problems.Add($"text cut into {pieces} pieces: {paragraph}");
            }
        }
        foreach (var problem in problems)
            Console.Error.WriteLine($"{dir}: {problem}");
        var ordered = items.OrderBy(i => starts[i]).Select(i => i.DeepClone()).ToList();
        root["items"] = new JsonArray([.. ordered]);
        File.WriteAllText(path, root.ToJsonString(json) + "\n");
        return problems.Count == 0;
    }

    /// <summary>How many runs of the page text make up the paragraph in order (-1: some of it is not on the page).</summary>
    private static int Pieces(string text, string paragraph)
    {
        var pieces = 0;
        var at = 0;
        while (at < paragraph.Length)
        {
            var length = Math.Min(4, paragraph.Length - at);
            if (!text.Contains(paragraph.AsSpan(at, length), StringComparison.Ordinal))
                return -1;
            while (at + length < paragraph.Length && text.Contains(paragraph.AsSpan(at, length + 1), StringComparison.Ordinal))
                length++;
            at += length;
            pieces++;
        }
        return pieces;
    }

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '\f'));
}
