namespace NewsArchive.PageMaker;

/// <summary>
/// The layout families: each fills a page with bands in its own way, with random column counts, type sizes, article
/// counts and optional parts. Every family also prints page furniture (running head or masthead, editor line, imprint).
/// </summary>
internal static class Families
{
    public static readonly IReadOnlyDictionary<string, Action<Words, Articles, PageBuilder>> All =
        new SortedDictionary<string, Action<Words, Articles, PageBuilder>>(StringComparer.Ordinal)
        {
            ["title-above"] = (w, a, p) => Fill(w, p, c => [a.Report(c, TitleAt.Above, w.Chance(0.4), w.Chance(0.3))]),
            ["title-below"] = (w, a, p) => Fill(w, p, c => c <= 2 && w.Chance(0.3)
                ? [a.Photo(c), a.Report(c, TitleAt.Below, w.Chance(0.6))]
                : [a.Report(c, TitleAt.Below, w.Chance(0.6)), a.Report(c, TitleAt.Below, w.Chance(0.6))]),
            ["side-title"] = (w, a, p) => Fill(w, p, c => c >= 3
                ? [a.Report(c, w.Chance(0.6) ? TitleAt.Right : TitleAt.Left, w.Chance(0.5))]
                : [a.Report(c, TitleAt.Above)]),
            ["brief-row"] = (w, a, p) =>
            {
                var briefs = w.Next(3, 4);
                p.Band([a.Report(6 - briefs, TitleAt.Above, w.Chance(0.5))], [a.Briefs(briefs, row: true)]);
                Fill(w, p, c => [a.Report(c, TitleAt.Above, w.Chance(0.3))]);
            },
            ["brief-stack"] = (w, a, p) =>
            {
                p.Band([a.Report(4, TitleAt.Above, w.Chance(0.5)), a.Report(4, w.Chance(0.5) ? TitleAt.Above : TitleAt.Below)], [a.Briefs(2, row: false)]);
                Fill(w, p, c => [a.Report(c, TitleAt.Above)]);
            },
            ["commentary"] = (w, a, p) =>
            {
                var c = w.Next(2, 3);
                p.Band([a.Report(6 - c, TitleAt.Above, w.Chance(0.5))], [a.Commentary(c, w.Chance(0.4))]);
                Fill(w, p, c2 => w.Chance(0.5) ? [a.Commentary(c2, w.Chance(0.5))] : [a.Report(c2, TitleAt.Above)]);
            },
            ["photo-news"] = (w, a, p) => Fill(w, p, c => c <= 3
                ? [a.Photo(c, w.Chance(0.3)), a.Photo(c, w.Chance(0.3))]
                : [a.Report(c, TitleAt.Above, w.Chance(0.4))]),
            ["feature"] = (w, a, p) =>
            {
                p.Band([a.Feature(w.Next(4, 6), w.Chance(0.6))]);
                Fill(w, p, c => c <= 2 && w.Chance(0.5) ? [a.Photo(c)] : [a.Report(c, TitleAt.Above)]);
            },
            ["continued"] = (w, a, p) =>
            {
                p.Band([a.Report(w.Next(3, 4), TitleAt.Above, w.Chance(0.5), continuedTo: w.Next(2, 8).ToString(System.Globalization.CultureInfo.InvariantCulture))], [a.Continued(2)]);
                Fill(w, p, c => w.Chance(0.4) ? [a.Continued(c)] : [a.Report(c, TitleAt.Above)]);
            },
            ["boxed-masthead"] = (w, a, p) =>
            {
                p.Masthead = "front";
                p.Boxed = true;
                Fill(w, p, c => c <= 2 && w.Chance(0.4) ? [a.Photo(c)] : [a.Report(c, TitleAt.Above, w.Chance(0.5), w.Chance(0.4), w.Chance(0.3))]);
            },
            ["interview"] = (w, a, p) =>
            {
                p.Band([a.Interview(w.Next(4, 6))]);
                Fill(w, p, c => w.Chance(0.3) ? [a.Commentary(c, false)] : [a.Report(c, TitleAt.Above)]);
            },
            ["narrow-columns"] = (w, a, p) => Fill(w, p, c => [a.Report(c, TitleAt.Above, w.Chance(0.6), false, twoLines: w.Chance(0.6))], narrow: true),
        };

    /// <summary>Adds bands of random widths until the page is full: eight bands in a row that do not fit end it.</summary>
    private static void Fill(Words w, PageBuilder page, Func<int, IReadOnlyList<object>> stack, bool narrow = false)
    {
        for (var misses = 0; misses < 8;)
        {
            if (!page.Band([.. Split(w, narrow).Select(stack)]))
                misses++;
        }
    }

    private static int[] Split(Words w, bool narrow) => w.Pick<int[]>(narrow
        ? [[2, 2, 2], [3, 3], [2, 4], [4, 2]]
        : [[6], [4, 2], [2, 4], [3, 3], [2, 2, 2], [3, 3], [4, 2]]);
}
