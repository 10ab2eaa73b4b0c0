using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SystemDesign.CodeFixes.Syntax;

/// <summary>
/// One knob to set on a placed component: replace the value argument of the call that sets it now, or, when nothing
/// sets it, append the call to the placing invocation (<c>a.App("x")</c> → <c>a.App("x").Instances(8)</c>).
/// </summary>
/// <param name="Component">The component.</param>
/// <param name="Existing">The value argument of the last call that sets the knob, or null to append.</param>
/// <param name="Method">The knob method to append: "Instances", "HitRate", "Partitions" or "Parameter".</param>
/// <param name="Parameter">For <c>Parameter(name, value)</c>: the name; otherwise null.</param>
/// <param name="Value">The number to write, from the diagnostic's properties.</param>
/// <param name="Switch">True for a switch method that takes no argument (<c>.DeadLetterQueue()</c>): appended without a value.</param>
internal sealed record KnobChange(PlacedComponent Component, ArgumentSyntax? Existing, string Method, string? Parameter, double Value, bool Switch = false)
{
    /// <summary>What the change edits: two changes with the same target conflict, and the larger value wins.</summary>
    public (SyntaxNode Node, string Method, string? Parameter) Target => (Existing ?? (SyntaxNode)Component.Creation, Existing is null ? Method : string.Empty, Existing is null ? Parameter : null);

    /// <summary>The call as it will read, for titles: <c>.Instances(8)</c> or <c>.Parameter("p", 0.5)</c>.</summary>
    public string Call => Switch
        ? "." + Method + "()"
        : Parameter is null
        ? "." + Method + "(" + KnobEdits.Number(Value).ToString() + ")"
        : "." + Method + "(\"" + Parameter + "\", " + KnobEdits.Number(Value).ToString() + ")";
}

/// <summary>Applies <see cref="KnobChange"/>s to a syntax root, merging changes to the same call.</summary>
internal static class KnobEdits
{
    /// <summary>One change per target, the largest value winning (each value is a lower bound the design must reach).</summary>
    public static IReadOnlyList<KnobChange> Merge(IEnumerable<KnobChange> changes) =>
        changes.GroupBy(c => c.Target).Select(g => g.OrderByDescending(c => c.Value).First()).ToArray();

    public static SyntaxNode Apply(SyntaxNode root, IEnumerable<KnobChange> changes) =>
        Rewrite(root, Merge(changes), c => c.Existing, c => c.Component.Creation, c => c.Value, (expression, c) => Append(expression, c.Method, c.Parameter, c.Value, c.Switch));

    /// <summary>
    /// The edit both kinds of knob make: a change with an existing value argument replaces that argument's number; the
    /// others are appended, in the order given, to the expression <paramref name="appendTo"/> names (a placing call, an
    /// edge's chain end), keeping its trailing trivia. One change per argument: the callers merge first.
    /// </summary>
    public static SyntaxNode Rewrite<TChange>(
        SyntaxNode root,
        IEnumerable<TChange> changes,
        Func<TChange, ArgumentSyntax?> existing,
        Func<TChange, SyntaxNode> appendTo,
        Func<TChange, double> value,
        Func<ExpressionSyntax, TChange, ExpressionSyntax> append)
    {
        var list = changes.ToList();
        var replacements = list.Where(c => existing(c) is not null).ToDictionary(c => (SyntaxNode)existing(c)!.Expression);
        var appends = list.Where(c => existing(c) is null).GroupBy(appendTo).ToDictionary(g => g.Key, g => g.ToList());
        return root.ReplaceNodes(replacements.Keys.Concat(appends.Keys), (original, rewritten) =>
            replacements.TryGetValue(original, out var replace)
                ? Number(value(replace)).WithTriviaFrom(rewritten)
                : appends[original].Aggregate(((ExpressionSyntax)rewritten).WithoutTrailingTrivia(), append).WithTrailingTrivia(rewritten.GetTrailingTrivia()));
    }

    /// <summary><paramref name="receiver"/> with the call appended: a switch's <c>.Method()</c>, else <see cref="AppendCall"/>.</summary>
    public static ExpressionSyntax Append(ExpressionSyntax receiver, string method, string? parameter, double value, bool isSwitch) =>
        isSwitch ? AppendSwitch(receiver, method) : AppendCall(receiver, method, parameter, value);

    /// <summary>
    /// The typed method that sets <paramref name="knob"/> (<c>HitRate</c>, <c>Partitions</c>...) when the handle offers it
    /// and it can take <paramref name="value"/> (a count's method takes an int); null when the call must be
    /// <c>Parameter(name, x)</c>: no typed knob, an exotic handle, or a fraction for a count.
    /// </summary>
    public static string? TypedMethod(ITypeSymbol? handle, Knob? knob, double value) =>
        knob is not null && DescribeMethod.Offers(handle, knob.Method) && (knob.Format != KnobFormat.Count || IsWhole(value)) ? knob.Method : null;

    /// <summary>Whether <paramref name="value"/> fits an <c>int</c> count parameter: whole and at least 1.</summary>
    public static bool IsWhole(double value) => value == Math.Floor(value) && value >= 1 && value <= int.MaxValue;

    /// <summary><paramref name="receiver"/><c>.Method(value)</c>, or <c>.Parameter("name", value)</c>.</summary>
    public static InvocationExpressionSyntax AppendCall(ExpressionSyntax receiver, string method, string? parameter, double value)
    {
        var arguments = parameter is null
            ? new[] { Argument(Number(value)) }
            : new[] { Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(parameter))), Argument(Number(value)) };
        return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(method)), Arguments(arguments));
    }

    /// <summary><paramref name="receiver"/><c>.Method()</c>: a switch such as <c>.Backoff()</c>.</summary>
    public static InvocationExpressionSyntax AppendSwitch(ExpressionSyntax receiver, string method) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, IdentifierName(method)), ArgumentList());

    /// <summary>An argument list written as a person would: <c>(x, y)</c>, without relying on a formatter pass.</summary>
    public static ArgumentListSyntax Arguments(params ArgumentSyntax[] arguments) =>
        ArgumentList(SeparatedList(arguments, Enumerable.Repeat(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space), Math.Max(0, arguments.Length - 1))));

    /// <summary>A C# literal for <paramref name="value"/>: an integer literal for whole numbers, else the round-trip form.</summary>
    public static ExpressionSyntax Number(double value)
    {
        var magnitude = Math.Abs(value);
        LiteralExpressionSyntax literal;
        if (magnitude == Math.Floor(magnitude) && magnitude <= int.MaxValue)
        {
            literal = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal((int)magnitude));
        }
        else
        {
            var text = SystemDesign.Engine.NumberText.Raw(magnitude);
            literal = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(text, magnitude));
        }

        return value < 0 ? PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal) : literal;
    }

    /// <summary>A property value as a finite number (invariant culture; thousands separators tolerated).</summary>
    public static bool TryParse(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
        && !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>A property value as a positive whole count that fits an <c>int</c> parameter.</summary>
    public static bool TryParseCount(string? text, out int count)
    {
        var whole = TryParse(text, out var value) && IsWhole(value);
        count = whole ? (int)value : 0;
        return whole;
    }
}
