using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        Rules.ScenarioLatencyMissed.Id,
        Rules.LatencyTargetMissed.Id,
        Rules.AvailabilityBelowTarget.Id);

    private protected override string EquivalenceKey => EquivalenceKeys.SetInstances;

    /// <summary>
    /// SD3001 and SD4001, and SD6004 for a cold cache or the peak, propose a count per component ("instances:App" → "3"):
    /// one change each.
    /// </summary>
    private protected override IEnumerable<KnobChange> PlanAll(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe)
    {
        if (diagnostic.Id != Rules.LatencyTargetMissed.Id && diagnostic.Id != Rules.AvailabilityBelowTarget.Id
            && !diagnostic.Properties.Keys.Any(k => Knobs.Instances.ComponentOfFixProperty(k) is not null))
        {
            return base.PlanAll(diagnostic, node, describe);
        }

        var changes = new List<KnobChange>();
        foreach (var pair in diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            if (Knobs.Instances.ComponentOfFixProperty(pair.Key) is { } name && KnobEdits.TryParseCount(pair.Value, out var count)
                && describe.CountNamed(name) == 1 && describe.Find(name) is { } component && Raised(describe, component, count) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

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

        return Raised(describe, component, count);
    }

    // Never lower a count: a figure at or below the current one cannot fix the finding (e.g. SD2002 on consumers
    // capped by stream partitions, where the partitions are the fix).
    private static KnobChange? Raised(DescribeMethod describe, PlacedComponent component, int count)
    {
        var existing = describe.LastKnobArgument(component, "Instances");
        return existing is not null && describe.Model.GetConstantValue(existing.Expression) is { HasValue: true, Value: int current } && current >= count
            ? null
            : new KnobChange(component, existing, "Instances", null, count);
    }
}
