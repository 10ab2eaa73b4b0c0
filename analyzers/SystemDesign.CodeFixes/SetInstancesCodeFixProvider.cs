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
/// For SD6002 the component is the one the cold cache overloads (<c>overloaded</c>), not the cache. A finding that
/// proposes other knobs beside the count (a sharded replica's <c>shards:Primary DB</c>) gets them in the same action,
/// so applying it applies everything the finding asks.
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
        Rules.LagTargetMissed.Id,
        Rules.ScenarioLatencyMissed.Id,
        Rules.LatencyTargetMissed.Id,
        Rules.AvailabilityBelowTarget.Id);

    private protected override string EquivalenceKey => EquivalenceKeys.SetInstances;

    // The knobs a finding can propose beside a count, on the components it names: a sharded replica's primaries
    // ("shards:Primary DB"), a capped consumer's stream ("partitions:Events"), any row the table gives a FixProperty.
    private static readonly Knob[] Companions = Knobs.All.Where(k => k.FixProperty is not null && k != Knobs.Instances).ToArray();

    /// <summary>
    /// Every change the finding proposes, in one action: its count (SD3001 and SD4001, and SD6004 for a cold cache or
    /// the peak: a count per component, "instances:App" → "3"), and the knobs it proposes beside it on named components ("shards:Primary DB" → "10").
    /// </summary>
    private protected override IEnumerable<KnobChange> PlanAll(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe) =>
        [.. Counts(diagnostic, node, describe), .. KnobChanges(diagnostic, node, describe, Companions, ownKeys: false)];

    private IEnumerable<KnobChange> Counts(Diagnostic diagnostic, SyntaxNode node, DescribeMethod describe)
    {
        // A count per named component ("instances:App"; SD3001, SD4001, SD6004) is read off the keys, whatever the rule.
        if (!diagnostic.Properties.Keys.Any(k => Knobs.Instances.ComponentOfFixProperty(k) is not null))
        {
            return base.PlanAll(diagnostic, node, describe);
        }

        return [.. diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal)
            .Select(pair => Knobs.Instances.ComponentOfFixProperty(pair.Key) is { } name && KnobEdits.TryParseCount(pair.Value, out var count)
                && describe.CountNamed(name) == 1 && describe.Find(name) is { } component ? Raised(describe, component, count) : null)
            .OfType<KnobChange>()];
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
