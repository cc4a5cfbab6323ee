namespace StatementArchive.Model;

/// <summary>Positions (in <see cref="SiteModel.Statements"/>) of a statement's neighbours.</summary>
/// <param name="Older">The statement issued just before, or -1.</param>
/// <param name="Newer">The statement issued just after, or -1.</param>
/// <param name="Related">Most related first.</param>
public sealed record StatementNeighbours(int Older, int Newer, IReadOnlyList<int> Related);
