using Scriban;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>A value an expression statement writes into text (<see cref="Piece"/> null) or into an attribute value.</summary>
public sealed record MarkedValue(object Value, AttributePiece? Piece);

/// <summary>Evaluates the expression it wraps and marks the value with where it is written (see <see cref="TemplateMarks"/>).</summary>
public sealed class MarkedExpression : ScriptExpression
{
    private readonly ScriptExpression _value;
    private readonly AttributePiece? _piece;

    public MarkedExpression(ScriptExpression value, AttributePiece? piece)
    {
        _value = value;
        _piece = piece;
        Span = value.Span;
    }

    public override object? Evaluate(TemplateContext context) =>
        context.Evaluate(_value) switch
        {
            ScriptNode code => code, // a code delegate, evaluated by the statement as before
            // Nothing written is still a piece of its attribute: the pieces of one value must all arrive.
            null when _piece is not null => new MarkedValue("", _piece),
            null => null,
            var value => new MarkedValue(value, _piece),
        };

    public override void PrintTo(ScriptPrinter printer) => _value.PrintTo(printer);
}
