namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// E-paper typesetting puts thin spaces around numbers and Latin words set in Chinese text, and pdftotext
/// prints them (<c>2022 年</c>, <c>3 月 16 日</c>). Removes a space unless it separates two Latin
/// words (<c>New York</c>) or two CJK words (a two-part title, kept).
/// </summary>
public static class NormalizeNumberSpacing
{
    public static string Apply(string text) => CollapseSpaces.Apply(text, static (before, after) =>
        (CollapseSpaces.IsLatin(before) && CollapseSpaces.IsLatin(after)) || (Chinese.IsHan(before) && Chinese.IsHan(after)));
}
