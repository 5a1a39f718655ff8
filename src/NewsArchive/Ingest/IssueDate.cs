using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Pipeline;

namespace NewsArchive.Ingest;

/// <summary>An issue's day: from its sidecar, its YYYY-MM-DD folder, or (with a warning) the date its masthead prints.</summary>
internal static partial class IssueDate
{
    public static DateOnly? Declared(string relative, string declared, string sidecar, BuildReport report)
    {
        if (DateOnly.TryParseExact(declared.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        report.Error(ReadPages.StageName, relative, IsoDateShape().IsMatch(declared.Trim())
            ? $"date '{declared}' in {sidecar} is not a day of the calendar; the page is skipped"
            : $"date '{declared}' in {sidecar} is not YYYY-MM-DD; the page is skipped");
        return null;
    }

    /// <summary>A YYYY-MM-DD folder name's day: read by hand, since the culture-aware parser cost a fifth of reading the pages.</summary>
    private static DateOnly? IsoDate(string s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
            return null;
        int Digits(int from, int count)
        {
            var value = 0;
            for (var i = from; i < from + count; i++)
                value = s[i] is >= '0' and <= '9' ? value * 10 + (s[i] - '0') : -1_000_000;
            return value;
        }
        var (y, m, d) = (Digits(0, 4), Digits(5, 2), Digits(8, 2));
        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    public static DateOnly? FromFolderOrText(string relative, string text, string folder, BuildReport report)
    {
        if (IsoDate(folder) is { } fromFolder)
            return fromFolder;
        if (IsoDateShape().IsMatch(folder))
        {
            report.Error(ReadPages.StageName, relative, $"the folder '{folder}' names a day that is not in the calendar; the page is skipped: rename the folder");
            return null;
        }

        var masthead = MastheadDate().Match(text);
        if (masthead.Success)
        {
            var (y, m, day) = (int.Parse(masthead.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(masthead.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(masthead.Groups[3].Value, CultureInfo.InvariantCulture));
            if (y >= 1 && m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, m))
            {
                var printed = new DateOnly(y, m, day);
                report.Warn(ReadPages.StageName, relative, string.Create(CultureInfo.InvariantCulture, $"issue date {printed:yyyy-MM-dd} taken from the date printed on the page; put the page in a YYYY-MM-DD folder to make it explicit"));
                return printed;
            }
            report.Error(ReadPages.StageName, relative, $"the page prints the date '{masthead.Value}', which is not in the calendar, and its folder gives none; the page is skipped: put it in a YYYY-MM-DD folder");
            return null;
        }
        report.Error(ReadPages.StageName, relative, "no issue date: the folder is not named YYYY-MM-DD, no sidecar gives a date, and the page prints none");
        return null;
    }

    [GeneratedRegex(@"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]")]
    private static partial Regex MastheadDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDateShape();
}
