namespace NewsArchive.PageMaker;

/// <summary>Where a report's headline stands relative to its body (which decides where pdftotext prints it).</summary>
internal enum TitleAt { Above, Below, Right, Left }

/// <summary>
/// The kinds of item a page holds, each drawn with random parts (kicker, subtitle, byline form, columns) and
/// returned with its truth. Widths are in grid columns of 174 px.
/// </summary>
internal sealed class Articles(Words w)
{
    public Made Report(int columns, TitleAt at, bool kicker = false, bool subtitle = false, bool twoLines = false, string? continuedTo = null)
    {
        var place = w.Place();
        var reporter = w.Person();
        var second = w.Chance(0.5) ? w.Person() : null;
        var role = w.Pick(["通讯员", "实习生"]);
        var (byline, reporters) = second is null ? ($"（记者 {reporter}）", new[] { reporter })
            : w.Chance(0.5) ? ($"（记者 {reporter} {role} {second}）", new[] { reporter, second })
            : ($"（通讯员 {second} 记者 {reporter}）", new[] { second, reporter });
        var dateline = w.Chance(0.8) ? "本报讯" : $"本报{place[..2]}{w.Next(1, 12)}月{w.Next(1, 28)}日讯";
        var title = w.Title(place);
        if (twoLines)
            title += "\n" + w.Pick(["群众家门口", "多点发力", "见实效", "添新绿"]) + w.Pick(["办实事", "惠民生", "促增收"]);
        var side = at is TitleAt.Right or TitleAt.Left;
        var bodyColumns = side ? Math.Max(1, columns - 1) : columns;
        var paragraphs = w.Paragraphs(place, 2, columns + 2);
        var continuation = continuedTo is null ? null : $"（下转第{continuedTo}版）";
        var truth = new Truth
        {
            Kind = "news",
            Kicker = kicker ? place : null,
            Title = title,
            Subtitle = subtitle ? w.Subtitle() : null,
            Reporters = reporters,
            Paragraphs = paragraphs,
            Dateline = dateline,
            Byline = byline,
            Continuations = continuation is null ? [] : [continuation],
        };
        var widthPx = Html.Width(bodyColumns);
        var body = Html.Body(paragraphs, bodyColumns, widthPx, Html.Span("hei dl", dateline) + Html.Span("by", byline),
            continuation is null ? "" : Html.Span("cont", continuation));
        var size = side ? w.Next(22, 26) : w.Next(22, 24 + 3 * columns);
        var heading = Heading(truth, size, side ? Html.Column : Html.Width(columns), at == TitleAt.Above ? "center" : w.Pick(["left", "right", "center"]));
        var bodyHeight = Html.BodyHeight(paragraphs, bodyColumns, widthPx, byline.Length + dateline.Length);
        var headingHeight = HeadingHeight(truth, size, side ? Html.Column : Html.Width(columns));
        var markup = at switch
        {
            TitleAt.Above => heading + body,
            TitleAt.Below => body + heading,
            TitleAt.Right => $"<div class=\"row\">{body}{heading}</div>",
            _ => $"<div class=\"row\">{heading}{body}</div>",
        };
        return new Made(truth, Box(columns, markup), side ? Math.Max(bodyHeight, headingHeight) : bodyHeight + headingHeight);
    }

    /// <summary>The rest of a report begun on an earlier page: its headline again, then the text after 上接, no byline.</summary>
    public Made Continued(int columns)
    {
        var place = w.Place();
        var note = $"（上接第{w.Next(1, 3)}版）";
        var paragraphs = w.Paragraphs(place, 2, 4);
        var truth = new Truth { Kind = "news", Title = w.Title(place), Paragraphs = paragraphs, Continuations = [note] };
        var size = w.Next(20, 26);
        var body = Html.Body(paragraphs, columns, Html.Width(columns), Html.Span("kai cont", note));
        return new Made(truth, Box(columns, Heading(truth, size, Html.Width(columns), "left") + body),
            HeadingHeight(truth, size, Html.Width(columns)) + Html.BodyHeight(paragraphs, columns, Html.Width(columns), note.Length));
    }

