using System.Text;
using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

public class PageBytesTests
{
    [Fact]
    public void Bytes_are_the_UTF8_of_the_text_even_with_a_surrogate_pair_split_between_chunks()
    {
        // A builder of 16-character chunks: the pair's halves land in different chunks.
        var builder = new StringBuilder(16);
        builder.Append(new string('a', 15)).Append("😀 « déjà » ").Append('x', 40).Append("odd \uD800 end");
        Assert.True(CountChunks(builder) > 1);
        Assert.Equal('\uD83D', builder[15]);

        var bytes = PageBytes.Encode(builder).ToArray();

        Assert.Equal(new UTF8Encoding(false).GetBytes(builder.ToString()), bytes);
    }

    [Fact]
    public void A_kept_page_holds_its_own_bytes_after_the_thread_renders_the_next()
    {
        var first = new Page("a.html", PageBytes.Encode(new StringBuilder("first page")), null).Kept();
        _ = PageBytes.Encode(new StringBuilder("the second page"));

        Assert.Equal("first page", first.Text);
    }

    private static int CountChunks(StringBuilder builder)
    {
        var count = 0;
        foreach (var _ in builder.GetChunks()) count++;
        return count;
    }
}
