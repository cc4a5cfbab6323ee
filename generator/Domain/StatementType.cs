namespace StatementArchive.Domain;

/// <summary>The kinds of official text the archive publishes; the front matter spells them in kebab case.</summary>
public enum StatementType
{
    PressRelease,
    Communique,
    Declaration,
    JointStatement,
    Statement,
    Speech,
}
