using System.Text.RegularExpressions;
using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;
using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// An article's fields from its blocks in reading order, with the text path's conventions and parsers: the
/// dateline and bracketed byline opening a report, ■ bylines and credits, author lines, continuation notes,
/// paragraphs starting at first-line indents (an indent of an em or more from the column's edge) and at
/// subheads set apart in their own type, captions, and the kind.
/// </summary>
internal static partial class FillItemFields
{
    private const int LongestBrief = 400;

    public static SegmentedItem? Apply(ArticleDraft article, BodyMeasure body, bool underBriefHeading)
    {
        var draft = new ItemDraft
        {
            Kicker = Heading(article.Kicker),
            Title = article.Titles.Count == 0 ? null : Collapse(string.Concat(article.Titles.Select(t => t.Text))),
            Subtitle = Heading(article.Subtitle),
        };
        var bodyLines = new List<BodyLine>();
        var blockNumber = 0;
        var previousFont = "";
        // Blocks standing wholly above the body (a byline under the title) come first, then the columns.
        var bodyTop = article.Blocks.Count == 0 ? 0 : article.Blocks.Where(b => b.Lines.Count > 2).Select(b => b.Top).DefaultIfEmpty(double.MaxValue).Min();
        var head = article.Blocks.Where(b => b.Bottom <= bodyTop + 0.2 * b.Size && b.Lines.Count <= 2).OrderBy(b => b.Top).ToList();
        var ordered = head.Concat(OrderColumns.Apply(article.Blocks.Except(head), b => b.Box)).ToList();
        foreach (var block in ordered)
        {
            blockNumber++;
            var text = block.Text.Trim();
            if (AttachCaptions.IsCredit(text) || ClassifyLine.IsAuthorLine(text) || bodyLines.Count == 0 && ClassifyLine.IsBylineLine(text) && block.Lines.Count <= 2)
            {
                Byline(draft, block, bodyLines.Count == 0);
                continue;
            }
            // A block in another type than the body before it (a subhead, a question set bold) starts a paragraph, and so does the one after it.
            var font = MainFont(block);
            var typeChange = bodyLines.Count > 0 && !string.Equals(font, previousFont, StringComparison.Ordinal);
            previousFont = font;
            var left = block.Lines.Count >= 2 ? block.Lines.Min(l => l.Left) : ColumnLeft(block, ordered);
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines[i];
                var indented = line.Left - left >= 1.2 * line.Size && !line.Vertical;
                var startsParagraph = indented || i == 0 && typeChange;
                bodyLines.Add(new BodyLine(line.Text, line.Box.Width / Math.Max(1, line.Size), blockNumber) { StartsParagraph = startsParagraph });
            }
        }
        TakeOpening(draft, bodyLines);
        draft.Body.AddRange(Paragraphs(bodyLines, draft));

