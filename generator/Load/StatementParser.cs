using System.Text.RegularExpressions;
using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>
/// One content file → one validated <see cref="Statement"/>. Every rule about front matter lives
/// here, so the rest of the pipeline can trust what it gets.
/// </summary>
public static partial class StatementParser
{
    /// <param name="contentPath">Path for diagnostics, relative to the project root.</param>
    /// <param name="relativePath">Path under content/statements/, e.g. <c>2022/2022-09-22-x.md</c>.</param>
    /// <param name="knownTags">The slugs of content/tags.yml; when given, any other tag is an error.</param>
    public static Statement? Parse(string contentPath, string relativePath, string text, DiagnosticBag diagnostics,
        IReadOnlySet<string>? knownTags = null)
    {
        var document = FrontMatterSplitter.Split(contentPath, text, diagnostics);
        if (document is null) return null;

        YamlMappingNode mapping;
        try
        {
            var stream = YamlLoader.Load(document.Yaml);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(contentPath, document.YamlFirstLine, 1,
                    "front matter must be 'key: value' lines (title, date, issuer, type)");
                return null;
            }
            mapping = root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(contentPath, (int)e.Start.Line + document.YamlFirstLine - 1, (int)e.Start.Column,
                $"YAML syntax: {FirstSentence(e.Message)}; {YamlFix(e.Message)}");
            return null;
        }

