namespace StatementArchive.Import;

/// <summary>
/// A date found in the raw text, how much it can be trusted as the issue date (lower is better), and
/// where; <see cref="Doubt"/> says why a numeric date was read day- or month-first when the text did not settle it.
/// </summary>
public sealed record DateCandidate(DateOnly Date, int Rank, int Line, string Evidence, string? Doubt = null)
{
    /// <summary>Rank of a date the page was updated, posted, mailed or saved: later than the issue.</summary>
    public const int Later = 50;

    /// <summary>Rank of a date in a relative phrase ("yesterday, 21 September"): the date of an event, not of the text.</summary>
    public const int Event = 60;
}
