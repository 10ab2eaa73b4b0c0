using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// The export gives no bounds for "Parameter range check: comp.param". This fills them in, in order of
/// preference: the problem's own constant (cache_hit_target, cdn_hit_target, partition_count) as the
/// lower bound; otherwise a documented default. Bounds that only the problem's prose gives are set by
/// catalog/overrides.json (setRange), which runs afterwards and wins. Hit rates get max 1.0.
/// </summary>
public static class RangeBounds
{
    /// <summary>One rule per parameter the export checks; docs/catalog.md lists the same table.</summary>
    public static readonly IReadOnlyList<RangeRule> Rules =
    [
        new("cache", "hit_rate", "cache_hit_target", 0.8, "default: no hit-rate target in the problem; 0.8 is the least hit rate that makes a cache worth its cost", 1.0, "max 1.0: a hit rate is a fraction"),
        new("cdn", "hit_rate", "cdn_hit_target", 0.8, "default: no hit-rate target in the problem; 0.8 is the least hit rate that makes a CDN worth its cost", 1.0, "max 1.0: a hit rate is a fraction"),
        new("stream", "partitions", "partition_count", 1, "default: no partition count in the problem; a stream has at least one partition", null, null),
    ];

    /// <summary><paramref name="problem"/> with min/max/source set on every parameterRange requirement.</summary>
    /// <param name="problem">A problem as parsed.</param>
    /// <param name="headingLine">The line of its heading in the export, for the message when a check has no rule.</param>
    public static Problem Apply(Problem problem, int headingLine = 0)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem with { Tiers = problem.Tiers.Select(t => t with { Requirements = t.Requirements.Select(r => r is ParameterRangeRequirement range ? Bound(problem, headingLine, t, range) : r).ToList() }).ToList() };
    }

    private static ParameterRangeRequirement Bound(Problem problem, int headingLine, Tier tier, ParameterRangeRequirement requirement)
    {
        var rule = Rules.FirstOrDefault(r =>
            string.Equals(r.Type, requirement.Type, StringComparison.Ordinal) &&
            string.Equals(r.Parameter, requirement.Parameter, StringComparison.Ordinal))
            ?? throw ImportException.AtLine(ProblemLabel.Of(problem), headingLine, $"tier {tier.Id}: no bound rule for '{requirement.Type}.{requirement.Parameter}'; expected one of {string.Join(", ", Rules.Select(r => r.Type + "." + r.Parameter))} (add a rule in RangeBounds and docs/catalog.md)");

        var (min, source) = problem.NumberConstant(rule.ConstantKey) is { } value
            ? (value, "constant " + rule.ConstantKey)
            : (rule.DefaultMin, rule.DefaultSource);
        return requirement with { Min = min, Max = rule.Max, Source = rule.MaxSource is null ? source : source + "; " + rule.MaxSource };
    }
}

/// <param name="Type">Component type of the check.</param>
/// <param name="Parameter">Parameter of the check.</param>
/// <param name="ConstantKey">The constant whose value is the lower bound when present.</param>
/// <param name="DefaultMin">Lower bound when neither the constant nor an override gives one.</param>
/// <param name="DefaultSource">The "source" text recorded with the default.</param>
/// <param name="Max">Upper bound (1.0 for fractions), or null.</param>
/// <param name="MaxSource">Why the upper bound holds, appended to the source.</param>
public sealed record RangeRule(string Type, string Parameter, string ConstantKey, double DefaultMin, string DefaultSource, double? Max, string? MaxSource);
