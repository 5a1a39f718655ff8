using System.Globalization;
using System.Text;

namespace NewsArchive.Synth;

/// <summary>
/// Lays articles out the way plain <c>pdftotext</c> prints an e-paper page: narrow column lines, a blank line
/// wherever a column ends (mid-sentence), titles as separate blocks that sometimes come after their body,
/// fake-bold titles printed twice, letter-spaced justified lines, and page furniture between articles.
/// </summary>
internal sealed class PageLayout(Random rng)
{
    private readonly List<string> _blocks = [];

    public void Block(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines.Where(l => l.Length > 0));
        if (text.Length > 0) _blocks.Add(text);
    }

    public void Block(params string[] lines) => Block((IEnumerable<string>)lines);

    public string Text() => string.Join("\n\n", _blocks) + "\n\f";

    /// <summary>Breaks text into lines of about <paramref name="width"/> full-width characters; Latin and digit runs count half and are never split.</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var j = i;
            if (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.')
                while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '.' || text[j] == '%')) j++;
            else
                j = i + 1;
            var token = text[i..j];
            var cost = token.Length == 1 && token[0] > 0x2000 ? 1.0 : token.Length * 0.5;
            // Kinsoku: closing punctuation never starts a line; it squeezes onto the end of the previous one.
            if (used + cost > width && line.Length > 0 && !ClosingPunctuation.Contains(token[0]))
            {
                lines.Add(line.ToString().Trim());
                line.Clear();
                used = 0;
            }
            line.Append(token);
            used += cost;
            i = j;
        }
        if (line.ToString().Trim().Length > 0) lines.Add(line.ToString().Trim());
        return lines;
    }

    private const string ClosingPunctuation = "，。、；：？！）》”’";

    /// <summary>A justified line with too few break points gets letter-spaced: every character then prints apart.</summary>
    private string MaybeLetterSpace(string line) =>
        rng.Next(30) == 0 && line.Length > 6 ? string.Join(' ', line.Where(c => c != ' ')) : line;

    /// <summary>
    /// Body text in columns: paragraphs start on a new line, lines wrap at the column width, and after every
    /// column height a blank line cuts the text wherever it is. <paramref name="interrupt"/> is printed between
    /// the first and second column (page furniture that pdftotext places there).
    /// </summary>
    public void Columns(IReadOnlyList<string> paragraphs, IReadOnlyDictionary<int, string>? subheads = null, string? interrupt = null)
    {
        var width = rng.Next(10, 15);
        var height = rng.Next(9, 20);
        var lines = new List<string>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (subheads is not null && subheads.TryGetValue(p, out var subhead))
                lines.Add(subhead);
            lines.AddRange(Wrap(paragraphs[p], width).Select(MaybeLetterSpace));
        }
        for (var start = 0; start < lines.Count; start += height)
        {
            Block(lines.Skip(start).Take(height));
            if (start == 0 && interrupt is not null)
            {
                _blocks.Add(interrupt);
                interrupt = null;
            }
        }
        if (interrupt is not null) _blocks.Add(interrupt);
    }

    /// <summary>A headline set in large type wraps every few characters.</summary>
    public List<string> TitleLines(string title) =>
        title.Length > 12 && rng.Next(3) == 0 ? Wrap(title, rng.Next(5, 9)) : [title];

    /// <summary>
    /// Fake bold: e-paper PDFs draw bold text twice and pdftotext prints both copies, either the whole run
    /// twice ("标题标题") or each run of one script twice ("20252025年年").
    /// </summary>
    public string FakeBold(string text)
    {
        if (rng.Next(2) == 0) return text + text;
        var sb = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            var kind = Kind(text[i]);
            while (j < text.Length && Kind(text[j]) == kind) j++;
            sb.Append(text, i, j - i).Append(text, i, j - i);
            i = j;
        }
        return sb.ToString();
    }

    private static int Kind(char c) => char.IsAsciiDigit(c) ? 0 : char.IsAsciiLetter(c) ? 1 : char.IsPunctuation(c) || c is '“' or '”' ? 2 : 3;

    public static string Spaced(string word) => string.Join(' ', word.ToCharArray());

    public static string DateLine(DateOnly date) =>
        $"{date.Year.ToString(CultureInfo.InvariantCulture)}年{date.Month.ToString(CultureInfo.InvariantCulture)}月{date.Day.ToString(CultureInfo.InvariantCulture)}日 {Vocabulary.Weekdays[(int)date.DayOfWeek]}";
}
