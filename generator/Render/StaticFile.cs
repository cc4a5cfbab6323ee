namespace StatementArchive.Render;

/// <summary>
/// A file published as it is (from templates/assets/ or content/sources/), apart from minification of CSS
/// and JS; or a generated one (<see cref="Generated"/>) written straight into its output file, because an
/// export of 50,000 statements is hundreds of megabytes that need not sit in memory first.
/// </summary>
public sealed record StaticFile(string Path, byte[] Bytes)
{
    private Action<Stream>? Writer { get; init; }

    public static StaticFile Generated(string path, Action<Stream> writer) => new(path, []) { Writer = writer };

    /// <summary>Written by code as it goes (a large export), not held as bytes.</summary>
    public bool IsGenerated => Writer is not null;

    public void WriteTo(Stream stream)
    {
        if (Writer is { } write) write(stream);
        else stream.Write(Bytes);
    }
}
