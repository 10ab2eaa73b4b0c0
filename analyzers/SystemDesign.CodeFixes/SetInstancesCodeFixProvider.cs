using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SystemDesign.Analyzers;
using SystemDesign.CodeFixes.Syntax;
using SystemDesign.Model;
using Sites = SystemDesign.Analyzers.DiagnosticProperties.Sites;

namespace SystemDesign.CodeFixes;

/// <summary>
/// Sets a component's instance count to the one the finding names (<c>instances</c> property): replaces the argument
/// of its <c>.Instances(n)</c> call, or appends <c>.Instances(n)</c> to the placing call when there is none.
/// For SD6002 the component is the one the cold cache overloads (<c>overloaded</c>), not the cache.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetInstancesCodeFixProvider)), Shared]
public sealed class SetInstancesCodeFixProvider : KnobFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.TooFewInstances.Id,
        Rules.Overloaded.Id,
        Rules.BelowHeadroom.Id,
        Rules.OverloadedAtPeak.Id,
        Rules.ConnectionsOverCapacity.Id,
        Rules.SinglePointOfFailure.Id,
        Rules.InstanceLossOverload.Id,
        Rules.CacheLossOverload.Id,
        Rules.ScenarioLatencyMissed.Id);

    private protected override string EquivalenceKey => EquivalenceKeys.SetInstances;

    private protected override KnobChange? Plan(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe)
    {
        var site = DesignFix.Site(diagnostic);
        if (site is not (Sites.Instances or Sites.Creation)
            || !KnobEdits.TryParseCount(DesignFix.Property(diagnostic, DiagnosticProperties.Instances), out var count))
        {
            return null;
        }

        var name = diagnostic.Id == Rules.CacheLossOverload.Id
            ? DesignFix.Property(diagnostic, DiagnosticProperties.Overloaded)
            : DesignFix.Property(diagnostic, DiagnosticProperties.Component);
        if (ComponentAt(node, site, describe, name) is not { } component)
        {
            return null;
        }

        // Never lower a count: a figure at or below the current one cannot fix the finding (e.g. SD2002 on consumers
        // capped by stream partitions, where the partitions are the fix).
        var existing = describe.LastKnobArgument(component, "Instances");
        return existing is not null && describe.Model.GetConstantValue(existing.Expression) is { HasValue: true, Value: int current } && current >= count
            ? null
            : new KnobChange(component, existing, "Instances", null, count);
    }
}
