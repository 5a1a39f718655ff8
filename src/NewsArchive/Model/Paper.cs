namespace NewsArchive.Model;

/// <summary>A newspaper title. The slug is the folder name under input/ and the first segment of every URL.</summary>
public sealed record Paper(string Slug, string NameZh, string NameEn);
