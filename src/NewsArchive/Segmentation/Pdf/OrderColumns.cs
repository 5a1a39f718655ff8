namespace NewsArchive.Segmentation.Pdf;

/// <summary>
/// Reading order of an article's blocks: column by column from the left (modern horizontal layout), each column
/// top to bottom. Blocks overlapping by half the narrower one's width share a column.
/// </summary>
public static class OrderColumns
{
    public static List<T> Apply<T>(IEnumerable<T> items, Func<T, Model.PageRegion> box)
    {
        var columns = new List<(double Left, double Right, List<T> Items)>();
        foreach (var item in items.OrderBy(i => box(i).Left).ThenBy(i => box(i).Top))
        {
            var b = box(item);
            var index = columns.FindIndex(c => Math.Min(c.Right, b.Right) - Math.Max(c.Left, b.Left) >= 0.5 * Math.Min(c.Right - c.Left, b.Width));
            if (index < 0)
                columns.Add((b.Left, b.Right, [item]));
            else
            {
                var c = columns[index];
                c.Items.Add(item);
                columns[index] = (Math.Min(c.Left, b.Left), Math.Max(c.Right, b.Right), c.Items);
            }
        }
        return columns.OrderBy(c => c.Left).SelectMany(c => c.Items.OrderBy(i => box(i).Top)).ToList();
    }
}
