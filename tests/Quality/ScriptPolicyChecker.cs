using AngleSharp.Dom;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// What a strict Content-Security-Policy needs from a page, read from its parsed HTML: one CSP meta whose
/// script-src is 'self' alone with no escape hatch, and nothing inline the policy would have to allow
/// (a script without src, an on* event-handler attribute, a javascript: URL).
/// </summary>
public static class ScriptPolicyChecker
{
    // Attributes that carry a URL a browser may follow or load.
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href"];

    private static readonly string[] Unsafe = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:", "data:"];

    public static IEnumerable<string> Problems(IDocument document)
    {
        var policies = document.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content") ?? "").ToList();
        if (policies.Count != 1) yield return $"{policies.Count} CSP meta elements, expected 1";
        foreach (var problem in policies.SelectMany(PolicyProblems)) yield return problem;

        foreach (var script in document.Scripts)
            if (string.IsNullOrEmpty(script.Source) || script.TextContent.Trim().Length > 0)
                yield return "inline script: " + Shorten(script.OuterHtml);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"event-handler attribute {attribute.Name} on <{element.LocalName}>";
                // Browsers strip ASCII whitespace and control characters before reading a URL's scheme.
                var url = new string(attribute.Value.Where(c => c > ' ').ToArray());
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    yield return $"javascript: URL in {attribute.Name} on <{element.LocalName}>";
            }
        }
    }

    private static IEnumerable<string> PolicyProblems(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(d => d[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1..]);
        if (!directives.TryGetValue("script-src", out var scripts)) yield return "CSP has no script-src";
        else if (!scripts.SequenceEqual(["'self'"])) yield return $"script-src is \"{string.Join(' ', scripts)}\", expected 'self' alone";
        if (!directives.ContainsKey("default-src")) yield return "CSP has no default-src";
        if (!directives.TryGetValue("object-src", out var objects) || !objects.SequenceEqual(["'none'"])) yield return "object-src is not 'none'";
        // data: stays allowed for images (the empty favicon); anywhere else it would let code in.
        foreach (var (name, sources) in directives)
            foreach (var source in sources.Where(s => Unsafe.Contains(s, StringComparer.OrdinalIgnoreCase) && !(name == "img-src" && s == "data:")))
                yield return $"{name} allows {source}";
    }

    private static string Shorten(string html) => html.Length <= 80 ? html : html[..80] + "…";
}
