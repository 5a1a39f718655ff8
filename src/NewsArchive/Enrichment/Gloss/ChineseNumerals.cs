namespace NewsArchive.Enrichment.Gloss;

/// <summary>Values of numbers written in Chinese characters: 三百八十六 = 386, 两 = 2, 十二 = 12, 一万二千 = 12,000.</summary>
public static class ChineseNumerals
{
    public const string Digits = "零〇一二两三四五六七八九";
    public const string All = Digits + "十百千万亿";

    public static bool IsNumeral(string s) => s.Length > 0 && s.All(All.Contains);

    public static decimal? Parse(string s)
    {
        if (!IsNumeral(s))
            return null;
        decimal total = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in s)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                sawDigit = true;
                continue;
            }
            switch (c)
            {
                case '十': section += (sawDigit ? digit : 1) * 10; break;
                case '百': section += (sawDigit ? digit : 1) * 100; break;
                case '千': section += (sawDigit ? digit : 1) * 1000; break;
                case '万': total = (total + section + digit) * 10_000; section = 0; break;
                case '亿': total = (total + section + digit) * 100_000_000; section = 0; break;
            }
            digit = 0;
            sawDigit = false;
        }
        // 二〇二二 is read digit by digit.
        if (s.Length > 1 && s.All(c => DigitOf(c) >= 0))
            return decimal.Parse(string.Concat(s.Select(c => (char)('0' + DigitOf(c)))), System.Globalization.CultureInfo.InvariantCulture);
        return total + section + digit;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
