namespace StatementArchive.Render;

/// <summary>One output file to render: which template, with which view, for which content file (named in errors).</summary>
/// <param name="Path">Output path relative to the site root, e.g. <c>statements/2022/x/index.html</c>.</param>
public sealed record PageJob(string Path, string Template, object View, string? ContentPath);
