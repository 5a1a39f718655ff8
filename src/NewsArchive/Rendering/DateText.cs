using System.Globalization;

namespace NewsArchive.Rendering;

/// <summary>Dates as readers write them in each language; never from the machine's culture.</summary>
public static class DateText
{
    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Zh(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日 星期{Weekdays[(int)d.DayOfWeek]}";

    public static string En(DateOnly d) => d.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortZh(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    public static string ShortEn(DateOnly d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthEn(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>Midnight UTC of the issue date: the only time a printed paper gives, for feeds.</summary>
    public static string Atom(DateOnly d) => Iso(d) + "T00:00:00Z";
}
