namespace NewsArchive.Segmentation.Assignment;

/// <summary>
/// The weights of the page-wide assignment of headings to bodies, in one place so they can be fitted
/// (<see cref="FitAssignmentSettings"/>). A heading's benefit on a body is
/// <c>Lexical * share of its words the body reuses - Distance * bodies printed between them - After (when printed
/// after the body) + Keep (when the line-by-line reading put it there)</c>.
/// </summary>
public sealed record AssignmentSettings
{
    /// <summary>A headline reuses its article's words: the weight of the share of its distinctive bigrams found in the body.</summary>
    public double Lexical { get; init; } = 3.0;

    /// <summary>Cost of each other body printed between the heading and the body, either way in the text stream.</summary>
    public double Distance { get; init; } = 1.0;

    /// <summary>Cost of a heading printed after its body rather than before it (most titles stand above their body).</summary>
    public double After { get; init; } = 0.25;

    /// <summary>Benefit of the place where the line-by-line reading (datelines, credits, block order) put the heading.</summary>
    public double Keep { get; init; } = 1.5;

    /// <summary>Cost of leaving a body's title to a picture's caption body (photo news rarely has a headline).</summary>
    public double Photo { get; init; } = 0.5;

    /// <summary>Benefit of a kicker staying over its title rather than becoming another article's title.</summary>
    public double KickerStays { get; init; } = 1.5;

    /// <summary>
    /// Weight of a column's share of distinctive words with an article; 0 (the default) leaves columns where they were
    /// read: on the golden pages a column that names a neighbour's topic moved to it (see BENCHMARKS.md).
    /// </summary>
    public double Column { get; init; } = 0;

    /// <summary>Benefit of the article the line-by-line reading gave a column to.</summary>
    public double ColumnKeep { get; init; } = 0.5;

    /// <summary>An article whose best reading is less than this ahead of the best different one is flagged.</summary>
    public double Doubt { get; init; } = 0.75;

    public static AssignmentSettings Default { get; } = new();
}
