using System.Globalization;
using System.Text;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Benchmarks;

/// <summary>
/// `segscore --flags`: does the confidence flag the pages the reading got wrong? A page is wrong when it scores below
/// <see cref="Bad"/>; recall is the share of wrong pages flagged (the issue asks for all of them), precision the
/// share of flagged pages that are wrong (flagging everything would reach full recall and be no help). Dev and
/// held-out families are counted apart: the confidence was fitted on the first only.
/// </summary>
public static class FlagReport
{
    public const double Bad = 0.8;

    public static string Table(CorpusScore score, bool perPage)
    {
        var lines = new List<string>();
        if (perPage)
        {
            lines.Add($"{"page",-32} {"score",6} flagged  why");
            foreach (var p in score.Pages)
            {
                var why = p.Confidence is null ? "" : string.Join("; ", p.Confidence.Reasons.Concat(p.Confidence.Doubts.Select(d => $"article {d.Item}: {d.Reason}")));
                lines.Add($"{p.Page.Name + (p.HeldOut ? " (held out)" : ""),-32} {F(p.InSample.Score),6} {(p.Flagged ? "FLAG" : "-"),-7}  {(why.Length > 110 ? why[..110] + "…" : why)}");
            }
        }
        if (score.Pages.Any(p => !p.HeldOut))
            lines.Add(Line("flags, dev families", score.Pages.Where(p => !p.HeldOut).ToList()));
        if (score.Pages.Any(p => p.HeldOut))
            lines.Add(Line("flags, held-out families", score.Pages.Where(p => p.HeldOut).ToList()));
        return string.Join('\n', lines);
    }

    public static string Line(string name, IReadOnlyList<ScoredPage> pages)
    {
        var bad = pages.Count(p => p.InSample.Score < Bad);
        var flagged = pages.Count(p => p.Flagged);
        var caught = pages.Count(p => p.Flagged && p.InSample.Score < Bad);
        var doubted = pages.SelectMany(p => (p.Confidence?.Doubts ?? []).Select(d => d.Item).Distinct().Select(i => WrongItem(p, i))).ToList();
        var wrong = pages.Sum(p => Enumerable.Range(1, p.InSample.PredictedItems).Count(i => WrongItem(p, i)));
        return $"{name}: {pages.Count} pages, {bad} below {F(Bad)}, {flagged} flagged; recall {caught}/{bad} = {F(Ratio(caught, bad))}, precision {caught}/{flagged} = {F(Ratio(caught, flagged))}; "
            + $"articles in doubt {doubted.Count}, wrong {doubted.Count(w => w)} (precision {F(Ratio(doubted.Count(w => w), doubted.Count))}, recall {F(Ratio(doubted.Count(w => w), wrong))} of {wrong} wrong)";
    }

    /// <summary>An article (from 1) is wrong when it pairs with no truth item, or its title or most of its text differs.</summary>
    private static bool WrongItem(ScoredPage page, int item) =>
        page.InSample.Pairs.FirstOrDefault(x => x.Predicted == item - 1) is not { } pair || pair.Fields["title"] < 1 || pair.Fields["bodyText"] < 0.9;

    /// <summary>
    /// One row per page and per article: the signals the confidence reads and what the truth says (the page's score;
    /// the article's pair fields, or unaligned). For fitting the confidence on the dev families.
    /// </summary>
    public static string Signals(CorpusScore score)
    {
        var text = new StringBuilder("row\tfamily\tpage\theldout\tscore\tflagged\titem\tpair\ttitle\tbody\tmargin\tcloseHeadings\tunplacedHeadings\tuntitled\tnoAnchor\topenEnd\topenStart\toutliers\tscraps\tleftover\tunrelatedTitles\ttitlesNearer\tinnerDatelines\tinnerHeadings\titems\n");
        foreach (var p in score.Pages)
        {
            if (p.Confidence?.Signals is not { } s)
                continue;
            var head = $"{p.Page.Family}\t{p.Page.Name}\t{(p.HeldOut ? 1 : 0)}\t{F(p.InSample.Score)}\t{(p.Flagged ? 1 : 0)}";
            text.Append(CultureInfo.InvariantCulture, $"page\t{head}\t0\t-\t-\t-\t{s.Margin}\t{s.CloseHeadings}\t{s.UnplacedHeadings}\t{s.Untitled}\t{s.NoAnchor}\t{s.OpenEnd}\t{s.OpenStart}\t{s.Outliers}\t{s.Scraps}\t{s.Leftover}\t{s.UnrelatedTitles}\t{s.TitlesNearer}\t{s.InnerDatelines}\t{s.InnerHeadings}\t{s.Items}\n");
            foreach (var i in p.Confidence.ItemSignals)
            {
                var pair = p.InSample.Pairs.FirstOrDefault(x => x.Predicted == i.Item - 1);
                var doubted = p.Confidence.Doubts.Any(d => d.Item == i.Item) ? 1 : 0;
                text.Append(CultureInfo.InvariantCulture, $"item\t{head}\t{i.Item}\t{(pair is null ? "-" : F(pair.Score))}\t{(pair is null ? "-" : F(pair.Fields["title"]))}\t{(pair is null ? "-" : F(pair.Fields["bodyText"]))}\t{i.Margin}\t{doubted}\t0\t{B(i.Untitled)}\t{B(i.NoAnchor)}\t{B(i.OpenEnd)}\t{B(i.OpenStart)}\t{B(i.Outlier)}\t{B(i.Scrap)}\t0\t{B(i.UnrelatedTitle)}\t{B(i.TitleNearer)}\t{B(i.InnerDateline)}\t{B(i.InnerHeading)}\t1\n");
            }
        }
        return text.ToString();
    }

    private static int B(bool value) => value ? 1 : 0;

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
