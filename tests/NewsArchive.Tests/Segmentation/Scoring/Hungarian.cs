namespace NewsArchive.Tests.Segmentation.Scoring;

/// <summary>The Hungarian algorithm (Kuhn-Munkres with potentials, O(n³)) on a square matrix.</summary>
public static class Hungarian
{
    /// <summary>For each row, the column that maximises the summed weight of a one-to-one assignment.</summary>
    public static int[] MaximumAssignment(double[,] weight)
    {
        var n = weight.GetLength(0);
        // Minimises cost = -weight; arrays are 1-based as in the classic formulation, index 0 is the sentinel.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var match = new int[n + 1];
        var way = new int[n + 1];
        for (var row = 1; row <= n; row++)
        {
            match[0] = row;
            var column = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[column] = true;
                var r = match[column];
                var delta = double.PositiveInfinity;
                var next = 0;
                for (var c = 1; c <= n; c++)
                {
                    if (used[c])
                        continue;
                    var reduced = -weight[r - 1, c - 1] - u[r] - v[c];
                    if (reduced < minimum[c])
                    {
                        minimum[c] = reduced;
                        way[c] = column;
                    }
                    if (minimum[c] < delta)
                    {
                        delta = minimum[c];
                        next = c;
                    }
                }
                for (var c = 0; c <= n; c++)
                {
                    if (used[c])
                    {
                        u[match[c]] += delta;
                        v[c] -= delta;
                    }
                    else
                    {
                        minimum[c] -= delta;
                    }
                }
                column = next;
            }
            while (match[column] != 0);
            do
            {
                var previous = way[column];
                match[column] = match[previous];
                column = previous;
            }
            while (column != 0);
        }
        var assignment = new int[n];
        for (var c = 1; c <= n; c++)
            assignment[match[c] - 1] = c - 1;
        return assignment;
    }
}
