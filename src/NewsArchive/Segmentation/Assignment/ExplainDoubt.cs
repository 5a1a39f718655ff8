using System.Globalization;
using NewsArchive.Model;

namespace NewsArchive.Segmentation.Assignment;

/// <summary>Says in a librarian's words why a page or an article looks wrongly read: the symptoms behind its risk.</summary>
internal static class ExplainDoubt
{
    public static string Page(PageSignals s, double risk)
    {
        var n = s.Items;
        var symptoms = new List<string>();
        void Add(double share, string what)
        {
            var count = (int)Math.Round(share * n);
            if (count > 0)
                symptoms.Add(string.Create(CultureInfo.InvariantCulture, $"{count} of {n} articles {what}"));
        }
        Add(s.Untitled, "have no title");
        Add(s.OpenEnd, "stop in the middle of a sentence");
        Add(s.NoAnchor, "have no dateline, byline or credit");
        Add(s.UnrelatedTitles * (1 - s.Untitled), "have a title that shares no word with their text");
        Add(s.TitlesNearer * (1 - s.Untitled), "have a title that shares more words with another article");
        if (s.Margin < 2)
            symptoms.Add(string.Create(CultureInfo.InvariantCulture, $"the titles' placement was a narrow choice (margin {s.Margin:0.##})"));
        var percent = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(risk * 100):0}%");
        return symptoms.Count == 0
            ? $"the reading of this page is likely wrong ({percent})"
            : $"the reading of this page is likely wrong ({percent}): {string.Join("; ", symptoms)}";
    }

    public static string Item(ItemSignals s, double risk)
    {
        var symptoms = new List<string>();
        if (s.Untitled)
            symptoms.Add("it has no title");
        if (s.OpenEnd)
            symptoms.Add("its text stops in the middle of a sentence (the rest may be in another article)");
        if (s.NoAnchor)
            symptoms.Add("it has no dateline, byline or credit");
        if (s.UnrelatedTitle)
            symptoms.Add("its title shares no word with its text");
        if (s.TitleNearer)
            symptoms.Add("its title shares more words with another article");
        if (s.InnerHeading)
            symptoms.Add("a short line inside its text looks like a heading");
        if (s.Margin < 2)
            symptoms.Add("its title's placement was a narrow choice");
        var percent = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(risk * 100):0}%");
        var verdict = risk >= ConfidenceModel.ItemThreshold ? $"likely wrong ({percent})" : $"the page's most doubtful article ({percent} likely wrong)";
        return symptoms.Count == 0 ? verdict : $"{verdict}: {string.Join("; ", symptoms)}";
    }
}
