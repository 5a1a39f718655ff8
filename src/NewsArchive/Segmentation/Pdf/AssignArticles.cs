using NewsArchive.Model;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Gives every block and picture its article. A frame drawn round text holds one article. Elsewhere a heading
/// governs what stands beneath it (and beside it, for a title in a side box) until the next heading over the
/// same columns or a rule between: each piece goes to the nearest heading it can see, distance measured
/// across columns counting double. Pieces no heading can see are grouped by nearness into untitled articles
/// (photo news without a title, a report whose headline is an image).
/// </summary>
public static class AssignArticles
{
    public static List<ArticleDraft> Apply(List<ArticleDraft> headed, IReadOnlyList<PdfBlock> blocks, IReadOnlyList<PictureUnit> pictures,
        IReadOnlyList<PageRegion> frames, IReadOnlyList<PdfShape> shapes, BodyMeasure body, PageSize page)
    {
        var rules = shapes.Where(s => s.Kind == PdfShapeKind.Rule).Select(s => s.Box).ToList();
        var foot = FootBands.Of(headed, blocks, shapes, body, page);
        var articles = new List<ArticleDraft>(headed);
        var framed = new Dictionary<PageRegion, ArticleDraft>();
        var orphans = new List<(PageRegion Box, PdfBlock? Block, PictureUnit? Picture)>();
        var claimed = ClaimColumns(headed, blocks, pictures, rules, body, foot, frames);
        var pieces = blocks.Where(b => !claimed.Contains(b)).Select(b => (b.Box, (PdfBlock?)b, (PictureUnit?)null))
            .Concat(pictures.Select(p => (p.Extent, (PdfBlock?)null, (PictureUnit?)p)));
        foreach (var (box, block, picture) in pieces.OrderBy(p => p.Item1.Top).ThenBy(p => p.Item1.Left).ToList())
        {
            var frame = frames.Where(f => FindPictures.Contains(f, box)).OrderBy(f => f.Width * f.Height).Cast<PageRegion?>().FirstOrDefault();
            var candidates = headed.Where(a => frame is null ? !frames.Any(f => FindPictures.Contains(f, a.Heading)) : FindPictures.Contains(frame, a.Heading)).ToList();
            // Photo news stands on its own: only a heading right over the picture (its own title) can take it.
            if (picture is not null && IsPhotoNews(picture))
                candidates = candidates.Where(a => a.Blocks.Count == 0 && a.Pictures.Count == 0 && box.Top - a.Heading.Bottom is var gap
                    && gap >= -body.Size && gap <= 2 * body.Size && Overlap(a.Heading, box) > 0).ToList();
            // A column opening with a dateline goes to a heading whose body has not opened yet, when one can see it.
            if (block is not null && ArticleOpening.Opens(block) && candidates.Where(a => !ArticleOpening.HasOpened(a.Blocks)).ToList() is { Count: > 0 } unopened
                && Nearest(box, unopened, headed, rules, body, foot, inFrame: frame is not null) is not null)
                candidates = unopened;
            var target = Nearest(box, candidates, headed, rules, body, foot, inFrame: frame is not null);
            if (target is null && frame is not null)
            {
                if (!framed.TryGetValue(frame, out target))
                {
                    target = new ArticleDraft { Frame = frame };
                    framed[frame] = target;
                    articles.Add(target);
                }
            }
            if (target is null)
            {
                orphans.Add((box, block, picture));
                continue;
            }
            if (block is not null)
                target.Blocks.Add(block);
            else
                target.Pictures.Add(picture!);
        }
        articles.AddRange(GroupOrphans(orphans, body));
        return articles;
    }

