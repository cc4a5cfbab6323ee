namespace StatementArchive.Render.Views;

public sealed record TagLinkView(string Label, string Slug, int Count, string Url, string Description);
