using System;
using System.Globalization;

namespace SystemDesign.Importer;

/// <summary>
/// A problem's workload as imported (parsed and normalised) and as graded (after the request-rate decision of
/// catalog/overrides.json, if any). One place, so the override check and the catalog writer agree.
/// </summary>
public static class ProblemWorkload
{
    /// <summary>The workload the text and constants give, before any decision.</summary>
    public static WorkloadData Imported(ProblemData problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return WorkloadNormalizer.Normalize(
            WorkloadParser.Parse(problem.Id, problem.NonFunctionalRequirements, problem.Constants, problem.FunctionalRequirements),
            problem.Constants);
    }

    /// <summary>The workload the engine grades: <see cref="Imported"/> with the decided request rate.</summary>
    public static WorkloadData Graded(ProblemData problem)
    {
        var imported = Imported(problem);
        if (problem.RequestRateDecision is not { } decision || imported.RequestRate is not { } rate || decision.Graded.Equals(rate.Value))
        {
            // A decision that keeps the imported rate changes no grade input; the correction entry records it.
            return imported;
        }

        // A replaced rate is a whole-system figure: the stated peak and scope belonged to the imported one and stay in its source.
        var source = string.Create(CultureInfo.InvariantCulture, $"decided in catalog/overrides.json (imported {WorkloadNumbers.Format(rate.Value)} from {rate.Source})");
        return imported with { RequestRate = new WorkloadRate(decision.Graded, source, Peak: false) };
    }
}
