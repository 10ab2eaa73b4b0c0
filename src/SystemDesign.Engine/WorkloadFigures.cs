using System;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Engine;

/// <summary>
/// The problem's workload figures are the caller's input, like <see cref="EngineOptions"/>: the catalog's pass the
/// importer's checks, and a hand-made <see cref="Problem"/> with a figure that is not a number, or out of its
/// range, is refused with the field and the range rather than graded on garbage. (A rate ≤ 0 keeps its documented
/// meaning: no rate stated; a peak below 1 means no peak.) Where a figure has one meaningful range (an availability,
/// a percentile) it is the loader's <see cref="ValueRange"/>, so both refuse the same values; elsewhere the engine
/// accepts more than the loader does (any finite latency or budget), never less: what the loader accepts is graded.
/// </summary>
internal static class WorkloadFigures
{
    public static void Validate(Problem problem)
    {
        var w = problem.Workload;
        Finite(w.RequestRate, nameof(Workload.RequestRate));
        Finite(w.PeakMultiplier, nameof(Workload.PeakMultiplier));
        if (w.BurstSeconds is { } burst && !(burst.Value > 0 && !double.IsInfinity(burst.Value)))
        {
            throw Invalid(problem, nameof(Workload.BurstSeconds), burst.Value, "a finite number of seconds > 0 (300 = a five-minute burst), or null for the default");
        }

        Finite(w.ReadRatio, nameof(Workload.ReadRatio));
        Finite(w.ConcurrentConnections, nameof(Workload.ConcurrentConnections));
        if (w.MonthlyBudget is { } budget && !(budget.Value >= 0 && !double.IsInfinity(budget.Value)))
        {
            throw Invalid(problem, nameof(Workload.MonthlyBudget), budget.Value, "a finite number of US dollars ≥ 0");
        }

        if (w.AvailabilityTarget is { } availability && !ValueRange.Availability.Contains(availability.Value))
        {
            throw Invalid(problem, nameof(Workload.AvailabilityTarget), availability.Value, ValueRange.Availability.Expected + ", e.g. 0.999 for three nines");
        }

        for (var i = 0; i < w.LatencyTargets.Count; i++)
        {
            var target = w.LatencyTargets[i];
            var field = nameof(Workload.LatencyTargets) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (!(target.Milliseconds > 0 && !double.IsInfinity(target.Milliseconds)))
            {
                throw Invalid(problem, field + ".Milliseconds", target.Milliseconds, "a finite number of milliseconds > 0");
            }

            if (!LatencyClasses.Known.Contains(target.AppliesTo))
            {
                throw new ArgumentOutOfRangeException(nameof(problem), target.AppliesTo, string.Format(
                    CultureInfo.InvariantCulture,
                    "Problem '{0}': Workload.{1}.AppliesTo is '{2}'; it must be one of {3} (SystemDesign.Catalog.LatencyClasses).",
                    problem.Id,
                    field,
                    target.AppliesTo,
                    string.Join(", ", LatencyClasses.Known)));
            }

            if (target.Percentile is { } p && !ValueRange.Percentile.Contains(p))
            {
                throw Invalid(problem, field + ".Percentile", p, ValueRange.Percentile.Expected + ", e.g. 99, or null for the median");
            }
        }

        void Finite(Sourced? figure, string field)
        {
            if (figure is { } f && (double.IsNaN(f.Value) || double.IsInfinity(f.Value)))
            {
                throw Invalid(problem, field, f.Value, "a finite number");
            }
        }
    }

    private static ArgumentOutOfRangeException Invalid(Problem problem, string field, double value, string range) =>
        new(nameof(problem), value, string.Format(
            CultureInfo.InvariantCulture,
            "Problem '{0}': Workload.{1} is {2}; it must be {3}.",
            problem.Id,
            field,
            NumberText.Literal(value),
            range));
}
