namespace StatementArchive.Render;

/// <summary>What a result line shows and what the filters test, with no body text.</summary>
/// <param name="SitePath">The statement page's folder from the site root, e.g. <c>statements/2022/x/</c>; search.js makes the link.</param>
/// <param name="Date">yyyymmdd as a number: short in the manifest and compared as is.</param>
/// <param name="Type">Position in <see cref="Domain.StatementTypes"/>' order (the enum value).</param>
/// <param name="Issuer">Position in <see cref="SearchIndex.Issuers"/>.</param>
/// <param name="Language">The statement's language when it is not the site's (a result marks its text with it), else null.</param>
public sealed record SearchDocument(string Title, string SitePath, int Date, int Type, int Issuer, string Reference, string? Language);