    /// <summary>
    /// The columns right under a heading are its own, and so are the columns beside them that start on the same
    /// line at the same width (the rest of the body's column set; a picture right under the heading starts that
    /// line too), unless another heading stands right over them; and so is a column's next block right under a
    /// block of its own (a paragraph set apart), unless a rule or a heading stands between.
    /// </summary>
    private static HashSet<PdfBlock> ClaimColumns(List<ArticleDraft> headed, IReadOnlyList<PdfBlock> blocks, IReadOnlyList<PictureUnit> pictures,
        List<PageRegion> rules, BodyMeasure body, FootBands foot, IReadOnlyList<PageRegion> frames)
    {
        var claimed = new HashSet<PdfBlock>();
        // A frame's edge is a wall: a heading claims nothing on its other side.
        bool SameFrame(PageRegion h, PageRegion b) => frames.All(f => FindPictures.Contains(f, h) == FindPictures.Contains(f, b));
        bool Under(PageRegion h, PageRegion b) => SameFrame(h, b) && Overlap(h, b) > body.Size && foot.Gap(h, b) is var gap && gap >= -0.5 * body.Size && gap <= 3 * body.Size;
        // A vertical headline governs the columns beside it, starting level with it, on either side.
        bool Beside(PageRegion h, PageRegion b) => SameFrame(h, b) && Math.Abs(b.Top - h.Top) <= 3 * body.Size
            && Math.Max(b.Left - h.Right, h.Left - b.Right) is var gap && gap >= -0.5 * body.Size && gap <= Math.Max(3 * body.Size, 0.8 * body.ColumnWidth);
        bool Governs(ArticleDraft a, PageRegion b) => Under(a.Heading, b) || a.Titles.Count > 0 && a.Titles[0].Vertical && Beside(a.Heading, b);
        var underSome = blocks.Where(b => headed.Any(a => Governs(a, b.Box))).ToHashSet();
        var opening = blocks.Where(ArticleOpening.Opens).ToHashSet();
        var headings = headed.Select(a => a.Heading).ToList();
        var centred = new Dictionary<PdfBlock, ArticleDraft>();
        foreach (var article in headed.Where(a => a.Frame is null && !foot.IsFoot(a.Heading) && !(a.Titles.Count > 0 && a.Titles[0].Vertical)))
        {
            foreach (var b in CentredTitles.Span(article.Heading, blocks, body).Where(b => SameFrame(article.Heading, b.Box)))
                centred.TryAdd(b, article);
        }
        bool Others(PdfBlock b, ArticleDraft a) => centred.TryGetValue(b, out var owner) && owner != a;
        foreach (var article in headed.OrderBy(a => a.Heading.Top))
        {
            var mine = blocks.Where(b => !claimed.Contains(b) && (Governs(article, b.Box) || centred.GetValueOrDefault(b) == article)).ToList();
            var seeds = mine.Select(b => (b.Box, b.Size, Picture: false, Block: (PdfBlock?)b)).Concat(pictures.Where(p => Governs(article, p.Box)).Select(p => (p.Box, body.Size, Picture: true, Block: (PdfBlock?)null))).ToList();
            for (var i = 0; i < seeds.Count; i++)
            {
                var (b, size, picture, seed) = seeds[i];
                foreach (var n in blocks)
                {
                    if (claimed.Contains(n) || mine.Contains(n) || underSome.Contains(n) || Others(n, article) || !SameFrame(article.Heading, n.Box))
                        continue;
                    // A second dateline is another article's opening column, standing level beside this one's.
                    if (opening.Contains(n) && mine.Any(opening.Contains))
                        continue;
                    var beside = Math.Abs(n.Top - b.Top) <= 0.6 * size && Math.Abs(n.Size - size) <= 0.05 * size
                        && (picture || Math.Abs(n.Box.Width - b.Width) <= 1.5 * size)
                        && Math.Max(n.Left - b.Right, b.Left - n.Right) is var gap && gap >= 0 && gap <= 3 * size;
                    var next = !picture && Math.Abs(n.Size - size) <= 0.05 * size && n.Top - b.Bottom is var dy && dy >= -0.2 * size && dy <= 1.5 * size
                        && Overlap(n.Box, b) > 0.8 * Math.Min(n.Box.Width, b.Width)
                        && !rules.Any(r => r.Width >= r.Height && r.Top >= b.Bottom - 0.2 * size && r.Bottom <= n.Top + 0.2 * size && Overlap(r, n.Box) > size)
                        && !headings.Any(h => h.Top >= b.Bottom - 0.2 * size && h.Bottom <= n.Top + 0.2 * size && Overlap(h, n.Box) > size);
                    if (!beside && !next || beside && seed is not null && ArticleOpening.LeftOfOpening(seed, n.Box))
                        continue;
                    mine.Add(n);
                    seeds.Add((n.Box, n.Size, false, n));
                }
            }
            foreach (var b in mine)
            {
                claimed.Add(b);
                article.Blocks.Add(b);
            }
        }
        return claimed;
    }

