using StatementArchive.Domain;
using StatementArchive.Load;

namespace StatementArchive.Tests.Support;

/// <summary>Statements and loaded content for pure-stage tests, without a disk.</summary>
public static class TestStatements
{
    public static readonly SiteConfig Site = new("Test archive", "A test.", "https://example.org/repo/", "en");

    public static Statement Make(string slug, string date, string[]? tags = null, string body = "Text.", string? title = null) => new(
        ContentPath: $"content/statements/{date[..4]}/{slug}.md",
        ContentFile: $"statements/{date[..4]}/{slug}.md",
        SitePath: $"statements/{date[..4]}/{slug}/",
        Title: title ?? $"Statement {slug}",
        Date: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Issuer: "North Atlantic Council",
        Type: StatementType.Statement,
        Reference: null,
        Location: null,
        Language: "en",
        Tags: tags ?? [],
        Summary: null,
        Updated: null,
        Aliases: [],
        Source: null,
        Body: body,
        BodyLine: 7);

    public static LoadedContent Content(params Statement[] statements) => new(Site, TagVocabulary.Empty, statements);
}
