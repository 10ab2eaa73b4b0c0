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
/// A failure scenario's latency finding (SD6004) whose counts put a component past SD0015's bound (1,000,000). The
/// engine's search raises the hop that waits longest from the design's own counts, so the counts it names are one way
/// to the targets, not the only one: with the other hops larger, the capped hop's share of the target may suffice.
/// Tried by doubling every other sized component together (2×, 4×, … 64×) until the finding names no count past the
/// bound; that multiple is kept and the lowering phase trims what the targets do not need (edge-computing: Origin at
/// 1,082,435 from its draft's counts, within the bound once Edge Functions grow). When even 64× leaves a count past the
/// bound the targets are out of reach, and the count still named there is the reason the draft states.
/// </summary>
internal static class PastTheBound
{
    // 2⁶: past it the other hops' waits are a small fraction of what they were, and what is left is the capped hop's own.
    private const int MaxFactor = 64;

    /// <summary>True when the others were grown so that no count past the bound is needed; false when out of reach (recorded).</summary>
    public static bool Reach(SizingState state, Finding finding)
    {
        var key = Key(finding);
        if (state.OutOfReach.ContainsKey(key))
        {
            return false;
        }

        var original = (int[])state.Counts.Clone();
        var capped = Past(state, finding).Select(p => p.Index).ToHashSet();
        var sized = state.Evaluate().Components.Select((c, i) => (c, i)).Where(x => x.c.CapacityPerInstance is not null && !capped.Contains(x.i)).Select(x => x.i).ToList();
        var still = Past(state, finding);
        foreach (var factor in Factors(sized.Count))
        {
            foreach (var i in sized)
            {
                state.Counts[i] = Grown(original[i], factor);
            }

            var same = state.Evaluate().Findings.FirstOrDefault(f => Key(f) == key && f.Severity == finding.Severity);
            still = same is null ? [] : Past(state, same);
            if (still.Count == 0)
            {
                return true;
            }
        }

        original.CopyTo(state.Counts, 0);
        var needs = string.Join(", ", still.Select(p => $"{state.Topology.Parts[p.Index].Name} needs {NumberText.Count(p.Count)}"));
        state.OutOfReach[key] = sized.Count > 0
            ? $"Out of reach: {needs} instances for these targets even with every other component at {MaxFactor.ToString(CultureInfo.InvariantCulture)}× its count ({NumberText.Count(Knobs.MaxInstances)} at most), past SD0015's {NumberText.Count(Knobs.MaxInstances)} for one component."
            : $"Out of reach: {needs} instances for these targets, past SD0015's {NumberText.Count(Knobs.MaxInstances)} for one component.";
        return false;
    }

    /// <summary>
    /// True for a scenario finding naming a count past the bound: whether growing the other hops reaches it is no
    /// one-instance step's question, so <see cref="Drift"/> asks <see cref="ReachableFrom"/>.
    /// </summary>
    public static bool NamesCountPastTheBound(Finding finding) => CappedNames(finding).Any();

    /// <summary>
    /// <see cref="Reach"/>'s question asked of a finished design: does doubling every other sized component together
    /// (2× … 64×) leave <paramref name="finding"/> naming no count past the bound? A draft the solver left out of reach
    /// answers no (its pragma says so) at a handful of evaluations, where solving it again takes hundreds.
    /// </summary>
    public static bool ReachableFrom(Problem problem, Architecture architecture, ComponentRegistry registry, Evaluation evaluation, Finding finding)
    {
        var capped = CappedNames(finding).ToHashSet(StringComparer.Ordinal);
        var sized = evaluation.Components.Select((c, i) => (c, i))
            .Where(x => x.c.CapacityPerInstance is not null && !capped.Contains(x.c.Name) && architecture.Components[x.i].Instances is not null)
            .Select(x => x.i).ToHashSet();
        foreach (var factor in Factors(sized.Count))
        {
            var grown = new Architecture(architecture.ProblemId, architecture.Components.Select((c, i) => sized.Contains(i)
                ? c with { Instances = Grown(c.Instances!.Value, factor) }
                : c), architecture.Connections);
            if (!Grader.Grade(problem, grown, registry).Findings.Any(f => Key(f) == Key(finding) && f.Severity == finding.Severity && NamesCountPastTheBound(f)))
            {
                return true;
            }
        }

        return false;
    }

    // The multiples both questions try, 2×, 4×, … 64× (none when nothing else is sized), and a count grown by one of
    // them within SD0015's bound.
    private static IEnumerable<int> Factors(int sizedCount)
    {
        for (var factor = 2; factor <= MaxFactor && sizedCount > 0; factor *= 2)
        {
            yield return factor;
        }
    }

    private static int Grown(long count, int factor) => (int)Math.Min(Knobs.MaxInstances, count * factor);

    // The components a scenario finding names at a count past the bound ("instances:<name>" above 1,000,000).
    private static IEnumerable<string> CappedNames(Finding finding) => finding.RuleId != Rules.ScenarioLatencyMissed.Id
        ? []
        : finding.Properties.Where(p => double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > Knobs.MaxInstances)
            .Select(p => Knobs.Instances.ComponentOfFixProperty(p.Key)).OfType<string>();

    /// <summary>Which finding a note is about: the rule and the scenario's subject (the cold cache, the lost instance's component; none for the peak).</summary>
    public static string Key(Finding finding) => finding.RuleId + "|" + finding.Component;

    // The counts the finding names past the bound ("instances:<name>" above 1,000,000), by component index.
    private static List<(int Index, long Count)> Past(SizingState state, Finding finding) =>
        [.. Sizer.NamedCounts(state, finding).Where(c => c.Count > Knobs.MaxInstances)];
}
