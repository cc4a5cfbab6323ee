using System.Text;
using NUglify;
using NUglify.Html;
using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>NUglify over every HTML page and every CSS or JS file. A minifier error is a template bug, reported per page.</summary>
public static class Minifier
{
    private static readonly HtmlSettings Settings = new() { RemoveComments = true };

    public static Page Html(Page page, DiagnosticBag diagnostics)
    {
        var result = Uglify.Html(page.Text, Settings);
        return Checked(result, page.Path, page.Text, diagnostics) is { } code ? page with { Text = code } : page;
    }

    public static StaticFile Asset(StaticFile file, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(file.Path);
        if (extension is not (".css" or ".js")) return file;
        var text = Encoding.UTF8.GetString(file.Bytes);
        var result = extension == ".css" ? Uglify.Css(text) : Uglify.Js(text);
        return Checked(result, file.Path, text, diagnostics) is { } code ? file with { Bytes = Encoding.UTF8.GetBytes(code) } : file;
    }

    private static string? Checked(UglifyResult result, string path, string original, DiagnosticBag diagnostics)
    {
        foreach (var error in result.Errors.Where(e => e.IsError))
            diagnostics.Add($"_site/{path}", error.StartLine, error.StartColumn, $"minifier: {error.Message}");
        return result.HasErrors ? null : result.Code ?? original;
    }
}
