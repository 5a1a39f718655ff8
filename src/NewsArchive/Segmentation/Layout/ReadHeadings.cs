using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Reads heading lines (titles, kickers, labels), subtitles and captions: a title printed after its body closes
/// it, a kicker printed after the body came before its title, other headings wait for the body they open.
/// </summary>
internal sealed class ReadHeadings(AssemblyState state)
{
    private readonly AssemblyState _state = state;

    /// <summary>
    /// A heading still waiting when a 简讯 column's heading is read was printed before the column, so it is none of
    /// the column's: one line after a title that followed its body is that article's deck (a subtitle printed
    /// without its dash).
    /// </summary>
    public void KeepHeadingOutOfBriefColumn()
    {
        var general = _state.PendingHeadings.Where(h => !h.Brief).ToList();
        if (general.Count == 1 && _state.Current is { Title: not null, Subtitle: null } && _state.Current == _state.TitledAfterBody
            && general[0].Position == _state.Items.Count)
        {
            _state.Current.Subtitle = general[0].Text;
            _state.PendingHeadings.Remove(general[0]);
        }
    }

    /// <summary>How many lines from <paramref name="k"/> form a heading (a title, kicker or label), or 0.</summary>
    public int HeadingRun(List<PageLine> block, int k)
    {
        var n = 0;
        var chars = 0;
        while (k + n < block.Count && n < 5 && HeadingShape.IsPlainText(block[k + n]) && HeadingShape.IsHeadingLike(block[k + n].Text))
        {
            chars += block[k + n].Text.Count(c => !char.IsWhiteSpace(c));
            n++;
        }
        if (n == 0 && k == 0 && block.Count == 1 && HeadingShape.IsPunctuatedTitle(block[0].Text)
            && _state.Current is not { HasBody: true, Closed: false, EndsSentence: false })
            return 1;
        // After a finished sentence the run-on line is the column going on; in mid-sentence it may instead be a
        // caption or a neighbour's heading printed inside the sentence, which goes on after it.
        if (n > 0 && _state.Current is not { HasBody: true, Closed: false, EndsSentence: false }
            && HeadingShape.RunsOnInto(block[k + n - 1].Text, LineAfter(block, k + n)))
            return 0;
        if (n == 0 || chars > 48)
            return 0;
        if (k + n == block.Count)
        {
            // Lines without punctuation in the middle of a sentence are the sentence going on in a narrow box.
            var midSentence = _state.Current is { HasBody: true, Closed: false, EndsSentence: false };
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
            && (_state.Current is { HasBody: true, Closed: false, EndsSentence: false } || _state.Current is { TakesTrailingHeadings: true }))
            return n;
        // The first brief of a 简讯 column: its title shares the block with the column heading and the body.
        if (n == 1 && _state.AfterBriefHeading)
            return n;
        return 0;
    }

    /// <summary>
    /// A kicker is shorter than its title. When the heading opens the next article (a subtitle or dateline follows
    /// it in its block) only a clearly short line before it (a place name, a column label) is read as its kicker.
    /// </summary>
    /// <summary>The text printed right after line <paramref name="index"/> of the block: its next line, else the next block's first.</summary>
    private string LineAfter(List<PageLine> block, int index) =>
        index < block.Count ? block[index].Text
        : _state.BlockEnd < _state.Lines.Count ? _state.Lines[_state.BlockEnd].Text : "";

    private static bool LooksLikeKicker(string kicker, string title, bool leading)
    {
        var k = TextWidth.Of(kicker);
        var t = TextWidth.Of(title);
        return k <= 0.6 * t || (!leading && k <= t);
    }

