using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Math;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// Says why each count is what it is, from the engine's own figures: the capacity arithmetic (load × headroom ÷
/// capacity per instance), the tier minimum, and for anything above those, what the engine reports one instance lower.
/// </summary>
internal static class CountReasons
{
    public static Solution Explain(Solution solution, SizingState state)
    {
        var evaluation = solution.Evaluation!;
        var parts = new List<SizedPart>();
        for (var i = 0; i < solution.Parts.Count; i++)
        {
            var part = solution.Parts[i];
            var component = evaluation.Components[i];
            var reasons = new List<string>();
            var floor = 1L;
            if (component.RequiredInstances is { } required && component.CapacityPerInstance is { } capacity && component.OfferedRps > 0)
            {
                // The engine's required count meets every constraint at once (issue 9); the headroom quotient is only
                // one of them, so the comment shows its arithmetic and, where another constraint decides, names it.
                var forHeadroom = Headroom.MinimumInstances(component.OfferedRps, capacity.Value, state.Headroom);
                reasons.Add($"{N(component.OfferedRps)} req/s × {N(state.Headroom)} headroom ÷ {N(capacity.Value)} per instance = {forHeadroom.ToString(CultureInfo.InvariantCulture)}");
                if (required > forHeadroom)
                {
                    reasons.Add($"every constraint at once needs {required.ToString(CultureInfo.InvariantCulture)}" + (component.RequiredBecause is { } because ? $" ({because})" : string.Empty));
                }

                floor = Math.Max(floor, required);
            }

            foreach (var (tier, min, requiredType) in TierMinimums(state.Problem, state.Registry, part.Part.Type))
            {
                // A tier minimum counts the instances of every component of the type: with several, this one's share
                // is not the minimum, and the comment says so rather than "needs ≥ 5 → 2".
                var sharing = state.AllOfType(requiredType).Count();
                if (sharing > 1)
                {
                    reasons.Add($"tier {tier} needs ≥ {min.ToString(CultureInfo.InvariantCulture)} {requiredType} in all, across {sharing.ToString(CultureInfo.InvariantCulture)} components");
                }
                else
                {
                    reasons.Add($"tier {tier} needs ≥ {min.ToString(CultureInfo.InvariantCulture)} {part.Part.Type}");
                    floor = Math.Max(floor, min);
                }
            }

            if (part.Instances < floor && part.Instances >= Knobs.MaxInstances)
            {
                reasons.Add($"held at {NumberText.Count(Knobs.MaxInstances)}, the most SD0015 accepts for one component: the rest is the infeasible target the problem records");
            }
            else if (part.Instances > floor)
            {
                reasons.Add(OneLess(state, i, part.Instances));
            }
            else if (part.Instances < floor && solution.OutOfReach.Count > 0)
            {
                // The engine's count serves a scenario's targets that need another component past the bound: paying
                // for this one's share would keep none of them, so the count is what the rest needs.
                reasons.Add("that count is for targets out of reach (the pragma above says why), so it keeps only the rest"
                    + (part.Instances > 1 ? "; " + OneLess(state, i, part.Instances) : string.Empty));
            }
            else if (reasons.Count == 0)
            {
                reasons.Add("one instance carries the load and no requirement asks for more");
            }

            var why = $"{string.Join("; ", reasons)} → {part.Instances.ToString(CultureInfo.InvariantCulture)}";
            var parameterWhy = new List<string>();
            foreach (var stated in part.Part.Stated)
            {
                parameterWhy.Add($"{stated.Key} {N(stated.Value)}: the part of the workload the problem states for this client (its reference solution)");
            }

            if (part.Parameters.TryGetValue(Knobs.Shards.Parameter!, out var shards))
            {
                parameterWhy.Add(ShardReason(state, i, component.WriteRps, (int)shards));
            }

            if (part.Parameters.TryGetValue(ParameterNames.FailoverSeconds, out var failover) && failover == ConsensusFailover.Seconds
                && ConsensusFailover.Applies(state.Problem, state.Registry, part.Part.Type))
            {
                parameterWhy.Add(ConsensusFailover.Reason);
            }

            parts.Add(part with { Why = why, ParameterWhy = parameterWhy });
        }

        return solution with { Parts = parts, Evaluations = state.EvaluationCount };
    }

    private static IEnumerable<(string Tier, int Count, string Type)> TierMinimums(Problem problem, ComponentRegistry registry, string type) =>
        problem.Tiers.SelectMany(t => t.Requirements.OfType<MinimumCountRequirement>()
            .Where(r => registry.Meets(type, r.Type)).Select(r => (t.Id, r.Count, r.Type)));

    // What breaks one instance lower: the finding that makes this count the minimum.
    private static string OneLess(SizingState state, int index, int count)
    {
        state.Counts[index] = count - 1;
        var lower = state.Evaluate();
        state.Counts[index] = count;
        var name = state.Topology.Parts[index].Name;
        var finding = lower.Findings.Where(f => f.Severity >= Severity.Warning && f.RuleId != Rules.TypeOutsidePalette.Id)
            .OrderBy(f => string.Equals(f.Component, name, StringComparison.Ordinal) ? 0 : 1).FirstOrDefault();
        return finding is null
            ? $"{(count - 1).ToString(CultureInfo.InvariantCulture)} also passes the gates but keeps a warning {count.ToString(CultureInfo.InvariantCulture)} cures"
            : $"at {(count - 1).ToString(CultureInfo.InvariantCulture)}: {finding.RuleId} {FirstSentence(finding.Message)}";
    }

    // Why a primary has the shards it has (docs/engine.md, "Sharding"): what each shard's replica copy applies, and what
    // breaks one shard fewer.
    private static string ShardReason(SizingState state, int index, double writes, int shards)
    {
        var parameter = Knobs.Shards.Parameter!;
        var arithmetic = $"{shards.ToString(CultureInfo.InvariantCulture)} shards: {N(writes)} writes/s ÷ {shards.ToString(CultureInfo.InvariantCulture)} = {N(writes / shards)} writes/s for each replica instance to apply";
        state.Parameters[index][parameter] = shards - 1;
        var lower = state.Evaluate();
        state.Parameters[index][parameter] = shards;
        var finding = lower.Findings.Where(f => f.Severity >= Severity.Warning && f.RuleId != Rules.TypeOutsidePalette.Id).FirstOrDefault();
        return finding is null
            ? arithmetic
            : $"{arithmetic}; at {(shards - 1).ToString(CultureInfo.InvariantCulture)}: {finding.RuleId} {FirstSentence(finding.Message)}";
    }

    // Display only: shortens a finding's message for the draft's comment and decides nothing (no count, no move). The
    // finding has no structured one-line summary to take instead; if a rewording moves the cut, only the comment changes.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? message[..end] : message.TrimEnd('.');
        return sentence.Length > 160 ? sentence[..157] + "..." : sentence;
    }

    private static string N(double value) => NumberText.Decimals(value, value >= 100 ? 0 : 2, grouped: true);
}
