using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsArchive.Ingest;

/// <summary>
/// What every YAML file a librarian writes (paper.yml, issue.yml, page sidecars, corrections, English sidecars,
/// newsarchive.yml) must satisfy before it is parsed into nodes, besides the size limit of
/// <see cref="InputFiles.MaxSidecarBytes"/>: no anchors or aliases. An alias used as a mapping key is compared by its whole expanded tree, so a few hundred bytes of nested
/// aliases took tens of seconds (ten times more per level); hand-written sidecars never need them.
/// </summary>
public static class SidecarYaml
{
    /// <summary>Throws a <see cref="YamlException"/> at the first anchor or alias (with its line and column); reading events is linear in the text.</summary>
    public static void RefuseAliases(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (Next(parser))
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    throw new YamlException(alias.Start, alias.End, $"aliases (*{alias.Value}) are not allowed in sidecars: write the value out");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw new YamlException(node.Start, node.End, $"anchors (&{node.Anchor}) are not allowed in sidecars: write each value out");
            }
        }
    }

    // A syntax error is left to the reader that follows, which words it for its file; any alias before it was refused.
    private static bool Next(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (SyntaxErrorException)
        {
            return false;
        }
        catch (SemanticErrorException)
        {
            return false;
        }
    }
}
