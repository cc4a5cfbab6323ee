using System.Text;

namespace StatementArchive.Import;

/// <summary>The human-readable report of one import: metadata origins, what was dropped, repaired and guessed.</summary>
public static class ImportReportWriter
{
    public static string Write(ImportReport report)
    {
        var builder = new StringBuilder();
        foreach (var origin in report.Origins)
            builder.Append("  from    ").Append(LineLabel(origin.Line)).Append(' ').Append(origin.Field).Append(": ").Append(Shorten(origin.Evidence)).Append('\n');
        foreach (var dropped in report.Dropped)
            builder.Append("  dropped ").Append(LineLabel(dropped.Line)).Append(" (").Append(dropped.Reason).Append(") ").Append(Shorten(dropped.Text)).Append('\n');
        foreach (var repaired in report.Repaired)
            builder.Append("  repaired ").Append(LineLabel(repaired.Line)).Append(' ').Append(repaired.Message).Append('\n');
        foreach (var unsure in report.Unsure)
            builder.Append("  unsure  ").Append(LineLabel(unsure.Line)).Append(' ').Append(unsure.Message).Append('\n');
        return builder.ToString();
    }

    private static string LineLabel(int line) => line > 0 ? $"line {line,3}:" : "derived: ";

    // The report is read in a terminal; long paragraphs are recognisable from their start.
    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
