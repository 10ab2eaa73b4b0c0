using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.CodeFixes.Syntax;
using SystemDesign.Model;

namespace SystemDesign.CodeFixes;

/// <summary>
/// Sets the edge knob a finding proposes, read off the edge-knob table: a property named by a row's
/// <see cref="EdgeKnob.FixProperty"/> sets that knob on the finding's edge. "timeoutMs" → "333" (SD7004) and "retries" →
/// "10" (SD0025) replace the argument of the call that sets the knob now, or append the call; "backoff",
/// "circuitBreaker", "idempotencyKey" → "1" (SD7005, SD7006, SD7007) append the switch, e.g. <c>.Backoff()</c>, to
/// the end of the chain that declares the edge.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetEdgeKnobCodeFixProvider)), Shared]
public sealed class SetEdgeKnobCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.InvalidEdgeKnob.Id,
        Rules.RetryBudgetExceeded.Id,
        Rules.RetriesWithoutBackoff.Id,
        Rules.UnguardedCallChain.Id,
        Rules.RetriedWriteWithoutIdempotencyKey.Id);

    private static readonly FixPlan<EdgeChange> Fix = new(EquivalenceKeys.SetEdgeKnob, PlannerFor, Apply);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var planned = await Fix.PlanAsync(context.Document, context.Diagnostics, context.CancellationToken).ConfigureAwait(false);
        foreach (var group in planned.GroupBy(p => p.Diagnostic))
        {
            var change = group.First().Change;
            Fix.Offer(
                context,
                (change.Knob.IsSwitch ? "Add " : "Set ") + string.Join(", ", group.Select(p => p.Change.Call)) + " on " + change.Creation,
                ImmutableArray.Create(group.Key));
        }
    }

    // One change per edge and knob. A proposed timeout is a ceiling (the attempts must fit in the caller's), so the
    // shortest wins; a retry count or a switch has one proposal per edge. Appended calls read in the table's order:
    // .Timeout(..).Retries(..).Backoff().CircuitBreaker().IdempotencyKey().
    private static SyntaxNode Apply(SyntaxNode root, IReadOnlyList<EdgeChange> planned) =>
        KnobEdits.Rewrite(
            root,
            planned.GroupBy(c => (c.Creation, c.Knob)).Select(g => g.OrderBy(c => c.Value).First()).OrderBy(c => EdgeKnobs.All.ToList().IndexOf(c.Knob)),
            c => c.Existing,
            c => EdgeCalls.ChainEnd(c.Creation),
            c => c.Value,
            (expression, c) => KnobEdits.Append(expression, c.Knob.Method, null, c.Value, c.Knob.IsSwitch));

    private static System.Func<Diagnostic, SyntaxNode, IEnumerable<EdgeChange>> PlannerFor(SemanticModel model, CancellationToken cancellationToken) =>
        (diagnostic, node) => EdgeCalls.EdgeOf(node, model, cancellationToken) is not { } creation
            ? []
            : EdgeKnobs.All
                .Select(knob => knob.FixProperty is { } key && DesignFix.Property(diagnostic, key) is { } text ? Change(creation, knob, text, model, cancellationToken) : null)
                .OfType<EdgeChange>()
                .ToList();

    private static EdgeChange? Change(InvocationExpressionSyntax creation, EdgeKnob knob, string text, SemanticModel model, CancellationToken cancellationToken)
    {
        if (knob.IsSwitch)
        {
            return text == Knob.SwitchOn && !EdgeCalls.IsOn(creation, knob, model, cancellationToken)
                ? new EdgeChange(creation, null, knob, 1)
                : null;
        }

        // Retries(int) takes a whole count; a timeout any positive number (the engine proposes whole milliseconds).
        var valid = knob == EdgeKnobs.Retries
            ? KnobEdits.TryParse(text, out var count) && count >= 0 && count <= EdgeKnobs.MaxRetries && count == System.Math.Floor(count)
            : KnobEdits.TryParse(text, out var ms) && ms > 0;
        return valid && KnobEdits.TryParse(text, out var value)
            ? new EdgeChange(creation, EdgeCalls.LastKnobArgument(creation, knob, model, cancellationToken), knob, value)
            : null;
    }
}
