using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// Finds the cheapest instance counts and parameters for a topology that pass every tier and gate. Exact where the
/// engine is: its findings carry the count or value that fixes them (headroom, N+1, tier minimums, partitions), so the
/// raise phase applies them until nothing is left to fix; what has no stated fix (a latency target, availability) gets
/// one more instance on the component the finding names. A lowering phase then binary-searches each count down,
/// confirming every step by a full evaluation. Deterministic: same problem and topology, same design.
/// </summary>
public static class Sizer
{
    // Rounds of raising before the solver stops; each round applies every fix the evaluation states.
    private const int MaxRounds = 60;


    // Warnings a count can cure: a design that keeps them would not build with warnings as errors.
    private static readonly HashSet<string> CurableWarnings = new(StringComparer.Ordinal)
    {
        Rules.BelowHeadroom.Id, Rules.PartitionsCapConsumers.Id, Rules.SinglePointOfFailure.Id,
        Rules.BurstBacklog.Id, Rules.ScenarioLatencyMissed.Id,
    };

    /// <summary>Sizes the problem's own topology (its reference solution, else one built from its palette).</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="registry">The component registry.</param>
    /// <returns>The solution.</returns>
    public static Solution Solve(Problem problem, ComponentRegistry registry) =>
        Solve(problem, Topology.For(problem, registry), registry);

    /// <summary>Sizes a given topology for a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="topology">The components and connections to size.</param>
    /// <param name="registry">The component registry.</param>
    /// <returns>The solution; never throws for a bad topology (it comes back <see cref="SolveStatus.Failed"/> with why).</returns>
    public static Solution Solve(Problem problem, Topology topology, ComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(registry);
        var state = new SizingState(problem, TierShape.Complete(problem, topology, registry), registry);
        Raise(state);
        var raised = state.Evaluate();
        if (!raised.Passed && OnlyTheBudget(raised))
        {
            // Components held at the bound for a gate graded N/A (an infeasible peak) are what a design can carry, not
            // what it must: a graded budget comes first, so every count is lowered as far as the graded gates allow
            // (the budget aside, and the N/A gates' warnings aside), and the budget is graded on that design.
            Lower(state, e => GradedAside(e, Rules.OverBudget.Id) && GradedCuredScore(e) <= GradedCuredScore(raised), []);
            var lowered = state.Evaluate();
            return state.Result(lowered, lowered.Passed ? [] : Unsolved(lowered));
        }

        if (!raised.Passed)
        {
            return state.Result(raised, Unsolved(raised));
        }

        var allowed = CuredScore(raised);
        Lower(state, e => Acceptable(e, allowed), Held(state, raised));
        var final = state.Evaluate();
        return state.Result(final, []);
    }

    // No error but the one named: the design passes every graded gate apart from that one.
    private static bool GradedAside(Evaluation e, string rule) => e.Findings.All(f => f.Severity != Severity.Error || f.RuleId == rule);

    // The curable warnings, but for the failure scenarios' when the resilience gate is N/A (the peak burst of an
    // infeasible peak): the target rate's headroom (SD2002) still counts.
    private static int GradedCuredScore(Evaluation e) =>
        e.Findings.Count(f => f.Severity == Severity.Warning && CurableWarnings.Contains(f.RuleId)
            && !(Gate.Resilience.Decides(f) && e.Gates.Any(g => g.Gate == Gate.Resilience && g.Status == GateStatus.NotApplicable)));

    private static bool OnlyTheBudget(Evaluation e) =>
        e.Findings.Any(f => f.RuleId == Rules.OverBudget.Id && f.Severity == Severity.Error)
        && e.Findings.All(f => f.Severity != Severity.Error || f.RuleId == Rules.OverBudget.Id);

    internal static Architecture Build(string problemId, Topology topology, IReadOnlyList<SizedPart> parts) =>
        new(problemId, parts.Select(p => new Component(p.Part.Name, p.Part.Type) { Instances = p.Instances, Parameters = Copy(p.Parameters) }), topology.Connections);

