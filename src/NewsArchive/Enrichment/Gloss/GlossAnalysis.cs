using NewsArchive.Enrichment.Chinese;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>
/// One text as the gloss sees it: its dates and numbers, names, the translation words between them, and so where
/// words begin and end for the headline patterns.
/// </summary>
public sealed class GlossAnalysis : IWordBounds
{
    private readonly HashSet<int> _boundaries = [];
    private readonly SortedSet<int> _starts = [];

    public GlossAnalysis(string text, IReadOnlyDictionary<int, Quantity> quantities, IReadOnlyDictionary<int, Entity> entities,
        IReadOnlyList<Word> words, IReadOnlyList<Word> stems, bool[] covered, bool[] fixedSpan, Func<string, bool> known, Func<string, bool>? isNoun = null)
    {
        Text = text;
        Quantities = quantities;
        Entities = entities;
        Words = words;
        Covered = covered;
        Stems = stems;
        _isNoun = isNoun ?? (_ => false);
        for (var i = 0; i < words.Count; i++)
            WordAt.TryAdd(words[i].Start, i);
        // Units: dates and numbers, names and the words outside them; no boundary falls inside a unit.
        var units = quantities.Values.Select(q => (q.Start, End: q.End)).Concat(entities.Values.Select(e => (e.Start, e.End))).Concat(stems.Select(s => (s.Start, s.End))).ToList();
        foreach (var w in words.Where(w => !Enumerable.Range(w.Start, w.Text.Length).Any(k => fixedSpan[k])))
            units.Add((w.Start, w.End));
        for (var i = 0; i < text.Length; i++)
            if (!fixedSpan[i] && !ChineseWords.IsHan(text[i]))
                units.Add((i, i + 1));
        foreach (var (start, end) in units)
        {
            _boundaries.Add(start);
            _boundaries.Add(end);
            _starts.Add(start);
        }
        // Names: people, places and bodies found by their context, and words no dictionary knows (a place read in pinyin).
        _names = [.. entities.Values.Select(e => (e.Start, e.End)).Concat(stems.Select(s => (s.Start, s.End)))
            .Concat(words.Where(w => w.Text.Length > 1 && ChineseWords.IsAllHan(w.Text) && !known(w.Text)).Select(w => (w.Start, w.End)))];
    }

    private readonly HashSet<(int, int)> _names;
    private readonly Func<string, bool> _isNoun;

    public string Text { get; }

    public IReadOnlyDictionary<int, Quantity> Quantities { get; }

    public IReadOnlyDictionary<int, Entity> Entities { get; }

    public IReadOnlyList<Word> Words { get; }

    public IReadOnlyList<Word> Stems { get; }

    public Dictionary<int, int> WordAt { get; } = [];

    public bool[] Covered { get; }

    public bool IsBoundary(int position) => _boundaries.Contains(position);

    public int UnitEndingAt(int end, int notBefore)
    {
        var start = _starts.GetViewBetween(notBefore, end - 1).Reverse().FirstOrDefault(s => _boundaries.Contains(s), -1);
        return start >= 0 && ChineseWords.IsHan(Text[start]) ? start : -1;
    }

    public bool IsName(int start, int end) => _names.Contains((start, end));

    public bool IsNoun(int start, int end) => IsName(start, end) || (WordAt.TryGetValue(start, out var w) && Words[w].End == end && _isNoun(Words[w].Text));
}