    public Made Photo(int columns, bool title = false)
    {
        var place = w.Place();
        var photographer = w.Person();
        var other = w.Person();
        var (credit, names) = w.Next(0, 3) switch
        {
            0 => ($"■ {photographer}", new[] { photographer }),
            1 => ($"■ 本报记者 {photographer} 摄", new[] { photographer }),
            2 => ($"■ 通讯员 {photographer} 摄", new[] { photographer }),
            _ => ($"■ 本报记者 {photographer} 通讯员 {other} 摄", new[] { photographer, other }),
        };
        var caption = w.Caption(place) + (w.Chance(0.5) ? w.Sentence(place) : "");
        var truth = new Truth
        {
            Kind = "photo",
            Title = title ? w.Pick(["田间", "湖畔", "夜市", "新渠"]) + w.Pick(["忙", "美", "暖", "兴"]) : null,
            Photographers = names,
            Paragraphs = [caption],
            Byline = credit,
        };
        var picture = w.Next(150, 260);
        var markup = (title ? Html.Div("title", truth.Title!, "font-size:24px;text-align:center") : "")
            + $"<div class=\"pic\" style=\"height:{picture}px\"></div>"
            + Html.Div("kai cap-body", caption) + Html.Div("by", credit, "text-align:right");
        return new Made(truth, Box(columns, markup), picture + (title ? 40 : 0) + Html.BodyHeight([caption], 1, Html.Width(columns)) + 30);
    }

