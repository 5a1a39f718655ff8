using System.Text;

namespace NewsArchive.Segmentation.Cleaning;

/// <summary>
/// Joins printed lines into running text: line and column breaks cut sentences and words anywhere, so lines
/// join with nothing between them, and all spaces go except one between two Latin words.
/// </summary>
public static class JoinBodyText
{
    public static string Apply(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(line);
        }
        return Collapse(sb.ToString());
    }

    /// <summary>Removes every space except a single one between two Latin letters.</summary>
    public static string Collapse(string text) => CollapseSpaces.Apply(text, static (before, after) => CollapseSpaces.IsLatin(before) && CollapseSpaces.IsLatin(after));
}
