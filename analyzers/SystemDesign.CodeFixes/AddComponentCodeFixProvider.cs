using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SystemDesign.Analyzers;
using SystemDesign.CodeFixes.Syntax;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.CodeFixes;

/// <summary>
/// Adds a component of a type the design lacks and connects it: SD1001 (a tier needs the type), and SD1002 / SD1004
/// when the design has no component of the type at all (then with the <c>.Instances(n)</c> or parameter the tier
/// asks for). These findings sit on the <c>[Design]</c> argument; the fix edits that class's <c>Describe</c>.
/// A read replica (<c>db_replica</c>) and a load balancer (<c>lb</c>) are added this way when a tier calls for them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddComponentCodeFixProvider)), Shared]
public sealed class AddComponentCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.MissingComponentType.Id,
        Rules.TooFewInstances.Id,
        Rules.ParameterOutOfRange.Id);

    private static readonly FixPlan<Addition> Fix = new(EquivalenceKeys.AddComponent, PlannerFor, Apply);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        // One action per missing type; the findings of that type (SD1001, SD1002, SD1004) travel together.
        var planned = await Fix.PlanAsync(context.Document, context.Diagnostics, context.CancellationToken).ConfigureAwait(false);
        foreach (var group in planned.GroupBy(p => p.Change.Type, System.StringComparer.Ordinal).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var (method, name, _) = ComponentKinds.For(group.Key);
            Fix.Offer(
                context,
                "Add " + (method == "Component" ? "a '" + group.Key + "'" : method) + " \"" + name + "\" and connect it",
                group.Select(p => p.Diagnostic).ToImmutableArray());
        }
    }

    /// <summary>A finding that asks for a component of <paramref name="Type"/> in the design whose Describe is <paramref name="Describe"/>.</summary>
    private sealed record Addition(DescribeMethod Describe, string Type, Diagnostic Diagnostic);

    // Offered only where it can edit: a block-bodied Describe in the [Design] class's own declaration. An
    // expression-bodied Describe, or one in another part of a partial class, would get an action that changes nothing.
    private static System.Func<Diagnostic, SyntaxNode, IEnumerable<Addition>> PlannerFor(SemanticModel model, CancellationToken cancellationToken) =>
        (diagnostic, node) => Applies(diagnostic) && DescribeMethod.OfDesignClass(node, model, cancellationToken) is { } describe
            ? [new Addition(describe, Type(diagnostic), diagnostic)]
            : [];

    private static bool Applies(Diagnostic diagnostic) =>
        DesignFix.Site(diagnostic) == Sites.Attribute
        && !string.IsNullOrEmpty(Type(diagnostic))
        && !diagnostic.Properties.ContainsKey(DiagnosticProperties.Component);

    private static string Type(Diagnostic diagnostic) => DesignFix.Property(diagnostic, DiagnosticProperties.Type) ?? string.Empty;

    private static SyntaxNode Apply(SyntaxNode root, IReadOnlyList<Addition> additions)
    {
        // Per design class: the missing types, each with the largest instance count and parameter values asked of it.
        var designs = new Dictionary<SyntaxNode, (DescribeMethod Describe, Dictionary<string, MissingComponent> Missing)>();
        foreach (var (describe, type, diagnostic) in additions)
        {
            if (!designs.TryGetValue(describe.Body, out var design))
            {
                designs[describe.Body] = design = (describe, new Dictionary<string, MissingComponent>(System.StringComparer.Ordinal));
            }

            if (!design.Missing.TryGetValue(type, out var missing))
            {
                design.Missing[type] = missing = new MissingComponent(type);
            }

            if (diagnostic.Id == Rules.TooFewInstances.Id
                && KnobEdits.TryParseCount(DesignFix.Property(diagnostic, DiagnosticProperties.Instances), out var count))
            {
                missing.Instances = System.Math.Max(missing.Instances ?? 0, count);
            }
            else if (diagnostic.Id == Rules.ParameterOutOfRange.Id
                && DesignFix.Property(diagnostic, DiagnosticProperties.Parameter) is { Length: > 0 } parameter
                && KnobEdits.TryParse(DesignFix.Property(diagnostic, DiagnosticProperties.Value), out var value))
            {
                missing.Parameters[parameter] = missing.Parameters.TryGetValue(parameter, out var before) ? System.Math.Max(before, value) : value;
            }
        }

        var bodies = designs.ToDictionary(d => d.Key, d => ComponentPlanner.Apply(d.Value.Describe, d.Value.Missing.Values));
        return root.ReplaceNodes(bodies.Keys, (original, _) => bodies[original]);
    }
}
