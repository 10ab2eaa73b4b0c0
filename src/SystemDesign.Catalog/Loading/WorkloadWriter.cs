using System.Text.Json;

namespace SystemDesign.Catalog.Loading;

/// <summary>Writes the <c>workload</c> object of a problem file, the twin of <see cref="WorkloadReader"/>.</summary>
public static class WorkloadWriter
{
    /// <summary>Writes the whole <c>workload</c> object value; the caller has written the property name, if any.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="workload">The workload.</param>
    public static void Write(Utf8JsonWriter w, Workload workload)
    {
        if (w is null || workload is null)
        {
            throw new System.ArgumentNullException(w is null ? nameof(w) : nameof(workload));
        }

        w.WriteStartObject();
        WriteRequestRate(w, workload);
        Sourced(w, "readRatio", workload.ReadRatio);
        Sourced(w, "peakMultiplier", workload.PeakMultiplier);
        Sourced(w, "burstSeconds", workload.BurstSeconds);
        Sourced(w, "concurrentConnections", workload.ConcurrentConnections);
        w.WriteObjects("latencyTargets", workload.LatencyTargets, (w, t) =>
        {
            ProblemWriter.Number(w, "percentile", t.Percentile);
            ProblemWriter.Number(w, "milliseconds", t.Milliseconds);
            w.WriteString("appliesTo", t.AppliesTo);
            if (t.Clause.Length > 0)
            {
                w.WriteString("clause", t.Clause);
            }

            w.WriteString("source", t.Source);
        });
        Sourced(w, "availabilityTarget", workload.AvailabilityTarget);
        Sourced(w, "monthlyBudget", workload.MonthlyBudget);

        // Only where stated, so the problems that state neither keep their files as they were.
        Sourced(w, "recoveryTimeObjective", workload.RecoveryTimeObjective, onlyStated: true);
        Sourced(w, "recoveryPointObjective", workload.RecoveryPointObjective, onlyStated: true);

        w.WriteObjects("otherObjectives", workload.OtherObjectives, (w, o) =>
        {
            w.WriteString("kind", o.Kind);
            ProblemWriter.Number(w, "value", o.Value);
            w.WriteString("clause", o.Clause);
            w.WriteString("source", o.Source);
        });
        w.WriteStringPairs("unparsed", workload.Unparsed, "field", u => u.Field, "text", u => u.Text);
        w.WriteEndObject();
    }

    private static void WriteRequestRate(Utf8JsonWriter w, Workload workload)
    {
        if (workload.RequestRate is not { } rate)
        {
            w.WriteNull("requestRate");
            return;
        }

        w.WriteStartObject("requestRate");

        // A rate divided by the peak multiplier is written exactly (not cleaned to 15 digits): it is the double the engine grades.
        w.WritePropertyName("value");
        w.WriteRawValue(workload.RequestRateStatedAtPeak is null ? CatalogNumber.Format(rate.Value) : CatalogNumber.Exact(rate.Value));
        w.WriteString("source", rate.Source);
        ProblemWriter.Number(w, "statedAtPeak", workload.RequestRateStatedAtPeak, onlyStated: true);

        if (workload.RequestRateScope is { } scope)
        {
            w.WriteStartObject("scope");
            w.WriteString("name", scope.Name);
            ProblemWriter.Number(w, "perScope", scope.PerScope);
            if (scope.Count is { } count)
            {
                ProblemWriter.Number(w, "count", count);
                w.WriteString("countSource", scope.CountSource);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    // A null is written as null, or with onlyStated not at all (ProblemWriter.Number's rule).
    private static void Sourced(Utf8JsonWriter w, string name, Sourced? value, bool onlyStated = false)
    {
        if (value is null)
        {
            if (!onlyStated)
            {
                w.WriteNull(name);
            }

            return;
        }

        w.WriteStartObject(name);
        ProblemWriter.Number(w, "value", value.Value);
        w.WriteString("source", value.Source);
        w.WriteEndObject();
    }
}
