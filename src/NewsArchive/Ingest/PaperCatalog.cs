using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsArchive.Ingest;

/// <summary>
/// Reads paper.yml, issue.yml and page sidecars: small YAML files a librarian writes by hand, so every mistake
/// in one is reported with its line and column.
/// </summary>
internal static partial class Sidecars
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static T? Read<T>(string path, string relative, BuildReport report) where T : class
    {
        if (!File.Exists(path))
            return null;
        string text;
        try
        {
            // The input folder is the path's part before its relative name.
            var read = InputFiles.Read(path, path[..^relative.Length], InputFiles.MaxSidecarBytes);
            if (read.Bytes is null)
            {
                if (read.LeavesInput)
                    report.Warn(ReadPages.StageName, relative, $"ignored: {read.Error}");
                else
                    report.Error(ReadPages.StageName, relative, read.Error!);
                return null;
            }
            var decoded = TextDecoder.Decode(read.Bytes);
            if (decoded.Text is null)
            {
                // An empty sidecar says nothing; anything else unreadable is an error.
                if (decoded.Error != "the file is empty")
                    report.Error(ReadPages.StageName, relative, $"cannot read YAML: {decoded.Error}");
                return null;
            }
            text = decoded.Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Error(ReadPages.StageName, relative, $"cannot read the file: {e.Message}");
            return null;
        }

        try
        {
            var syntax = SidecarYaml.RefuseAliases(text);
            try
            {
                return Yaml.Deserialize<T>(text);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException && syntax is not null)
            {
                throw syntax;
            }
        }
        catch (YamlException e)
        {
            var reason = Location().Replace(e.InnerException is { } inner and not YamlException ? $"{e.Message}: {inner.Message}" : e.Message, "");
            report.Error(ReadPages.StageName, relative,
                $"cannot read YAML at line {e.Start.Line}, column {e.Start.Column}: {reason}", (int)e.Start.Line, (int)e.Start.Column);
            return null;
        }
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex Location();
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
