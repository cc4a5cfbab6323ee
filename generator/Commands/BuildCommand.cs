namespace StatementArchive.Commands;

/// <summary>`build` and `check`: the site pipeline, with or without writing the site.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, bool writeSite) => throw new NotImplementedException("build is being written");
}
