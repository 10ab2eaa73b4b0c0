using System.Collections.Generic;
using System.Collections.Immutable;
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
/// The shape of a fix that sets one knob per diagnostic: plan a <see cref="KnobChange"/> for each diagnostic, offer one
/// action per call it edits (the largest value when several findings mark the same call), and apply the merged plan.
/// </summary>
public abstract class KnobFixProvider : CodeFixProvider
{
    private protected abstract string EquivalenceKey { get; }

    /// <summary>The change that fixes <paramref name="diagnostic"/>, or null when this fix does not apply.</summary>
    private protected abstract KnobChange? Plan(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe);

    /// <summary>
    /// Every change that fixes <paramref name="diagnostic"/>: the one of <see cref="Plan"/>, or several for a finding
    /// that proposes a value per component (SD3001, SD4001).
    /// </summary>
    private protected virtual IEnumerable<KnobChange> PlanAll(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe) =>
        Plan(diagnostic, node, describe) is { } change ? [change] : [];

    private FixPlan<KnobChange> Fix => new(EquivalenceKey, PlannerFor, KnobEdits.Apply);

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var fix = Fix;
        var planned = await fix.PlanAsync(context.Document, context.Diagnostics, context.CancellationToken).ConfigureAwait(false);

        // A finding that changes several components gets one action that makes all its changes; findings that propose
        // the same changes (SD2001 and SD6005 on one capped consumer: its count and its stream's partitions) share it.
        var severalByChanges = planned.GroupBy(p => p.Diagnostic).Where(g => g.Count() > 1)
            .GroupBy(g => string.Join("|", g.Select(p => Title(p.Change))), System.StringComparer.Ordinal);
        foreach (var same in severalByChanges)
        {
            fix.Offer(context, "Set " + same.Key.Replace("|", ", "), same.Select(g => g.Key).ToImmutableArray());
        }

        planned = [.. planned.GroupBy(p => p.Diagnostic).Where(g => g.Count() == 1).SelectMany(g => g)];
        foreach (var group in planned.GroupBy(p => p.Change.Target))
        {
            var change = group.OrderByDescending(p => p.Change.Value).First().Change;
            fix.Offer(context, "Set " + Title(change), group.Select(p => p.Diagnostic).ToImmutableArray());
        }
    }

    private static string Title(KnobChange change) => (change.Component.Name ?? change.Component.Method) + " to " + change.Call;

    private System.Func<Diagnostic, SyntaxNode, IEnumerable<KnobChange>> PlannerFor(SemanticModel model, CancellationToken cancellationToken)
    {
        var methods = new Dictionary<SyntaxNode, DescribeMethod?>();
        return (diagnostic, node) =>
        {
            // A design-wide finding sits on the [Design] argument: the fix edits that class's Describe.
            SyntaxNode? method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null && DesignFix.Site(diagnostic) == Analyzers.DiagnosticProperties.Sites.Attribute)
            {
                method = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            }

            if (method is null)
            {
                return [];
            }

            if (!methods.TryGetValue(method, out var describe))
            {
                methods[method] = describe = method is MethodDeclarationSyntax
                    ? DescribeMethod.Containing(method, model, cancellationToken)
                    : DescribeMethod.OfDesignClass(node, model, cancellationToken);
            }

            return describe is null ? [] : PlanAll(diagnostic, node, describe);
        };
    }

    /// <summary>Whether the finding proposes an instance count, its own (<c>instances</c>) or a named component's (<c>instances:App</c>).</summary>
    private protected static bool ProposesCount(Diagnostic diagnostic) =>
        diagnostic.Properties.Keys.Any(k => k == Knobs.Instances.FixProperty || Knobs.Instances.ComponentOfFixProperty(k) is not null);

    /// <summary>
    /// The changes of every <paramref name="knobs"/> row the finding proposes: <c>&lt;key&gt;:&lt;name&gt;</c> on the component it
    /// names, and with <paramref name="ownKeys"/> the bare key on the finding's own component. Read off the knob table,
    /// so a knob a new finding proposes needs no new code here.
    /// </summary>
    private protected static List<KnobChange> KnobChanges(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe, IReadOnlyList<Knob> knobs, bool ownKeys)
    {
        var changes = new List<KnobChange>();
        foreach (var pair in diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            foreach (var knob in knobs)
            {
                PlacedComponent? component;
                if (ownKeys && pair.Key == knob.FixProperty)
                {
                    component = ComponentAt(node, DesignFix.Site(diagnostic), describe, DesignFix.Property(diagnostic, Analyzers.DiagnosticProperties.Component));
                }
                else if (knob.ComponentOfFixProperty(pair.Key) is { } name && describe.CountNamed(name) == 1)
                {
                    component = describe.Find(name);
                }
                else
                {
                    continue;
                }

                if (component is not null && KnobChange(describe, component, knob, pair.Value) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        return changes;
    }

    private static KnobChange? KnobChange(DescribeMethod describe, PlacedComponent component, Knob knob, string? text)
    {
        // A switch is proposed on; a count (a pool, shards, partitions) must be a whole number ≥ 1 to fit its int parameter.
        var isSwitch = knob.Format == KnobFormat.Flag;
        var valid = isSwitch ? text == Knob.SwitchOn : knob.Format != KnobFormat.Count || KnobEdits.TryParseCount(text, out _);
        if (!valid || !KnobEdits.TryParse(text, out var value))
        {
            return null;
        }

        var existing = describe.LastKnobArgument(component, knob.Method, knob.Parameter);
        var typed = KnobEdits.TypedMethod(component.HandleType, knob, value);
        if (existing is null && isSwitch && typed is not null)
        {
            return new KnobChange(component, null, knob.Method, null, value, Switch: true);
        }

        // A switch set through Parameter(name, x) gets its value replaced; any knob the handle lacks goes through Parameter.
        return new KnobChange(component, existing, typed ?? Knobs.ParameterMethod, typed is null ? knob.Parameter : null, value);
    }

    /// <summary>
    /// The component a knob-site or creation-site diagnostic marks, checked against the name the fix is about
    /// (<paramref name="name"/>); when they differ, the first component with that name. Null when several
    /// components share that name (SD0002): the engine's figures are for the first, the diagnostic may mark
    /// another, and a fix would edit the wrong one (issue 14), so none is offered until the names differ.
    /// </summary>
    private protected static PlacedComponent? ComponentAt(SyntaxNode node, string? site, DescribeMethod describe, string? name)
    {
        if (name is not null && describe.CountNamed(name) > 1)
        {
            return null;
        }

        PlacedComponent? component = null;
        if (site == Analyzers.DiagnosticProperties.Sites.Creation)
        {
            component = node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } creation ? describe.PlacedBy(creation) : null;
        }
        else if (node.FirstAncestorOrSelf<ArgumentSyntax>() is { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } })
        {
            component = describe.Resolve(access.Expression);
        }

        return component is not null && (name is null || string.Equals(component.Name, name, System.StringComparison.Ordinal))
            ? component
            : describe.Find(name);
    }
}
