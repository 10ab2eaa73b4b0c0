using System.Collections.Generic;

namespace SystemDesign.Importer;

/// <summary>A workload figure and the constant or requirement text it was read from.</summary>
public sealed record WorkloadValue(double Value, string Source);

/// <summary>
/// The target request rate in requests per second. <see cref="Peak"/> is true when the text states
/// the figure at peak ("1M rides per hour peak", "1.2M orders/sec during Prime Day"), not at normal load;
/// <see cref="WorkloadNormalizer"/> then divides it by the peak multiplier and keeps the stated figure in
/// <see cref="StatedAtPeak"/>.
/// </summary>
public sealed record WorkloadRate(double Value, string Source, bool Peak)
{
    /// <summary>The figure as stated at peak, before the division; null until normalised.</summary>
    public double? StatedAtPeak { get; init; }

    /// <summary>The region, data centre, tenant or volume the stated figure is for; null for the whole system.</summary>
    public WorkloadRateScope? Scope { get; init; }
}

/// <summary>
/// A latency bound. <see cref="Percentile"/> is 50, 95, 99 or 99.9; null when the text gives a bound
/// without a percentile ("Flag check &lt; 5ms").
/// </summary>
/// <param name="Percentile">The percentile, or null.</param>
/// <param name="Milliseconds">The bound.</param>
/// <param name="Source">The NFR line.</param>
/// <param name="AppliesTo">The requests it applies to, one of <see cref="SystemDesign.Catalog.LatencyClasses"/>.</param>
/// <param name="Clause">The words of the line that decided <paramref name="AppliesTo"/> ("for creates", "cache hit").</param>
public sealed record WorkloadLatencyTarget(double? Percentile, double Milliseconds, string Source, string AppliesTo = SystemDesign.Catalog.LatencyClasses.All, string Clause = "");

/// <summary>
/// A stated objective that is not a request target the engine grades: "99.9% GPU utilization", "99.99999% coverage",
/// "99.999% for top 1000 titles" (an availability of a subset). Shown as stated.
/// </summary>
public sealed record WorkloadObjective(string Kind, double Value, string Clause, string Source);

/// <summary>A requirement or constant relevant to <see cref="Field"/> that could not be read as a number.</summary>
public sealed record WorkloadUnparsed(string Field, string Text);

/// <summary>A problem's workload, normalized at import (see docs/workload.md).</summary>
public sealed record WorkloadData
{
    /// <summary>Target requests per second.</summary>
    public WorkloadRate? RequestRate { get; init; }

    /// <summary>Fraction of requests that are reads, 0..1.</summary>
    public WorkloadValue? ReadRatio { get; init; }

    /// <summary>Peak load divided by normal load.</summary>
    public WorkloadValue? PeakMultiplier { get; init; }

    /// <summary>How long a peak burst lasts, in seconds (the default with its reason where the problem is silent).</summary>
    public WorkloadValue? BurstSeconds { get; init; }

    /// <summary>Concurrent connections, streams, sessions or users held open.</summary>
    public WorkloadValue? ConcurrentConnections { get; init; }

    /// <summary>Every latency bound in the order stated, each with the requests it applies to.</summary>
    public IReadOnlyList<WorkloadLatencyTarget> LatencyTargets { get; init; } = [];

    /// <summary>Availability as a fraction (99.99% → 0.9999).</summary>
    public WorkloadValue? AvailabilityTarget { get; init; }

    /// <summary>Budget in USD per month.</summary>
    public WorkloadValue? MonthlyBudget { get; init; }

    /// <summary>Recovery time objective in seconds (RTO: how long an outage may last); written only when stated.</summary>
    public WorkloadValue? RecoveryTimeObjective { get; init; }

    /// <summary>Recovery point objective in seconds (RPO: how much recent data a failure may lose); written only when stated.</summary>
    public WorkloadValue? RecoveryPointObjective { get; init; }

    /// <summary>Objectives stated as figures that are not graded as request targets.</summary>
    public IReadOnlyList<WorkloadObjective> OtherObjectives { get; init; } = [];

    /// <summary>Relevant text that was not turned into a number; never guessed.</summary>
    public IReadOnlyList<WorkloadUnparsed> Unparsed { get; init; } = [];
}
