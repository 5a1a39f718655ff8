namespace NewsArchive.Rendering.Views;

/// <summary>The size of the archive, for the pages that show it (statistics).</summary>
public sealed record TotalsView(int Papers, int Issues, int Articles);
