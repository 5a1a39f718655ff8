using System.Globalization;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;
using UglyToad.PdfPig;

namespace NewsArchive.Benchmarks;

/// <summary>
/// `habitscore [--pages N] [--family NAME]`: the segmentation score (SCORE.md) of generated PDF layouts, one family per
/// producer habit (<see cref="HabitFamilies"/>), with each field's mean over aligned pairs, titles exactly right,
/// untitled-article warnings and pages whose text is not all accounted for. The held-out families are marked.
/// </summary>
public static class HabitScoreCommand
{
    public static int Run(string[] args)
    {
        var count = 100;
        string? only = null;
        var show = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pages" when i + 1 < args.Length: count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--family" when i + 1 < args.Length: only = args[++i]; break;
                case "--show" when i + 1 < args.Length: show = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"habitscore: unknown argument {args[i]}");
                    return 2;
            }
        }
        Console.WriteLine($"{"family",-26} {"pages",5} {"score",6} " + string.Join(" ", PairScore.FieldNames.Select(f => $"{(f.Length <= 6 ? f : f[..6]),6}")) + "  titles  items  lost  right");
        foreach (var (name, habits, heldOut) in HabitFamilies.All.Where(f => only is null || f.Name == only))
        {
            var layouts = HabitFamilies.Layouts(habits, count);
            using var document = PdfDocument.Open(GeneratedPdf.Document(layouts));
            var scores = new List<PageScore>();
            var lost = 0;
            var promos = 0;
            var promosRight = 0;
            for (var i = 0; i < layouts.Count; i++)
            {
                var result = SegmentPdfPage.Segment(ReadPdfPage.Read(document.GetPage(i + 1)));
                scores.Add(ScorePage.Score(layouts[i].Truth, result.Segmentation.Items));
                // Promos have no body, so the score cannot pair them: count them apart, by title, with no body of their own.
                foreach (var promo in layouts[i].Truth.Where(t => t.Paragraphs.Count == 0))
                {
                    promos++;
                    if (result.Segmentation.Items.Any(p => p.Paragraphs.Count == 0 && AlignItems.Squeeze(p.Title) == AlignItems.Squeeze(promo.Title)))
                        promosRight++;
                }
                if (show == i + 1)
                    Show(layouts[i].Truth, result);
                if (result.Segmentation.Leftovers.Count > 0 || !TextAccounting.Check(result.Text, result.Segmentation).Holds)
                    lost++;
            }
            var pairs = scores.SelectMany(s => s.Pairs).ToList();
            var fields = string.Join(" ", PairScore.FieldNames.Select(f => $"{F(pairs.Count == 0 ? double.NaN : pairs.Average(p => p.Fields[f])),6}"));
            Console.WriteLine($"{name + (heldOut ? " (held out)" : ""),-26} {layouts.Count,5} {F(scores.Average(s => s.Score)),6} {fields}  "
                + $"{scores.Sum(s => s.TitlesExactlyRight)}/{scores.Sum(s => s.TruthTitles)}  {scores.Sum(s => s.PredictedItems)}/{scores.Sum(s => s.TruthItems)}  {lost}  {scores.Count(s => s.RightItemForItem)}" + (promos > 0 ? $"  promos {promosRight}/{promos}" : ""));
        }
        return 0;
    }

    /// <summary>`--show N`: page N's truth and predicted items, one line each, to see what went wrong.</summary>
    private static void Show(IReadOnlyList<Model.SegmentedItem> truth, PdfPageSegmentation result)
    {
        static string Line(Model.SegmentedItem i) =>
            $"{i.Kind,-10} k={i.Kicker} t={i.Title} s={i.Subtitle} r={string.Join(",", i.Reporters)} p={string.Join(",", i.Photographers)} c={i.Captions.Count} cont={string.Join(",", i.Continuations)} body={string.Concat(i.Paragraphs.Select(p => p.Length > 10 ? p[..10] + "|" : p + "|"))}";
        Console.WriteLine("truth:");
        foreach (var i in truth)
            Console.WriteLine("  " + Line(i));
        Console.WriteLine("predicted:");
        foreach (var i in result.Segmentation.Items)
            Console.WriteLine("  " + Line(i));
        foreach (var w in result.Segmentation.Warnings)
            Console.WriteLine("  warning: " + w);
    }

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
