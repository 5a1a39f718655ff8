namespace NewsArchive.Rendering.Views;

/// <summary>An index of names or keywords, most used first.</summary>
public sealed record TermIndexView(LabelView Heading, LabelView Intro, IReadOnlyList<TermView> Terms, int Total);
