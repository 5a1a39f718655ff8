using System.Net;
using System.Text.RegularExpressions;

namespace NewsArchive.PageMaker;

/// <summary>Markup pieces shared by every family: number spans, bodies in CSS columns, headings.</summary>
internal static partial class Html
{
    public const int Column = 174;
    public const int Gap = 24;

    public static int Width(int columns) => columns * Column + (columns - 1) * Gap;

    /// <summary>Escaped text with ⟨n⟩ set as a spaced number and line breaks of multi-line titles kept.</summary>
    public static string Text(string text) =>
        NumberMark().Replace(WebUtility.HtmlEncode(text), m => $"<span class=\"n\">{m.Groups[1].Value}</span>").Replace("\n", "<br/>", StringComparison.Ordinal);

    public static string Unmark(string text) => NumberMark().Replace(text, m => m.Groups[1].Value);

    /// <summary>A body in CSS columns; the opening (dateline, byline) and the closing (continuation) are given as markup.</summary>
    public static string Body(IReadOnlyList<string> paragraphs, int columns, int widthPx, string opening = "", string closing = "", ISet<int>? subheads = null)
    {
        var ps = paragraphs.Select((p, i) => subheads?.Contains(i) == true
            ? $"<p class=\"hei sub-head\">{Text(p)}</p>"
            : $"<p>{(i == 0 ? opening : "")}{Text(p)}{(i == paragraphs.Count - 1 ? closing : "")}</p>");
        return $"<div class=\"body\" style=\"width:{widthPx}px;column-count:{columns}\">{string.Concat(ps)}</div>";
    }

    /// <summary>Height of a body in px, estimated high so that boxes never overlap.</summary>
    public static int BodyHeight(IReadOnlyList<string> paragraphs, int columns, int widthPx, int extraChars = 0)
    {
        var columnWidth = (widthPx - Gap * (columns - 1)) / columns;
        var perLine = Math.Max(1, columnWidth / 14);
        var lines = paragraphs.Sum(p => (Unmark(p).Length + 2 + perLine - 1) / perLine) + (extraChars + perLine - 1) / perLine;
        return (int)(((lines + columns - 1) / columns + 1) * 14 * 1.4) + 8;
    }

    public static string Div(string cls, string text, string style = "") =>
        $"<div class=\"{cls}\"{(style.Length > 0 ? $" style=\"{style}\"" : "")}>{Text(text)}</div>";

    public static string Span(string cls, string text) => $"<span class=\"{cls}\">{Text(text)}</span>";

    [GeneratedRegex("⟨([0-9.]+)⟩")]
    private static partial Regex NumberMark();
}
