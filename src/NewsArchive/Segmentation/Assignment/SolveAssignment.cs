namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// The assignment of headings (rows) to bodies (columns) with the largest total benefit, each body taking at most
/// one heading (Hungarian algorithm, O(n^3): a page has tens of headings). A heading may also stay unplaced, for
/// its own benefit <c>unplaced[h]</c>; the <c>forbidden</c> pair is never chosen (the best different reading; body
/// -1 forbids leaving the heading unplaced).
/// </summary>
internal static class SolveAssignment
{
    /// <summary>A benefit so low no reading takes it while any other is possible.</summary>
    public const double Impossible = -1e6;

    public static (int[] Body, double Total) Apply(double[,] benefit, double[] unplaced, (int Heading, int Body)? forbidden = null)
    {
        var rows = benefit.GetLength(0);
        var bodies = benefit.GetLength(1);
        if (rows == 0)
            return ([], 0);
        // Columns: the bodies, then one "unplaced" column per heading (only its own heading may use it).
        var cols = bodies + rows;
        var cost = new double[rows + 1, cols + 1];
        for (var h = 0; h < rows; h++)
        {
            for (var c = 0; c < cols; c++)
            {
                double value;
                if (c < bodies)
                    value = forbidden is { } f && f.Heading == h && f.Body == c ? Impossible : benefit[h, c];
                else
                    value = c - bodies != h || forbidden is { Body: < 0 } f2 && f2.Heading == h ? Impossible : unplaced[h];
                cost[h + 1, c + 1] = -value;
            }
        }
        var match = Hungarian(cost, rows, cols);
        var result = new int[rows];
        var total = 0.0;
        for (var h = 0; h < rows; h++)
        {
            var c = match[h];
            result[h] = c < bodies ? c : -1;
            total += c < bodies ? benefit[h, c] : unplaced[h];
        }
        return (result, total);
    }

    /// <summary>Minimum-cost matching of n rows into m >= n columns (1-based cost matrix); the column of each row.</summary>
    private static int[] Hungarian(double[,] a, int n, int m)
    {
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                        continue;
                    var cur = a[i0, j] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                        minv[j] -= delta;
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var row = new int[n];
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0)
                row[p[j] - 1] = j - 1;
        }
        return row;
    }
}
