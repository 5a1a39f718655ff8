namespace NewsArchive.Model;

/// <summary>What kind of item a printed article is; the JSON and URL form is the lower-case name.</summary>
public enum ItemKind
{
    News,
    Photo,
    Feature,
    Commentary,
    Brief,
}
