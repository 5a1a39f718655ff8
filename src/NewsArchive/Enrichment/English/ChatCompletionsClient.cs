using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Enrichment.English;

/// <summary>
/// One OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server, vLLM, hosted services):
/// POST {url}/chat/completions asking for a JSON object {"title","summary"}. Each attempt has its own timeout;
/// 429, 5xx, timeouts and dropped connections are retried after 1, 2, 4 ... × backoff (or the server's Retry-After),
/// so the same failures always wait the same time. Nothing said here carries the key.
/// </summary>
internal sealed class ChatCompletionsClient(TranslationSettings settings, HttpClient http)
{
    internal const string Instructions =
        "You translate Chinese newspaper articles into English for a news archive. " +
        "Answer with one JSON object and nothing else: {\"title\": \"...\", \"summary\": \"...\"}. " +
        "The title renders the Chinese headline (with its kicker and subtitle when they add facts); if there is no headline, write a short one from the summary. " +
        "The summary renders the Chinese summary in one to three sentences. " +
        "Write personal names in pinyin, surname first (王正源 -> Wang Zhengyuan). Give places and bodies their usual English name with their type " +
        "(东昌府区 -> Dongchangfu District, 市工业和信息化局 -> Municipal Bureau of Industry and Information Technology). " +
        "Keep every date, number, amount of money and percentage exact, converting 万 and 亿 correctly (209.2亿元 -> 20.92 billion yuan). " +
        "Do not add facts.";

    private readonly Uri _endpoint = new(settings.Url.AbsoluteUri.TrimEnd('/') + "/chat/completions");

    public async Task<ServiceOutcome> TranslateAsync(EnglishRequest request, CancellationToken cancel)
    {
        var body = JsonSerializer.Serialize(new
        {
            model = settings.Model,
            temperature = 0,
            response_format = new { type = "json_object" },
            messages = new[]
            {
                new { role = "system", content = Instructions },
                new { role = "user", content = Prompt(request) },
            },
        });

        string problem = "no attempt was made";
        for (var attempt = 1; attempt <= settings.Attempts; attempt++)
        {
            TimeSpan? retryAfter = null;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                timeout.CancelAfter(settings.Timeout);
                try
                {
                    using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    if (settings.Key.IsSet)
                        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Key.Value);
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                    var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        var (english, rejected) = ServiceAnswer.Read(text, request, settings.Key);
                        // A wrong or malformed answer is the model's answer, not a glitch: asking again at temperature 0 gives it again.
                        return english is not null ? ServiceOutcome.Success(english, attempt) : ServiceOutcome.Failure(rejected!, attempt);
                    }
                    problem = $"HTTP {status}{Excerpt(text)}";
                    if (status is 401 or 403 or 404 or 400)
                        return ServiceOutcome.Failure(problem + (status is 401 or 403 ? " (is the key right?)" : status == 404 ? " (is the URL or model right?)" : ""), attempt, fatal: true);
                    if (status != (int)HttpStatusCode.TooManyRequests && status < 500)
                        return ServiceOutcome.Failure(problem, attempt);
                    retryAfter = RetryAfter(response.Headers.RetryAfter);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"no answer within {settings.Timeout.TotalSeconds:0.###} s");
                }
                catch (HttpRequestException e)
                {
                    problem = settings.Key.Redact($"cannot reach the service: {e.Message}");
                }
            }
            if (attempt < settings.Attempts)
                await Task.Delay(Delay(attempt, retryAfter), cancel).ConfigureAwait(false);
        }
        return ServiceOutcome.Failure($"{problem} after {settings.Attempts} attempts", settings.Attempts);
    }

    /// <summary>1, 2, 4 ... × backoff, or what the server asked for; never more than MaxDelay.</summary>
    internal TimeSpan Delay(int attempt, TimeSpan? retryAfter)
    {
        var delay = retryAfter ?? settings.Backoff * Math.Pow(2, attempt - 1);
        return delay > settings.MaxDelay ? settings.MaxDelay : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);

    internal static string Prompt(EnglishRequest request)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.KickerZh)) lines.Add($"Kicker: {request.KickerZh}");
        lines.Add($"Headline: {(string.IsNullOrWhiteSpace(request.TitleZh) ? "(none: a photo or untitled item)" : request.TitleZh)}");
        if (!string.IsNullOrWhiteSpace(request.SubtitleZh)) lines.Add($"Subtitle: {request.SubtitleZh}");
        lines.Add($"Summary: {request.SummaryZh}");
        return string.Join("\n", lines);
    }

    // A short, redacted piece of an error body helps ("model not found"); a whole HTML error page does not.
    private string Excerpt(string body)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length == 0) return "";
        flat = settings.Key.Redact(flat);
        return ": " + (flat.Length > 160 ? flat[..160] + "…" : flat);
    }
}
