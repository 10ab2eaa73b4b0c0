using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// One required instance count per component (docs/engine.md, "Required instances"): the smallest count that meets
/// every constraint the checks grade at once — the tier minimum, headroom at the target rate, the peak, connections,
/// a cold cache in front of it, the latency targets with one instance lost, losing one instance (N+1) and not being
/// less available than one instance. Each check registers the count its own constraint needs; every finding that
/// proposes a count proposes this one and names the constraint that decides it, so applying one fix never brings
/// the next finding of a chain, and fixes applied in any order agree.
/// </summary>
/// <remarks>
/// Every constraint is monotone (a count that meets it, plus one, still meets it), so the maximum of the counts meets
/// them all and is the smallest that does. N+1 is the one conditional constraint: SD6001 grades components of two or
/// more instances and SD4002 those a request waits on, so it binds when the count is 2 or more or the component is a
/// single-point-of-failure candidate.
/// </remarks>
internal sealed class InstanceRequirements
{
    // Per component, the largest count each kind of constraint asks and the constraint that asked it first.
    private readonly (long Count, string? Because)[] own;
    private readonly (long Count, string? Because)[] survivesLoss;
    private readonly (long Count, string? Because)[] target;
    private readonly bool[] availabilityGraded;

    public InstanceRequirements(int nodes)
    {
        own = new (long, string?)[nodes];
        survivesLoss = new (long, string?)[nodes];
        target = new (long, string?)[nodes];
        availabilityGraded = new bool[nodes];
    }

    /// <summary>Registers that <paramref name="node"/> needs at least <paramref name="instances"/> for <paramref name="constraint"/>.</summary>
    public void Require(int node, long instances, string constraint) => Raise(own, node, instances, constraint);

    /// <summary>
    /// Registers the count a design-wide target needs (SD3001's latency, SD4001's availability): it decides only when
    /// above every other constraint, so a count another constraint also asks is named by that component's own.
    /// </summary>
    public void RequireForTarget(int node, long instances, string constraint) => Raise(target, node, instances, constraint);

    /// <summary>Registers the N+1 count: it binds only where N+1 is graded (see the remarks on the class).</summary>
    public void RequireSurvivingLoss(int node, long instances, string constraint) => Raise(survivesLoss, node, instances, constraint);

    /// <summary>The component is graded as a single point of failure (on the synchronous path, instances that can fail).</summary>
    public void MarkAvailabilityGraded(int node) => availabilityGraded[node] = true;

    /// <summary>The required count (at least 1) and the constraint that decides it (null when nothing asks more than 1).</summary>
    public (long Count, string? Because) For(int node) => DecidedByTarget(node) ? target[node] : Own(node);

    /// <summary>Whether a design-wide target alone decides the count (<see cref="RequireForTarget"/>): another constraint of the same count names it instead.</summary>
    public bool DecidedByTarget(int node) => target[node].Count > Own(node).Count;

    /// <summary>The count a design-wide target asks of the component (0 when none) and the target.</summary>
    public (long Count, string? Because) Target(int node) => target[node];

    /// <summary>The count of the component's own constraints, without the design-wide targets.</summary>
    public (long Count, string? Because) Own(int node)
    {
        var n = System.Math.Max(1, own[node].Count);
        return (n >= 2 || availabilityGraded[node]) && survivesLoss[node].Count > n ? survivesLoss[node] : (n, own[node].Because);
    }

    private static void Raise((long Count, string? Because)[] asked, int node, long instances, string constraint)
    {
        if (instances > asked[node].Count)
        {
            asked[node] = (instances, constraint);
        }
    }

