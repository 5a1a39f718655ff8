using NewsArchive.Model;
using NewsArchive.Segmentation.Cleaning;

namespace NewsArchive.Segmentation.Layout;

/// <summary>A 本报讯 dateline opens an article; a bracketed byline after it (maybe closing on a later line) is its byline.</summary>
internal sealed class ReadDateline(AssemblyState state, AddBodyLine body)
{
    private readonly AssemblyState _state = state;
    private readonly AddBodyLine _body = body;

    public int Apply(List<PageLine> block, int k, int start, int length)
    {
        var line = block[k];
        var dateline = JoinBodyText.Collapse(line.Text.Substring(start, length));
        var rest = line.Text[(start + length)..].TrimStart();
        var bylineLines = new List<string>();
        var next = k + 1;
        // A dateline that fills its line leaves the bracketed byline to the next line (a narrow column).
        var at = k;
        if (rest.Length == 0 && k + 1 < block.Count && IsBylineOpening(block[k + 1].Text.TrimStart()))
        {
            at = k + 1;
            line = block[at];
            rest = line.Text.TrimStart();
            next = at + 1;
        }
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
                for (var m = at + 1; m < block.Count && m <= at + 2; m++)
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

        var item = _state.Current;
        if (item is null || item.Closed || item.HasBody || item.Dateline is not null)
        {
            if (item is not null && !item.Closed)
                item.Closed = true;
            item = _state.StartItem(dateline);
        }
        else
        {
            item.Dateline = dateline;
            _state.TakePending(item);
        }
        if (bylineLines.Count > 0)
        {
            item.Byline = NormalizeByline.Apply(bylineLines);
            var people = ParseByline.Read(item.Byline, plainNamesArePhotographers: false);
            item.Reporters.AddRange(people.Reporters);
            item.Photographers.AddRange(people.Photographers);
        }
        if (rest.Trim().Length > 0)
            _body.Apply(new BodyLine(rest.Trim(), line.Width, line.Block), block, next - 1);
        return next;
    }

    /// <summary>A bracket opening on a reporter's or correspondent's credit: （记者 …, （通讯员 …, （本报记者 ….</summary>
    private static bool IsBylineOpening(string text)
    {
        if (text.Length < 3 || (text[0] != '（' && text[0] != '('))
            return false;
        var inner = text[1..].TrimStart();
        return inner.StartsWith("记者", StringComparison.Ordinal) || inner.StartsWith("通讯员", StringComparison.Ordinal)
            || inner.StartsWith("本报记者", StringComparison.Ordinal) || inner.StartsWith("见习记者", StringComparison.Ordinal)
            || inner.StartsWith("实习生", StringComparison.Ordinal);
    }
}
