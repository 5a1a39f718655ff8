using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// Adds a body line to the article being read, or opens the next one: headings printed between two bodies mean the
/// earlier body already has its title; a 简讯 ends with its bracketed byline.
/// </summary>
internal sealed class AddBodyLine(AssemblyState state)
{
    private readonly AssemblyState _state = state;

    public void Apply(BodyLine line, List<PageLine> block, int k)
    {
        if (line.Text.Length == 0)
            return;
        _state.AfterBriefHeading = false;
        _state.LastWasBriefHeading = false;
        var current = _state.Current;
        var newBlock = current is { HasBody: true } && current.Body[^1].Block != line.Block;
        var briefWaiting = _state.PendingHeadings.Any(h => h.Brief) && _state.BriefColumn;
        var generalWaiting = _state.PendingHeadings.Any(h => !h.Brief);
        if (current is null || current.Closed)
        {
            _state.StartItem();
        }
        else if (generalWaiting && current == _state.Interrupted && !current.EndsSentence)
        {
            // The sentence goes on after a neighbour's heading: the headings wait for the article they open.
        }
        else if (generalWaiting && current.HasBody && (newBlock || current.EndsSentence))
        {
            // Headings printed between two bodies: the earlier body already has its title.
            current.Closed = true;
            _state.StartItem();
        }
        else if (briefWaiting && current.HasBody && newBlock && current.EndsSentence)
        {
            current.Closed = true;
            _state.StartItem();
        }
        else if (!current.HasBody)
        {
            _state.TakePending(current);
        }
        _state.Current!.TakesTrailingHeadings = false;
        _state.Current.Body.Add(line);
        // A brief ends with its bracketed byline, which may be cut over two lines. While a column's titles wait
        // for their bodies, the bodies read are its briefs too.
        var tail = JoinBodyText.Apply(_state.Current.Body.Skip(Math.Max(0, _state.Current.Body.Count - 2)).Select(b => b.Text));
        var inBriefColumn = _state.Current.Brief || _state.BriefColumn && _state.PendingHeadings.Any(h => h.Brief);
        if (inBriefColumn && ClassifyLine.TrailingByline(tail).Success && k + 1 >= block.Count)
            _state.Current.Closed = true;
    }
}
