namespace StatementArchive.Tests.Quality;

/// <summary>
/// A phone (360 px) and a desktop (1280 px): nothing makes the page scroll sideways, and the text read
/// is at least 16 px. Screenshots of each go to the test output folder for a person to look at.
/// </summary>
[Collection(QualityCollection.Name)]
public sealed class ResponsiveLayoutTests(QualityFixture fixture)
{
    public static IEnumerable<object[]> Cases() =>
        PageKind.All.SelectMany(k => new[] { new object[] { k.Name, 360 }, [k.Name, 1280] });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_sideways_scrolling_and_readable_text(string kind, int width)
    {
        var pageKind = PageKind.Named(kind);
        await using var watched = await fixture.OpenAsync(pageKind);
        var page = watched.Page;
        await page.SetViewportSizeAsync(width, 800);

        var overflow = await page.EvaluateAsync<string[]>("""
            () => {
              const limit = window.innerWidth;
              if (document.documentElement.scrollWidth <= limit) return [];
              // Name the elements that stick out, so a failure says what to fix.
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} right=${Math.round(e.getBoundingClientRect().right)}`)
                .concat([`scrollWidth ${document.documentElement.scrollWidth} > ${limit}`]);
            }
            """);
        Assert.True(overflow.Length == 0, $"{kind} at {width}px scrolls sideways: " + string.Join(", ", overflow));

        // The statement's own text where there is one, else the text of the page's main content.
        var selector = await page.Locator(".statement .body :is(p, li)").CountAsync() > 0 ? ".statement .body :is(p, li)" : "main";
        var size = await page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(size >= 16, $"{kind} at {width}px: {selector} is {size}px");

        Directory.CreateDirectory(QualityFixture.ScreenshotFolder);
        var name = string.Concat(kind.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        await page.ScreenshotAsync(new() { Path = Path.Combine(QualityFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
    }
}
