namespace StatementArchive.Commands;

/// <summary>`import`: raw files → content/statements/YYYY/*.md, raw kept under content/sources/.</summary>
public static class ImportCommand
{
    public static int Run(ImportOptions options) => throw new NotImplementedException("import is being written");
}