    private static void Raise(SizingState state)
    {
        string? previous = null;
        var stalled = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var evaluation = state.Evaluate();
            var blocking = evaluation.Findings.Where(f => Blocks(f) || Excused(f)).ToList();
            if (blocking.Count == 0)
            {
                return;
            }

            // The same findings with the same numbers three rounds running: more of the same does not help.
            var signature = string.Join("\n", blocking.Select(f => f.RuleId + f.Component + f.Message));
            stalled = signature == previous ? stalled + 1 : 0;
            if (stalled == 3)
            {
                return;
            }

            previous = signature;
            var changed = ApplyEach(blocking, finding => Apply(state, evaluation, finding));

            // Only when nothing else moves: a scenario whose counts go past the bound may be reached by growing the
            // other hops, a last resort so that a design the raise settles without it is settled as before.
            changed = changed || blocking.Any(f => PastTheBound.NamesCountPastTheBound(f) && PastTheBound.Reach(state, f));
            if (!changed)
            {
                return;
            }
        }
    }

    // A warning an edge knob cures (SD7005, SD7006) blocks too: its fix is stated, so a draft need not suppress it.
    private static bool Blocks(Finding f) => f.Severity == Severity.Error || (f.Severity == Severity.Warning && (CurableWarnings.Contains(f.RuleId) || EdgeFixes.Of(f) is not null));

    // A finding of a gate the problem records as infeasible still states the count it needs: the solver gives as much
    // of it as a component may have (up to Knobs.MaxInstances, SD0015's bound), so the design carries what it can instead of giving up.
    // A peak out of reach is not chased: the design carries the target rate, and holding a component at the bound for
    // a peak it still cannot carry would only fail the budget.
    private static bool Excused(Finding f) =>
        f.Severity == Severity.Info && f.RuleId != Rules.OverloadedAtPeak.Id
        && f.Properties.ContainsKey(NotApplicableProperty) && f.Properties.ContainsKey(Knobs.Instances.FixProperty!);

    // The engine's Checks.InfeasibleTargetGates.Property: the gate an excused finding belongs to.
    internal const string NotApplicableProperty = "notApplicable";

    // Components an excused finding still asks more of: lowering them would only move further from the target.
    private static HashSet<int> Held(SizingState state, Evaluation evaluation) =>
        [.. evaluation.Findings.Where(Excused).Select(f => state.IndexOf(f.Properties.TryGetValue(FindingKeys.Overloaded, out var o) ? o : f.Component)).OfType<int>()];

    // Applies the fix a finding states; false when it states none the solver may apply.
    private static bool Apply(SizingState state, Evaluation evaluation, Finding finding)
    {
        // A call policy (timeout, backoff, breaker, idempotency key) on the connection the finding is about.
        if (EdgeFixes.Of(finding) is { } edge)
        {
            var call = "." + edge.Knob.Method + "(" + (edge.Knob.IsSwitch ? string.Empty : edge.Value) + ")";
            return state.SetEdgeKnob(edge.Connection, edge.Knob, edge.Value, call + " for " + finding.RuleId + ": " + finding.Message);
        }

        var type = finding.Properties.TryGetValue(FindingKeys.Type, out var t0) ? t0 : null;
        // A cache-loss finding names the cache; the count it states is for the component behind it.
        var named = finding.Properties.TryGetValue(FindingKeys.Overloaded, out var overloaded) ? overloaded : finding.Component;
        var target = state.IndexOf(named) ?? (type is not null ? state.FirstOfType(type) : null);
        if (finding.RuleId == Rules.RecoveryObjectiveMissed.Id)
        {
            return ConsensusFailover.Apply(state, finding);
        }

        // A count that needs a knob on another component beside it: a replica no count cures at its primaries' shards
        // ("shards:<primary>"), a consumer its streams' partitions cap ("partitions:<stream>"). Both knobs at once. A
        // design-wide finding's counts per component (SD3001, SD4001) go the weakest-link way below, as they always have.
        var companions = finding.Properties.Keys.Any(k => Knobs.Instances.ComponentOfFixProperty(k) is not null) ? [] : finding.Properties
            .SelectMany(p => new[] { Knobs.Shards, Knobs.Partitions }.Where(k => k.ComponentOfFixProperty(p.Key) is not null).Select(k => (Knob: k, Name: k.ComponentOfFixProperty(p.Key)!, p.Value)))
            .ToList();
        if (companions.Count > 0)
        {
            var changed = ApplyEach(companions, c => state.IndexOf(c.Name) is { } other && state.AtLeast(other, c.Knob.Parameter!, Number(c.Value)));
            if (target is { } replica && finding.Properties.TryGetValue(Knobs.Instances.FixProperty!, out var replicas))
            {
                changed |= state.CountAtLeast(replica, (long)Number(replicas));
            }

            return changed;
        }

        if (finding.Properties.TryGetValue(Knobs.Partitions.FixProperty!, out var partitions) && finding.Properties.TryGetValue(FindingKeys.Stream, out var stream)
            && state.IndexOf(stream) is { } s)
        {
            return state.AtLeast(s, Knobs.Partitions.Parameter!, Number(partitions));
        }

        if (finding.Properties.TryGetValue(FindingKeys.Parameter, out var parameter) && finding.Properties.TryGetValue(FindingKeys.Value, out var value))
        {
            return ApplyEach<int>(target is { } t1 && finding.Component is not null ? [t1] : state.AllOfType(type ?? string.Empty), i => state.Set(i, parameter, Number(value)));
        }

        // A failure scenario's latency (a cold cache, the peak) states the counts that keep its targets, one key per
        // component ("instances:Origin Server"): the engine's required counts, so the raised design passes the scenario.
        // A count past the bound is capped; the other components may then take its share (PastTheBound, in Raise).
        if (finding.RuleId == Rules.ScenarioLatencyMissed.Id && NamedCounts(state, finding) is { Count: > 0 } scenarioCounts)
        {
            return ApplyEach(scenarioCounts, c => state.CountAtLeast(c.Index, c.Count));
        }

        // A missed percentile names the entry, not the hop: the hop with the most queueing gets the instance.
        if (finding.RuleId == Rules.LatencyTargetMissed.Id || finding.RuleId == Rules.UnboundedLatency.Id
            || (target is null && (finding.RuleId == Rules.AvailabilityBelowTarget.Id || finding.RuleId == Rules.ScenarioLatencyMissed.Id)))
        {
            target = WeakestLink(state, finding.RuleId == Rules.AvailabilityBelowTarget.Id);
        }

        if (target is not { } index)
        {
            return false;
        }

        if (finding.Properties.TryGetValue(Knobs.Instances.FixProperty!, out var instances))
        {
            // A stated count the design already has sits on a boundary (exactly 100% busy): one more clears it.
            var stated = (long)Number(instances);
            return state.CountAtLeast(index, stated > state.Counts[index] ? stated : state.Counts[index] + 1L);
        }

        // No stated count: grow by a quarter (at least one) so a large tier gets there in few rounds; lowering trims the excess.
        return state.CountAtLeast(index, finding.RuleId == Rules.SinglePointOfFailure.Id ? 2 : Grown(state.Counts[index]));
    }

    // Applies every fix, not only up to the first that changes something (as Any would); true when any did.
    private static bool ApplyEach<T>(IEnumerable<T> fixes, Func<T, bool> apply) => fixes.Aggregate(false, (changed, fix) => apply(fix) | changed);

    // The counts a finding states for other components than its own ("instances:<name>" → count), by index; a count
    // past SD0015's bound (Knobs.MaxInstances) is kept as stated (CountAtLeast caps it), so PastTheBound can tell it apart.
    internal static List<(int Index, long Count)> NamedCounts(SizingState state, Finding finding) =>
        [.. finding.Properties
            .Select(p => (Index: state.IndexOf(Knobs.Instances.ComponentOfFixProperty(p.Key)), p.Value))
            .Where(p => p.Index is not null)
            .Select(p => (p.Index!.Value, (long)System.Math.Min(long.MaxValue / 2, Number(p.Value))))];

    // No component named and no count stated: try one step more on each component a request uses and keep the step
    // that helps most, each step confirmed by a full evaluation (availability: the path's; latency: the sum over the percentiles of how far each is over its target, so one of several parallel entries counts).
    private static int? WeakestLink(SizingState state, bool availability)
    {
        int? best = null;
        var now = state.Evaluate();
        var bestScore = Score(now, availability);
        var baseline = now.Components;
        for (var i = 0; i < state.Counts.Length; i++)
        {
            var c = baseline[i];
            if (!c.OnRequestPath || c.CapacityPerInstance is null || state.Counts[i] >= Knobs.MaxInstances)
            {
                continue;
            }

            var count = state.Counts[i];
            state.Counts[i] = Grown(count);
            var score = Score(state.Evaluate(), availability);
            state.Counts[i] = count;
            if (score < bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    private static double Score(Evaluation e, bool availability) =>
        availability ? -e.Availability : e.Latency.Where(l => l.TargetMilliseconds is > 0).Sum(l => Math.Max(1, l.Milliseconds / l.TargetMilliseconds!.Value));

    private static int Grown(int count) => (int)Math.Min(Knobs.MaxInstances, Math.Max(count + 1L, (long)Math.Ceiling(count * 1.25)));

    private static void Lower(SizingState state, Func<Evaluation, bool> acceptable, HashSet<int> held)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var any = false;
            for (var i = 0; i < state.Counts.Length; i++)
            {
                if (held.Contains(i))
                {
                    continue;
                }

                var start = state.Counts[i];
                var lowest = (int)Lowest(state, start, count => state.Counts[i] = (int)count, acceptable);
                any |= lowest != start;
                state.Counts[i] = lowest;
            }

            any |= LowerShards(state, acceptable);

            if (!any)
            {
                return;
            }
        }
    }

    // Shards cost nothing themselves but each asks a replica instance of its own: the fewest that still pass, each step
    // a full evaluation. One shard is no sharding, so the parameter goes.
    private static bool LowerShards(SizingState state, Func<Evaluation, bool> acceptable)
    {
        var any = false;
        var parameter = Knobs.Shards.Parameter!;
        for (var i = 0; i < state.Counts.Length; i++)
        {
            if (!state.Parameters[i].TryGetValue(parameter, out var start))
            {
                continue;
            }

            var parameters = state.Parameters[i];
            var high = Lowest(state, (long)start, shards => parameters[parameter] = shards, acceptable);
            any |= high != (long)start;
            if (high == 1)
            {
                parameters.Remove(parameter);
            }
            else
            {
                parameters[parameter] = high;
            }
        }

        return any;
    }

    // The lowest value in [1, start] that set leaves acceptable, by bisection, each step a full evaluation (acceptance
    // is taken as monotone: more never hurts). Leaves the last value tried set; the caller sets the answer.
    private static long Lowest(SizingState state, long start, Action<long> set, Func<Evaluation, bool> acceptable)
    {
        var (low, high) = (1L, start);
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            set(mid);
            if (acceptable(state.Evaluate()))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return high;
    }

    internal static bool Acceptable(Evaluation e, int allowed) => e.Passed && CuredScore(e) <= allowed;

    // A scenario's latency warning (SD6004) counts each target it misses (each line of the scenarios' Slower), not
    // once: lowering a count must not fold a target a count keeps into a finding the design keeps for another (one
    // out of reach), or the draft loses a count its scenario needs.
    internal static int CuredScore(Evaluation e)
    {
        var scenarioWarnings = e.Findings.Count(f => f.Severity == Severity.Warning && f.RuleId == Rules.ScenarioLatencyMissed.Id);
        var others = e.Findings.Count(f => f.Severity == Severity.Warning && CurableWarnings.Contains(f.RuleId) && f.RuleId != Rules.ScenarioLatencyMissed.Id);
        return others + (scenarioWarnings == 0 ? 0 : Math.Max(scenarioWarnings, e.Scenarios.Sum(s => s.Slower.Count)));
    }

    // The error findings as a solution's reasons, one line per distinct message.
    internal static List<string> Unsolved(Evaluation evaluation) =>
        [.. evaluation.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId + ": " + f.Message).Distinct(StringComparer.Ordinal)];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static SortedDictionary<string, double> Copy(IReadOnlyDictionary<string, double> source) => new(source.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
}
