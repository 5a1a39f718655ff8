using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using NewsArchive.Model;
using NewsArchive.Pipeline;

namespace NewsArchive.Ingest;

/// <summary>Reads paper.yml, issue.yml and page sidecars: small YAML files a librarian writes by hand.</summary>
internal static class Sidecars
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static T? Read<T>(string path, string relative, BuildReport report) where T : class
    {
        if (!File.Exists(path))
            return null;
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            report.Error(ReadPages.StageName, relative, $"cannot read YAML: {e.Message}", (int)e.Start.Line);
            return null;
        }
    }
}

internal sealed class PaperYaml
{
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
}

internal sealed class IssueYaml
{
    public string? Date { get; set; }
}

internal sealed class PageYaml
{
    public int? Page { get; set; }
    public string? Name { get; set; }
    public string? Date { get; set; }
}
