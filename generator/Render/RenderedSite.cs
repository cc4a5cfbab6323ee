using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// What a build made, kept by `serve` so that a change to one statement can be rendered without
/// loading, modelling and rendering the whole archive again (see Serve/IncrementalBuild).
/// </summary>
/// <param name="KnownTags">The slugs of content/tags.yml, to check an edited statement's tags as Load does.</param>
/// <param name="Bodies">Indexed like the model's statements; kept whole (HTML and plain text), never released.</param>
public sealed record RenderedSite(SiteModel Model, TemplateSet Templates, SiteEdition Edition, IReadOnlySet<string> KnownTags, IReadOnlyList<RenderedBody> Bodies)
{
    /// <summary>The names the model's statements can be mentioned by, once made (`serve` makes them after a full build);
    /// whoever changes a statement's reference, title or date must set them anew.</summary>
    public MentionNames? MentionNames { get; init; }
}
