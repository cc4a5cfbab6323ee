using Microsoft.Playwright;

namespace StatementArchive.Tests.Quality;

/// <summary>The colour scheme follows the reader's: dark background and light text in dark mode, the reverse in light.</summary>
[Collection(QualityCollection.Name)]
public sealed class DarkModeTests(QualityFixture fixture)
{
    // Relative luminance (WCAG) of a computed rgb()/rgba() colour.
    private const string Luminance = """
        e => {
          const parse = c => c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
            .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
          const lum = c => { const [r, g, b] = parse(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const style = getComputedStyle(e);
          return [lum(style.backgroundColor), lum(style.color)];
        }
        """;

    [Theory]
    [MemberData(nameof(PageKind.Names), MemberType = typeof(PageKind))]
    public async Task Dark_mode_gives_a_dark_page_with_light_text(string kind)
    {
        await using var watched = await fixture.OpenAsync(PageKind.Named(kind));
        var body = watched.Page.Locator("body");

        await watched.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await body.EvaluateAsync<double[]>(Luminance);
        Assert.True(dark[0] < 0.05 && dark[1] > 0.6, $"{kind}, dark: background luminance {dark[0]:0.000}, text {dark[1]:0.000}");
        Directory.CreateDirectory(QualityFixture.ScreenshotFolder);
        var name = string.Concat(kind.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        await watched.Page.ScreenshotAsync(new() { Path = Path.Combine(QualityFixture.ScreenshotFolder, $"{name}-dark.png") });

        await watched.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        var light = await body.EvaluateAsync<double[]>(Luminance);
        Assert.True(light[0] > 0.9 && light[1] < 0.05, $"{kind}, light: background luminance {light[0]:0.000}, text {light[1]:0.000}");
    }
}