    /// <summary>
    /// Registers the constraints that follow from the load alone (headroom, saturation, the peak, N+1), before the
    /// capacity check's findings are written.
    /// </summary>
    public static void FromLoad(EvaluationContext context, int[] usable)
    {
        var requirements = context.Requirements;
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            // A consumer capped by partitions counts too: its count is proposed with as many partitions (CappingStreams).
            if (node.CapacityPerInstance is not { } perInstance || load <= 0)
            {
                continue;
            }

            var c = perInstance.Value;
            // A replica of a sharded primary applies less per instance as instances are added (each holds fewer shards).
            var unsaturated = context.Unsaturated(node.Index, c);
            requirements.Require(node.Index, unsaturated, $"utilization below 100%: {N(load)} ÷ {N(c)} req/s");
            requirements.Require(node.Index, context.WithHeadroom(node.Index, c), $"{Percent(context.Headroom - 1)} headroom: {N(context.Headroom)} × {N(load)} ÷ {N(c)} req/s");
            if (context.Peak > 1)
            {
                requirements.Require(node.Index, context.Unsaturated(node.Index, c, context.Peak), $"the peak: {N(context.Peak)} × {N(load)} ÷ {N(c)} req/s, below 100%");
            }

            requirements.RequireSurvivingLoss(node.Index, Plus(unsaturated, 1),
                $"N+1: {N(load)} ÷ {N(c)} req/s below 100%, plus one instance to lose");
        }
    }

    /// <summary>
    /// Rewrites every finding that proposes a count (the <c>instances</c> property) to the component's required count
    /// (settled by <see cref="RequiredCountSearch"/>), and says which constraint decides it when that is not the
    /// finding's own. A replica no count carries at its primaries' shards gets the shards the search proposed beside its
    /// count at those shards, in the same finding, so one fix applies both.
    /// </summary>
    public static void Settle(EvaluationContext context, SizingSearch search)
    {
        var (counts, because) = (search.Counts, search.Because);
        var byName = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var node in context.Nodes)
        {
            if (!byName.ContainsKey(node.Name))
            {
                byName[node.Name] = node.Index;
            }
        }

        var capping = CappingStreams.Of(context);
        var findings = context.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (context.TargetCountWordings.TryGetValue(finding, out var wording)
                && SettleTargetCounts(context, finding, wording, byName, search, capping) is { } settled)
            {
                findings[i] = settled;
                continue;
            }

            if (!finding.Properties.TryGetValue(Knobs.Instances.FixProperty!, out var proposed)
                || !long.TryParse(proposed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var own))
            {
                continue;
            }

            // SD6002 names the cache; its target is the component the cold cache overloads, which the count is for.
            var index = finding.Target is { Kind: FindingTargetKind.Component } on ? on.Index
                : finding.Component is { } name && byName.TryGetValue(name, out var named) ? named : -1;
            var plan = index >= 0 && search.Plans.TryGetValue(index, out var p) ? p : null;
            if (index < 0)
            {
                continue;
            }

            if (plan is null && counts[index] <= own && own < long.MaxValue)
            {
                // The finding's own count stands; a consumer capped below it still needs the partitions beside it.
                if (capping.Below(index, own).Any())
                {
                    var withPartitions = FindingProperty.CopyOf(finding);
                    capping.Propose(withPartitions, index, own);
                    findings[i] = finding with { Properties = withPartitions };
                }

                continue;
            }

            var target = context.Nodes[index].Name;

            var rewritten = FindingProperty.CopyOf(finding);

            // No count meets a constraint when each instance is saturated by what every instance must apply (the
            // replicated writes) or the load overflowed: no count is proposed then, so no fix pastes an absurd one.
            var impossible = counts[index] == long.MaxValue;
            if (plan is not null && !impossible)
            {
                rewritten[Knobs.Instances.FixProperty!] = Raw(counts[index]);
                AddShards(rewritten, context, search, plan);

                // No count meets it at today's shards: said as for any replica, beside the proposal that cures it.
                rewritten[Finding.NoInstanceCount] = plan.Impossible;
            }
            else if (impossible)
            {
                rewritten.Remove(Knobs.Instances.FixProperty!);
                rewritten[Finding.NoInstanceCount] = because[index] ?? string.Empty;
            }
            else
            {
                rewritten[Knobs.Instances.FixProperty!] = Raw(counts[index]);
                capping.Propose(rewritten, index, counts[index]);
            }

            findings[i] = finding with
            {
                Message = plan is not null && !impossible
                    ? $"{finding.Message} {ShardAdvice(context, search, plan, index)}"
                    : impossible
                    ? $"{finding.Message} No instance count of {target} meets every constraint (decided by {because[index]}): raise its capacity per instance or lower what each instance must apply."
                    : $"{finding.Message} Every constraint on {target} at once needs {Count(counts[index])} instances (decided by {because[index]}).",
                Properties = rewritten,
                Knob = impossible ? null : finding.Knob, // no count proposed: the squiggle goes to the placing call
            };
        }
    }

    /// <summary>The shards of a replica's plan as fix properties ("shards:Primary DB" → "10").</summary>
    private static void AddShards(SortedDictionary<string, string> properties, EvaluationContext context, SizingSearch search, SizingSearch.ShardPlan plan)
    {
        foreach (var primary in plan.Primaries)
        {
            properties[Knobs.Shards.FixPropertyFor(context.Nodes[primary].Name)!] = Raw(search.Shards[primary]);
        }
    }

    // The proposed shards as the calls that set them: "Primary DB.Shards(10) and Orders DB.Shards(4)".
    private static string ShardCalls(EvaluationContext context, SizingSearch search, SizingSearch.ShardPlan plan) =>
        Listed(plan.Primaries.Select(p => $"{context.Nodes[p].Name}.{Knobs.Shards.Method}({Raw(search.Shards[p])})").ToList(), " and ");

    private static string ShardAdvice(EvaluationContext context, SizingSearch search, SizingSearch.ShardPlan plan, int index)
    {
        var names = plan.Primaries.Select(p => context.Nodes[p].Name).ToList();
        var target = context.Nodes[index].Name;
        return $"No instance count of {target} meets every constraint (decided by {plan.Impossible}): each instance applies every write of {Listed(names, " and ")}. "
            + $"Shard {(names.Count == 1 ? "it" : "each")}: {ShardCalls(context, search, plan)}, and {Count(search.Counts[index])} instances of {target} ({plan.Arithmetic}; "
            + $"every constraint at those shards: decided by {search.Because[index]}).";
    }

    /// <summary>
    /// A design-wide finding's per-component counts (<see cref="TargetCounts"/>) raised to the settled ones, so its fix
    /// agrees with every other finding's; null when the finding proposes none or none is raised. Only the components
    /// the finding named are raised: those on its own path (SD3001) or the request path (SD4001). A sharded replica's
    /// count comes with its primaries' shards.
    /// </summary>
    private static Finding? SettleTargetCounts(EvaluationContext context, Finding finding, TargetCountWording wording, Dictionary<string, int> byName, SizingSearch search, CappingStreams capping)
    {
        var (counts, because) = (search.Counts, search.Because);
        SortedDictionary<string, string>? rewritten = null;
        var raised = new List<string>();
        foreach (var pair in finding.Properties)
        {
            // A sharded replica's count from the declared design is a count of saturated instances: the one at the
            // proposed shards replaces it, whichever is larger.
            if (Knobs.Instances.ComponentOfFixProperty(pair.Key) is not { } name || !byName.TryGetValue(name, out var index)
                || !long.TryParse(pair.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var own)
                || (counts[index] <= own && !search.Plans.ContainsKey(index)))
            {
                continue;
            }

            rewritten ??= FindingProperty.CopyOf(finding);
            if (counts[index] == long.MaxValue)
            {
                rewritten.Remove(pair.Key);
                raised.Add($"no count of {name} meets every constraint ({because[index]})");
            }
            else
            {
                rewritten[pair.Key] = Raw(counts[index]);
                if (search.Plans.TryGetValue(index, out var plan))
                {
                    AddShards(rewritten, context, search, plan);
                    raised.Add($"{name} {Count(counts[index])} at {ShardCalls(context, search, plan)} ({because[index]})");
                }
                else
                {
                    capping.Propose(rewritten, index, counts[index]);
                    raised.Add($"{name} {Count(counts[index])} ({because[index]})");
                }
            }
        }

        if (rewritten is null)
        {
            return null;
        }

        // The rule's wording places the settled counts: the remedy stays the message's last words.
        return finding with { Message = wording.Settled(Listed(raised, "; ")), Properties = rewritten };
    }

    /// <summary>The smallest n with n × <paramref name="perInstance"/> strictly above <paramref name="load"/>, decided exactly.</summary>
    public static long UnsaturatedInstances(double load, double perInstance)
    {
        var atLeast = RequiredInstances(load, perInstance, 1.0);
        return atLeast < long.MaxValue && Math.Headroom.IsExactlyCarried(load, perInstance, atLeast) ? atLeast + 1 : atLeast;
    }

    /// <summary>
    /// The smallest n with n × <paramref name="perInstance"/> strictly above <paramref name="shared"/> + n ×
    /// <paramref name="applied"/>: a replica's instances share its reads, but each applies every replicated write, so
    /// each instance has <paramref name="perInstance"/> − <paramref name="applied"/> left for its share.
    /// </summary>
    public static long UnsaturatedInstances(double shared, double applied, double perInstance) =>
        !(applied > 0) ? UnsaturatedInstances(shared, perInstance)
        : applied >= perInstance ? long.MaxValue
        : UnsaturatedInstances(shared, perInstance - applied);

    /// <summary>
    /// <see cref="UnsaturatedInstances(double, double, double)"/> where each instance's applied replication depends on the
    /// count (<paramref name="appliedAt"/>: a sharded primary's copies spread over the instances), scaled by
    /// <paramref name="factor"/> (the peak, or 1). Each count n is judged at its own applied figure; that figure falls as n
    /// grows, so the condition is monotone and the smallest n is found by bisection up to SD0015's bound, past which
    /// every instance holds one shard and the figure no longer falls.
    /// </summary>
    public static long UnsaturatedInstances(double shared, System.Func<long, double> appliedAt, double perInstance, double factor = 1) =>
        Smallest(n => UnsaturatedInstances(shared * factor, appliedAt(n) * factor, perInstance));

    /// <summary><see cref="WithHeadroom(double, double, double, double)"/> with the applied replication at each count (<see cref="UnsaturatedInstances(double, System.Func{long, double}, double, double)"/>).</summary>
    public static long WithHeadroom(double shared, System.Func<long, double> appliedAt, double perInstance, double headroom) =>
        Smallest(n => WithHeadroom(shared, appliedAt(n), perInstance, headroom));

    // SD0015's bound on shards: at this many instances every instance holds at most one shard's copy.
    private const long OneShardEach = Knobs.MaxInstances;

    /// <summary>The smallest n with n ≥ <paramref name="needed"/>(n), where needed falls as n grows; long.MaxValue when none.</summary>
    private static long Smallest(System.Func<long, long> needed)
    {
        var atFloor = needed(OneShardEach);
        if (atFloor == long.MaxValue)
        {
            return long.MaxValue;
        }

        long low = 1, high = System.Math.Max(atFloor, OneShardEach);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (mid >= needed(mid))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>The smallest n with n × <paramref name="perInstance"/> ≥ <paramref name="headroom"/> × (shared + n × applied), at least 1.</summary>
    public static long WithHeadroom(double shared, double applied, double perInstance, double headroom) =>
        !(applied > 0) ? RequiredInstances(shared, perInstance, headroom)
        : headroom * applied >= perInstance ? long.MaxValue
        : System.Math.Max(1, RequiredInstances(shared, perInstance - (headroom * applied), headroom));

    private static long Plus(long count, long more) => count > long.MaxValue - more ? long.MaxValue : count + more;

    /// <summary>The N+1 requirement of a connection holder or any other per-instance load.</summary>
    public static long SurvivingLoss(double load, double perInstance) => Plus(UnsaturatedInstances(load, perInstance), 1);

    /// <summary>
    /// The smallest count of at least <paramref name="k"/> + 1 at which <paramref name="node"/> (needing
    /// <paramref name="k"/> up) is at least as available as one instance: a spare for a component of many busy
    /// instances must not make it less available than it is (k of k + 1 at 99.9% each is 1.2% for k = 4,000).
    /// </summary>
    public static long AvailableSpare(ResolvedComponent node, int k)
    {
        var a = node.Availability.Value;
        if (k >= int.MaxValue - 1)
        {
            return int.MaxValue;
        }

        long low = k + 1;
        if (AvailabilityCheck.KOfN(k, (int)low, a) >= a)
        {
            return low;
        }

        // k of n rises with n: double until it meets a, then bisect.
        long high = low;
        do
        {
            low = high;
            high = System.Math.Min(int.MaxValue, (high * 2) - k);
            if (high == low)
            {
                return high;
            }
        }
        while (AvailabilityCheck.KOfN(k, (int)high, a) < a);

        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            if (AvailabilityCheck.KOfN(k, (int)mid, a) >= a)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }
}
