using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Output;

/// <summary>
/// The limits of the host the site is published on: GitHub Pages publishes at most 1 GB, and some hosts also count
/// files (GitLab Pages 200,000, Cloudflare Pages' free plan 20,000). From <c>site:</c> in input/newsarchive.yml
/// (<c>max_mb</c>, <c>max_files</c>), which the command line's <c>--max-site-mb</c> and <c>--max-files</c> override.
/// </summary>
public sealed record SiteBudget
{
    /// <summary>GitHub Pages' limit on a published site.</summary>
    public const long GitHubPagesBytes = 1_000_000_000;

    public long MaxBytes { get; init; } = GitHubPagesBytes;

    /// <summary>No limit unless the librarian's host has one.</summary>
    public int? MaxFiles { get; init; }

    /// <summary>The share of a limit at which the build starts warning, so there is time to act before it is crossed.</summary>
    public double WarnAt { get; init; } = 0.8;

    private const string Stage = "budget";

    /// <summary>The <c>site:</c> section of newsarchive.yml, or the defaults; a bad value is a warning naming its line.</summary>
    public static SiteBudget Load(string inputDirectory, BuildReport report)
    {
        var budget = new SiteBudget();
        var path = Path.Combine(inputDirectory, "newsarchive.yml");
        if (!File.Exists(path))
            return budget;
        // Refusals (a link out, a device, too big) and YAML errors are reported by the translation settings,
        // which read the same file.
        var (yamlText, _) = Ingest.InputFiles.ReadText(path, inputDirectory, Ingest.InputFiles.MaxSidecarBytes);
        if (yamlText is null)
            return budget;
        YamlStream yaml;
        try
        {
            yaml = Ingest.SidecarYaml.Load(yamlText);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return budget;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("site"), out var node) || node is not YamlMappingNode site)
            return budget;
        foreach (var (key, value) in site.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var text = (value as YamlScalarNode)?.Value;
            var ok = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0;
            if (name is "max_mb" or "max_files" && !ok)
                report.Warn(Stage, "newsarchive.yml", $"site.{name} must be a whole number above 0; using the default", (int)key.Start.Line);
            else if (name == "max_mb")
                budget = budget with { MaxBytes = n * 1_000_000 };
            else if (name == "max_files")
                budget = budget with { MaxFiles = (int)Math.Min(n, int.MaxValue) };
        }
        return budget;
    }
}
