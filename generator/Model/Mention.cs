namespace StatementArchive.Model;

/// <summary>A statement named in another's text: the target's position in the model and the words that name it, as written.</summary>
public sealed record Mention(int Target, string Text);
