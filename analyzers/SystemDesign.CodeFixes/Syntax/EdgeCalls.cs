using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes.Syntax;

/// <summary>
/// One edge knob to set: replace the value argument of the call that sets it now, or append the call to the end of
/// the chain that declares the edge (<c>app.Reads(replica).Retries(3)</c> → <c>app.Reads(replica).Retries(3).Backoff()</c>).
/// </summary>
/// <param name="Creation">The call that declares the edge, e.g. <c>app.Reads(replica)</c>.</param>
/// <param name="Existing">The value argument of the last call that sets the knob, or null to append.</param>
/// <param name="Knob">The edge-knob row.</param>
/// <param name="Value">The number to write (ignored for a switch).</param>
internal sealed record EdgeChange(InvocationExpressionSyntax Creation, ArgumentSyntax? Existing, EdgeKnob Knob, double Value)
{
    /// <summary>The call as it will read, for titles: <c>.Timeout(333)</c> or <c>.Backoff()</c>.</summary>
    public string Call => "." + Knob.Method + "(" + (Knob.IsSwitch ? string.Empty : KnobEdits.Number(Value).ToString()) + ")";
}

/// <summary>
/// The edges of a <c>Describe</c> body as the edge fixes see them, read with the semantic model: an edge is the call
/// that returns a <see cref="Edge"/> from a component handle (<c>lb.Calls(app)</c>); its knobs are the calls on an
/// <see cref="Edge"/> whose receiver leads back to it, through a chain or a local (<c>var e = lb.Calls(app); e.Timeout(250);</c>).
/// </summary>
internal static class EdgeCalls
{
    // A local that holds another local's edge is followed this many times at most (var a = b; var b = a; cannot compile,
    // but the walk must end whatever the source).
    private const int MaxAliases = 64;

    /// <summary>The call that declares the edge <paramref name="node"/> belongs to (a knob argument or name, or the edge call), or null.</summary>
    public static InvocationExpressionSyntax? EdgeOf(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var invocation in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (IsEdge(model.GetTypeInfo(invocation, cancellationToken).Type))
            {
                return CreationOf(invocation, model, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The value argument of the last call that sets <paramref name="knob"/> on the edge declared by <paramref name="creation"/>, or null.</summary>
    public static ArgumentSyntax? LastKnobArgument(InvocationExpressionSyntax creation, EdgeKnob knob, SemanticModel model, CancellationToken cancellationToken) =>
        KnobCalls(creation, knob, model, cancellationToken).Where(call => call.ArgumentList.Arguments.Count == 1)
            .OrderBy(call => call.SpanStart).LastOrDefault()?.ArgumentList.Arguments[0];

    /// <summary>Whether a call on the edge already turns <paramref name="knob"/> (a switch) on.</summary>
    public static bool IsOn(InvocationExpressionSyntax creation, EdgeKnob knob, SemanticModel model, CancellationToken cancellationToken) =>
        KnobCalls(creation, knob, model, cancellationToken).Any();

    // The calls of the knob's method on the edge, through chains and locals, in the method that declares it.
    private static IEnumerable<InvocationExpressionSyntax> KnobCalls(InvocationExpressionSyntax creation, EdgeKnob knob, SemanticModel model, CancellationToken cancellationToken) =>
        (creation.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>()?.DescendantNodes() ?? []).OfType<InvocationExpressionSyntax>().Where(invocation =>
            invocation.Expression is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == knob.Method
            && IsEdge(model.GetTypeInfo(access.Expression, cancellationToken).Type)
            && CreationOf(access.Expression, model, cancellationToken) == creation);

    /// <summary>The outermost call of the chain that starts at <paramref name="creation"/>: where a new knob call goes.</summary>
    public static ExpressionSyntax ChainEnd(InvocationExpressionSyntax creation)
    {
        ExpressionSyntax end = creation;
        while (end.Parent is MemberAccessExpressionSyntax access && access.Expression == end
            && access.Parent is InvocationExpressionSyntax call && call.Expression == access)
        {
            end = call;
        }

        return end;
    }

    private static InvocationExpressionSyntax? CreationOf(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var aliases = 0; aliases <= MaxAliases;)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    if (IsEdge(model.GetTypeInfo(access.Expression, cancellationToken).Type))
                    {
                        expression = access.Expression; // a knob call on an edge: the edge is its receiver's
                        break;
                    }

                    return IsEdge(model.GetTypeInfo(invocation, cancellationToken).Type) ? invocation : null;
                case IdentifierNameSyntax identifier
                    when model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local
                        && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                        && value.SyntaxTree == identifier.SyntaxTree:
                    expression = value;
                    aliases++;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsEdge(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: nameof(Edge), ContainingNamespace: { Name: "SystemDesign", ContainingNamespace.IsGlobalNamespace: true } };
}
