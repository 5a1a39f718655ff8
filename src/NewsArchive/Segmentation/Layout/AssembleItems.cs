using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Reads the cleaned lines in text order and builds the articles. pdftotext gives blocks in an order decided by
/// geometry, so a title may come before its body (centred above it) or after it (a side box, a strip under
/// it); the rules follow from that:
/// a body with no title yet takes the headings printed right after it; otherwise headings wait for the next
/// body; a dateline (本报讯), a byline line, an author line or a feature credit opens a new article; a picture
/// credit closes photo news; a 简讯 column's titles are handed to its bodies one by one, and titles the column
/// printed as one run apart from their bodies are paired with them by content, then order (<see cref="PairBriefTitles"/>).
/// </summary>
internal sealed class AssembleItems
{
    private readonly List<ItemDraft> _items = [];
    /// <summary>
    /// Headings waiting for a body; Position is the number of items begun before the heading was read, Block the
    /// pdftotext block it was read in.
    /// </summary>
    private readonly List<(string Text, bool Brief, int Position, int Block)> _pendingHeadings = [];

    /// <summary>The last item whose title was printed after its body.</summary>
    private ItemDraft? _titledAfterBody;

    /// <summary>The block of the line being read.</summary>
    private int _readingBlock = -1;
    private string? _pendingSubtitle;
    private readonly List<string> _pendingCaptions = [];
    private ItemDraft? _current;
    private bool _briefColumn;
    private bool _afterBriefHeading;
    private bool _lastWasBriefHeading;
    private ItemDraft? _lastHeadingTarget;

    /// <summary>The body a heading run cut in mid-sentence: a neighbour's heading printed inside its column.</summary>
    private ItemDraft? _interrupted;
    private readonly List<string> _leftovers = [];
    private readonly List<(string Text, int Block)> _leftoverHeadings = [];

    /// <summary>Headings no body took, with their block: candidates for the page-wide assignment of titles.</summary>
    public IReadOnlyList<(string Text, int Block)> LeftoverHeadings => _leftoverHeadings;

    private IReadOnlyList<PageLine> _lines = [];
    private int _blockEnd;

    public (IReadOnlyList<ItemDraft> Items, IReadOnlyList<string> Leftovers) Run(IReadOnlyList<PageLine> lines, IReadOnlySet<int> briefHeadingBefore)
    {
        _lines = lines;
        var i = 0;
        while (i < lines.Count)
        {
            SegmentationBudget.Step();
            var block = lines[i].Block;
            var j = i;
            while (j < lines.Count && lines[j].Block == block)
                j++;
            var blockLines = lines.Skip(i).Take(j - i).ToList();
            _blockEnd = j;
            ReadBlock(blockLines, i, briefHeadingBefore);
            i = j;
        }
        FlushPendingAtEnd();
        return (_items, _leftovers);
    }