    public Made Feature(int columns, bool fakeBold)
    {
        var place = w.Place();
        var writer = w.Person();
        var (byline, photographers) = w.Next(0, 2) switch
        {
            0 => ($"■ 文/图 本报记者 {writer}", new[] { writer }),
            1 => ($"■ 本报记者 {writer} 文/图", new[] { writer }),
            _ => ($"■ 本报记者 {writer}", Array.Empty<string>()),
        };
        var paragraphs = w.Paragraphs(place, 4, 4 + columns).ToList();
        var subheads = new HashSet<int>();
        if (w.Chance(0.6))
        {
            paragraphs.Insert(2, w.Pick(["建起来", "管起来", "用起来", "富起来"]) + "：" + w.Pick(["从无到有", "一步一个脚印", "办在心坎上"]));
            subheads.Add(2);
        }
        var captions = photographers.Length > 0 || w.Chance(0.5) ? new[] { w.Caption(place) } : [];
        var truth = new Truth
        {
            Kind = "feature",
            Kicker = w.Chance(0.4) ? w.Pick(["走基层", "一线见闻", "蹲点日记"]) : null,
            Title = w.Pick(["守着", "走进", "住在"]) + place + "的" + w.Pick(["日子", "人们", "春天"]),
            Subtitle = w.Chance(0.7) ? w.Subtitle() : null,
            Reporters = [writer],
            Photographers = photographers,
            Paragraphs = paragraphs,
            Captions = captions,
            Byline = byline,
        };
        var size = w.Next(28, 40);
        var widthPx = Html.Width(columns);
        var picture = captions.Length == 0 ? "" : $"<div class=\"pic\" style=\"height:180px\"></div>"
            + $"<div class=\"kai cap\">{(fakeBold ? $"<span class=\"fb\">{Html.Text(captions[0])}</span>" : Html.Text(captions[0]))}</div>";
        var markup = Heading(truth, size, widthPx, "center") + Html.Div("kai by", byline, "text-align:center") + picture
            + Html.Body(paragraphs, columns, widthPx, subheads: subheads);
        return new Made(truth, Box(columns, markup), HeadingHeight(truth, size, widthPx) + 30 + (captions.Length == 0 ? 0 : 230)
            + Html.BodyHeight(paragraphs, columns, widthPx, 10));
    }

    public Made Commentary(int columns, bool authorAfterBody)
    {
        var author = w.Person();
        var (byline, reporters) = w.Next(0, 2) switch
        {
            0 => ("本报评论员", Array.Empty<string>()),
            1 => ($"□ {Padded(author)}", new[] { author }),
            _ => ($"◎ {Padded(author)}", new[] { author }),
        };
        var paragraphs = Enumerable.Range(0, w.Next(3, 5)).Select(_ => w.Opinion() + w.Opinion()).ToList();
        var truth = new Truth
        {
            Kind = "commentary",
            Kicker = w.Chance(0.6) ? w.Pick(["时评", "短评", "一家之言", "街谈"]) : null,
            Title = w.Pick(["让", "把"]) + w.Pick(["小", "好"]) + w.Pick(["实事", "设施", "服务"]) + w.Pick(["办到心坎上", "管出长效来", "接上地气"]),
            Reporters = reporters,
            Paragraphs = paragraphs,
            Byline = byline,
        };
        var size = w.Next(24, 32);
        var widthPx = Html.Width(columns);
        var author_ = Html.Div("kai by", byline, authorAfterBody ? "text-align:right" : "text-align:center");
        var markup = Heading(truth, size, widthPx, "center") + (authorAfterBody ? "" : author_)
            + Html.Body(paragraphs, columns, widthPx) + (authorAfterBody ? author_ : "");
        return new Made(truth, Box(columns, markup), HeadingHeight(truth, size, widthPx) + 30 + Html.BodyHeight(paragraphs, columns, widthPx));
    }

    public Made Interview(int columns)
    {
        var place = w.Place();
        var writer = w.Person();
        var guest = w.Person();
        var paragraphs = new List<string> { $"{w.Sentence(place)}日前，记者专访了{place}{w.Pick(["农技站", "文化站", "卫生院"])}负责人{guest}。" };
        for (var i = 0; i < w.Next(2, 4); i++)
        {
            paragraphs.Add("记者：" + w.Question());
            paragraphs.Add($"{guest}：" + w.Sentence(place) + w.Sentence(place));
        }
        var truth = new Truth
        {
            Kind = "feature",
            Kicker = w.Pick(["对话", "访谈", "面对面"]),
            Title = $"{w.Pick(["把", "让"])}{w.Pick(["服务", "好事"])}送到{place}",
            Subtitle = w.Chance(0.6) ? w.Subtitle() : null,
            Reporters = [writer],
            Paragraphs = paragraphs,
            Byline = $"■ 本报记者 {writer}",
        };
        var size = w.Next(28, 36);
        var widthPx = Html.Width(columns);
        var markup = Heading(truth, size, widthPx, "center") + Html.Div("kai by", truth.Byline, "text-align:center") + Html.Body(paragraphs, columns, widthPx);
        return new Made(truth, Box(columns, markup), HeadingHeight(truth, size, widthPx) + 30 + Html.BodyHeight(paragraphs, columns, widthPx));
    }

    /// <summary>A 简讯 column: a heading (page furniture), then briefs side by side (row) or one under another.</summary>
    public MadeGroup Briefs(int columns, bool row)
    {
        var count = row ? columns : w.Next(3, 5);
        var heading = w.Pick(["要闻简报", "经济简讯", "文化简讯", "区县简讯", "乡村快讯", "科教简讯"]);
        var items = Enumerable.Range(0, count).Select(_ =>
        {
            var place = w.Place();
            var reporter = w.Chance(0.75) ? w.Person() : null;
            var byline = reporter is null ? null : $"（{w.Pick(["记者", "通讯员"])} {reporter}）";
            return new Truth { Kind = "brief", Title = w.Title(place), Reporters = reporter is null ? [] : [reporter], Paragraphs = [w.Brief(place) + (w.Chance(0.5) ? w.Sentence(place) : "")], Byline = byline };
        }).ToList();
        var each = row ? Html.Column : Html.Width(columns);
        string One(Truth t) => $"<div class=\"brief\" style=\"width:{each}px\">" + Html.Div("hei brief-title", t.Title!)
            + $"<p>{Html.Text(t.Paragraphs[0])}{(t.Byline is null ? "" : Html.Span("by", t.Byline))}</p></div>";
        var markup = Html.Div("hei brief-head", heading) + (row ? $"<div class=\"row\">{string.Concat(items.Select(One))}</div>" : string.Concat(items.Select(One)));
        var heights = items.Select(t => Html.BodyHeight(t.Paragraphs, 1, each, 12) + 30).ToList();
        return new MadeGroup(items, Box(columns, markup), 40 + (row ? heights.Max() : heights.Sum()));
    }

    private static string Padded(string name) => name.Length == 2 ? $"{name[0]} {name[1]}" : name;

    private static string Box(int columns, string markup) => $"<article class=\"item\" style=\"width:{Html.Width(columns)}px\">{markup}</article>";

    private static string Heading(Truth t, int size, int widthPx, string align) =>
        $"<div class=\"head\" style=\"width:{widthPx}px;text-align:{align}\">"
        + (t.Kicker is null ? "" : Html.Div("kai kicker", t.Kicker))
        + Html.Div("title", t.Title!, $"font-size:{size}px")
        + (t.Subtitle is null ? "" : Html.Div("kai sub", t.Subtitle)) + "</div>";

    private static int HeadingHeight(Truth t, int size, int widthPx)
    {
        var perLine = Math.Max(1, widthPx / size);
        var lines = t.Title!.Split('\n').Sum(l => (l.Length + perLine - 1) / perLine);
        return (int)(lines * size * 1.3) + (t.Kicker is null ? 0 : 28) + (t.Subtitle is null ? 0 : 28) + 12;
    }
}
