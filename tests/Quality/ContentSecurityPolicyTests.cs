using AngleSharp.Html.Parser;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// Every HTML page of the built site, read with AngleSharp: a strict CSP meta, and nothing in the page
/// that such a policy would have to allow (inline script, event-handler attributes, javascript: URLs).
/// </summary>
[Collection(QualityCollection.Name)]
public sealed class ContentSecurityPolicyTests(QualityFixture fixture)
{
    // Attributes that carry a URL a browser may follow or load.
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"];

    [Fact]
    public void Every_page_has_a_strict_policy_and_nothing_inline_it_would_have_to_allow()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        var pages = fixture.Site.HtmlFiles().ToList();
        Assert.All(PageKind.All, kind => Assert.Contains(Path.Combine(fixture.Site.Root, kind.File), pages));

        foreach (var file in pages)
        {
            var where = Path.GetRelativePath(fixture.Site.Root, file);
            var document = parser.ParseDocument(File.ReadAllText(file));

            var policies = document.QuerySelectorAll("meta")
                .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                .Select(m => m.GetAttribute("content") ?? "").ToList();
            if (policies.Count != 1) problems.Add($"{where}: {policies.Count} CSP meta elements, expected 1");
            foreach (var policy in policies) problems.AddRange(PolicyProblems(policy).Select(p => $"{where}: {p}"));

            foreach (var script in document.Scripts)
                if (string.IsNullOrEmpty(script.Source) || script.TextContent.Trim().Length > 0)
                    problems.Add($"{where}: inline script: {Shorten(script.OuterHtml)}");
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{where}: event-handler attribute {attribute.Name} on <{element.LocalName}>");
                    if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase)
                        && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{where}: javascript: URL in {attribute.Name} on <{element.LocalName}>");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>What a policy must say: script-src 'self' (or none at all beyond it), and no escape hatch anywhere.</summary>
    private static IEnumerable<string> PolicyProblems(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);
        if (!directives.TryGetValue("script-src", out var scripts)) yield return "CSP has no script-src";
        else if (!scripts.SequenceEqual(["'self'"])) yield return $"script-src is \"{string.Join(' ', scripts)}\", expected 'self' only";
        if (!directives.ContainsKey("default-src")) yield return "CSP has no default-src";
        if (!directives.TryGetValue("object-src", out var objects) || !objects.SequenceEqual(["'none'"])) yield return "object-src is not 'none'";
        foreach (var (name, sources) in directives)
            foreach (var source in sources.Where(s => s is "'unsafe-inline'" or "'unsafe-eval'" or "'unsafe-hashes'" or "*" or "http:" or "https:"))
                yield return $"{name} allows {source}";
    }

    private static string Shorten(string html) => html.Length <= 80 ? html : html[..80] + "…";
}
