using System.Net;
using System.Text;

namespace StatementArchive.Serve;

/// <summary>
/// Serves a built site on 127.0.0.1 for preview, as a static host would (folder → index.html, missing
/// → 404.html with status 404), and adds a small script to HTML pages that reloads them after each
/// rebuild. The script is a file the server answers, not inline, so the pages' CSP still holds.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    public const string ReloadScriptPath = "/__preview/reload.js";
    public const string VersionPath = "/__preview/version";

    private const string ReloadScript = """
        (function () {
          var seen = null;
          function poll() {
            fetch("/__preview/version", { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (v) {
              if (seen !== null && v !== seen) location.reload();
              seen = v;
            }).catch(function () {}).finally(function () { setTimeout(poll, 500); });
          }
          poll();
        })();
        """;

    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ReloadScriptPath}\"></script>");

    private readonly HttpListener _listener = new();
    private readonly Func<string> _siteRoot;
    private int _version;

    /// <param name="siteRoot">Asked on every request: the folder of the latest good build.</param>
    public PreviewServer(int port, Func<string> siteRoot)
    {
        _siteRoot = siteRoot;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    /// <summary>Open pages reload when they next ask (within half a second).</summary>
    public void SiteChanged() => Interlocked.Increment(ref _version);

    public void Start()
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) when (!_listener.IsListening) { return; }
                _ = Task.Run(() => Answer(context));
            }
        });
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (path == VersionPath) { Send(response, 200, "text/plain", Encoding.UTF8.GetBytes(_version.ToString())); return; }
            if (path == ReloadScriptPath) { Send(response, 200, "text/javascript", Encoding.UTF8.GetBytes(ReloadScript)); return; }

            var root = Path.GetFullPath(_siteRoot());
            var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            var status = 200;
            if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
            {
                (status, file) = (404, Path.Combine(root, "404.html"));
                if (!File.Exists(file)) { Send(response, 404, "text/plain", "not found"u8.ToArray()); return; }
            }
            var bytes = File.ReadAllBytes(file);
            var type = ContentTypes.For(file);
            if (type.StartsWith("text/html", StringComparison.Ordinal)) bytes = [.. bytes, .. ScriptTag];
            Send(response, status, type, bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // A rebuild swapped the folder mid-request, or the browser went away: the next request will do.
            response.StatusCode = 503;
        }
    }

    private static void Send(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
    }
}
