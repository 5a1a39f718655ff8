using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.SearchBench;

/// <summary>
/// Serves a folder on 127.0.0.1 the way GitHub Pages does for this benchmark's purpose: text, scripts and
/// WebAssembly gzip-compressed when the browser accepts it, so downloaded bytes are what a reader pays.
/// </summary>
internal sealed class GzipServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;

    public GzipServer(string root)
    {
        _root = Path.GetFullPath(root);
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); } catch (Exception) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            var file = Path.GetFullPath(Path.Combine(_root, path));
            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }
            var (type, compress) = Type(file);
            context.Response.ContentType = type;
            context.Response.Headers["Cache-Control"] = "no-cache";
            var bytes = File.ReadAllBytes(file);
            var accepts = (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal);
            if (compress && accepts)
            {
                using var buffer = new MemoryStream();
                using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(bytes);
                bytes = buffer.ToArray();
                context.Response.Headers["Content-Encoding"] = "gzip";
            }
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException) { }
        catch (IOException) { }
    }

    private static (string Type, bool Compress) Type(string file) => Path.GetExtension(file) switch
    {
        ".html" => ("text/html; charset=utf-8", true),
        ".css" => ("text/css; charset=utf-8", true),
        ".js" => ("text/javascript; charset=utf-8", true),
        ".json" => ("application/json", true),
        ".wasm" => ("application/wasm", true),
        ".svg" => ("image/svg+xml", true),
        _ => ("application/octet-stream", false),
    };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
