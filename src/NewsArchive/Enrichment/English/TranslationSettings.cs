using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// Where the translation service is and how hard to try: the <c>translation:</c> section of input/newsarchive.yml,
/// overridden by NEWSARCHIVE_TRANSLATE_URL, _MODEL and _KEY. The key itself only ever comes from the environment
/// (newsarchive.yml is committed with input/, so it names the variable instead: <c>api_key_env</c>).
/// </summary>
public sealed record TranslationSettings
{
    public const string ConfigFile = "newsarchive.yml";
    public const string UrlVariable = "NEWSARCHIVE_TRANSLATE_URL";
    public const string ModelVariable = "NEWSARCHIVE_TRANSLATE_MODEL";
    public const string KeyVariable = "NEWSARCHIVE_TRANSLATE_KEY";

    /// <summary>Base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1; requests go to {Url}/chat/completions.</summary>
    public required Uri Url { get; init; }
    public required string Model { get; init; }
    public Secret Key { get; init; } = new(null);
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per article, the first included; only 429, 5xx, timeouts and dropped connections are retried.</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>First retry delay; it doubles on each retry (1, 2, 4 s ...) up to <see cref="MaxDelay"/>, unless the server sends Retry-After.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);
    public int Concurrency { get; init; } = 4;

    /// <summary>After this many articles fail in a row the service is left alone for the rest of the run.</summary>
    public int GiveUpAfter { get; init; } = 5;

    /// <summary>What results are remembered under and what the site shows as their origin. Never the URL: it may carry credentials.</summary>
    public string Origin => $"service:{Model}";

    /// <summary>The configured service, or null when none is (the build then stays offline). Problems are reported against newsarchive.yml.</summary>
    public static TranslationSettings? Load(string inputDirectory, Func<string, string?> environment, BuildReport report)
    {
        var path = Path.Combine(inputDirectory, ConfigFile);
        var file = File.Exists(path) ? ReadFile(path, report) : [];
        string? Get(string key) => file.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value.Trim() : null;
        int? LineOf(string key) => file.TryGetValue(key, out var v) ? v.Line : null;

        if (file.ContainsKey("api_key"))
            report.Error(Stage, ConfigFile, "translation.api_key is not read: newsarchive.yml is committed with input/, so keys belong in the environment; name the variable in translation.api_key_env", LineOf("api_key"));

        var url = NonEmpty(environment(UrlVariable)) ?? Get("url");
        if (url is null)
            return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            report.Error(Stage, ConfigFile, "translation url must be an absolute http(s) URL such as http://localhost:11434/v1; the build goes on without the service", LineOf("url"));
            return null;
        }
        var model = NonEmpty(environment(ModelVariable)) ?? Get("model");
        if (model is null)
        {
            report.Error(Stage, ConfigFile, $"a translation url is configured but no model: set translation.model or {ModelVariable}; the build goes on without the service", LineOf("url"));
            return null;
        }
        var keyVariable = Get("api_key_env");
        var key = NonEmpty(environment(KeyVariable)) ?? (keyVariable is null ? null : NonEmpty(environment(keyVariable)));
        if (key is null && keyVariable is not null)
            report.Warn(Stage, ConfigFile, $"translation.api_key_env names {keyVariable}, which is not set; calling the service without a key", LineOf("api_key_env"));
        if (key is not null && !key.All(c => c is > ' ' and <= '~'))
        {
            // An HTTP header cannot carry it, and the exception that would say so quotes it: refuse here, without quoting it.
            report.Error(Stage, ConfigFile, "the translation key holds spaces, line breaks or non-ASCII characters, which no key has; the build goes on without the service", LineOf("api_key_env"));
            return null;
        }

        var defaults = new TranslationSettings { Url = uri, Model = model };
        return defaults with
        {
            Key = new Secret(key),
            Timeout = Seconds(Get("timeout_seconds"), "timeout_seconds") ?? defaults.Timeout,
            Attempts = Count(Get("attempts"), "attempts", 20) ?? defaults.Attempts,
            Backoff = Seconds(Get("backoff_seconds"), "backoff_seconds") ?? defaults.Backoff,
            MaxDelay = Seconds(Get("max_delay_seconds"), "max_delay_seconds") ?? defaults.MaxDelay,
            Concurrency = Count(Get("concurrency"), "concurrency", 64) ?? defaults.Concurrency,
            GiveUpAfter = Count(Get("give_up_after"), "give_up_after", 100_000) ?? defaults.GiveUpAfter,
        };

        TimeSpan? Seconds(string? value, string name)
        {
            if (value is null) return null;
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 3600)
                return TimeSpan.FromSeconds(s);
            report.Warn(Stage, ConfigFile, $"translation.{name} must be a number of seconds between 0 and 3600; using the default", LineOf(name));
            return null;
        }

        int? Count(string? value, string name, int max)
        {
            if (value is null) return null;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= max)
                return n;
            report.Warn(Stage, ConfigFile, $"translation.{name} must be a whole number from 1 to {max}; using the default", LineOf(name));
            return null;
        }
    }

    private const string Stage = "enrich";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The translation section as scalar values with their lines; a YAML error is reported with line and column.
    private static Dictionary<string, (string? Value, int Line)> ReadFile(string path, BuildReport report)
    {
        var result = new Dictionary<string, (string?, int)>(StringComparer.Ordinal);
        YamlStream yaml;
        var (text, unread) = Ingest.InputFiles.ReadText(path, Path.GetDirectoryName(path)!, Ingest.InputFiles.MaxSidecarBytes);
        if (text is null)
        {
            report.Error(Stage, ConfigFile, $"{unread}; the build goes on without a translation service");
            return result;
        }
        try
        {
            yaml = Ingest.SidecarYaml.Load(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            report.Error(Stage, ConfigFile, $"cannot read YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}; the build goes on without a translation service", (int)e.Start.Line, (int)e.Start.Column);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Error(Stage, ConfigFile, $"cannot read the file: {e.Message}; the build goes on without a translation service");
            return result;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            return result;
        if (!root.Children.TryGetValue(new YamlScalarNode("translation"), out var section))
            return result;
        if (section is not YamlMappingNode mapping)
        {
            report.Error(Stage, ConfigFile, "translation must be a mapping (url:, model:, api_key_env: ...)", (int)section.Start.Line);
            return result;
        }
        foreach (var (k, v) in mapping.Children)
            if (k is YamlScalarNode { Value: { } name })
                result[name] = (v is YamlScalarNode s ? s.Value : null, (int)k.Start.Line);
        return result;
    }
}
