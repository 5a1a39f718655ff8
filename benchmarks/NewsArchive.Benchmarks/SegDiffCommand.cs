using NewsArchive.Model;
using NewsArchive.Segmentation;
using NewsArchive.Segmentation.Pdf;
using NewsArchive.Tests.Segmentation.Scoring;

namespace NewsArchive.Benchmarks;

/// <summary>
/// `segdiff [--family NAME] [--corpus DIR] [--text]`: for each dev page of tests/corpus whose PDF reading (with --text: the
/// text path's reading of page.txt) is not right item for item, the
/// truth beside the prediction, field by field (held-out families are never shown).
/// </summary>
public static class SegDiffCommand
{
    public static int Run(string[] args)
    {
        var root = Path.Combine("tests", "corpus");
        string? only = null;
        var text = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length)
                root = args[++i];
            else if (args[i] == "--family" && i + 1 < args.Length)
                only = args[++i];
            else if (args[i] == "--text")
                text = true;
        }
        var heldOut = ReadCorpus.HeldOut(root);
        foreach (var page in ReadCorpus.From(root).Where(p => !heldOut.Contains(p.Family) && (only is null || p.Family == only)))
        {
            var pdf = new[] { Path.Combine(root, page.Family, page.Name, "page.pdf"), Path.Combine(root, page.Name, "page.pdf") }.FirstOrDefault(File.Exists) ?? "";
            if (!text && !File.Exists(pdf))
                continue;
            var predicted = text ? PageSegmenter.Segment(page.Text).Items : SegmentPdfPage.Segment(File.ReadAllBytes(pdf), 0).Segmentation.Items;
            var score = ScorePage.Score(page.Truth, predicted);
            if (score.RightItemForItem)
                continue;
            Console.WriteLine($"== {page.Name} {score.Score:0.000} items {predicted.Count}/{page.Truth.Count}");
            var pairs = AlignItems.Pairs(page.Truth, predicted);
            foreach (var (t, p) in pairs)
            {
                foreach (var (field, value) in ScorePage.Fields(page.Truth[t], predicted[p]).Where(x => x.Key != "bodyText" && x.Value < 0.9995))
                    Console.WriteLine($"  [{t}] {field}: truth {Field(page.Truth[t], field)}  |  got {Field(predicted[p], field)}");
            }
            foreach (var t in Enumerable.Range(0, page.Truth.Count).Where(t => pairs.All(x => x.Truth != t)))
                Console.WriteLine($"  truth unpaired: {Line(page.Truth[t])}");
            foreach (var p in Enumerable.Range(0, predicted.Count).Where(p => pairs.All(x => x.Predicted != p)))
                Console.WriteLine($"  got unpaired:   {Line(predicted[p])}");
        }
        return 0;
    }

    private static string Field(SegmentedItem i, string field) => field switch
    {
        "kind" => i.Kind.ToString(),
        "kicker" => i.Kicker ?? "-",
        "title" => i.Title ?? "-",
        "subtitle" => i.Subtitle ?? "-",
        "reporters" => string.Join(",", i.Reporters),
        "photographers" => string.Join(",", i.Photographers),
        "captions" => string.Join(" / ", i.Captions.Select(Cut)),
        "paragraphStarts" => string.Join(" | ", i.Paragraphs.Select(p => Cut(p))),
        _ => "",
    };

    private static string Cut(string p) => p.Length > 12 ? p[..12] : p;

    private static string Line(SegmentedItem i) =>
        $"{i.Kind} k={i.Kicker} t={i.Title} r={string.Join(",", i.Reporters)} body={string.Join(" | ", i.Paragraphs.Select(Cut))}";
}
