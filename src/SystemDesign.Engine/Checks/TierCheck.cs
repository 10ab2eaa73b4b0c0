using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The four tier requirement forms with exactly the catalog's meaning (docs/catalog.md): a type is present;
/// instances of a type add up to a minimum; a component of a type has an outgoing edge; a parameter is in range.
/// Aliases keep their identity (<see cref="ComponentRegistry.Meets"/>): a requirement naming <c>client</c> is met by a
/// redirect_client, one naming <c>create_client</c> by a create_client or a client, never by a redirect_client.
/// </summary>
internal static class TierCheck
{
    public static IReadOnlyList<TierResult> Run(EvaluationContext context)
    {
        var results = new List<TierResult>(context.Problem.Tiers.Count);
        var types = new DesignTypes(context.Nodes);
        foreach (var tier in context.Problem.Tiers)
        {
            var requirements = tier.Requirements.Select(r => Check(context, tier, r, types.Matching(context.Registry, r.Type))).ToArray();
            results.Add(new TierResult(tier.Id, tier.Title, requirements));
        }

        return results;
    }

    private static RequirementResult Check(EvaluationContext context, Tier tier, Requirement requirement, ResolvedComponent[] matching)
    {
        var where = $"{tier.Id} {tier.Title}: ";
        switch (requirement)
        {
            case MustIncludeRequirement:
                if (matching.Length > 0)
                {
                    return new RequirementResult(requirement, true, Names(matching));
                }

                context.Add(Rules.MissingComponentType, null, FindingTarget.Tier(tier.Id),
                    $"{where}the design needs a component of type '{requirement.Type}' and has none. Add one, e.g. {Suggest(requirement.Type)}, and connect it.",
                    (FindingKeys.Type, requirement.Type), (FindingKeys.Tier, tier.Id));
                return new RequirementResult(requirement, false, "none");

            case MinimumCountRequirement min:
                var total = matching.Sum(n => (long)n.InstanceCount);
                var detail = matching.Length == 0 ? "none" : $"{Count(total)} ({Listed(matching, " + ", n => $"{n.Name} × {Count(n.InstanceCount)}", "{0} more")})";
                if (total >= min.Count)
                {
                    return new RequirementResult(requirement, true, detail);
                }

                if (matching.Length == 0)
                {
                    context.Add(Rules.TooFewInstances, null, FindingTarget.Tier(tier.Id),
                        $"{where}the design needs at least {N(min.Count)} instances of type '{min.Type}' and has none. Add one with .{Knobs.Instances.Method}({Count(min.Count)}).",
                        (FindingKeys.Type, min.Type), (FindingKeys.Tier, tier.Id), Proposed(Knobs.Instances, min.Count));
                }
                else
                {
                    // Raise the largest component: the fix touches one call.
                    var target = matching.OrderByDescending(n => n.InstanceCount).First();
                    var needed = min.Count - (total - target.InstanceCount);
                    context.Requirements.Require(target.Index, (long)needed, $"tier {tier.Id}: at least {N(min.Count)} '{min.Type}' instances");
                    context.Add(Rules.TooFewInstances, target.Name,
                        $"{where}at least {N(min.Count)} instances of type '{min.Type}' are required; the design has {detail}. Set {target.Name} to .{Knobs.Instances.Method}({Count(needed)}).",
                        (FindingKeys.Type, min.Type), (FindingKeys.Tier, tier.Id), Proposed(Knobs.Instances, needed));
                }

                return new RequirementResult(requirement, false, detail);

            case ConnectionFromRequirement:
                var names = new HashSet<string>(matching.Select(n => n.Name), StringComparer.Ordinal);
                var edge = context.Architecture.Connections.FirstOrDefault(c =>
                    c.From is not null && names.Contains(c.From) && c.To is not null && context.Architecture.Find(c.To) is not null
                    && !string.Equals(c.From, c.To, StringComparison.Ordinal));
                if (edge is not null)
                {
                    return new RequirementResult(requirement, true, $"{edge.From} → {edge.To}");
                }

                context.Add(Rules.MissingConnection, matching.FirstOrDefault()?.Name, matching.Length == 0 ? FindingTarget.Tier(tier.Id) : null,
                    matching.Length == 0
                        ? $"{where}a component of type '{requirement.Type}' must have an outgoing connection, and the design has no '{requirement.Type}'. Add one and connect it to what it calls."
                        : $"{where}{matching[0].Name} ({requirement.Type}) must have an outgoing connection and has none. Connect it to what it calls, e.g. {matching[0].Name}.Calls(...).",
                    (FindingKeys.Type, requirement.Type), (FindingKeys.Tier, tier.Id));
                return new RequirementResult(requirement, false, matching.Length == 0 ? "none" : "no outgoing edge");

            case ParameterRangeRequirement range:
                return CheckRange(context, where, tier, range, matching);

            default:
                return new RequirementResult(requirement, false, "unknown requirement form");
        }
    }

