using System.Text.Json;
using Microsoft.Playwright;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// Runs axe-core (tests/tools, pinned by the lockfile) in a page and returns its violations, one line per
/// failing element. The source is evaluated through Playwright (the DevTools protocol), not added as a
/// script element: the pages' CSP forbids inline script, and evaluation by the protocol is outside its
/// reach, so the page is checked under its real policy rather than in a context that bypasses CSP.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Repo.Path("tests", "tools", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} not found: run `npm ci --prefix tests/tools` (.ci/run does)");
        return File.ReadAllText(path);
    });

    // WCAG 2.0 and 2.1, levels A and AA, and Deque's best practices (landmarks, one h1, heading order…).
    // axe fetches the stylesheets again by XMLHttpRequest for its CSS rules (orientation lock); Chromium
    // refuses that from file://, so a page opened from disk is checked without that preload (the same
    // stylesheet is checked with it on the served site).
    private const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            preload: location.protocol !== 'file:',
          });
          return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
        }
        """;

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        return await page.EvaluateAsync<string[]>(Run);
    }
}
