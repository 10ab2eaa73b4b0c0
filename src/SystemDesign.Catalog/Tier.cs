using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>A checkpoint of a problem: a titled set of requirements that a design passes or fails.</summary>
public sealed record Tier(string Id, string Title, IReadOnlyList<Requirement> Requirements);

/// <summary>The four requirement forms of the catalog.</summary>
public enum RequirementKind
{
    /// <summary>"Must include: T": the design has a component of type T.</summary>
    MustInclude,

    /// <summary>"Minimum N of type: T": components of type T have at least N instances in total.</summary>
    MinimumCount,

    /// <summary>"Must have connection from: T": a component of type T has an outgoing edge.</summary>
    ConnectionFrom,

    /// <summary>"Parameter range check: T.p": parameter p of every component of type T lies in [Min, Max].</summary>
    ParameterRange,
}

/// <summary>One requirement of a tier.</summary>
/// <param name="Kind">Which of the four forms.</param>
/// <param name="Type">The component type the requirement is about.</param>
public abstract record Requirement(RequirementKind Kind, string Type)
{
    /// <summary>The requirement in the catalog's own words, e.g. "Minimum 7 of type: app".</summary>
    public abstract string Describe();
}

/// <summary>The design includes a component of <see cref="Requirement.Type"/>.</summary>
public sealed record MustIncludeRequirement(string Type) : Requirement(RequirementKind.MustInclude, Type)
{
    /// <inheritdoc />
    public override string Describe() => "Must include: " + Type;
}

/// <summary>Components of <see cref="Requirement.Type"/> have at least <paramref name="Count"/> instances in total.</summary>
/// <param name="Type">The component type.</param>
/// <param name="Count">The minimum number of instances.</param>
public sealed record MinimumCountRequirement(string Type, int Count) : Requirement(RequirementKind.MinimumCount, Type)
{
    /// <inheritdoc />
    public override string Describe() => "Minimum " + Loading.CatalogNumber.Count(Count) + " of type: " + Type;
}

/// <summary>A component of <see cref="Requirement.Type"/> has an outgoing connection (the catalog never names the target).</summary>
public sealed record ConnectionFromRequirement(string Type) : Requirement(RequirementKind.ConnectionFrom, Type)
{
    /// <inheritdoc />
    public override string Describe() => "Must have connection from: " + Type;
}

/// <summary>A parameter of components of <see cref="Requirement.Type"/> lies in a range.</summary>
/// <param name="Type">The component type.</param>
/// <param name="Parameter">The parameter, e.g. <c>hit_rate</c> or <c>partitions</c>.</param>
/// <param name="Min">The inclusive lower bound, or null.</param>
/// <param name="Max">The inclusive upper bound, or null.</param>
/// <param name="Source">Where the bounds come from (a constant, a curated sentence, or a documented default).</param>
public sealed record ParameterRangeRequirement(string Type, string Parameter, double? Min, double? Max, string? Source)
    : Requirement(RequirementKind.ParameterRange, Type)
{
    /// <inheritdoc />
    public override string Describe()
    {
        var range = (Min, Max) switch
        {
            ({ } lo, { } hi) => " in [" + Format(lo) + ", " + Format(hi) + "]",
            ({ } lo, null) => " ≥ " + Format(lo),
            (null, { } hi) => " ≤ " + Format(hi),
            _ => string.Empty,
        };
        return "Parameter range check: " + Type + "." + Parameter + range;
    }

    private static string Format(double value) => Loading.CatalogNumber.Decimals(value, 6, grouped: false);
}
