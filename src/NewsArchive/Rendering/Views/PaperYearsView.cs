namespace NewsArchive.Rendering.Views;

/// <summary>A paper in the date index, newest year first.</summary>
public sealed record PaperYearsView(PaperView Paper, int IssueCount, IReadOnlyList<YearSummaryView> Years, IReadOnlyList<IssueView> Latest);
