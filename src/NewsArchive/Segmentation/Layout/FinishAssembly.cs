using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>
/// At the end of the page: pairs the 简讯 titles printed apart from their bodies, turns long "briefs" back into
/// reports and hands what no body took to the leftovers.
/// </summary>
internal sealed class FinishAssembly(AssemblyState state)
{
    private readonly AssemblyState _state = state;

    /// <summary>
    /// 简讯 titles still waiting at the end of the page were printed as one run apart from their bodies (a bold
    /// flow of their own): each run is paired with the untitled short items read right after it, by content and
    /// then by order. The run of bodies ends at anything that is not a brief: a titled article (a section
    /// heading gave it its title), a feature, photo news or a commentary, a continued report, a long body.
    /// </summary>
    public void PairWaitingBriefTitles()
    {
        foreach (var run in _state.PendingHeadings.Where(h => h.Brief).GroupBy(h => h.Position).ToList())
        {
            var bodies = new List<ItemDraft>();
            for (var i = run.Key; i < _state.Items.Count && IsUntitledBrief(_state.Items[i]); i++)
                bodies.Add(_state.Items[i]);
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
                _state.PendingHeadings.Remove(titles[t]);
            }
        }
    }

    /// <summary>A brief is a single short paragraph; this bound is several times the longest seen in print.</summary>
    private const int LongestBrief = 400;

    private static bool IsUntitledBrief(ItemDraft item) =>
        item is { Title: null, Kicker: null, Subtitle: null, Kind: null or ItemKind.Brief, HasBody: true }
        && item.Captions.Count == 0 && item.Continuations.Count == 0 && item.Extra.Count == 0 && IsShort(item);

    private static bool IsShort(ItemDraft item) => item.Body.Sum(l => l.Text.Count(c => !char.IsWhiteSpace(c))) <= LongestBrief;

    public void Apply()
    {
        PairWaitingBriefTitles();
        // A report with a 本报讯 line read as a brief of the column above it is a report when it is long.
        foreach (var item in _state.Items.Where(i => i is { Kind: ItemKind.Brief, Dateline: not null } && !IsShort(i)))
        {
            item.Kind = null;
            item.Brief = false;
        }
        foreach (var (text, _, _, block) in _state.PendingHeadings)
        {
            _state.Leftovers.Add(text);
            _state.LeftoverHeadings.Add((text, block));
        }
        _state.PendingHeadings.Clear();
        if (_state.PendingSubtitle is not null)
            _state.Leftovers.Add(_state.PendingSubtitle);
        _state.Leftovers.AddRange(_state.PendingCaptions);
    }
}
