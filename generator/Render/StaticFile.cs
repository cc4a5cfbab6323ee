namespace StatementArchive.Render;

/// <summary>A file published as it is (from templates/assets/), apart from minification of CSS and JS.</summary>
public sealed record StaticFile(string Path, byte[] Bytes);
