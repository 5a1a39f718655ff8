namespace NewsArchive.Search;

internal static class AdjacentGrouping
{
    public static IEnumerable<(string Key, int Count)> GroupAdjacent(this IEnumerable<string> items)
    {
        string? key = null;
        var count = 0;
        foreach (var item in items)
        {
            if (item == key) { count++; continue; }
            if (key is not null) yield return (key, count);
            key = item;
            count = 1;
        }
        if (key is not null) yield return (key, count);
    }
}
