namespace StatementArchive.Model;

/// <summary>Positions (in <see cref="SiteModel.Statements"/>) of a statement's neighbours.</summary>
/// <param name="Older">The statement issued just before, or -1.</param>
/// <param name="Newer">The statement issued just after, or -1.</param>
/// <param name="Related">Most related first.</param>
/// <param name="Mentions">Statements this one names in its text, in order of first mention.</param>
/// <param name="MentionedBy">Statements that name this one, newest first.</param>
public sealed record StatementNeighbours(int Older, int Newer, IReadOnlyList<int> Related, IReadOnlyList<Mention> Mentions, IReadOnlyList<int> MentionedBy);
