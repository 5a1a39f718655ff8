namespace NewsArchive.Enrichment.Gloss;

/// <summary>Units and measure words after Chinese numbers, and their English.</summary>
public static class Units
{
    /// <summary>Units with an English name. Longest first, so 平方公里 wins over 公里.</summary>
    public static readonly IReadOnlyList<(string Zh, string En)> Named =
    [
        ("平方公里", "square kilometres"), ("平方米", "square metres"), ("立方米", "cubic metres"), ("千瓦时", "kWh"), ("个百分点", "percentage points"),
        ("人民币", "yuan"), ("个小时", "hours"), ("个月", "months"), ("美元", "US dollars"), ("欧元", "euros"), ("公里", "km"), ("千米", "km"),
        ("厘米", "cm"), ("毫米", "mm"), ("公顷", "hectares"), ("公斤", "kg"), ("千克", "kg"), ("千瓦", "kW"), ("兆瓦", "MW"), ("人次", "person-times"),
        ("小时", "hours"), ("分钟", "minutes"), ("周岁", "years old"), ("余元", "yuan"), ("元", "yuan"), ("米", "metres"), ("亩", "mu"),
        ("吨", "tonnes"), ("斤", "jin"), ("克", "grams"), ("人", "people"), ("户", "households"), ("岁", "years old"), ("年", "years"),
        ("天", "days"), ("周", "weeks"), ("秒", "seconds"), ("倍", "times"), ("次", "times"), ("袋", "bags"), ("箱", "boxes"), ("册", "volumes"),
    ];

    /// <summary>Measure words (量词): dropped, the noun that follows carries the meaning (230家企业 -> 230 enterprises).</summary>
    public const string Measures = "个名位家项件条座所批场台辆只头株棵篇部支套间款门种类处组期届份张幅首朵块架艘列根片";

    public static (string Zh, string En)? NamedAt(string text, int i)
    {
        foreach (var u in Named)
            if (string.CompareOrdinal(text, i, u.Zh, 0, u.Zh.Length) == 0)
                return u;
        return null;
    }
}
