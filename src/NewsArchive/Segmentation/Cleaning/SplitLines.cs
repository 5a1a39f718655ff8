using NewsArchive.Segmentation.Layout;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>Cuts the page text into lines and numbers the blank-line separated blocks; form feeds end a block.</summary>
public static class SplitLines
{
    public static IReadOnlyList<PageLine> Apply(string text)
    {
        var lines = new List<PageLine>();
        var sheets = new List<int>();
        var block = 0;
        var sheet = 0;
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            number++;
            var parts = raw.Split('\f');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    block++;
                    sheet++;
                }
                var t = parts[p].Replace('\t', ' ').Replace('\u3000', ' ').Trim();
                if (t.Length == 0)
                {
                    block++;
                    continue;
                }
                lines.Add(new PageLine(number, block, t));
                sheets.Add(sheet);
            }
        }
        return JoinLineBlocks.Apply(lines, sheets);
    }
}
