using System.Globalization;
using NewsArchive.Model;

namespace NewsArchive.Cli;

/// <summary>Prints the page-wide reading of a page: each heading's article and the parts of its score, then the doubts.</summary>
internal static class ExplainConfidence
{
    public static void Write(PageConfidence? confidence, TextWriter stdout)
    {
        if (confidence is null)
        {
            stdout.WriteLine("reading: no headings to assign");
            return;
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reading: margin {confidence.Margin:0.###}, chance wrong {confidence.Risk:0.###}, {(confidence.Flagged ? "flagged for review" : "clear")}"));
        foreach (var reason in confidence.Reasons)
            stdout.WriteLine($"why: {reason}");
        foreach (var h in confidence.Headings)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {h.Heading} -> {(h.Item is { } i ? "item " + i : "no article")}: words {h.Lexical:0.###}, bodies between {h.Distance}, {(h.After ? "after" : "before")} its body{(h.Kept ? ", as read line by line" : "")}, benefit {h.Benefit:0.###}, margin {h.Margin:0.###}"));
        }
        foreach (var d in confidence.Doubts)
        {
            stdout.WriteLine($"doubt: item {d.Item}: {d.Reason}");
            foreach (var line in d.Correction.TrimEnd('\n').Split('\n'))
                stdout.WriteLine($"    {line}");
        }
    }
}
