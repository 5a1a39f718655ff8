using NewsArchive.Model;

namespace NewsArchive.Tests.Segmentation.Pdf;

/// <summary>
/// Invents newspaper pages from a seed, with the truth known by construction: a running head over a rule, bands of
/// articles between rules, each article over one or more columns of a random grid and type size, its title above
/// (left or centred) or beside the body in a side column, kickers, ——subtitles, ■ bylines, 本报讯 datelines,
/// numbers set as separate runs, titles drawn twice for bold, frames, pictures with captions and photo news.
/// </summary>
public sealed partial class LayoutWriter(Random random, ProducerHabits habits = ProducerHabits.None)
{
    // Common characters that spell none of the words the rules look for (讯, 摄, 版, 编 ...).
    private const string Pool = "春耕生产全面展开各地群众积极参与农业技术推广服务水平不断提高经济发展稳中向好城市建设加快推进文化旅游融合乡村振兴产业项目"
        + "投资环境优化企业创新能力增强居民收入持续增长教育医疗保障民生实事落实社区治理基层组织交通出行便利生态保护绿色低碳新能源";
    private const string Surnames = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔谭陆汪范金廖贾夏付方白邹孟熊秦江";
    private const string Given = "明华建国志强晓东丽娟海燕春雨秋实文博思远若溪嘉树清扬一鸣云帆书宁立群楚南";

    private readonly List<DrawOp> _ops = [];
    private readonly List<SegmentedItem> _truth = [];
    private double _s;
    private double _lead;
    private double _colW;
    private double _gutter;
    private double _left;

    public GeneratedLayout Page(int? columns = null, double? bodySize = null, int? articleCount = null)
    {
        const double width = 842, height = 1191, margin = 30;
        var n = columns ?? random.Next(4, 8);
        _s = bodySize ?? new[] { 8.0, 8.5, 9, 9.5, 10, 10.5 }[random.Next(6)];
        _lead = _s * (1.35 + random.NextDouble() * 0.25);
        _gutter = _s * (1.1 + random.NextDouble() * 0.8);
        var chars = Math.Floor((width - 2 * margin - (n - 1) * _gutter) / n / _s);
        _colW = chars * _s;
        _left = (width - (n * _colW + (n - 1) * _gutter)) / 2;
        var right = width - _left;
        // Running head: paper name, page number, date, then the rule that closes it.
        if (Has(ProducerHabits.MastheadImage))
            _ops.Add(new ImageOp(new PageRegion(_left, margin - 0.4 * _s, 12 * _s, 3 * _s)));
        else
            _ops.Add(new TextOp(Word(2, 3) + "日报", _left, margin, 2.4 * _s, FontRole.Head));
        _ops.Add(new TextOp($"第{random.Next(1, 12)}版", right - 4 * _s, margin + 0.5 * _s, _s, FontRole.Body));
        _ops.Add(new TextOp($"2025年{random.Next(1, 13)}月{random.Next(1, 29)}日", right - 12 * _s, margin + 2 * _s, _s, FontRole.Body));
        var y = margin + 3.6 * _s;
        Rule(new PageRegion(_left, y, right - _left, 0.1), 1.2);
        y += 1.2 * _s;
        var made = 0;
        while (y < height - 30 * _s && made < (articleCount ?? int.MaxValue))
        {
            var spans = Spans(n, articleCount == 1 ? 1 : random.Next(1, Math.Min(3, n / 2) + 1));
            var bottom = y;
            var col = 0;
            foreach (var span in spans)
            {
                bottom = Math.Max(bottom, Has(ProducerHabits.PromoBoxes) && spans.Count > 1 && random.NextDouble() < 0.2
                    ? PromoBox(col, span, y)
                    : Article(col, span, y, allowPhoto: spans.Count > 1));
                col += span;
                made++;
            }
            y = bottom + 0.8 * _s;
            Rule(new PageRegion(_left, y, right - _left, 0.1), 0.7);
            y += 1.0 * _s;
        }
        return new GeneratedLayout(width, height, _s, [.. _ops], [.. _truth]);
    }

