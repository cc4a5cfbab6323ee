using System.Text;

namespace StatementArchive.Import;

/// <summary>A field label as a front-matter key: "DCPD Number" → <c>dcpd_number</c>, "Document type" → <c>document_type</c>.</summary>
public static class FieldKeyBuilder
{
    public static string Build(string label)
    {
        var builder = new StringBuilder();
        foreach (var c in label.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '_')
                builder.Append('_');
        }
        return builder.ToString().Trim('_');
    }
}
