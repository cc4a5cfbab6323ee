using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>
/// Loads a YAML text for the three readers of content YAML (front matter, site.yml, tags.yml). Some
/// malformed inputs (a plain scalar cut off inside a flow sequence, e.g. a line "[" among the keys)
/// make YamlDotNet throw InvalidOperationException with no position instead of a YamlException; that
/// surfaced as an internal error. Here it becomes a YamlException at the last position the parser
/// reached, so every caller reports it as a syntax error with a line, like any other.
/// </summary>
public static class YamlLoader
{
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException e)
        {
            throw new YamlException(parser.LastEnd, parser.LastEnd, "the text after this point is not valid YAML (an unclosed [ or {, or a stray quote?)", e);
        }
        return stream;
    }

    /// <summary>Remembers where the last event it handed out ended.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current) LastEnd = current.End;
            return moved;
        }
    }
}
