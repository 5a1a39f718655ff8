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
    private readonly AssemblyState _state = new();
    private readonly AddBodyLine _body;
    private readonly ReadHeadings _headings;
    private readonly ReadDateline _dateline;
    private readonly ReadCredits _credits;

    public AssembleItems()
    {
        _body = new AddBodyLine(_state);
        _headings = new ReadHeadings(_state);
        _dateline = new ReadDateline(_state, _body);
        _credits = new ReadCredits(_state);
    }

    /// <summary>Headings no body took, with their block: candidates for the page-wide assignment of titles.</summary>
    public IReadOnlyList<(string Text, int Block)> LeftoverHeadings => _state.LeftoverHeadings;

    public (IReadOnlyList<ItemDraft> Items, IReadOnlyList<string> Leftovers) Run(IReadOnlyList<PageLine> lines, IReadOnlySet<int> briefHeadingBefore)
    {
        _state.Lines = lines;
        var i = 0;
        while (i < lines.Count)
        {
            SegmentationBudget.Step();
            var block = lines[i].Block;
            var j = i;
            while (j < lines.Count && lines[j].Block == block)
                j++;
            var blockLines = lines.Skip(i).Take(j - i).ToList();
            _state.BlockEnd = j;
            ReadBlock(blockLines, i, briefHeadingBefore);
            i = j;
        }
        new FinishAssembly(_state).Apply();
        return (_state.Items, _state.Leftovers);
    }

    private void ReadBlock(List<PageLine> block, int firstIndex, IReadOnlySet<int> briefHeadingBefore)
    {
        var k = 0;
        while (k < block.Count)
        {
            SegmentationBudget.Step();
            if (briefHeadingBefore.Contains(firstIndex + k))
            {
                _state.BriefColumn = true;
                _state.AfterBriefHeading = true;
                _headings.KeepHeadingOutOfBriefColumn();
            }
            var line = block[k];
            var text = line.Text;
            _state.ReadingBlock = line.Block;

            if (line.Bold)
            {
                var run = new List<PageLine>();
                while (k < block.Count && block[k].Bold)
                    run.Add(block[k++]);
                _headings.OnBold(run, block, k);
                continue;
            }

            var heading = _headings.HeadingRun(block, k);
            if (heading > 0)
            {
                var headingText = HeadingShape.JoinHeading(block.Skip(k).Take(heading).Select(l => l.Text));
                var restIsBody = k + heading < block.Count && HeadingShape.IsPlainBody(block[k + heading]);
                if (restIsBody && _state.Current is { HasBody: true, Closed: false, EndsSentence: false })
                    _headings.OnCaption(headingText);
                else
                    _headings.OnHeading(headingText, brief: _state.AfterBriefHeading, leading: k + heading < block.Count && !restIsBody);
                k += heading;
                continue;
            }

            var dateline = ClassifyLine.Dateline(text);
            if (dateline.Success && dateline.Index <= 30)
            {
                var prefix = text[..dateline.Index].Trim();
                if (prefix.Length > 0)
                {
                    if (HeadingShape.IsHeadingLike(prefix))
                        _headings.OnHeading(HeadingShape.JoinHeading([prefix]));
                    else
                        _body.Apply(new BodyLine(prefix, line.Width, line.Block), block, k);
                }
                k = _dateline.Apply(block, k, dateline.Index, dateline.Length);
                continue;
            }

            var credit = ClassifyLine.CreditStart(text);
            if (credit >= 0)
            {
                if (credit > 0)
                    _body.Apply(new BodyLine(text[..credit].Trim(), line.Width, line.Block), block, k);
                var creditText = text[credit..].Trim();
                // A name cut by the line end: the rest stands alone on the next line.
                if (k + 1 < block.Count && block[k + 1].Text.Length <= 2 && block[k + 1].Text.All(Chinese.IsHan))
                {
                    creditText += block[k + 1].Text;
                    k++;
                }
                _credits.OnCredit(creditText);
                k++;
                continue;
            }

            if (ClassifyLine.IsPlainPictureCredit(text))
            {
                _credits.OnCredit(text.Trim());
                k++;
                continue;
            }

            if (ClassifyLine.IsAuthorLine(text) || ClassifyLine.IsBylineLine(text))
            {
                _credits.OnAuthor(text.Trim(), ClassifyLine.IsAuthorLine(text));
                k++;
                continue;
            }

            if (ClassifyLine.IsSubtitle(text))
            {
                // A long subtitle wraps: the lines after it in its block that carry no sentence are its own.
                var subtitle = new List<string> { text };
                while (k + 1 < block.Count && HeadingShape.IsPlainText(block[k + 1]) && HeadingShape.IsHeadingLike(block[k + 1].Text)
                    && k + 2 >= block.Count)
                    subtitle.Add(block[++k].Text);
                _headings.OnSubtitle(HeadingShape.JoinHeading(subtitle));
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
                        _body.Apply(new BodyLine(before, line.Width, line.Block), block, k);
                    _state.StartItemIfBodyPresent();
                    _state.Ensure().Continuations.Add(note);
                    if (after.Length > 0)
                        _body.Apply(new BodyLine(after, line.Width, line.Block), block, k);
                }
                else
                {
                    if (before.Length > 0)
                        _body.Apply(new BodyLine(before, line.Width, line.Block), block, k);
                    var target = _state.Current ?? _state.Items.LastOrDefault() ?? _state.Ensure();
                    target.Continuations.Add(note);
                    target.Closed = true;
                    if (after.Length > 0)
                        _body.Apply(new BodyLine(after, line.Width, line.Block), block, k);
                }
                k++;
                continue;
            }

            // A stacked 简讯 column: the brief's title sits on the first line of its body's block.
            if (_state.BriefColumn && k == 0 && block.Count > 1 && _state.Current is { Brief: true, HasBody: true } && (_state.Current.Closed || _state.Current.EndsSentence)
                && !_state.PendingHeadings.Any(h => h.Brief)
                && HeadingShape.IsHeadingLike(text) && TextWidth.Of(text) <= 20)
            {
                _headings.OnHeading(HeadingShape.JoinHeading([text]), brief: true);
                k++;
                continue;
            }

            _body.Apply(new BodyLine(text, line.Width, line.Block), block, k);
            k++;
        }
    }
}
