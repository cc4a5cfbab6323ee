using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace StatementArchive.Render;

/// <summary>
/// A view's properties as a template's global variables, named as Scriban names them (<c>RawUrl</c> →
/// <c>raw_url</c>). The property list is read once per view type: Scriban's own import reflects over the
/// whole type, methods included, for every page.
/// </summary>
public static class ViewGlobals
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Properties = new();

    public static ScriptObject Of(object view)
    {
        var properties = Properties.GetOrAdd(view.GetType(), type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .Select(p => (StandardMemberRenamer.Rename(p), p))
            .ToArray());
        var globals = new ScriptObject(properties.Length);
        foreach (var (name, property) in properties) globals.SetValue(name, property.GetValue(view), readOnly: false);
        return globals;
    }
}