    private List<int> Spans(int n, int parts)
    {
        var spans = Enumerable.Repeat(n / parts, parts).ToList();
        spans[^1] += n - spans.Sum();
        return spans;
    }

    private double X(int column) => _left + column * (_colW + _gutter);

    private double Width(int span) => span * _colW + (span - 1) * _gutter;

    /// <summary>Writes one article in columns [col, col+span) from <paramref name="top"/>; returns its bottom.</summary>
    private double Article(int col, int span, double top, bool allowPhoto)
    {
        if (allowPhoto && random.NextDouble() < 0.2)
            return PhotoNews(col, span, top);
        var feature = random.NextDouble() < 0.3;
        var reporter = Name();
        string? kicker = random.NextDouble() < 0.3 ? Word(2, 4) + "县" : null;
        var titleSize = _s * (1.7 + random.NextDouble() * 1.6);
        var title = Word(7, 14);
        string? subtitle = random.NextDouble() < 0.3 ? "——" + Word(8, 14) : null;
        var beside = span >= 3 && random.NextDouble() < 0.25;
        var framed = random.NextDouble() < 0.2;
        var y = top;
        var bodyCol = col;
        var bodySpan = span;
        var heading = HabitHeading(span, beside);
        var titleBottom = top;
        var untitled = false;
        if (heading.Logo)
            y = ColumnLogo(col, y);
        if (heading.Vertical)
        {
            // The title stands top to bottom in the first column, the body beside it.
            kicker = null;
            subtitle = null;
            titleBottom = VerticalTitle(title, X(col), y, Math.Min(titleSize, 0.8 * _colW));
            bodyCol = col + 1;
            bodySpan = span - 1;
        }
        else if (heading.Image)
        {
            // Kicker, title and subtitle are one placed image: the text layer has none of them.
            var h = (kicker is null ? 0 : 1.3 * _s * 1.5) + titleSize * 1.35 + (subtitle is null ? 0 : 1.3 * _s * 1.6);
            _ops.Add(new ImageOp(new PageRegion(X(col), y, Math.Min(Width(span), (title.Length + 1) * titleSize), h - 0.3 * titleSize)));
            y += h;
            kicker = null;
            subtitle = null;
            untitled = true;
        }
        else if (beside)
        {
            // The title stands in the first column, broken into lines that fit it; the body takes the rest.
            titleSize = Math.Min(titleSize, _colW / 4);
            var per = (int)Math.Floor(_colW / titleSize);
            var ty = top;
            if (kicker is not null)
            {
                _ops.Add(new TextOp(kicker, X(col), ty, 1.3 * _s, FontRole.Kai));
                ty += 1.3 * _s * 1.5;
            }
            for (var i = 0; i < title.Length; i += per)
            {
                DrawTitle(title.Substring(i, Math.Min(per, title.Length - i)), X(col), ty, titleSize);
                ty += titleSize * 1.25;
            }
            subtitle = null;
            bodyCol = col + 1;
            bodySpan = span - 1;
        }
        else
        {
            if (kicker is not null)
            {
                DrawHeadingLine(kicker, X(col), y, 1.3 * _s, FontRole.Kai);
                y += 1.3 * _s * 1.5;
            }
            var tracking = Has(ProducerHabits.LetterSpaced) && random.NextDouble() < 0.6 ? 0.25 + 0.75 * random.NextDouble() : 0;
            if (tracking > 0)
                title = title[..Math.Min(title.Length, random.Next(4, 9))];
            if (Has(ProducerHabits.SplitRuns) && random.NextDouble() < 0.4)
                title = title.Insert(random.Next(1, title.Length), $"{{{random.Next(2, 500)}}}");
            var titleWidth = TitleEms(title, tracking);
            titleSize = Math.Min(titleSize, Width(span) / (titleWidth + 1));
            var centred = random.NextDouble() < 0.5;
            DrawTitle(title, centred ? X(col) + (Width(span) - titleWidth * titleSize) / 2 : X(col), y, titleSize, tracking);
            y += titleSize * 1.35;
            if (subtitle is not null)
            {
                DrawHeadingLine(subtitle, X(col) + (Width(span) - subtitle.Length * 1.3 * _s) / 2, y, 1.3 * _s, FontRole.Kai);
                y += 1.3 * _s * 1.6;
            }
        }
        string? byline = null;
        if (feature)
        {
            byline = "■ 本报记者 " + reporter;
            DrawHeadingLine(byline, X(bodyCol), y, _s, FontRole.Kai);
            y += _lead * 1.3;
        }
        y += 0.4 * _s;
        var paragraphs = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentences(random.Next(2, 5))).ToList();
        var opening = feature ? "" : $"本报讯（记者 {reporter}）";
        string? caption = null;
        var startY = Enumerable.Repeat(y, bodySpan).ToArray();
        if (!beside && bodySpan >= 2 && random.NextDouble() < 0.3)
        {
            var pictureHeight = 8 * _lead;
            _ops.Add(new RectOp(new PageRegion(X(bodyCol), y, Width(2), pictureHeight), Filled: true));
            caption = Word(8, 16);
            _ops.Add(new TextOp(caption, X(bodyCol), y + pictureHeight + 0.4 * _s, _s, FontRole.Kai));
            startY[0] = startY[1] = y + pictureHeight + 0.4 * _s + 2 * _lead;
        }
        var bottom = Math.Max(titleBottom, Flow(paragraphs, opening, bodyCol, bodySpan, startY));
        if (framed)
            Frame(new PageRegion(X(col) - 0.5 * _s, top - 0.5 * _s, Width(span) + _s, bottom - top + _s));
        _truth.Add(new SegmentedItem
        {
            Kind = feature ? ItemKind.Feature : ItemKind.News,
            Kicker = kicker,
            Title = untitled ? null : Plain(title),
            Subtitle = subtitle,
            Reporters = [reporter],
            Paragraphs = paragraphs.Select(Plain).ToList(),
            Captions = caption is null ? [] : [caption],
            Dateline = feature ? null : "本报讯",
            Byline = feature ? byline : $"（记者 {reporter}）",
        });
        return bottom;
    }

    private double PhotoNews(int col, int span, double top)
    {
        var y = top;
        string? title = null;
        if (random.NextDouble() < 0.4)
        {
            title = Word(6, 10);
            DrawTitle(title, X(col), y, 1.5 * _s);
            y += 1.5 * _s * 1.5;
        }
        var height = Math.Min(Width(span) * 0.55, 16 * _lead);
        _ops.Add(new RectOp(new PageRegion(X(col), y, Width(span), height), Filled: true));
        y += height + 0.4 * _s;
        var caption = Sentences(2);
        var perLine = (int)Math.Floor(Width(span) / _s);
        var lines = Break(caption, perLine, indent: true);
        foreach (var (text, indent) in lines)
        {
            DrawBodyLine(text, X(col) + (indent ? 2 * _s : 0), y, FontRole.Kai);
            y += _lead;
        }
        var photographer = Name();
        var credit = $"■ 本报记者 {photographer} 摄";
        _ops.Add(new TextOp(credit, X(col) + Width(span) - 12 * _s, y, _s, FontRole.Body));
        y += _lead;
        _truth.Add(new SegmentedItem
        {
            Kind = ItemKind.Photo,
            Title = title,
            Photographers = [photographer],
            Paragraphs = [Plain(caption)],
            Byline = credit,
        });
        return y;
    }

    /// <summary>A title, drawn twice a third of a point apart half the time (fake bold).</summary>
    private void DrawTitle(string text, double x, double y, double size, double tracking = 0)
    {
        if (habits != ProducerHabits.None)
        {
            DrawHeadingLine(text, x, y, size, FontRole.Head, tracking);
            return;
        }
        _ops.Add(new TextOp(text, x, y, size, FontRole.Head));
        if (random.NextDouble() < 0.5)
            _ops.Add(new TextOp(text, x + 0.3, y + 0.2, size, FontRole.Head));
    }

    /// <summary>Flows paragraphs through the columns, the shortest height that holds them; returns the bottom.</summary>
    private double Flow(List<string> paragraphs, string opening, int col, int span, double[] startY)
    {
        var perLine = (int)Math.Floor(_colW / _s);
        var lines = new List<(string Text, bool Indent)>();
        for (var i = 0; i < paragraphs.Count; i++)
            lines.AddRange(Break((i == 0 ? opening : "") + paragraphs[i], perLine, indent: true));
        var capacity = startY.Select(s => 0).ToArray();
        var rows = 1;
        while (true)
        {
            var bottom = startY.Min() + rows * _lead;
            for (var c = 0; c < span; c++)
                capacity[c] = Math.Max(0, (int)Math.Floor((bottom - startY[c]) / _lead + 1e-9));
            if (capacity.Sum() >= lines.Count)
                break;
            rows++;
        }
        var k = 0;
        var end = startY.Max();
        for (var c = 0; c < span && k < lines.Count; c++)
        {
            for (var r = 0; r < capacity[c] && k < lines.Count; r++, k++)
            {
                var (text, indent) = lines[k];
                var y = startY[c] + r * _lead;
                DrawBodyLine(text, X(col + c) + (indent ? 2 * _s : 0), y, FontRole.Body);
                end = Math.Max(end, y + _s);
            }
        }
        return end;
    }

    /// <summary>Lines of a paragraph: a number <c>{123}</c> counts 0.6 em a digit and a quarter em either side, a space half an em.</summary>
    private static List<(string Text, bool Indent)> Break(string paragraph, int perLine, bool indent)
    {
        var lines = new List<(string, bool)>();
        var current = "";
        var width = indent ? 2.0 : 0;
        var first = indent;
        foreach (var token in Tokens(paragraph))
        {
            var w = TokenEms(token);
            if (width + w > perLine + 1e-9)
            {
                lines.Add((current, first));
                first = false;
                current = "";
                width = 0;
            }
            current += token;
            width += w;
        }
        if (current.Length > 0)
            lines.Add((current, first));
        return lines;
    }

    /// <summary>Characters one by one; a number, written <c>{123}</c>, and a split run, written <c>[19]</c>, as one token.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{' && text[i] != '[')
            {
                yield return text[i].ToString();
                continue;
            }
            var end = text.IndexOf(text[i] == '{' ? '}' : ']', i + 1);
            yield return text[i..(end + 1)];
            i = end;
        }
    }

    private static string Plain(string text) => text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
        .Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);

    /// <summary>A body line: Chinese runs drawn whole, each number drawn digit by digit with a quarter em around it.</summary>
    private void DrawBodyLine(string text, double x, double y, FontRole font)
    {
        foreach (var token in Tokens(text))
            x = DrawToken(token, x, y, _s, font, bold: false);
    }

    private string Sentences(int count)
    {
        var parts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var sentence = Word(8, 24);
            if (random.NextDouble() < 0.4)
                sentence = sentence.Insert(random.Next(1, sentence.Length), $"{{{random.Next(2, 2000)}}}");
            if (Has(ProducerHabits.SplitRuns) && random.NextDouble() < 0.4)
                sentence = InsertOutsideTokens(sentence, SplitToken());
            parts.Add(sentence + (random.NextDouble() < 0.3 ? "，" + Word(4, 10) : "") + "。");
        }
        return string.Concat(parts);
    }

    private string Word(int min, int max) => string.Concat(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pool[random.Next(Pool.Length)]));

    private string Name() => $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}{(random.NextDouble() < 0.5 ? Given[random.Next(Given.Length)].ToString() : "")}";
}
