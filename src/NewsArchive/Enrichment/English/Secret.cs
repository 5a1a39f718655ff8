namespace NewsArchive.Enrichment.English;

/// <summary>
/// The translation service's key. It is only ever put in the Authorization header; everything else the service
/// code says (warnings, exception messages, answers it keeps) goes through <see cref="Redact"/> first, so a server
/// or proxy that echoes the key back cannot carry it into the site, the report or the console.
/// </summary>
public sealed class Secret(string? value)
{
    public const string Mask = "[redacted]";

    internal string? Value { get; } = string.IsNullOrEmpty(value) ? null : value;

    public bool IsSet => Value is not null;

    public bool IsIn(string? text) => Value is not null && text is not null && text.Contains(Value, StringComparison.Ordinal);

    public string Redact(string text) => Value is null ? text : text.Replace(Value, Mask, StringComparison.Ordinal);

    public override string ToString() => IsSet ? Mask : "(none)";
}
