using System.Text;
using NUglify;
using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>NUglify over every CSS and JS file (HTML is minified in its templates, see TemplateMinifier).</summary>
public static class Minifier
{
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