    public void OnHeading(string text, bool brief = false, bool leading = false)
    {
        brief |= _state.AfterBriefHeading || (_state.BriefColumn && _state.LastWasBriefHeading && _state.PendingHeadings.Count > 0 && _state.PendingHeadings[^1].Brief);
        _state.LastWasBriefHeading = brief;
        var current = _state.Current;
        _state.Interrupted = InterruptedBy(brief);
        if (!brief && current is { HasBody: true, Title: null } && (!current.Closed || current.TakesTrailingHeadings) && _state.Interrupted is null)
        {
            // A title printed after its body (side box, strip under the body).
            current.Title = text;
            current.TitleBlock = _state.ReadingBlock;
            current.Closed = true;
            current.TakesTrailingHeadings = true;
            _state.TitledAfterBody = current;
            _state.LastHeadingTarget = current;
            return;
        }
        if (!brief && current is { TakesTrailingHeadings: true, Kicker: null, Title: not null } && _state.PendingHeadings.Count == 0
            && current.Subtitle is null && LooksLikeKicker(current.Title, text, leading))
        {
            // Kicker and title both printed after the body: the kicker came first.
            current.Kicker = current.Title;
            current.KickerUnits.Add((current.Title, current.TitleBlock ?? _state.ReadingBlock));
            current.Title = text;
            current.TitleBlock = _state.ReadingBlock;
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
        _state.PendingHeadings.Add((text, brief, _state.Items.Count, _state.ReadingBlock));
    }

    /// <summary>
    /// A body cut in mid-sentence by a heading run goes on after it: pdftotext printed a neighbour's heading between
    /// two lines of one column (a title closing a body follows a finished sentence).
    /// </summary>
    private ItemDraft? InterruptedBy(bool brief)
    {
        if (brief || _state.Current is not { HasBody: true, Closed: false, EndsSentence: false, Brief: false } current)
            return null;
        return _state.Interrupted == current || !_state.PendingHeadings.Any(h => !h.Brief) ? current : null;
    }

    public void OnSubtitle(string text)
    {
        if (_state.PendingHeadings.Any(h => !h.Brief))
        {
            _state.PendingSubtitle = text;
            return;
        }
        var target = _state.Current is { TakesTrailingHeadings: true } ? _state.Current : _state.LastHeadingTarget;
        if (target is not null && target.Subtitle is null && target.Title is not null && (target == _state.Current || !target.HasBody || target.TakesTrailingHeadings))
        {
            target.Subtitle = text;
            return;
        }
        if (_state.Current is { HasBody: false, Subtitle: null } && !_state.Current.Closed)
        {
            _state.Current.Subtitle = text;
            return;
        }
        _state.PendingSubtitle = text;
    }

    public void OnBold(List<PageLine> run, List<PageLine> block, int after)
    {
        var text = HeadingShape.JoinHeading(run.Select(l => l.Text));
        // A bold heading over a picture's caption that ends in a credit is the photo's title.
        if (HeadingShape.IsHeadingLike(text) && after >= block.Count && run.Count == block.Count && NextBlockEndsWithPictureCredit())
        {
            if (_state.Current is not null)
                _state.Current.Closed = true;
            _state.PendingHeadings.Add((text, false, _state.Items.Count, _state.ReadingBlock));
            return;
        }
        OnCaption(text);
    }

    private bool NextBlockEndsWithPictureCredit()
    {
        if (_state.BlockEnd >= _state.Lines.Count)
            return false;
        var block = _state.Lines[_state.BlockEnd].Block;
        for (var i = _state.BlockEnd; i < _state.Lines.Count && _state.Lines[i].Block == block; i++)
        {
            if (_state.Lines[i].Text.Contains('■'))
                return i > _state.BlockEnd && !_state.Lines[i].Text.Contains("文/");
            if (_state.Lines[i].Bold || ClassifyLine.Dateline(_state.Lines[i].Text).Success)
                return false;
        }
        return false;
    }

    public void OnCaption(string text)
    {
        if (_state.PendingHeadings.Any(h => !h.Brief))
        {
            _state.PendingCaptions.Add(text);
            return;
        }
        var target = _state.Current is { Kind: not ItemKind.Photo } ? _state.Current
            : _state.Items.LastOrDefault(i => i.Kind is not ItemKind.Photo) ?? _state.Current;
        if (target is null)
        {
            _state.PendingCaptions.Add(text);
            return;
        }
        target.Captions.Add(text);
    }
}
