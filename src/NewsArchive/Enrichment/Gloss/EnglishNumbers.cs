using System.Globalization;

namespace NewsArchive.Enrichment.Gloss;

/// <summary>How English news writes numbers: 1,200; 35,000; 20.92 billion; 1.2 million; words below ten for Chinese numerals.</summary>
public static class EnglishNumbers
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static string? Month(int month) => month is >= 1 and <= 12 ? Months[month - 1] : null;

    /// <summary>Digits with thousands separators below a million, "X million/billion/trillion" above.</summary>
    public static string Format(decimal value)
    {
        var abs = Math.Abs(value);
        if (abs >= 1_000_000_000_000m)
            return Scaled(value / 1_000_000_000_000m) + " trillion";
        if (abs >= 1_000_000_000m)
            return Scaled(value / 1_000_000_000m) + " billion";
        if (abs >= 1_000_000m)
            return Scaled(value / 1_000_000m) + " million";
        return value.ToString("#,0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>A Chinese numeral's value in English: words up to ten (两个 -> two), digits above.</summary>
    public static string Words(decimal value) =>
        value == decimal.Truncate(value) && value is >= 0 and <= 10 ? Small[(int)value] : Format(value);

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Scaled(decimal v) => decimal.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
