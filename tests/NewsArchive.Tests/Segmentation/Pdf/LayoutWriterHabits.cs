using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>The drawing of <see cref="ProducerHabits"/>: how a Founder or InDesign page sets what the plain writer sets plainly.</summary>
public sealed partial class LayoutWriter
{
    private static readonly string[] LatinWords = ["GDP", "APP", "5G", "CPI", "AI", "PM2.5"];

    private bool Has(ProducerHabits habit) => (habits & habit) != 0;

    private sealed record HeadingHabit(bool Logo, bool Vertical, bool Image);

    /// <summary>Which habits this article's heading shows (none without the habits: the plain pages stay as they were).</summary>
    private HeadingHabit HabitHeading(int span, bool beside)
    {
        if (habits == ProducerHabits.None)
            return new HeadingHabit(false, false, false);
        var logo = Has(ProducerHabits.ColumnLogos) && random.NextDouble() < 0.35;
        var vertical = Has(ProducerHabits.VerticalTitles) && span >= 2 && random.NextDouble() < 0.4;
        var image = !vertical && !beside && Has(ProducerHabits.HeadlineImages) && random.NextDouble() < 0.3;
        return new HeadingHabit(logo, vertical, image);
    }

    private void Rule(PageRegion box, double width)
    {
        if (Has(ProducerHabits.BrokenFrames))
            BrokenSide(box.Left, box.Top, box.Right, box.Top, width, 0);
        else if (Has(ProducerHabits.LineBoxes))
            _ops.Add(new LineOp(box.Left, box.Top, box.Right, box.Top, width));
        else
            _ops.Add(new RectOp(box, Filled: true, LineWidth: width));
    }

    private void Frame(PageRegion box)
    {
        if (Has(ProducerHabits.BrokenFrames))
        {
            BrokenSide(box.Left, box.Top, box.Right, box.Top, 0.7, 1.5);
            BrokenSide(box.Right, box.Top, box.Right, box.Bottom, 0.7, 1.5);
            BrokenSide(box.Left, box.Bottom, box.Right, box.Bottom, 0.7, 1.5);
            BrokenSide(box.Left, box.Top, box.Left, box.Bottom, 0.7, 1.5);
            return;
        }
        if (!Has(ProducerHabits.LineBoxes))
        {
            _ops.Add(new RectOp(box, Filled: false));
            return;
        }
        _ops.Add(new LineOp(box.Left, box.Top, box.Right, box.Top));
        _ops.Add(new LineOp(box.Right, box.Top, box.Right, box.Bottom));
        _ops.Add(new LineOp(box.Right, box.Bottom, box.Left, box.Bottom));
        _ops.Add(new LineOp(box.Left, box.Bottom, box.Left, box.Top));
    }

    /// <summary>
    /// A horizontal or vertical side from (x1, y1) to (x2, y2) in one to three pieces (a point apart or overlapping),
    /// its ends moved up to <paramref name="slack"/> points either way (a corner overshot or short), each piece a stroke
    /// or a thin filled bar.
    /// </summary>
    private void BrokenSide(double x1, double y1, double x2, double y2, double width, double slack)
    {
        var horizontal = Math.Abs(y2 - y1) < Math.Abs(x2 - x1);
        double Jitter(double by) => (2 * random.NextDouble() - 1) * by;
        var (from, to) = horizontal ? (x1 + Jitter(slack), x2 + Jitter(slack)) : (y1 + Jitter(slack), y2 + Jitter(slack));
        var pieces = random.Next(1, 4);
        var cuts = Enumerable.Range(1, pieces - 1).Select(i => from + (to - from) * (i + Jitter(0.3)) / pieces).ToList();
        var ends = new List<double> { from };
        ends.AddRange(cuts);
        ends.Add(to);
        for (var i = 0; i < pieces; i++)
        {
            // A piece stops a point short of the next or runs a point or two into it.
            var start = ends[i];
            var end = i == pieces - 1 ? ends[i + 1] : ends[i + 1] + Jitter(1.5);
            var at = horizontal ? y1 : x1;
            if (random.NextDouble() < 0.4)
            {
                var thick = 0.5 + 0.7 * random.NextDouble();
                _ops.Add(new RectOp(horizontal
                    ? new PageRegion(start, at - thick / 2, end - start, thick)
                    : new PageRegion(at - thick / 2, start, thick, end - start), Filled: true, LineWidth: 0));
            }
            else
                _ops.Add(horizontal ? new LineOp(start, at, end, at, width) : new LineOp(at, start, at, end, width));
        }
    }

    /// <summary>A column logo over the heading: an image one and a half to three and a half body lines high.</summary>
    private double ColumnLogo(int col, double y)
    {
        var height = _s * (1.5 + 2 * random.NextDouble());
        _ops.Add(new ImageOp(new PageRegion(X(col), y, _s * (4 + 3 * random.NextDouble()), height)));
        return y + height + 0.6 * _s;
    }

