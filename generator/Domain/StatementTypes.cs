namespace StatementArchive.Domain;

/// <summary>Front matter spelling and display label of each <see cref="StatementType"/>.</summary>
public static class StatementTypes
{
    private static readonly (StatementType Type, string Slug, string Label)[] All =
    [
        (StatementType.PressRelease, "press-release", "Press release"),
        (StatementType.Communique, "communique", "Communiqué"),
        (StatementType.Declaration, "declaration", "Declaration"),
        (StatementType.JointStatement, "joint-statement", "Joint statement"),
        (StatementType.Statement, "statement", "Statement"),
        (StatementType.Speech, "speech", "Speech"),
    ];

    public static IReadOnlyList<string> Slugs { get; } = All.Select(t => t.Slug).ToArray();

    public static string Slug(this StatementType type) => Entry(type).Slug;

    public static string Label(this StatementType type) => Entry(type).Label;

    /// <summary>A loop, not LINQ: every listed item of every page asks for its type's label.</summary>
    private static (StatementType Type, string Slug, string Label) Entry(StatementType type)
    {
        foreach (var entry in All)
            if (entry.Type == type) return entry;
        throw new ArgumentOutOfRangeException(nameof(type), type, "a statement type without a slug and label");
    }

    public static bool TryParse(string slug, out StatementType type)
    {
        foreach (var entry in All)
        {
            if (entry.Slug == slug)
            {
                type = entry.Type;
                return true;
            }
        }
        type = default;
        return false;
    }
}
