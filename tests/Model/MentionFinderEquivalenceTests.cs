using System.Text.RegularExpressions;
using StatementArchive.Domain;
using StatementArchive.Import;
using StatementArchive.Model;

namespace StatementArchive.Tests.Model;

/// <summary>
/// <see cref="MentionFinder"/> tries its patterns only where they could match; here it must find what the
/// same patterns find run over each whole body, the way it was first written. A pattern that comes to
/// allow a new character (in <see cref="ReferenceDetector"/> too) fails this test until the search for
/// where to try it follows.
/// </summary>
public class MentionFinderEquivalenceTests
{
    private static readonly Regex QuotedText = new(MentionFinder.QuotedTextPattern);

    [Fact]
    public void Finds_what_the_patterns_find_over_whole_bodies()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var statements = RandomArchive.Draw(new Random(seed), 30);
            Assert.Equal(Describe(() => WholeBodies(statements)), Describe(() => MentionFinder.Find(statements)));
        }
    }

    /// <summary>Every statement's mentions on a line, or the exception (the date parser still throws on other scripts' digits).</summary>
    private static string Describe(Func<IReadOnlyList<Mention>[]> find)
    {
        try
        {
            return string.Join('\n', find().Select(found => string.Join(" | ", found.Select(m => $"{m.Target}:{m.Text}"))));
        }
        catch (AggregateException e) when (e.InnerException is FormatException) { return "throws"; }
        catch (FormatException) { return "throws"; }
    }

    private static IReadOnlyList<Mention>[] WholeBodies(IReadOnlyList<Statement> statements)
    {
        var byReference = Index(statements, s => s.Reference is { } r ? DuplicateDetector.NormaliseReference(r) : null);
        var byTitle = Index(statements, s => TitleKey(s.Title));
        var result = new IReadOnlyList<Mention>[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var body = statements[i].Body;
            var found = new List<Mention>();
            void Add(int target, string text)
            {
                if (target >= 0 && target != i && found.All(m => m.Target != target)) found.Add(new Mention(target, text));
            }
            foreach (var (reference, _, _) in ReferenceDetector.FindAll(body))
                Add(byReference.GetValueOrDefault(DuplicateDetector.NormaliseReference(reference), -1), reference);
            foreach (Match quoted in QuotedText.Matches(body))
                Add(byTitle.GetValueOrDefault(TitleKey(quoted.Groups[1].Value) ?? "", -1), quoted.Groups[1].Value);
            foreach (Match phrase in MentionFinder.DatedMention().Matches(body))
            {
                var end = phrase.Index + phrase.Length;
                var date = DateParser.FindAll(body[end..Math.Min(body.Length, end + 30)]).FirstOrDefault(d => d.Index == 0);
                if (date is null) continue;
                var candidates = statements.Select((s, n) => (s.Date, n)).Where(x => x.Date == date.Date && x.n != i).ToList();
                if (candidates.Count == 1) Add(candidates[0].n, body.Substring(phrase.Index, phrase.Length + date.Length));
            }
            result[i] = found;
        }
        return result;
    }

    private static Dictionary<string, int> Index(IReadOnlyList<Statement> statements, Func<Statement, string?> key)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
            if (key(statements[i]) is { Length: > 0 } k) index[k] = index.ContainsKey(k) ? -1 : i;
        return index;
    }

    private static string? TitleKey(string title)
    {
        var words = Regex.Matches(title.ToLowerInvariant(), @"[\p{L}\d]+").Select(m => m.Value).ToList();
        return words.Count >= 4 ? string.Join(' ', words) : null;
    }
}
