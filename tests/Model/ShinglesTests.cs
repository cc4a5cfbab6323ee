using StatementArchive.Model;

namespace StatementArchive.Tests.Model;

public class ShinglesTests
{
    [Fact]
    public void A_sorted_set_is_every_distinct_shingle_in_order()
    {
        var random = new Random(1);
        for (var n = 0; n < 300; n++)
        {
            var text = RandomArchive.Text(random, random.Next(0, n < 100 ? 12 : 2000));
            Assert.Equal(PlainShingles.Of(text).Order(), Shingles.Sorted(text));
        }
    }

    [Fact]
    public void Containment_stopped_early_agrees_with_the_whole_count()
    {
        var random = new Random(2);
        for (var n = 0; n < 10000; n++)
        {
            var pool = Enumerable.Range(0, random.Next(1, 60)).Select(_ => (ulong)random.NextInt64()).ToArray();
            var a = Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).Distinct().Order().ToArray();
            var b = Enumerable.Range(0, random.Next(0, 40)).Select(_ => pool[random.Next(pool.Length)]).Distinct().Order().ToArray();
            foreach (var share in new[] { 0.9, 0.6, 0.5, 1.0, 0.1 })
            {
                var whole = a.Length > 0 && b.Length > 0 && (double)a.Intersect(b).Count() / Math.Min(a.Length, b.Length) >= share;
                Assert.Equal(whole, Shingles.Contains(a, b, share));
            }
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("1. 2. 3.", 0)]
    [InlineData("one two three", 1)]
    [InlineData("one two three four five six", 1)]
    [InlineData("one two three four five six seven", 2)]
    [InlineData("One two, THREE four five six one two three four five six", 6)]
    public void Short_texts_make_one_shingle_and_repeats_count_once(string text, int expected) =>
        Assert.Equal(expected, Shingles.Sorted(text).Length);
}
