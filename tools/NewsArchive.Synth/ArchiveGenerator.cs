using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Synth;

/// <summary>One generated page: its text and the articles on it in reading order.</summary>
internal sealed record SynthPage(int Number, string Section, string Text, IReadOnlyList<SynthItem> Items);

/// <summary>One generated issue of one paper.</summary>
internal sealed record SynthIssue(int PaperIndex, DateOnly Date, IReadOnlyList<SynthPage> Pages)
{
    public int ArticleCount => Pages.Sum(p => p.Items.Count);
}

/// <summary>
/// The archive as a deterministic sequence of issues: day by day, each paper's issue in paper order. Each issue
/// has its own random stream (from the seed, the paper and the day), so issue k is the same whatever size is
/// asked for; only the serial numbers that coin the distinctive names run through the whole sequence.
/// </summary>
public sealed class ArchiveGenerator(int seed = 42, int papers = 4)
{
    /// <summary>Writes OUT/input/... with at least <paramref name="articles"/> articles (whole issues) and OUT/ground-truth.jsonl.</summary>
    public (int Articles, int Pages, int Issues) WriteArchive(string output, int articles)
    {
        var input = Path.Combine(output, "input");
        Directory.CreateDirectory(input);
        using var truth = new StreamWriter(Path.Combine(output, "ground-truth.jsonl"), false, Utf8) { NewLine = "\n" };
        int count = 0, pages = 0, issues = 0;
        foreach (var issue in Issues())
        {
            if (count >= articles) break;
            WriteIssue(input, issue);
            foreach (var line in GroundTruth(issue)) truth.WriteLine(line);
            count += issue.ArticleCount;
            pages += issue.Pages.Count;
            issues++;
        }
        return (count, pages, issues);
    }

    /// <summary>Writes the issue that follows the archive of <paramref name="articles"/> articles into OUT/input; returns its folder.</summary>
    public string WriteNextIssue(string output, int articles)
    {
        var count = 0;
        foreach (var issue in Issues())
        {
            if (count >= articles)
                return WriteIssue(Path.Combine(output, "input"), issue);
            count += issue.ArticleCount;
        }
        throw new InvalidOperationException("unreachable: the issue sequence is endless");
    }

    public static readonly DateOnly FirstDay = new(2016, 1, 1);

    private int _serial;

    internal IEnumerable<SynthIssue> Issues()
    {
        for (var day = 0; ; day++)
            for (var p = 0; p < papers; p++)
                yield return Issue(p, FirstDay.AddDays(day), day);
    }

    private SynthIssue Issue(int paper, DateOnly date, int day)
    {
        var rng = new Random(unchecked(seed * 7919 + day * 131 + paper * 17 + 1));
        var pageCount = paper == 3 ? 4 : rng.Next(4, 9);
        var pages = new List<SynthPage>();
        var sections = Vocabulary.Sections.OrderBy(_ => rng.Next()).ToList();
        for (var n = 1; n <= pageCount; n++)
            pages.Add(Page(rng, paper, date, n, n == 1 ? "要闻" : sections[n % sections.Count]));
        return new SynthIssue(paper, date, pages);
    }

