using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    public static SyntaxNode Apply(SyntaxNode root, IEnumerable<KnobChange> changes)
    {
        var merged = Merge(changes);
        var replacements = new Dictionary<SyntaxNode, KnobChange>();
        var appends = new Dictionary<SyntaxNode, List<KnobChange>>();
        foreach (var change in merged)
        {
            if (change.Existing is { } argument)
            {
                replacements[argument.Expression] = change;
            }
            else
            {
                if (!appends.TryGetValue(change.Component.Creation, out var list))
                {
                    appends[change.Component.Creation] = list = new List<KnobChange>();
                }

                list.Add(change);
            }
        }

        return root.ReplaceNodes(replacements.Keys.Concat(appends.Keys), (original, rewritten) =>
        {
            if (replacements.TryGetValue(original, out var replace))
            {
                return Number(replace.Value).WithTriviaFrom(rewritten);
            }

            var expression = (ExpressionSyntax)rewritten;
            var trailing = expression.GetTrailingTrivia();
            expression = expression.WithoutTrailingTrivia();
            foreach (var append in appends[original])
            {
                expression = append.Switch
                    ? AppendSwitch(expression, append.Method)
                    : AppendCall(expression, append.Method, append.Parameter, append.Value);
            }

            return expression.WithTrailingTrivia(trailing);
        });
    }

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
        count = 0;
        if (!TryParse(text, out var value) || value < 1 || value > int.MaxValue || value != Math.Floor(value))
        {
            return false;
        }

        count = (int)value;
        return true;
    }
}