        var read = new YamlFieldReader(contentPath, document.YamlFirstLine, diagnostics);
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(KnownKeys.Statement, key) < 0)
            {
                var hint = KnownKeys.Nearest(key, KnownKeys.Statement) is { } near ? $"did you mean \"{near}\"? " : "";
                read.Error(keyNode, $"unknown key \"{key}\"; {hint}known keys: {string.Join(", ", KnownKeys.Statement)}");
                continue;
            }
            fields[key] = valueNode;
        }

        var closingLine = document.BodyFirstLine - 1;
        YamlNode? Field(string key) => fields.GetValueOrDefault(key);
        string? Required(string key, string example)
        {
            if (Field(key) is { } node) return read.RequiredText(node, key, example);
            read.Error(closingLine, $"missing {key}; add a line '{key}: {example}' to the front matter");
            return null;
        }

        var title = Required("title", "Statement by the North Atlantic Council on …");
        var issuer = Required("issuer", "North Atlantic Council");
        DateOnly? date = null;
        if (Field("date") is { } dateNode) date = read.Date(dateNode, "date");
        else read.Error(closingLine, "missing date; add a line 'date: YYYY-MM-DD' to the front matter");

        StatementType? type = null;
        var typeText = Required("type", "statement");
        if (typeText is not null)
        {
            if (StatementTypes.TryParse(typeText, out var parsed)) type = parsed;
            else
            {
                var hint = KnownKeys.Nearest(typeText, StatementTypes.Slugs) is { } near ? $"did you mean \"{near}\"? " : "";
                read.Error(Field("type")!, $"unknown type \"{typeText}\"; {hint}expected one of {string.Join(", ", StatementTypes.Slugs)}");
            }
        }

        var tags = Field("tags") is { } tagsNode ? read.TextList(tagsNode, "tags") : [];
        foreach (var tag in tags.Where(t => !Slugs.IsValid(t)))
            read.Error(Field("tags")!, $"tag \"{tag}\" is not a slug; use lowercase letters, digits and hyphens, at most {Slugs.MaxLength} characters, e.g. \"{Slugs.From(tag)}\"");
        if (knownTags is { Count: > 0 })
        {
            foreach (var tag in tags.Where(t => Slugs.IsValid(t) && !knownTags.Contains(t)))
            {
                var near = KnownKeys.Nearest(tag, knownTags, 3);
                var hint = near.Count > 0 ? $"nearest known: {string.Join(", ", near)}; " : "";
                read.Error(Field("tags")!, $"unknown tag \"{tag}\"; {hint}fix the spelling or add the tag to content/tags.yml");
            }
        }

        var language = Field("language") is { } languageNode ? read.Text(languageNode, "language") ?? "en" : "en";
        if (!LanguageTag().IsMatch(language))
            read.Error(Field("language")!, $"language \"{language}\" is not a language code; use e.g. en, fr, de");

        var slug = Field("slug") is { } slugNode ? read.Text(slugNode, "slug") : null;
        if (slug is not null && !Slugs.IsValid(slug))
            read.Error(Field("slug")!, $"slug \"{slug}\" must be lowercase letters, digits and hyphens (no '/' or '.'), at most {Slugs.MaxLength} characters, e.g. \"{Slugs.From(slug)}\"");

        var aliases = Field("aliases") is { } aliasNode ? read.TextList(aliasNode, "aliases") : [];
        foreach (var alias in aliases.Where(a => !IsAliasPath(a)))
            read.Error(Field("aliases")!, $"alias \"{alias}\" must be a path on this site starting with '/', e.g. /old/address/ (no '..', no other site)");
        var source = Field("source") is { } sourceNode ? SourceParser.Parse(sourceNode, read) : null;
        var updated = Field("updated") is { } updatedNode ? read.Date(updatedNode, "updated") : null;
        string? Optional(string key) => Field(key) is { } node ? read.Text(node, key) : null;

        if (read.ErrorCount > 0 || title is null || issuer is null || date is null || type is null) return null;
        return new Statement(
            contentPath,
            "statements/" + relativePath,
            SitePathOf(relativePath, slug),
            title,
            date.Value,
            issuer,
            type.Value,
            Optional("reference"),
            Optional("location"),
            language,
            tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Optional("summary"),
            updated,
            aliases,
            source,
            document.Body,
            document.BodyFirstLine);
    }

    /// <summary>An old address of the page on this site: "/a/b/" or "/a/b.html"; never "..", a scheme or another host.</summary>
    private static bool IsAliasPath(string alias) =>
        alias.StartsWith('/') && !alias.StartsWith("//", StringComparison.Ordinal) && alias.Length > 1
        && alias.Trim('/').Split('/').All(segment => segment.Length > 0 && segment is not ("." or "..") && AliasSegment().IsMatch(segment));

    /// <summary>Where the page of an alias is written: "/a/b/" → "a/b/index.html", "/a/b.html" → "a/b.html".</summary>
    public static string AliasPage(string alias) =>
        alias.EndsWith('/') || !alias.Contains('.', StringComparison.Ordinal) ? alias.Trim('/') + "/index.html" : alias.TrimStart('/');

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex AliasSegment();

    /// <summary><c>2022/2022-09-22-x.md</c> → <c>statements/2022/2022-09-22-x/</c>, the layout Hugo gives the same file.</summary>
    public static string SitePathOf(string relativePath, string? slug)
    {
        var segments = relativePath.Replace('\\', '/').Split('/');
        var folders = segments[..^1].Select(s => Slugs.From(s, int.MaxValue)).Where(s => s.Length > 0);
        // A file name already fits the file system, and Hugo keeps it whole: not cut to Slugs.MaxLength.
        var name = slug ?? Slugs.From(Path.GetFileNameWithoutExtension(segments[^1]), int.MaxValue);
        return "statements/" + string.Concat(folders.Select(f => f + "/")) + name + "/";
    }

    /// <summary>The fix for the mistakes maintainers make; the quoting advice for the rest, the usual cause.</summary>
    private static string YamlFix(string message) => message switch
    {
        _ when message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "a key may appear once: remove or merge the repeated line",
        _ when message.Contains("tab character", StringComparison.OrdinalIgnoreCase) => "indent with spaces, not tabs",
        _ when message.Contains(YamlLoader.TooDeep, StringComparison.Ordinal) => "front matter holds plain values, lists of them and the source mapping",
        _ => "quote values that contain ': ' or start with a quote, e.g. title: \"A: B\"",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message.TrimEnd('.')).Trim();
    }

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
