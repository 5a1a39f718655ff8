using NewsArchive.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Segmentation.Corrections;

/// <summary>
/// Parses a corrections sidecar. Strict: an unknown key, a wrong type or a bad kind is an error with its line
/// and column, so a typo never silently does nothing.
/// </summary>
public static class ReadCorrections
{
    private static readonly string[] TopKeys = ["split", "merge", "items"];
    private static readonly string[] ItemKeys = ["kind", "kicker", "title", "subtitle", "reporters", "photographers"];

    public static (PageCorrections? Corrections, CorrectionsError? Error) Parse(string yaml)
    {
        try
        {
            var stream = Ingest.SidecarYaml.Load(yaml);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return (new PageCorrections(), null);
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
                return Fail("the file must be a mapping with split, merge and items", stream.Documents[0].RootNode);
            var splits = new List<string>();
            var merges = new List<int>();
            var items = new Dictionary<int, ItemCorrection>();
            foreach (var (keyNode, value) in root.Children)
            {
                // A key may itself be a mapping or list in YAML (`? ? x`): never one of ours.
                if (keyNode is not YamlScalarNode { Value: { } key })
                    return Fail("each key must be a plain name: split, merge or items", keyNode);
                switch (key)
                {
                    case "split":
                        if (value is not YamlSequenceNode splitList)
                            return Fail("split must be a list of texts an item starts with", value);
                        foreach (var s in splitList)
                        {
                            if (s is not YamlScalarNode { Value: { Length: > 0 } text })
                                return Fail("each split must be the text an item starts with", s);
                            splits.Add(text);
                        }
                        break;
                    case "merge":
                        if (value is not YamlSequenceNode mergeList)
                            return Fail("merge must be a list of item numbers", value);
                        foreach (var m in mergeList)
                        {
                            if (m is not YamlScalarNode sm || !int.TryParse(sm.Value, out var n) || n < 1)
                                return Fail("each merge must be an item number (1 or more)", m);
                            merges.Add(n);
                        }
                        break;
                    case "items":
                        if (value is not YamlMappingNode itemMap)
                            return Fail("items must map item numbers to fields", value);
                        foreach (var (numberNode, fields) in itemMap.Children)
                        {
                            if (numberNode is not YamlScalarNode sn || !int.TryParse(sn.Value, out var number) || number < 1)
                                return Fail("an item is given by its number (1 or more)", numberNode);
                            var (item, error) = ParseItem(fields);
                            if (error is not null)
                                return (null, error);
                            items[number] = item!;
                        }
                        break;
                    default:
                        return Fail($"unknown key '{key}' (known: {string.Join(", ", TopKeys)})", keyNode);
                }
            }
            return (new PageCorrections { Splits = splits, Merges = merges, Items = items }, null);
        }
        catch (YamlException e)
        {
            return (null, new CorrectionsError($"cannot read YAML: {e.Message}", (int)e.Start.Line, (int)e.Start.Column));
        }
    }

    private static (ItemCorrection?, CorrectionsError?) ParseItem(YamlNode node)
    {
        if (node is not YamlMappingNode map)
            return (null, Error("an item's corrections must be a mapping of fields", node));
        var item = new ItemCorrection();
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
                return (null, Error("each field must be a plain name: " + string.Join(", ", ItemKeys), keyNode));
            switch (key)
            {
                case "kind":
                    if (value is not YamlScalarNode { Value: { } kindText } || !Enum.TryParse<ItemKind>(kindText, ignoreCase: true, out var kind)
                        || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
                        return (null, Error("kind must be news, photo, feature, commentary or brief", value));
                    item = item with { Kind = kind };
                    break;
                case "kicker" or "title" or "subtitle":
                    if (value is not YamlScalarNode scalar)
                        return (null, Error($"{key} must be a text or null", value));
                    var text = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "null" or "~" or "" ? null : scalar.Value;
                    item = key switch
                    {
                        "kicker" => item with { Kicker = Optional<string?>.Of(text) },
                        "title" => item with { Title = Optional<string?>.Of(text) },
                        _ => item with { Subtitle = Optional<string?>.Of(text) },
                    };
                    break;
                case "reporters" or "photographers":
                    if (value is not YamlSequenceNode list || list.Any(n => n is not YamlScalarNode { Value.Length: > 0 }))
                        return (null, Error($"{key} must be a list of names", value));
                    var names = list.Select(n => ((YamlScalarNode)n).Value!).ToList();
                    item = key == "reporters" ? item with { Reporters = names } : item with { Photographers = names };
                    break;
                default:
                    return (null, Error($"unknown item field '{key}' (known: {string.Join(", ", ItemKeys)})", keyNode));
            }
        }
        return (item, null);
    }

    private static (PageCorrections?, CorrectionsError?) Fail(string message, YamlNode node) => (null, Error(message, node));

    private static CorrectionsError Error(string message, YamlNode node) => new(message, (int)node.Start.Line, (int)node.Start.Column);
}
