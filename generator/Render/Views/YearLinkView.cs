namespace StatementArchive.Render.Views;

public sealed record YearLinkView(int Year, int Count, string Url);
