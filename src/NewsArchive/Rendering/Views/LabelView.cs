namespace NewsArchive.Rendering.Views;

/// <summary>One interface label in both languages, from theme/i18n.json; templates use it where markup cannot go (attributes, titles).</summary>
public sealed record LabelView(string Zh, string En);
