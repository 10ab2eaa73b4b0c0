using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>What a batch fix does: every proposed count (the <c>instances</c> property) and shard count applied at once.</summary>
internal static class ProposedCounts
{
    /// <summary>The rules whose findings propose an instance count.</summary>
    public static readonly string[] SizingRules =
    [
        Rules.TooFewInstances.Id, Rules.Overloaded.Id, Rules.BelowHeadroom.Id, Rules.OverloadedAtPeak.Id,
        Rules.ConnectionsOverCapacity.Id, Rules.SinglePointOfFailure.Id, Rules.InstanceLossOverload.Id,
        Rules.CacheLossOverload.Id, Rules.ScenarioLatencyMissed.Id,
    ];

    /// <summary>The rules whose design-wide findings propose counts for the components they name ("instances:App" → "3").</summary>
    public static readonly string[] TargetRules = [Rules.LatencyTargetMissed.Id, Rules.AvailabilityBelowTarget.Id];

    /// <summary>
    /// The count each component is proposed, from findings on it (SD6002: on the component it names) and from the
    /// per-component keys of SD3001 and SD4001.
    /// </summary>
    public static Dictionary<string, List<long>> ByComponent(Results.Evaluation evaluation)
    {
        var counts = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        void Add(string name, string value)
        {
            if (!counts.TryGetValue(name, out var list))
            {
                counts[name] = list = [];
            }

            list.Add(long.Parse(value, CultureInfo.InvariantCulture));
        }

        foreach (var f in evaluation.Findings)
        {
            if (f.Properties.TryGetValue("instances", out var value)
                && (f.Properties.TryGetValue("overloaded", out var target) ? target : f.Component) is { } name)
            {
                Add(name, value);
            }

            foreach (var (key, count) in f.Properties)
            {
                if (key.StartsWith("instances:", StringComparison.Ordinal))
                {
                    Add(key["instances:".Length..], count);
                }
            }
        }

        return counts;
    }

    /// <summary>Whether the finding proposes a count for some named component (SD3001, SD4001).</summary>
    public static bool ProposesTargetCounts(Finding finding) => finding.Properties.Keys.Any(k => k.StartsWith("instances:", StringComparison.Ordinal));

    /// <summary>The shards each primary is proposed ("shards:Primary" → "10"), from any finding.</summary>
    public static Dictionary<string, long> ShardsByPrimary(Results.Evaluation evaluation) => Named(evaluation, Knobs.Shards);

    /// <summary>The partitions each stream is proposed beside a capped consumer's count ("partitions:Jobs" → "12").</summary>
    public static Dictionary<string, long> PartitionsByStream(Results.Evaluation evaluation) => Named(evaluation, Knobs.Partitions);

    private static Dictionary<string, long> Named(Results.Evaluation evaluation, Knob knob)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in evaluation.Findings.SelectMany(f => f.Properties))
        {
            if (knob.ComponentOfFixProperty(key) is { } name)
            {
                var v = long.Parse(value, CultureInfo.InvariantCulture);
                values[name] = values.TryGetValue(name, out var other) ? System.Math.Max(other, v) : v;
            }
        }

        return values;
    }

    /// <summary>
    /// The design with every proposed count, shard count and partition count applied at once: the largest, as Fix All
    /// merges them, and never below what the design has (a fix never lowers a knob).
    /// </summary>
    public static Architecture Applied(Architecture design, Results.Evaluation evaluation)
    {
        var counts = ByComponent(evaluation);
        var shards = ShardsByPrimary(evaluation);
        var partitions = PartitionsByStream(evaluation);
        var components = design.Components
            .Select(c => counts.TryGetValue(c.Name, out var n) ? c with { Instances = System.Math.Max(c.Instances ?? 1, checked((int)n.Max())) } : c)
            .Select(c => shards.TryGetValue(c.Name, out var s) ? c with { Shards = System.Math.Max(c.Shards ?? 1, checked((int)s)) } : c)
            .Select(c => partitions.TryGetValue(c.Name, out var p) ? c with { Partitions = System.Math.Max(c.Partitions ?? 1, checked((int)p)) } : c);
        return new Architecture(design.ProblemId, components, design.Connections);
    }

    /// <summary>The same design, fixes applied one component at a time in the given order, each re-evaluated.</summary>
    public static Architecture AppliedOneByOne(Architecture design, Func<Architecture, Results.Evaluation> evaluate, Func<IEnumerable<string>, IEnumerable<string>> order)
    {
        for (var step = 0; step < 20; step++)
        {
            var counts = ByComponent(evaluate(design));
            var next = order(counts.Keys).FirstOrDefault(name => counts[name].Max() > (design.Find(name)?.Instances ?? 1));
            if (next is null)
            {
                return design;
            }

            var n = checked((int)counts[next].Max());
            design = new Architecture(design.ProblemId, design.Components.Select(c => c.Name == next ? c with { Instances = n } : c), design.Connections);
        }

        throw new InvalidOperationException("fixes applied one by one did not settle in 20 steps");
    }

    public static Finding[] SizingFindings(Results.Evaluation evaluation) =>
        [.. evaluation.Findings.Where(f => SizingRules.Contains(f.RuleId) && f.Properties.ContainsKey("instances"))];
}
