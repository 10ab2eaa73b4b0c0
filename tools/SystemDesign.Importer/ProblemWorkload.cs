using System;
using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// A problem's workload as imported (parsed and normalised, in the catalog's <see cref="Workload"/>) and as graded
/// (after the request-rate decision of catalog/overrides.json, if any). One place, so the parser, the override check
/// and the file agree.
/// </summary>
public static class ProblemWorkload
{
    /// <summary>The workload the text and constants give, before any decision.</summary>
    public static Workload Imported(string problemId, IReadOnlyList<NonFunctionalRequirement> nfrs, IReadOnlyList<Constant> constants, IReadOnlyList<string> functionalRequirements) =>
        WorkloadNormalizer.Normalize(WorkloadParser.Parse(problemId, nfrs, constants, functionalRequirements), constants);

    /// <summary>The workload <paramref name="problem"/>'s own text and constants give, whatever was decided since.</summary>
    public static Workload Imported(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Imported(problem.Id, problem.NonFunctionalRequirements, problem.Constants, problem.FunctionalRequirements);
    }

    /// <summary>
    /// <paramref name="problem"/> graded at <paramref name="graded"/> req/s instead of its imported rate; unchanged when
    /// the decision keeps that rate (a decision that changes no grade input is recorded only as a correction).
    /// </summary>
    public static Problem WithDecidedRate(Problem problem, double graded)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Workload.RequestRate is not { } rate || graded.Equals(rate.Value))
        {
            return problem;
        }

        // A replaced rate is a whole-system figure: the stated peak and scope belonged to the imported one and stay in its source.
        return problem with
        {
            Workload = problem.Workload with { RequestRate = Decided(graded, rate), RequestRateStatedAtPeak = null, RequestRateScope = null },
        };
    }

    /// <summary>
    /// <paramref name="problem"/> graded at the read share <paramref name="graded"/>. The source always says the share was
    /// decided, even when the decision keeps the imported one: a default that was reviewed is no longer a default.
    /// </summary>
    public static Problem WithDecidedReadRatio(Problem problem, double graded)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var ratio = problem.Workload.ReadRatio ?? throw new ArgumentException("the problem has no read share", nameof(problem));
        return problem with { Workload = problem.Workload with { ReadRatio = Decided(graded, ratio) } };
    }

    // A figure an override decides, its source naming the imported figure it replaces.
    private static Sourced Decided(double graded, Sourced imported) =>
        new(graded, string.Create(CultureInfo.InvariantCulture, $"decided in catalog/overrides.json (imported {CatalogNumber.Format(imported.Value)} from {imported.Source})"));
}
