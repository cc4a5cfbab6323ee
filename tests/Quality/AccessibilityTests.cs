using Microsoft.Playwright;
using StatementArchive.Tests.Browser;

namespace StatementArchive.Tests.Quality;

/// <summary>axe-core on one page of each kind, in the light and the dark colour scheme (contrast differs).</summary>
[Collection(QualityCollection.Name)]
public sealed class AccessibilityTests(QualityFixture fixture)
{
    public static IEnumerable<object[]> Cases() =>
        PageKind.All.SelectMany(k => new[] { new object[] { k.Name, "light" }, [k.Name, "dark"] });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_violation(string kind, string scheme)
    {
        await using var watched = await fixture.OpenAsync(PageKind.Named(kind));
        await watched.Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });

        var violations = await Axe.ViolationsAsync(watched.Page);

        Assert.True(violations.Count == 0, $"{kind}, {scheme}:\n" + string.Join("\n", violations));
        // axe ran under the page's own CSP (see Axe): had any of it needed eval, the policy would have
        // blocked it and reported a violation here.
        await watched.AssertCleanAsync(fixture.SiteRoot);
    }

    /// <summary>The offline copy differs in its links (files, not folders) and is opened from disk.</summary>
    [Theory]
    [MemberData(nameof(PageKind.Names), MemberType = typeof(PageKind))]
    public async Task Axe_finds_no_violation_in_the_offline_zip(string kind)
    {
        await using var watched = await fixture.OpenOfflineAsync(PageKind.Named(kind));

        var violations = await Axe.ViolationsAsync(watched.Page);

        Assert.True(violations.Count == 0, $"{kind}, offline:\n" + string.Join("\n", violations));
        await watched.AssertCleanAsync(fixture.OfflineRoot);
    }
}