    private void ReadBlock(List<PageLine> block, int firstIndex, IReadOnlySet<int> briefHeadingBefore)
    {
        var k = 0;
        while (k < block.Count)
        {
            SegmentationBudget.Step();
            if (briefHeadingBefore.Contains(firstIndex + k))
            {
                _briefColumn = true;
                _afterBriefHeading = true;
                KeepHeadingOutOfBriefColumn();
            }
            var line = block[k];
            var text = line.Text;
            _readingBlock = line.Block;

            if (line.Bold)
            {
                var run = new List<PageLine>();
                while (k < block.Count && block[k].Bold)
                    run.Add(block[k++]);
                OnBold(run, block, k);
                continue;
            }

            var heading = HeadingRun(block, k);
            if (heading > 0)
            {
                var headingText = JoinHeading(block.Skip(k).Take(heading).Select(l => l.Text));
                var restIsBody = k + heading < block.Count && IsPlainBody(block[k + heading]);
                if (restIsBody && _current is { HasBody: true, Closed: false, EndsSentence: false })
                    OnCaption(headingText);
                else
                    OnHeading(headingText, brief: _afterBriefHeading, leading: k + heading < block.Count && !restIsBody);
                k += heading;
                continue;
            }

            var dateline = ClassifyLine.Dateline(text);
            if (dateline.Success && dateline.Index <= 30)
            {
                var prefix = text[..dateline.Index].Trim();
                if (prefix.Length > 0)
                {
                    if (IsHeadingLike(prefix))
                        OnHeading(JoinHeading([prefix]));
                    else
                        AddBody(new BodyLine(prefix, line.Width, line.Block), block, k);
                }
                k = OnDateline(block, k, dateline.Index, dateline.Length);
                continue;
            }

            var credit = ClassifyLine.CreditStart(text);
            if (credit >= 0)
            {
                if (credit > 0)
                    AddBody(new BodyLine(text[..credit].Trim(), line.Width, line.Block), block, k);
                var creditText = text[credit..].Trim();
                // A name cut by the line end: the rest stands alone on the next line.
                if (k + 1 < block.Count && block[k + 1].Text.Length <= 2 && block[k + 1].Text.All(Chinese.IsHan))
                {
                    creditText += block[k + 1].Text;
                    k++;
                }
                OnCredit(creditText);
                k++;
                continue;
            }

            if (ClassifyLine.IsPlainPictureCredit(text))
            {
                OnCredit(text.Trim());
                k++;
                continue;
            }

            if (ClassifyLine.IsAuthorLine(text) || ClassifyLine.IsBylineLine(text))
            {
                OnAuthor(text.Trim(), ClassifyLine.IsAuthorLine(text));
                k++;
                continue;
            }

            if (ClassifyLine.IsSubtitle(text))
            {
                // A long subtitle wraps: the lines after it in its block that carry no sentence are its own.
                var subtitle = new List<string> { text };
                while (k + 1 < block.Count && IsPlainText(block[k + 1]) && IsHeadingLike(block[k + 1].Text)
                    && k + 2 >= block.Count)
                    subtitle.Add(block[++k].Text);
                OnSubtitle(JoinHeading(subtitle));
                k++;
                continue;
            }

            var continuation = ClassifyLine.Continuation(text);
            if (continuation.Success)
            {
                var before = text[..continuation.Index].Trim();
                var after = text[(continuation.Index + continuation.Length)..].Trim();
                var note = JoinBodyText.Collapse(continuation.Value);
                if (note.Contains('上') || note.Contains('接') && !note.Contains('转'))
                {
                    if (before.Length > 0)
                        AddBody(new BodyLine(before, line.Width, line.Block), block, k);
                    StartItemIfBodyPresent();
                    Ensure().Continuations.Add(note);
                    if (after.Length > 0)
                        AddBody(new BodyLine(after, line.Width, line.Block), block, k);
                }
                else
                {
                    if (before.Length > 0)
                        AddBody(new BodyLine(before, line.Width, line.Block), block, k);
                    var target = _current ?? _items.LastOrDefault() ?? Ensure();
                    target.Continuations.Add(note);
                    target.Closed = true;
                    if (after.Length > 0)
                        AddBody(new BodyLine(after, line.Width, line.Block), block, k);
                }
                k++;
                continue;
            }

            // A stacked 简讯 column: the brief's title sits on the first line of its body's block.
            if (_briefColumn && k == 0 && block.Count > 1 && _current is { Brief: true, HasBody: true } && (_current.Closed || _current.EndsSentence)
                && !_pendingHeadings.Any(h => h.Brief)
                && IsHeadingLike(text) && TextWidth.Of(text) <= 20)
            {
                OnHeading(JoinHeading([text]), brief: true);
                k++;
                continue;
            }

            AddBody(new BodyLine(text, line.Width, line.Block), block, k);
            k++;
        }
    }

    /// <summary>
    /// A heading still waiting when a 简讯 column's heading is read was printed before the column, so it is none of
    /// the column's: one line after a title that followed its body is that article's deck (a subtitle printed
    /// without its dash).
    /// </summary>
    private void KeepHeadingOutOfBriefColumn()
    {
        var general = _pendingHeadings.Where(h => !h.Brief).ToList();
        if (general.Count == 1 && _current is { Title: not null, Subtitle: null } && _current == _titledAfterBody
            && general[0].Position == _items.Count)
        {
            _current.Subtitle = general[0].Text;
            _pendingHeadings.Remove(general[0]);
        }
    }