    private static ArticleDraft? Nearest(PageRegion box, List<ArticleDraft> candidates, List<ArticleDraft> all, List<PageRegion> rules, BodyMeasure body, FootBands foot, bool inFrame)
    {
        ArticleDraft? best = null;
        var bestScore = double.MaxValue;
        foreach (var article in candidates)
        {
            var h = article.Heading;
            var dx = Math.Max(0, Math.Max(h.Left - box.Right, box.Left - h.Right));
            // A heading governs what is under it or beside it (over it, in a band of foot titles), not the other side.
            if (foot.Behind(h, box, body.Size))
                continue;
            var dy = Math.Max(0, foot.Gap(h, box));
            // Inside a frame every heading is the frame's own: a page reference at the far end of a promo's line still reaches its headline.
            if (dx > 1.5 * body.ColumnWidth + 2 * body.Size && !inFrame)
                continue;
            if (Blocked(h, box, all, article, rules, body, foot.IsFoot(h)))
                continue;
            // A heading over the piece's columns comes before any heading beside it.
            var score = dy + 2 * dx + (dx > 0 ? 10_000 : 0);
            if (score < bestScore)
            {
                best = article;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Another heading over the piece's columns, below this one, or a rule between the two, ends this heading's reach.</summary>
    private static bool Blocked(PageRegion h, PageRegion box, List<ArticleDraft> all, ArticleDraft self, List<PageRegion> rules, BodyMeasure body, bool foot)
    {
        if (foot)
        {
            // Mirror the page top to bottom: a foot title reaches up the columns over it.
            h = Mirror(h);
            box = Mirror(box);
            all = all.Select(a => a == self ? a : new ArticleDraft { MirroredHeading = Mirror(a.Heading) }).ToList();
            rules = rules.Select(Mirror).ToList();
        }
        foreach (var other in all)
        {
            if (ReferenceEquals(other, self))
                continue;
            var o = other.MirroredHeading ?? other.Heading;
            if (o.Top > h.Top + 0.5 * body.Size && o.Top < box.Top - 0.5 * body.Size && Overlap(o, box) > body.Size)
                return true;
        }
        foreach (var r in rules)
        {
            if (r.Width >= r.Height)
            {
                var between = r.Top >= h.Bottom - 0.5 * body.Size && r.Bottom <= box.Top + 0.5 * body.Size;
                if (between && Overlap(r, box) > body.Size && Overlap(r, h) > -body.ColumnWidth)
                    return true;
            }
            else
            {
                var betweenX = r.Left >= Math.Min(h.Right, box.Right) - 0.5 * body.Size && r.Right <= Math.Max(h.Left, box.Left) + 0.5 * body.Size;
                var spans = Math.Min(r.Bottom, box.Bottom) - Math.Max(r.Top, box.Top) > body.Size;
                if (betweenX && spans)
                    return true;
            }
        }
        return false;
    }

    private static PageRegion Mirror(PageRegion r) => new(r.Left, -r.Bottom, r.Width, r.Height);

    /// <summary>A picture with a credit whose caption tells what happened in sentences is photo news, not an illustration.</summary>
    public static bool IsPhotoNews(PictureUnit picture)
    {
        var caption = string.Concat(picture.Captions.Select(c => c.Text));
        return picture.Credits.Count > 0 && caption.Contains('。');
    }

    private static double Overlap(PageRegion a, PageRegion b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);

    /// <summary>Pieces within two body lines of each other form one untitled article.</summary>
    private static IEnumerable<ArticleDraft> GroupOrphans(List<(PageRegion Box, PdfBlock? Block, PictureUnit? Picture)> orphans, BodyMeasure body)
    {
        var group = Enumerable.Range(0, orphans.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        var near = 2 * body.Size;
        for (var i = 0; i < orphans.Count; i++)
        {
            for (var j = i + 1; j < orphans.Count; j++)
            {
                // Photo news stands on its own: it joins no untitled neighbour.
                if (orphans[i].Picture is { } pi && IsPhotoNews(pi) || orphans[j].Picture is { } pj && IsPhotoNews(pj))
                    continue;
                var a = orphans[i].Box;
                var b = orphans[j].Box;
                var dx = Math.Max(0, Math.Max(a.Left - b.Right, b.Left - a.Right));
                var dy = Math.Max(0, Math.Max(a.Top - b.Bottom, b.Top - a.Bottom));
                if (dx <= near && dy <= near)
                    group[Find(i)] = Find(j);
            }
        }
        foreach (var members in Enumerable.Range(0, orphans.Count).GroupBy(Find))
        {
            var article = new ArticleDraft();
            foreach (var i in members)
            {
                if (orphans[i].Block is { } block)
                    article.Blocks.Add(block);
                else
                    article.Pictures.Add(orphans[i].Picture!);
            }
            yield return article;
        }
    }
}
