using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>
/// Loads a YAML text for the three readers of content YAML (front matter, site.yml, tags.yml). Some
/// malformed inputs (a plain scalar cut off inside a flow sequence, e.g. a line "[" among the keys)
/// make YamlDotNet throw InvalidOperationException with no position instead of a YamlException; that
/// surfaced as an internal error. Here it becomes a YamlException at the last position the parser
/// reached, so every caller reports it as a syntax error with a line, like any other. And YamlDotNet
/// builds nested nodes by recursion: tens of thousands of "[" overflow the stack, which no handler can
/// catch, so nesting deeper than any content file needs is refused as the events arrive.
/// </summary>
public static class YamlLoader
{
    /// <summary>Content needs three levels (source → a mapping → a list); this leaves room for any hand-written YAML.</summary>
    public const int MaxDepth = 32;

    public const string TooDeep = "nested more than";

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

    /// <summary>Remembers where the last event it handed out ended, and refuses nesting deeper than <see cref="MaxDepth"/>.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private int depth;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is not { } current)
                return moved;
            LastEnd = current.End;
            depth += current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth > MaxDepth)
                throw new YamlException(current.Start, current.End, $"lists or mappings {TooDeep} {MaxDepth} deep");
            return moved;
        }
    }
}