    // ---------------------------------------------------------------- line kinds

    /// <summary>How many lines from <paramref name="k"/> form a heading (a title, kicker or label), or 0.</summary>
    private int HeadingRun(List<PageLine> block, int k)
    {
        var n = 0;
        var chars = 0;
        while (k + n < block.Count && n < 5 && IsPlainText(block[k + n]) && IsHeadingLike(block[k + n].Text))
        {
            chars += block[k + n].Text.Count(c => !char.IsWhiteSpace(c));
            n++;
        }
        if (n == 0 && k == 0 && block.Count == 1 && IsPunctuatedTitle(block[0].Text)
            && _current is not { HasBody: true, Closed: false, EndsSentence: false })
            return 1;
        if (n == 0 || chars > 48)
            return 0;
        if (k + n == block.Count)
        {
            // Lines without punctuation in the middle of a sentence are the sentence going on in a narrow box.
            var midSentence = _current is { HasBody: true, Closed: false, EndsSentence: false };
            return k == 0 && !(midSentence && n >= 2) ? n : 0;
        }
        var next = block[k + n].Text;
        var opensArticle = ClassifyLine.Dateline(next) is { Success: true, Index: 0 } || ClassifyLine.IsSubtitle(next)
            || ClassifyLine.IsAuthorLine(next) || ClassifyLine.IsBylineLine(next) || next.StartsWith('■')
            || ClassifyLine.Continuation(next) is { Success: true, Index: 0 };
        if (opensArticle)
            return n;
        // A heading at the top of a block whose next line is a wider body line: a caption over a column.
        if (k == 0 && n == 1 && Math.Abs(block[0].Width - block.Skip(1).Max(l => l.Width)) >= 3
            && (_current is { HasBody: true, Closed: false, EndsSentence: false } || _current is { TakesTrailingHeadings: true }))
            return n;
        // The first brief of a 简讯 column: its title shares the block with the column heading and the body.
        if (n == 1 && _afterBriefHeading)
            return n;
        return 0;
    }

    private static bool IsPlainText(PageLine line) =>
        !line.Bold && line.Text.IndexOf('■') < 0 && !ClassifyLine.Dateline(line.Text).Success && !ClassifyLine.IsSubtitle(line.Text)
        && !ClassifyLine.IsAuthorLine(line.Text) && !ClassifyLine.IsBylineLine(line.Text) && !ClassifyLine.Continuation(line.Text).Success;

    private static bool IsPlainBody(PageLine line) => IsPlainText(line) && !IsHeadingLike(line.Text);

