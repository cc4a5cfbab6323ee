namespace StatementArchive.Load;

/// <summary>A content file cut in two: the YAML between the <c>---</c> lines and the Markdown after them.</summary>
/// <param name="YamlFirstLine">1-based file line of the first YAML line, to turn YAML positions into file positions.</param>
/// <param name="BodyFirstLine">1-based file line where the body starts.</param>
public sealed record FrontMatterDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
