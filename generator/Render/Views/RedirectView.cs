namespace StatementArchive.Render.Views;

/// <summary>An old address (an alias) that sends the reader on to the statement's page.</summary>
public sealed record RedirectView(LayoutView Layout, string Title, string Language, string TargetUrl);
