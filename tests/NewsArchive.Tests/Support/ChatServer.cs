using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Tests.Support;

/// <summary>
/// A real OpenAI-compatible chat-completions server on 127.0.0.1 (HttpListener) whose answers a test scripts.
/// It records every request (count, time, Authorization header, the user's message), so tests can count requests.
/// </summary>
public sealed class ChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ChatCall, Task<ChatReply>> _answer;
    private readonly Task _loop;
    private readonly ConcurrentQueue<ChatCall> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _count;

    public ChatServer(Func<ChatCall, Task<ChatReply>> answer)
    {
        _answer = answer;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public ChatServer(Func<ChatCall, ChatReply> answer) : this(call => Task.FromResult(answer(call))) { }

    public string BaseUrl { get; }

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<ChatCall> Calls => [.. _calls.OrderBy(c => c.Number)];

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var call = new ChatCall(Interlocked.Increment(ref _count), _clock.Elapsed, context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
            _calls.Enqueue(call);
            var reply = await _answer(call);
            if (reply.Delay > TimeSpan.Zero)
                await Task.Delay(reply.Delay);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers)
                context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_listener.IsListening)
            return;
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}

/// <summary>One request as the server saw it.</summary>
public sealed record ChatCall(int Number, TimeSpan At, string Method, string Path, string? Authorization, string Body)
{
    private JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Model => Json.GetProperty("model").GetString()!;

    /// <summary>The user message: the Chinese the client asked to translate.</summary>
    public string UserMessage => Json.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;

    /// <summary>The Chinese headline the client sent ("Headline: ..." line).</summary>
    public string Headline => UserMessage.Split('\n').First(l => l.StartsWith("Headline: ", StringComparison.Ordinal))["Headline: ".Length..];
}

/// <summary>What the server answers.</summary>
public sealed record ChatReply(int Status, string Body, TimeSpan Delay = default)
{
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>A well-formed chat-completions answer whose message content is <paramref name="content"/>.</summary>
    public static ChatReply Content(string content) => new(200, JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
    }));

    public static ChatReply English(string title, string summary) => Content(JsonSerializer.Serialize(new { title, summary }));

    public static ChatReply Error(int status, string body = "{\"error\":{\"message\":\"server error\"}}") => new(status, body);
}