    /// <summary>A title top to bottom, one upright glyph under another, in columns right to left when long; returns its bottom.</summary>
    private double VerticalTitle(string title, double left, double top, double size)
    {
        var perColumn = title.Length <= 9 ? title.Length : (title.Length + 1) / 2;
        var columns = (title.Length + perColumn - 1) / perColumn;
        var bottom = top;
        for (var c = 0; c < columns; c++)
        {
            var x = left + (columns - 1 - c) * size * 1.15;
            var y = top;
            foreach (var ch in title.Skip(c * perColumn).Take(perColumn))
            {
                DrawGlyph(ch.ToString(), x, y, size, FontRole.Head, bold: Has(ProducerHabits.FakeBold));
                y += size * 1.02;
            }
            bottom = Math.Max(bottom, y);
        }
        return bottom;
    }

    /// <summary>
    /// A framed promo box: one to three headlines of other pages' reports, each with its page reference, no body.
    /// </summary>
    private double PromoBox(int col, int span, double top)
    {
        var y = top + 0.6 * _s;
        var size = _s * (1.5 + 0.6 * random.NextDouble());
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var title = Word(6, 12);
            size = Math.Min(size, Width(span) / (title.Length + 1));
            DrawHeadingLine(title, X(col) + 0.5 * _s, y, size, FontRole.Head);
            y += size * 1.3;
            var reference = $"（详见第{random.Next(2, 16)}版）";
            _ops.Add(new TextOp(reference, X(col) + Width(span) - (reference.Length + 0.5) * _s, y, _s, FontRole.Body));
            y += _lead * 1.6;
            _truth.Add(new SegmentedItem { Kind = ItemKind.News, Title = title, Continuations = [reference] });
        }
        Frame(new PageRegion(X(col), top, Width(span), y - top));
        return y;
    }

    /// <summary>A heading line (kicker, subtitle, byline, title), glyph by glyph when the producer has habits: doubled for bold, tracked out.</summary>
    private void DrawHeadingLine(string text, double x, double y, double size, FontRole font, double tracking = 0)
    {
        if (habits == ProducerHabits.None)
        {
            _ops.Add(new TextOp(text, x, y, size, font));
            return;
        }
        foreach (var token in Tokens(text))
            x = DrawToken(token, x, y, size, font, Has(ProducerHabits.FakeBold) && font != FontRole.Body) + tracking * size;
    }

    /// <summary>The width of a title in ems, tracking included.</summary>
    private static double TitleEms(string title, double tracking)
    {
        var tokens = Tokens(title).ToList();
        return tokens.Sum(TokenEms) + tracking * (tokens.Count - 1);
    }

    /// <summary>A token's width in ems: a Chinese character one, a space half, a number 0.6 a digit and a quarter either side, a split run <see cref="SplitGap"/> between its glyphs.</summary>
    private static double TokenEms(string token) => token[0] switch
    {
        '{' => 0.5 + 0.6 * (token.Length - 2),
        '[' => 0.6 + 0.55 * (token.Length - 2) + SplitGap(token) * (token.Length - 3),
        ' ' => 0.5,
        _ => 1,
    };

    /// <summary>The space between the glyphs of a split run, a third to two thirds of an em: fixed per token so the line breaker can count it.</summary>
    private static double SplitGap(string token) => 0.3 + 0.1 * (token.Length % 4);

    private double DrawToken(string token, double x, double y, double size, FontRole font, bool bold)
    {
        switch (token[0])
        {
            case ' ':
                return x + 0.5 * size;
            case '{':
                x += 0.25 * size;
                foreach (var digit in token.Trim('{', '}'))
                {
                    DrawGlyph(digit.ToString(), x, y, size, font, bold);
                    x += 0.6 * size;
                }
                return x + 0.25 * size;
            case '[':
                x += 0.3 * size;
                foreach (var c in token.Trim('[', ']'))
                {
                    DrawGlyph(c.ToString(), x, y, size, font, bold);
                    x += (0.55 + SplitGap(token)) * size;
                }
                return x - SplitGap(token) * size + 0.3 * size;
            default:
                DrawGlyph(token, x, y, size, font, bold);
                return x + size;
        }
    }

    /// <summary>One glyph; for fake bold, drawn again right after itself a fifth to three fifths of a point to the right.</summary>
    private void DrawGlyph(string text, double x, double y, double size, FontRole font, bool bold)
    {
        _ops.Add(new TextOp(text, x, y, size, font));
        if (bold)
            _ops.Add(new TextOp(text, x + 0.2 + 0.4 * random.NextDouble(), y + 0.1 * random.NextDouble(), size, font));
    }

    /// <summary>A date or a Latin word set as split runs: <c>[5]月[19]日</c>, <c>[GDP]</c>.</summary>
    private string SplitToken() => random.NextDouble() < 0.6
        ? $"[{random.Next(1, 13)}]月[{random.Next(1, 29)}]日"
        : $"[{LatinWords[random.Next(LatinWords.Length)]}]";

    /// <summary>Inserts a token at a random place that is not inside another token's braces.</summary>
    private string InsertOutsideTokens(string text, string token)
    {
        var places = Enumerable.Range(1, text.Length - 1).Where(i => text[..i].Count(c => c is '{' or '[') == text[..i].Count(c => c is '}' or ']')).ToList();
        return text.Insert(places[random.Next(places.Count)], token);
    }
}
