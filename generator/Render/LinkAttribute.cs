namespace StatementArchive.Render;

/// <summary>What an attribute gives the link check: an id others may point at, or a link to follow.</summary>
public enum LinkRole
{
    Id,
    Link,
}

/// <summary>An id or link a page holds, as the link check reads it (<see cref="PostProcess.PageScanner"/>).</summary>
public readonly record struct KnownLink(LinkRole Role, string Value)
{
    /// <summary>The attributes the link check reads: <c>id</c> anywhere, <c>name</c> on an anchor, <c>href</c> and <c>src</c>.</summary>
    public static LinkRole? RoleOf(string tag, string attribute) => attribute switch
    {
        "id" => LinkRole.Id,
        "name" when tag == "a" => LinkRole.Id,
        "href" or "src" => LinkRole.Link,
        _ => null,
    };

    /// <summary>The value as the check keeps it (a link without surrounding spaces, an id only when not empty); null when none is kept.</summary>
    public static KnownLink? Of(LinkRole role, string value) => role switch
    {
        LinkRole.Link => new KnownLink(role, value.Trim()),
        _ when value.Length > 0 => new KnownLink(role, value),
        _ => null,
    };
}

/// <summary>
/// A code block's part in a quoted attribute value: the template text between the previous block (or
/// the opening quote) and this one, and after the last block the text up to the closing quote. At render
/// time the pieces of one attribute arrive in order, so the value is put together without reading the page.
/// </summary>
/// <param name="Role">Null for an attribute the link check does not read (class, lang, …).</param>
public sealed record AttributePiece(LinkRole? Role, string Before, bool First, string? After);
