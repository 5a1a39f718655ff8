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
    /// <summary>The sidecar's YAML as nodes, anchors and aliases refused first; any failure is a <see cref="YamlException"/> with its position.</summary>
    public static YamlDotNet.RepresentationModel.YamlStream Load(string yaml)
    {
        var syntax = RefuseAliases(yaml);
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        // YamlDotNet's node loader meets some malformed documents with other exceptions; the parser saw why, and where,
        // when it saw anything: either way the librarian gets a YAML error about the file, never a crash.
        catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
        {
            throw syntax ?? new YamlException(Mark.Empty, Mark.Empty, $"malformed YAML the reader cannot place ({e.Message})");
        }
        return stream;
    }

    /// <summary>
    /// Throws a <see cref="YamlException"/> at the first anchor or alias (with its line and column); reading events is
    /// linear in the text. Returns the syntax error that ended the reading, if any, for the caller to report.
    /// </summary>
    public static YamlException? RefuseAliases(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (true)
        {
            try
            {
                if (!parser.MoveNext())
                    return null;
            }
            // A syntax error is left to the reader that follows, which words it for its file; any alias before it was refused.
            catch (YamlException e) when (e is SyntaxErrorException or SemanticErrorException)
            {
                return e;
            }
            // YamlDotNet's scanner meets some malformed text with InvalidOperationException: still an error about the file.
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                return new YamlException(Mark.Empty, Mark.Empty, $"malformed YAML the reader cannot place ({e.Message})");
            }

            switch (parser.Current)
            {
                case AnchorAlias alias:
                    throw new YamlException(alias.Start, alias.End, $"aliases (*{alias.Value}) are not allowed in sidecars: write the value out");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw new YamlException(node.Start, node.End, $"anchors (&{node.Anchor}) are not allowed in sidecars: write each value out");
            }
        }
    }
}