    private static RequirementResult CheckRange(EvaluationContext context, string where, Tier tier, ParameterRangeRequirement range, ResolvedComponent[] matching)
    {
        var bounds = (range.Min, range.Max) switch
        {
            ({ } lo, { } hi) => $"in [{N(lo)}, {N(hi)}]",
            ({ } lo, null) => $"≥ {N(lo)}",
            (null, { } hi) => $"≤ {N(hi)}",
            _ => "set",
        };
        if (matching.Length == 0)
        {
            context.Add(Rules.ParameterOutOfRange, null, FindingTarget.Tier(tier.Id),
                $"{where}{range.Type}.{range.Parameter} must be {bounds}, and the design has no '{range.Type}'. Add one and set it.",
                (FindingKeys.Type, range.Type), FindingProperty.Parameter(range.Parameter), (FindingKeys.Tier, tier.Id), (FindingKeys.Value, NumberText.Raw(range.Min ?? range.Max ?? 0)));
            return new RequirementResult(range, false, "none");
        }

        var passed = true;
        foreach (var node in matching)
        {
            var value = ValueOf(node, range.Parameter);
            var ok = value is not null && (range.Min is not { } lo || value.Value >= lo) && (range.Max is not { } hi || value.Value <= hi);
            if (ok)
            {
                continue;
            }

            passed = false;
            var fix = range.Min is { } min ? min : range.Max!.Value;
            context.Add(Rules.ParameterOutOfRange, node.Name,
                $"{where}{node.Name}.{range.Parameter} must be {bounds} ({range.Source ?? "catalog"}); it is {(value is null ? "not set" : N(value.Value) + " (" + value.Source + ")")}. Set it to {N(fix)}.",
                (FindingKeys.Type, range.Type), FindingProperty.Parameter(range.Parameter), (FindingKeys.Tier, tier.Id), (FindingKeys.Value, NumberText.Raw(fix)));
        }

        return new RequirementResult(range, passed, Listed(matching, "; ", n => $"{n.Name}: {(ValueOf(n, range.Parameter) is { } v ? v.ToString() : "not set")}", "and {0} more"));
    }

    private static Figure? ValueOf(ResolvedComponent node, string parameter) => parameter switch
    {
        ParameterNames.HitRate => node.HitRate,
        ParameterNames.Partitions => node.Partitions,
        _ => node.Component.Parameters.TryGetValue(parameter, out var v) ? Figure.Designed(v) : null,
    };

    /// <summary>
    /// The design's components by type name: whether a type counts as a requirement's (aliases included) is
    /// asked once per distinct name, not once per component and requirement.
    /// </summary>
    private sealed class DesignTypes
    {
        private readonly ResolvedComponent[] nodes;
        private readonly List<string> names = [];
        private readonly int[] nameOf;

        public DesignTypes(ResolvedComponent[] nodes)
        {
            this.nodes = nodes;
            nameOf = new int[nodes.Length];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (!index.TryGetValue(node.Component.Type, out var at))
                {
                    index[node.Component.Type] = at = names.Count;
                    names.Add(node.Component.Type);
                }

                nameOf[node.Index] = at;
            }
        }

        /// <summary>The components that count as <paramref name="type"/>, in design order.</summary>
        public ResolvedComponent[] Matching(ComponentRegistry registry, string type)
        {
            var same = new bool[names.Count];
            for (var i = 0; i < same.Length; i++)
            {
                same[i] = registry.Meets(names[i], type);
            }

            var matching = new List<ResolvedComponent>();
            foreach (var node in nodes)
            {
                if (same[nameOf[node.Index]])
                {
                    matching.Add(node);
                }
            }

            return [.. matching];
        }
    }

    private static string Names(ResolvedComponent[] nodes) => Listed(nodes, ", ", n => n.Name, "and {0} more");

    /// <summary>The most components a detail names; past it, the first ones and how many more.</summary>
    internal const int MaxListed = 50;

    // A requirement met by thousands of components (a design of repeated cells) names the first MaxListed: a
    // detail of 3,000 names is unreadable in a report, and was most of this check's time and memory.
    private static string Listed(ResolvedComponent[] nodes, string separator, Func<ResolvedComponent, string> entry, string more)
    {
        var shown = System.Math.Min(nodes.Length, MaxListed);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < shown; i++)
        {
            text.Append(i == 0 ? string.Empty : separator).Append(entry(nodes[i]));
        }

        if (nodes.Length > shown)
        {
            text.Append(separator).Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, more, Count(nodes.Length - shown)));
        }

        return text.ToString();
    }

    private static string Suggest(string type) =>
        ComponentTypes.PlacementOf(type) is { } placed ? $"a.{placed.Method}(\"{placed.Name}\")" : $"a.Component(\"{type}\", \"{type}\")";
}