    private SynthPage Page(Random rng, int paper, DateOnly date, int number, string section)
    {
        var writer = new ArticleWriter(rng, date);
        var layout = new PageLayout(rng);
        var items = new List<SynthItem>();
        bool English() => rng.Next(10) < 3;
        SynthItem Next(Func<int, bool, SynthItem> make)
        {
            writer.SpacedNumbers = rng.Next(3) == 0;
            var item = make(_serial++, English());
            items.Add(item);
            return item;
        }

        // Furniture: the masthead on the front page; elsewhere the date line, and the folio and section name,
        // which pdftotext drops between the first and second column of the first article.
        var (_, nameZh, _, _) = Vocabulary.Papers[paper];
        if (number == 1)
            layout.Block(nameZh, PageLayout.DateLine(date), $"今日{rng.Next(4, 9)}版");
        else
            layout.Block(PageLayout.DateLine(date));
        string? folio = $"第{number}版\n\n{PageLayout.Spaced(section)}";

        var plan = new List<SynthKind>();
        switch (section)
        {
            case "评论":
                plan.AddRange([SynthKind.Commentary, SynthKind.Commentary, SynthKind.Commentary, SynthKind.Feature]);
                break;
            case "专刊":
                plan.AddRange([SynthKind.Feature, SynthKind.Photo, SynthKind.Feature]);
                break;
            default:
                for (var i = rng.Next(3, 6); i > 0; i--) plan.Add(SynthKind.News);
                if (rng.Next(2) == 0) plan.Insert(rng.Next(plan.Count + 1), SynthKind.Photo);
                if (rng.Next(4) == 0) plan.Add(SynthKind.Feature);
                if (rng.Next(5) == 0) plan.Add(SynthKind.Commentary);
                if (rng.Next(5) < 2) plan.Add(SynthKind.Brief);
                break;
        }

        var editorsAfter = rng.Next(plan.Count);
        for (var k = 0; k < plan.Count; k++)
        {
            switch (plan[k])
            {
                case SynthKind.News: LayNews(layout, Next(writer.News), ref folio); break;
                case SynthKind.Photo: LayPhoto(layout, Next(writer.Photo)); break;
                case SynthKind.Feature: LayFeature(layout, Next(writer.Feature), ref folio); break;
                case SynthKind.Commentary: LayCommentary(layout, Next(writer.Commentary), ref folio); break;
                case SynthKind.Brief:
                    var briefs = Enumerable.Range(0, rng.Next(3, 6)).Select(_ => Next(writer.Brief)).ToList();
                    LayBriefs(layout, rng, briefs);
                    break;
            }
            if (k == editorsAfter)
                layout.Block($"责任编辑 {writer.Person()}\n\n美编 {writer.Person()}\n\n校对 {writer.Person()}");
        }
        if (folio is not null) layout.Block(folio);
        return new SynthPage(number, section, layout.Text(), items);

        void Heading(SynthItem item)
        {
            if (item.Kicker is not null) layout.Block(item.Kicker);
            layout.Block(layout.TitleLines(item.Title!));
            if (item.Subtitle is not null) layout.Block(item.Subtitle);
        }

        void LayNews(PageLayout l, SynthItem item, ref string? furniture)
        {
            var after = rng.Next(3) == 0;
            if (!after) Heading(item);
            var paragraphs = item.Paragraphs.ToList();
            paragraphs[0] = item.Dateline + paragraphs[0];
            l.Columns(paragraphs, interrupt: furniture);
            furniture = null;
            if (after) Heading(item);
        }

        void LayPhoto(PageLayout l, SynthItem item)
        {
            var after = rng.Next(2) == 0;
            var title = item.Title is null ? null : rng.Next(2) == 0 ? l.FakeBold(item.Title) : item.Title;
            if (title is not null && !after) l.Block(title);
            var width = rng.Next(18, 28);
            l.Block(item.Paragraphs.SelectMany(p => PageLayout.Wrap(p, width)).Append(item.BylineLine!));
            if (title is not null && after) l.Block(title);
        }

        void LayFeature(PageLayout l, SynthItem item, ref string? furniture)
        {
            Heading(item);
            l.Block(item.BylineLine!);
            l.Columns(item.Paragraphs, item.Subheads, furniture);
            furniture = null;
        }

        void LayCommentary(PageLayout l, SynthItem item, ref string? furniture)
        {
            if (item.Kicker is not null) l.Block(item.Kicker);
            l.Block(l.TitleLines(item.Title!));
            l.Block(item.BylineLine!);
            l.Columns(item.Paragraphs, interrupt: furniture);
            furniture = null;
        }
    }

    /// <summary>Briefs stacked in one column print title, body, title, body; side by side, all titles come first.</summary>
    private static void LayBriefs(PageLayout l, Random rng, IReadOnlyList<SynthItem> briefs)
    {
        l.Block(rng.Next(2) == 0 ? "简讯" : PageLayout.Spaced("简讯"));
        var width = rng.Next(10, 15);
        if (rng.Next(3) == 0)
        {
            foreach (var b in briefs) l.Block(b.Title!);
            foreach (var b in briefs) l.Block(PageLayout.Wrap(b.Paragraphs[0], width));
        }
        else
        {
            foreach (var b in briefs) l.Block(PageLayout.Wrap(b.Paragraphs[0], width).Prepend(b.Title!));
        }
    }

    internal static string PageFileName(int paper, SynthPage page) =>
        Vocabulary.Papers[paper].NamedFiles
            ? $"{page.Number.ToString("00", CultureInfo.InvariantCulture)}-{page.Section}.txt"
            : $"page-{page.Number.ToString("00", CultureInfo.InvariantCulture)}.txt";

    private static readonly UTF8Encoding Utf8 = new(false);

    internal static string WriteIssue(string inputDir, SynthIssue issue)
    {
        var (slug, nameZh, nameEn, _) = Vocabulary.Papers[issue.PaperIndex];
        var paperDir = Path.Combine(inputDir, slug);
        Directory.CreateDirectory(paperDir);
        var yml = Path.Combine(paperDir, "paper.yml");
        if (!File.Exists(yml))
            File.WriteAllText(yml, $"name_zh: {nameZh}\nname_en: \"{nameEn}\"\n", Utf8);
        var dir = Path.Combine(paperDir, issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        foreach (var page in issue.Pages)
            File.WriteAllText(Path.Combine(dir, PageFileName(issue.PaperIndex, page)), page.Text, Utf8);
        return dir;
    }

    /// <summary>One JSON line per article: where it should land and what a known-item query can look for.</summary>
    internal static IEnumerable<string> GroundTruth(SynthIssue issue)
    {
        var slug = Vocabulary.Papers[issue.PaperIndex].Slug;
        foreach (var page in issue.Pages)
            for (var i = 0; i < page.Items.Count; i++)
            {
                var item = page.Items[i];
                var position = i + 1;
                yield return JsonSerializer.Serialize(new
                {
                    id = $"{slug}-{issue.Date:yyyyMMdd}-{page.Number:00}-{position:00}",
                    url = $"{slug}/{issue.Date:yyyy/MM/dd}/{page.Number:00}/{position:00}.html",
                    paper = slug,
                    date = issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    page = page.Number,
                    position,
                    kind = item.Kind.ToString().ToLowerInvariant(),
                    title = item.Title,
                    phrase = item.Phrase,
                    english = item.English,
                }, Json);
            }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