    /// <summary>Titles, kickers and labels carry no sentence punctuation and are short.</summary>
    public static bool IsHeadingLike(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || TextWidth.Of(t) > 30)
            return false;
        if (t.IndexOfAny(['。', '，', '；', '、', ',', ';']) >= 0 || t.Contains('：') && !IsLabelledTitle(t))
            return false;
        var inner = t.TrimEnd('！', '？', '!', '?', '”');
        if (inner.IndexOfAny(['！', '？', '!', '?']) >= 0)
            return false;
        if (t.StartsWith('（') || t.StartsWith('(') || t.StartsWith("——", StringComparison.Ordinal))
            return false;
        return t.Any(c => Chinese.IsHan(c) || char.IsLetter(c));
    }

    /// <summary>
    /// A headline led by its place or topic and a colon (<c>某地：某事见实效</c>): one colon after a short label of
    /// Han characters, a headline after it. A sentence's colon ends its line or opens a quotation instead.
    /// </summary>
    private static bool IsLabelledTitle(string t)
    {
        var colon = t.IndexOf('：');
        if (colon != t.LastIndexOf('：') || colon is < 2 or > 6 || t.Length - colon - 1 < 3)
            return false;
        var after = t[(colon + 1)..].TrimStart();
        return t[..colon].All(Chinese.IsHan) && after.Length > 0 && !"“‘\"'（(".Contains(after[0]);
    }

    /// <summary>
    /// A title with a comma or colon in it (<c>关注春运：……</c>) standing alone in its block: long enough not to be a
    /// column's stray last line, and not ending the way a sentence or a clause does.
    /// </summary>
    private static bool IsPunctuatedTitle(string text)
    {
        var t = text.Trim();
        if (t.Length < 8 || TextWidth.Of(t) > 30 || t.StartsWith('（') || t.StartsWith("——", StringComparison.Ordinal))
            return false;
        if (t.IndexOfAny(['。', '；', ';']) >= 0 || "，、：,:（".Contains(t[^1]))
            return false;
        return t.Count(c => c is '，' or '：') <= 2 && !ClassifyLine.Dateline(t).Success && !t.Contains('■');
    }

    private static string JoinHeading(IEnumerable<string> lines)
    {
        var joined = "";
        foreach (var line in lines.Select(l => NormalizeNumberSpacing.Apply(JoinLetterSpacing.Apply(l.Trim()))))
        {
            if (joined.Length > 0 && IsLatin(joined[^1]) && line.Length > 0 && IsLatin(line[0]))
                joined += " ";
            joined += line;
        }
        return joined;
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    // ---------------------------------------------------------------- events

    private ItemDraft Ensure()
    {
        if (_current is not null && !_current.Closed)
            return _current;
        return StartItem();
    }

    private ItemDraft StartItem(string? dateline = null)
    {
        var item = new ItemDraft { Dateline = dateline };
        _items.Add(item);
        _current = item;
        TakePending(item);
        return item;
    }

    private void StartItemIfBodyPresent()
    {
        if (_current is null || _current.Closed || _current.HasBody)
            StartItem();
        else
            TakePending(_current);
    }

    private static void MarkBrief(ItemDraft item)
    {
        item.Brief = true;
        if (item.Dateline is not null)
            item.Kind ??= ItemKind.Brief;
    }

    /// <summary>The headings waiting for a body become the new item's kicker and title.</summary>
    private void TakePending(ItemDraft item)
    {
        if (item.Title is not null)
            return;
        var general = _pendingHeadings.Where(h => !h.Brief).ToList();
        if (general.Count > 0)
        {
            _pendingHeadings.RemoveAll(h => !h.Brief);
            item.Title = general[^1].Text;
            item.TitleBlock = general[^1].Block;
            if (general.Count >= 2)
            {
                item.Kicker = string.Join(" ", general.Take(general.Count - 1).Select(h => h.Text));
                item.KickerUnits.AddRange(general.Take(general.Count - 1).Select(h => (h.Text, h.Block)));
            }
            // A stacked 简讯 column goes on: the next brief's title sits right over its 本报讯 line, and the brief
            // before it opened with 本报讯 too (a column sets its briefs alike; a report after it differs).
            if (general.Count == 1 && _briefColumn && item.Dateline is not null && general[0].Block == _readingBlock
                && _items.Count >= 2 && _items[^2] is { Brief: true, Dateline: not null })
                MarkBrief(item);
        }
        else if (_pendingHeadings.Count > 0 && _briefColumn
            && (item.Dateline is null && item.Byline is null || item.Dateline is not null && _pendingHeadings[0].Block == _readingBlock))
        {
            // A brief's title over a body without dateline, or in one flow with the 本报讯 line it stands on.
            item.Title = _pendingHeadings[0].Text;
            item.TitleBlock = _pendingHeadings[0].Block;
            MarkBrief(item);
            _pendingHeadings.RemoveAt(0);
        }
        if (_pendingSubtitle is not null)
        {
            item.Subtitle = _pendingSubtitle;
            _pendingSubtitle = null;
        }
        item.Captions.AddRange(_pendingCaptions);
        _pendingCaptions.Clear();
        if (item.Title is not null)
            _lastHeadingTarget = item;
    }

    private void AddBody(BodyLine line, List<PageLine> block, int k)
    {
        if (line.Text.Length == 0)
            return;
        _afterBriefHeading = false;
        _lastWasBriefHeading = false;
        var current = _current;
        var newBlock = current is { HasBody: true } && current.Body[^1].Block != line.Block;
        var briefWaiting = _pendingHeadings.Any(h => h.Brief) && _briefColumn;
        var generalWaiting = _pendingHeadings.Any(h => !h.Brief);
        if (current is null || current.Closed)
        {
            StartItem();
        }
        else if (generalWaiting && current == _interrupted && !current.EndsSentence)
        {
            // The sentence goes on after a neighbour's heading: the headings wait for the article they open.
        }
        else if (generalWaiting && current.HasBody && (newBlock || current.EndsSentence))
        {
            // Headings printed between two bodies: the earlier body already has its title.
            current.Closed = true;
            StartItem();
        }
        else if (briefWaiting && current.HasBody && newBlock && current.EndsSentence)
        {
            current.Closed = true;
            StartItem();
        }
        else if (!current.HasBody)
        {
            TakePending(current);
        }
        _current!.TakesTrailingHeadings = false;
        _current.Body.Add(line);
        // A brief ends with its bracketed byline, which may be cut over two lines. While a column's titles wait
        // for their bodies, the bodies read are its briefs too.
        var tail = JoinBodyText.Apply(_current.Body.Skip(Math.Max(0, _current.Body.Count - 2)).Select(b => b.Text));
        var inBriefColumn = _current.Brief || _briefColumn && _pendingHeadings.Any(h => h.Brief);
        if (inBriefColumn && ClassifyLine.TrailingByline(tail).Success && k + 1 >= block.Count)
            _current.Closed = true;
    }

    /// <summary>
    /// A kicker is shorter than its title. When the heading opens the next article (a subtitle or dateline follows
    /// it in its block) only a clearly short line before it (a place name, a column label) is read as its kicker.
    /// </summary>
    private static bool LooksLikeKicker(string kicker, string title, bool leading)
    {
        var k = TextWidth.Of(kicker);
        var t = TextWidth.Of(title);
        return k <= 0.6 * t || (!leading && k <= t);
    }

    private void OnHeading(string text, bool brief = false, bool leading = false)
    {
        brief |= _afterBriefHeading || (_briefColumn && _lastWasBriefHeading && _pendingHeadings.Count > 0 && _pendingHeadings[^1].Brief);
        _lastWasBriefHeading = brief;
        var current = _current;
        _interrupted = InterruptedBy(brief);
        if (!brief && current is { HasBody: true, Title: null } && (!current.Closed || current.TakesTrailingHeadings) && _interrupted is null)
        {
            // A title printed after its body (side box, strip under the body).
            current.Title = text;
            current.TitleBlock = _readingBlock;
            current.Closed = true;
            current.TakesTrailingHeadings = true;
            _titledAfterBody = current;
            _lastHeadingTarget = current;
            return;
        }
        if (!brief && current is { TakesTrailingHeadings: true, Kicker: null, Title: not null } && _pendingHeadings.Count == 0
            && current.Subtitle is null && LooksLikeKicker(current.Title, text, leading))
        {
            // Kicker and title both printed after the body: the kicker came first.
            current.Kicker = current.Title;
            current.KickerUnits.Add((current.Title, current.TitleBlock ?? _readingBlock));
            current.Title = text;
            current.TitleBlock = _readingBlock;
            return;
        }
        if (current is { HasBody: false, Title: not null, Byline: not null } && !current.Closed)
        {
            // Between a byline and the body's first line: a portrait's or picture's label.
            current.Captions.Add(text);
            return;
        }
        if (current is not null)
            current.TakesTrailingHeadings = false;
        _pendingHeadings.Add((text, brief, _items.Count, _readingBlock));
    }

    /// <summary>
    /// A body cut in mid-sentence by a heading run goes on after it: pdftotext printed a neighbour's heading between
    /// two lines of one column (a title closing a body follows a finished sentence).
    /// </summary>
    private ItemDraft? InterruptedBy(bool brief)
    {
        if (brief || _current is not { HasBody: true, Closed: false, EndsSentence: false, Brief: false } current)
            return null;
        return _interrupted == current || !_pendingHeadings.Any(h => !h.Brief) ? current : null;
    }

    private void OnSubtitle(string text)
    {
        if (_pendingHeadings.Any(h => !h.Brief))
        {
            _pendingSubtitle = text;
            return;
        }
        var target = _current is { TakesTrailingHeadings: true } ? _current : _lastHeadingTarget;
        if (target is not null && target.Subtitle is null && target.Title is not null && (target == _current || !target.HasBody || target.TakesTrailingHeadings))
        {
            target.Subtitle = text;
            return;
        }
        if (_current is { HasBody: false, Subtitle: null } && !_current.Closed)
        {
            _current.Subtitle = text;
            return;
        }
        _pendingSubtitle = text;
    }

    private int OnDateline(List<PageLine> block, int k, int start, int length)
    {
        var line = block[k];
        var dateline = JoinBodyText.Collapse(line.Text.Substring(start, length));
        var rest = line.Text[(start + length)..].TrimStart();
        var bylineLines = new List<string>();
        var next = k + 1;
        if (rest.StartsWith('（') || rest.StartsWith('('))
        {
            var close = rest.IndexOfAny(['）', ')']);
            if (close >= 0)
            {
                bylineLines.Add(rest[..(close + 1)]);
                rest = rest[(close + 1)..];
            }
            else
            {
                // The byline's bracket closes on a following line.
                var collected = new List<string> { rest };
                var found = false;
                for (var m = k + 1; m < block.Count && m <= k + 2; m++)
                {
                    var t = block[m].Text;
                    var c = t.IndexOfAny(['）', ')']);
                    if (c >= 0)
                    {
                        collected.Add(t[..(c + 1)]);
                        rest = t[(c + 1)..];
                        next = m + 1;
                        found = true;
                        line = block[m];
                        break;
                    }
                    collected.Add(t);
                }
                if (found)
                    bylineLines = collected;
            }
        }

        var item = _current;
        if (item is null || item.Closed || item.HasBody || item.Dateline is not null)
        {
            if (item is not null && !item.Closed)
                item.Closed = true;
            item = StartItem(dateline);
        }
        else
        {
            item.Dateline = dateline;
            TakePending(item);
        }
        if (bylineLines.Count > 0)
        {
            item.Byline = NormalizeByline.Apply(bylineLines);
            var people = ParseByline.Read(item.Byline, plainNamesArePhotographers: false);
            item.Reporters.AddRange(people.Reporters);
            item.Photographers.AddRange(people.Photographers);
        }
        if (rest.Trim().Length > 0)
            AddBody(new BodyLine(rest.Trim(), line.Width, line.Block), block, next - 1);
        return next;
    }

    private void OnCredit(string credit)
    {
        var byline = NormalizeByline.Apply([credit]);
        var isPhoto = System.Text.RegularExpressions.Regex.IsMatch(byline, @"摄\s*$") && !byline.Contains("文/");
        var isFeature = byline.Contains("文/") || byline.Contains("文／");
        var current = _current is { Closed: false } ? _current : null;
        if (!isPhoto && !isFeature)
        {
            // A bare ■ name: under a picture's caption it credits the picture; over a body it is the byline.
            isPhoto = current is { HasBody: true } && _pendingHeadings.Count(h => !h.Brief) == 0;
            isFeature = !isPhoto;
        }
        if (isFeature)
        {
            ItemDraft item;
            if (_pendingHeadings.Any(h => !h.Brief) || current is null || current.HasBody || current.Byline is not null)
            {
                if (current is not null)
                    current.Closed = true;
                item = StartItem();
            }
            else
            {
                item = current;
                TakePending(item);
            }
            item.Byline = byline;
            item.Kind = ItemKind.Feature;
            var people = ParseByline.Read(byline, plainNamesArePhotographers: false);
            item.Reporters.AddRange(people.Reporters);
            item.Photographers.AddRange(people.Photographers);
            return;
        }

        var photo = current;
        if (photo is { HasBody: true } && (photo.Dateline is not null || photo.Byline is not null || photo.Kind is not null))
        {
            var tail = SplitTail(photo);
            if (tail is null)
            {
                // A picture of the report: its credit joins the report.
                photo.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
                photo.Extra.Add(byline);
                return;
            }
            photo.Closed = true;
            var item = new ItemDraft();
            item.Body.AddRange(tail);
            _items.Add(item);
            _current = item;
            photo = item;
        }
        if (photo is null || !photo.HasBody)
        {
            var last = _current ?? _items.LastOrDefault();
            if (last is null)
            {
                last = StartItem();
                last.Kind = ItemKind.Photo;
            }
            last.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
            last.Extra.Add(byline);
            return;
        }
        photo.Kind = ItemKind.Photo;
        photo.Byline = byline;
        photo.Photographers.AddRange(ParseByline.Read(byline, plainNamesArePhotographers: true).Photographers);
        photo.Closed = true;
        photo.TakesTrailingHeadings = false;
    }

    private void OnAuthor(string text, bool isAuthorLine)
    {
        var byline = NormalizeByline.Apply([text]);
        var people = ParseByline.Read(byline, plainNamesArePhotographers: false);
        var commentary = isAuthorLine;
        var feature = byline.Contains("文/");
        var current = _current is { Closed: false } || _current is { TakesTrailingHeadings: true } ? _current : null;
        ItemDraft item;
        if (_pendingHeadings.Any(h => !h.Brief))
        {
            if (current is not null)
                current.Closed = true;
            item = StartItem();
        }
        else if (current is { HasBody: true, Byline: null, Dateline: null })
        {
            // An author line under the body (a short commentary).
            item = current;
        }
        else if (current is { HasBody: true } && !current.Closed)
        {
            var tail = commentary ? SplitTail(current) : null;
            current.Closed = true;
            item = new ItemDraft();
            if (tail is not null)
                item.Body.AddRange(tail);
            _items.Add(item);
            _current = item;
        }
        else if (current is { HasBody: false, Byline: null } && !current.Closed)
            item = current;
        else
        {
            if (current is not null)
                current.Closed = true;
            item = StartItem();
        }
        item.Byline = byline;
        item.Reporters.AddRange(people.Reporters);
        item.Photographers.AddRange(people.Photographers);
        if (commentary)
            item.Kind = ItemKind.Commentary;
        else if (feature)
            item.Kind = ItemKind.Feature;
        if (item.HasBody && commentary)
        {
            item.Closed = true;
            item.TakesTrailingHeadings = item.Title is null;
        }
    }

    private void OnBold(List<PageLine> run, List<PageLine> block, int after)
    {
        var text = JoinHeading(run.Select(l => l.Text));
        // A bold heading over a picture's caption that ends in a credit is the photo's title.
        if (IsHeadingLike(text) && after >= block.Count && run.Count == block.Count && NextBlockEndsWithPictureCredit())
        {
            if (_current is not null)
                _current.Closed = true;
            _pendingHeadings.Add((text, false, _items.Count, _readingBlock));
            return;
        }
        OnCaption(text);
    }

    private bool NextBlockEndsWithPictureCredit()
    {
        if (_blockEnd >= _lines.Count)
            return false;
        var block = _lines[_blockEnd].Block;
        for (var i = _blockEnd; i < _lines.Count && _lines[i].Block == block; i++)
        {
            if (_lines[i].Text.Contains('■'))
                return i > _blockEnd && !_lines[i].Text.Contains("文/");
            if (_lines[i].Bold || ClassifyLine.Dateline(_lines[i].Text).Success)
                return false;
        }
        return false;
    }

    private void OnCaption(string text)
    {
        if (_pendingHeadings.Any(h => !h.Brief))
        {
            _pendingCaptions.Add(text);
            return;
        }
        var target = _current is { Kind: not ItemKind.Photo } ? _current
            : _items.LastOrDefault(i => i.Kind is not ItemKind.Photo) ?? _current;
        if (target is null)
        {
            _pendingCaptions.Add(text);
            return;
        }
        target.Captions.Add(text);
    }

    /// <summary>
    /// The lines at the end of an item that belong to the next one (photo news or a short commentary glued to
    /// the body before it): where the column width changes after a sentence end, else the last block boundary
    /// after a sentence end.
    /// </summary>
    private static List<BodyLine>? SplitTail(ItemDraft item)
    {
        var body = item.Body;
        // A caption or a short commentary is never longer than this; the bound keeps huge pages linear.
        var first = Math.Max(1, body.Count - 200);
        var after = 0.0;
        for (var k = body.Count - 1; k >= first; k--)
        {
            after = Math.Max(after, body[k].Width);
            if (!Chinese.EndsSentence(body[k - 1].Text))
                continue;
            var before = body.Skip(Math.Max(0, k - 3)).Take(k - Math.Max(0, k - 3)).Max(l => l.Width);
            if (Math.Abs(after - before) >= 3)
                return Cut(body, k);
        }
        for (var k = body.Count - 1; k >= first; k--)
        {
            if (body[k].Block != body[k - 1].Block && Chinese.EndsSentence(body[k - 1].Text))
                return Cut(body, k);
        }
        return null;
    }

    private static List<BodyLine> Cut(List<BodyLine> body, int k)
    {
        var tail = body.Skip(k).ToList();
        body.RemoveRange(k, body.Count - k);
        return tail;
    }

    /// <summary>
    /// 简讯 titles still waiting at the end of the page were printed as one run apart from their bodies (a bold
    /// flow of their own): each run is paired with the untitled short items read right after it, by content and
    /// then by order. The run of bodies ends at anything that is not a brief: a titled article (a section
    /// heading gave it its title), a feature, photo news or a commentary, a continued report, a long body.
    /// </summary>
    private void PairWaitingBriefTitles()
    {
        foreach (var run in _pendingHeadings.Where(h => h.Brief).GroupBy(h => h.Position).ToList())
        {
            var bodies = new List<ItemDraft>();
            for (var i = run.Key; i < _items.Count && IsUntitledBrief(_items[i]); i++)
                bodies.Add(_items[i]);
            if (bodies.Count == 0)
                continue;
            var titles = run.ToList();
            var pairs = PairBriefTitles.Apply(titles.Select(t => t.Text).ToList(),
                bodies.Select(b => JoinBodyText.Apply(b.Body.Select(l => l.Text))).ToList());
            // The column's bodies are its briefs, a body no title was left for included.
            foreach (var body in bodies)
            {
                body.Brief = true;
                body.Kind = ItemKind.Brief;
            }
            for (var t = 0; t < titles.Count; t++)
            {
                if (pairs[t] < 0)
                    continue;
                bodies[pairs[t]].Title = titles[t].Text;
                bodies[pairs[t]].TitleBlock = titles[t].Block;
                _pendingHeadings.Remove(titles[t]);
            }
        }
    }

    /// <summary>A brief is a single short paragraph; this bound is several times the longest seen in print.</summary>
    private const int LongestBrief = 400;

    private static bool IsUntitledBrief(ItemDraft item) =>
        item is { Title: null, Kicker: null, Subtitle: null, Kind: null or ItemKind.Brief, HasBody: true }
        && item.Captions.Count == 0 && item.Continuations.Count == 0 && item.Extra.Count == 0 && IsShort(item);

    private static bool IsShort(ItemDraft item) => item.Body.Sum(l => l.Text.Count(c => !char.IsWhiteSpace(c))) <= LongestBrief;

    private void FlushPendingAtEnd()
    {
        PairWaitingBriefTitles();
        // A report with a 本报讯 line read as a brief of the column above it is a report when it is long.
        foreach (var item in _items.Where(i => i is { Kind: ItemKind.Brief, Dateline: not null } && !IsShort(i)))
        {
            item.Kind = null;
            item.Brief = false;
        }
        foreach (var (text, _, _, block) in _pendingHeadings)
        {
            _leftovers.Add(text);
            _leftoverHeadings.Add((text, block));
        }
        _pendingHeadings.Clear();
        if (_pendingSubtitle is not null)
            _leftovers.Add(_pendingSubtitle);
        _leftovers.AddRange(_pendingCaptions);
    }
}
