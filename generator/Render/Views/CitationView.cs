namespace StatementArchive.Render.Views;

/// <summary>"Cite this": the reference in words and the permanent URL, kept apart so a script can add a paragraph to both.</summary>
/// <param name="Text">Issuer, title, reference, place and date, e.g. <c>North Atlantic Council, “Statement …”, PR (2022) 125, 22 September 2022</c>.</param>
public sealed record CitationView(string Text, string Url);
