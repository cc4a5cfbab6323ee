using System.Text;
using Markdig;
using Markdig.Renderers;

namespace StatementArchive.Render;

/// <summary>
/// Markdig's HTML renderer, one per thread, cleared between bodies: a new one for every body would set up
/// the pipeline's renderers again and grow a new buffer to the size of the body, 10,000 times over.
/// </summary>
internal sealed class ReusableHtmlRenderer : HtmlRenderer
{
    [ThreadStatic] private static ReusableHtmlRenderer? _thread;

    private readonly MarkdownPipeline _pipeline;

    private ReusableHtmlRenderer(MarkdownPipeline pipeline, StringWriter writer) : base(writer)
    {
        _pipeline = pipeline;
        Output = writer.GetStringBuilder();
        pipeline.Setup(this);
    }

    /// <summary>What the last render wrote (until this thread's next <see cref="ForThread"/>).</summary>
    public StringBuilder Output { get; }

    /// <summary>This thread's renderer for <paramref name="pipeline"/>, empty.</summary>
    public static ReusableHtmlRenderer ForThread(MarkdownPipeline pipeline)
    {
        if (_thread?._pipeline != pipeline) return _thread = new ReusableHtmlRenderer(pipeline, new StringWriter());
        _thread.Reset();
        return _thread;
    }
}
