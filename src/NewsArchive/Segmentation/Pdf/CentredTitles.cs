using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// A headline is set flush over its article's first column or centred over the article's full measure. When the
/// row of level columns right under a heading holds a run whose middle is the heading's middle, that run is the
/// article's: a neighbour's heading set higher on the page does not take its outer columns, however level they stand.
/// </summary>
public static class CentredTitles
{
    /// <summary>The columns of the run centred under <paramref name="heading"/>, or none when no run of two or more is.</summary>
    public static IReadOnlyList<PdfBlock> Span(PageRegion heading, IReadOnlyList<PdfBlock> blocks, BodyMeasure body)
    {
        var size = body.Size;
        bool Under(PdfBlock b) => !b.Vertical && Math.Min(b.Right, heading.Right) - Math.Max(b.Left, heading.Left) > size
            && b.Top - heading.Bottom is var gap && gap >= -0.5 * size && gap <= 3 * size;
        var first = blocks.Where(b => Under(b) && body.Tier(b) == TypeTier.Body).OrderBy(b => b.Top).FirstOrDefault();
        if (first is null)
            return [];
        var row = blocks.Where(b => !b.Vertical && Math.Abs(b.Top - first.Top) <= 0.6 * size && Math.Abs(b.Size - first.Size) <= 0.05 * first.Size
                && Math.Abs(b.Box.Width - first.Box.Width) <= 1.5 * size)
            .OrderBy(b => b.Left).ToList();
        // The contiguous run of the row that holds the first column under the heading.
        var at = row.IndexOf(first);
        var from = at;
        while (from > 0 && row[from].Left - row[from - 1].Right is var g && g >= 0 && g <= 3 * size)
            from--;
        var to = at;
        while (to < row.Count - 1 && row[to + 1].Left - row[to].Right is var g && g >= 0 && g <= 3 * size)
            to++;
        var middle = (heading.Left + heading.Right) / 2;
        IReadOnlyList<PdfBlock> best = [];
        for (var i = from; i <= at; i++)
        {
            for (var j = at; j <= to; j++)
            {
                if (j - i + 1 < 2 || j - i + 1 <= best.Count || (row[i].Left + row[j].Right) / 2 is var m && Math.Abs(m - middle) > size)
                    continue;
                // The run spans the heading: a headline is never wider than its article.
                if (row[i].Left > heading.Left + size || row[j].Right < heading.Right - size)
                    continue;
                // An article opens in its first column: a dateline further along is another article's opening.
                if (row.Skip(i + 1).Take(j - i).Any(ArticleOpening.Opens))
                    continue;
                // A headline over one column of a row is that column's (a brief's title): a centred one crosses a gutter.
                if (row.Skip(i).Take(j - i + 1).Count(b => Math.Min(b.Right, heading.Right) > Math.Max(b.Left, heading.Left)) < 2)
                    continue;
                best = row.GetRange(i, j - i + 1);
            }
        }
        return best;
    }
}
