namespace StatementArchive.Render.Views;

/// <summary>A link to a group of statements (a tag, an issuer, a type, a month) with its count.</summary>
public sealed record GroupLinkView(string Label, string Url, int Count, string Description);