        var pictures = OrderColumns.Apply(article.Pictures, p => p.Box);
        foreach (var credit in pictures.SelectMany(p => p.Credits))
        {
            var printed = NormalizeByline.Apply(credit.Lines.Select(l => l.Text));
            draft.Photographers.AddRange(ParseByline.Read(printed, plainNamesArePhotographers: true).Photographers);
            if (draft.Byline is null && draft.Body.Count == 0)
                draft.Byline = printed;
            else
                draft.Extra.Add(printed);
        }
        var captions = pictures.SelectMany(p => p.Captions).Select(c => JoinBodyText.Apply(c.Lines.Select(l => l.Text))).Where(c => c.Length > 0).ToList();
        if (draft.Body.Count == 0 && pictures.Count > 0 && draft.Kind is null)
        {
            // Photo news: the caption is the report.
            draft.Kind = ItemKind.Photo;
            draft.Body.AddRange(captions.Select((c, i) => new BodyLine(c, 0, i) { StartsParagraph = true }));
        }
        else
            draft.Captions.AddRange(captions);
        var length = draft.Body.Sum(l => l.Text.Length);
        draft.Brief = underBriefHeading && (article.MinorTitle || article.Titles.Count == 0) && length <= LongestBrief;
        if (draft.Brief && draft.Kind is null && draft.Dateline is not null)
            draft.Kind = ItemKind.Brief;
        var item = FinishItem.Apply(draft);
        return item is null ? null : item with { Regions = article.Regions().Select(Round).ToList() };
    }

    private static void Byline(ItemDraft draft, PdfBlock block, bool beforeBody)
    {
        var printed = NormalizeByline.Apply(block.Lines.Select(l => l.Text));
        var isCredit = Regex.IsMatch(printed, @"摄\s*$") && !printed.Contains("文/");
        if (isCredit || draft.Byline is not null)
        {
            draft.Photographers.AddRange(ParseByline.Read(printed, plainNamesArePhotographers: true).Photographers);
            draft.Extra.Add(printed);
            return;
        }
        draft.Byline = printed;
        var people = ParseByline.Read(printed, plainNamesArePhotographers: false);
        draft.Reporters.AddRange(people.Reporters);
        draft.Photographers.AddRange(people.Photographers);
        if (printed.StartsWith('■') && beforeBody)
            draft.Kind = ItemKind.Feature;
        else if (ClassifyLine.IsAuthorLine(printed))
            draft.Kind = ItemKind.Commentary;
    }

    /// <summary>The 本报讯 dateline and the bracketed byline after it, cut from the first body line(s).</summary>
    private static void TakeOpening(ItemDraft draft, List<BodyLine> lines)
    {
        if (lines.Count == 0)
            return;
        var m = ClassifyLine.Dateline(lines[0].Text);
        if (!m.Success || m.Index > 1)
            return;
        draft.Dateline = JoinBodyText.Collapse(m.Value);
        var rest = lines[0].Text[(m.Index + m.Length)..].TrimStart();
        lines[0] = lines[0] with { Text = rest };
        // A dateline set in its own type is a line of its own: the bracketed byline opens the next.
        var first = rest.Length == 0 && lines.Count > 1 ? 1 : 0;
        rest = lines[first].Text.TrimStart();
        if (!rest.StartsWith('（') && !rest.StartsWith('('))
            return;
        var collected = new List<string>();
        for (var i = first; i < lines.Count && i < first + 3; i++)
        {
            var close = lines[i].Text.IndexOfAny(['）', ')']);
            if (close < 0)
            {
                collected.Add(lines[i].Text);
                continue;
            }
            collected.Add(lines[i].Text[..(close + 1)]);
            var printed = NormalizeByline.Apply(collected);
            // A ■ byline over the title came first: the bracket is kept beside it, never dropped.
            if (draft.Byline is null)
                draft.Byline = printed;
            else
                draft.Extra.Add(printed);
            var people = ParseByline.Read(printed, plainNamesArePhotographers: false);
            draft.Reporters.AddRange(people.Reporters);
            draft.Photographers.AddRange(people.Photographers);
            lines[i] = lines[i] with { Text = lines[i].Text[(close + 1)..] };
            for (var j = first; j < i; j++)
                lines[j] = lines[j] with { Text = "" };
            return;
        }
    }

    /// <summary>Body lines joined into paragraphs at their starts; continuation notes taken out on the way.</summary>
    private static IEnumerable<BodyLine> Paragraphs(List<BodyLine> lines, ItemDraft draft)
    {
        var current = new List<string>();
        var paragraphs = new List<string>();
        void Flush()
        {
            var text = JoinBodyText.Apply(current);
            if (text.Length > 0)
                paragraphs.Add(text);
            current.Clear();
        }
        foreach (var line in lines)
        {
            if (line.StartsParagraph)
                Flush();
            var text = line.Text;
            var c = ClassifyLine.Continuation(text) is { Success: true } m ? m : PageReference().Match(text);
            if (c.Success)
            {
                draft.Continuations.Add(Collapse(c.Value));
                text = text.Remove(c.Index, c.Length);
            }
            current.Add(text);
        }
        Flush();
        return paragraphs.Select((p, i) => new BodyLine(p, 0, i) { StartsParagraph = true });
    }

    /// <summary>A one-line block's column edge: the leftmost line of the article's blocks over the same column.</summary>
    private static double ColumnLeft(PdfBlock block, List<PdfBlock> all)
    {
        var same = all.Where(b => b != block && b.Lines.Count >= 2 && Math.Abs(b.Right - block.Right) < block.Size).ToList();
        return same.Count == 0 ? block.Left : Math.Min(block.Left, same.Min(b => b.Left));
    }

    /// <summary>The font of most of a block's glyphs: a continuation note or a dateline opening it in another type does not make it a subhead.</summary>
    private static string MainFont(PdfBlock block) =>
        block.Lines.SelectMany(l => l.Glyphs).GroupBy(g => g.Font, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";

    private static string? Heading(PdfBlock? block) => block is null ? null : Collapse(block.Text);

    private static string Collapse(string text) => Spaces().Replace(text.Trim(), " ");

    private static PageRegion Round(PageRegion r) => new(Math.Round(r.Left, 1), Math.Round(r.Top, 1), Math.Round(r.Width, 1), Math.Round(r.Height, 1));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The whole line is a promo's pointer to another page.</summary>
    public static bool IsPageReference(string text) => PageReference().Match(text.Trim()) is { Success: true } m && m.Length == text.Trim().Length;

    /// <summary>A promo's or a teaser's pointer to the page that carries the report: （详见第5版）, (见第A3版).</summary>
    [GeneratedRegex(@"[（(]\s*(?:详\s*见|见|请\s*看|详\s*情\s*见)\s*第?\s*[A-Za-z0-9０-９]{1,3}\s*版\s*[）)]")]
    private static partial Regex PageReference();
}
