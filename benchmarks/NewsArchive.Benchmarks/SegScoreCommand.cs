using System.Globalization;
using System.Text.Json;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Benchmarks;

/// <summary>
/// `segscore [--corpus DIR]... [--pdf] [--pages] [--fields] [--flags] [--signals FILE] [--json]`: the segmentation score (tests/NewsArchive.Tests/Pages/SCORE.md)
/// per family, in-sample, held-out and leave-one-family-out. Default corpus: tests/corpus of the current folder.
/// </summary>
public static class SegScoreCommand
{
    public static int Run(string[] args, ISegmenterTrainer trainer)
    {
        var corpora = new List<string>();
        var json = false;
        var perPage = false;
        var fields = false;
        var pdf = false;
        var flags = false;
        string? signals = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length: corpora.Add(args[++i]); break;
                case "--json": json = true; break;
                case "--pages": perPage = true; break;
                case "--fields": fields = true; break;
                case "--pdf": pdf = true; break;
                case "--flags": flags = true; break;
                case "--signals" when i + 1 < args.Length: signals = args[++i]; break;
                default:
                    Console.Error.WriteLine($"segscore: unknown argument {args[i]}");
                    return 2;
            }
        }
        if (corpora.Count == 0)
            corpora.Add(Path.Combine("tests", "corpus"));
        var pages = corpora.SelectMany(ReadCorpus.From).ToList();
        var heldOut = corpora.SelectMany(ReadCorpus.HeldOut).ToHashSet(StringComparer.Ordinal);
        // --pdf: the same pages read from the page.pdf beside each page.txt (pages without one are left out),
        // segmented from their geometry.
        var pdfs = pdf ? new PdfPagesSegmenter(corpora) : null;
        if (pdfs is not null)
            pages = pages.Where(p => pdfs.Has(p.Text)).ToList();
        var score = new ScoreCorpus(pdfs ?? trainer).Run(pages, heldOut);
        Console.WriteLine(json ? Json(score) : Table(score, perPage));
        if (fields && !json)
            Console.WriteLine(Fields(score));
        if (!json)
            Console.WriteLine(FlagReport.Table(score, flags && perPage));
        if (signals is not null)
            File.WriteAllText(signals, FlagReport.Signals(score));
        return 0;
    }

    private static string Table(CorpusScore score, bool perPage)
    {
        var lines = new List<string> { $"{"family",-32} {"pages",5} {"score",6} {"LOFO",6} titles exactly right" };
        foreach (var f in score.Families)
        {
            lines.Add($"{f.Family + (f.HeldOut ? " (held out)" : ""),-32} {f.Pages,5} {F(f.Mean),6} {F(f.LeaveFamilyOut),6} {f.TitlesExactlyRight}/{f.TruthTitles}");
            if (perPage)
            {
                foreach (var p in score.Pages.Where(p => p.Page.Family == f.Family))
                    lines.Add($"  {p.Page.Name,-30} {"",5} {F(p.InSample.Score),6} {"",6} {p.InSample.TitlesExactlyRight}/{p.InSample.TruthTitles}  items {p.InSample.PredictedItems}/{p.InSample.TruthItems}");
            }
        }
        lines.Add($"in-sample (dev families) {F(score.InSample)}   leave-one-family-out {F(score.LeaveFamilyOut)}   held-out {F(score.HeldOutMean)}");
        return string.Join('\n', lines);
    }

    /// <summary>Each family's mean of each field over its aligned pairs: which part of the reading goes wrong.</summary>
    private static string Fields(CorpusScore score)
    {
        var lines = new List<string> { $"{"field means over aligned pairs",-32} " + string.Join(" ", PairScore.FieldNames.Select(f => $"{Short(f),6}")) + "  right item for item" };
        foreach (var family in score.Families)
        {
            var familyPages = score.Pages.Where(p => p.Page.Family == family.Family).ToList();
            var pairs = familyPages.SelectMany(p => p.InSample.Pairs).ToList();
            lines.Add($"{family.Family,-32} " + string.Join(" ", PairScore.FieldNames.Select(f => $"{F(pairs.Count == 0 ? double.NaN : pairs.Average(p => p.Fields[f])),6}"))
                + $"  {familyPages.Count(p => p.InSample.RightItemForItem)}/{familyPages.Count}");
        }
        var dev = score.Pages.Where(p => !p.HeldOut).ToList();
        lines.Add($"dev pages right item for item: {dev.Count(p => p.InSample.RightItemForItem)}/{dev.Count}");
        return string.Join('\n', lines);
    }

    private static string Short(string field) => field.Length <= 6 ? field : field[..6];

    private static string Json(CorpusScore score) => JsonSerializer.Serialize(new
    {
        inSample = score.InSample,
        leaveFamilyOut = score.LeaveFamilyOut,
        heldOut = double.IsNaN(score.HeldOutMean) ? (double?)null : score.HeldOutMean,
        families = score.Families,
        pages = score.Pages.Select(p => new { family = p.Page.Family, page = p.Page.Name, heldOut = p.HeldOut, score = p.InSample.Score, flagged = p.Flagged, lofo = p.LeaveFamilyOut.Score, titles = p.InSample.TruthTitles, titlesRight = p.InSample.TitlesExactlyRight }),
    }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
