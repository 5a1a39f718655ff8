using System.Net;
using System.Net.Sockets;

namespace NewsArchive.Tests.Support;

/// <summary>A small real HTTP server on 127.0.0.1 serving a folder, as GitHub Pages would (under a project path).</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root, string pathPrefix = "/repo/")
    {
        _root = root;
        var port = FreePort();
        PathPrefix = pathPrefix;
        BaseUrl = $"http://127.0.0.1:{port}{pathPrefix}";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string BaseUrl { get; }
    public string PathPrefix { get; }

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

    private void Answer(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath)[PathPrefix.Length..];
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        var file = Path.GetFullPath(Path.Combine(_root, path));
        var found = file.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) && File.Exists(file);
        if (!found) file = Path.Combine(_root, "404.html");
        context.Response.StatusCode = found ? 200 : 404;
        context.Response.ContentType = ContentType(file);
        try
        {
            if (File.Exists(file))
            {
                var bytes = File.ReadAllBytes(file);
                context.Response.OutputStream.Write(bytes);
            }
            context.Response.Close();
        }
        catch (HttpListenerException) { }
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
