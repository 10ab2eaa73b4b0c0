using System.Collections.Generic;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

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
    public RateScope? Scope { get; init; }
}

/// <summary>
/// A problem's workload as the parser reads it and the normalizer settles it (see docs/workload.md), in the catalog's
/// figure types; <see cref="ProblemWorkload.ToCatalog"/> gives the <see cref="Workload"/> the file holds. Kept apart
/// from <see cref="Workload"/> for the one thing only the import knows: whether the stated rate was a peak.
/// </summary>
public sealed record WorkloadData
{
    /// <summary>Target requests per second.</summary>
    public WorkloadRate? RequestRate { get; init; }

    /// <summary>Fraction of requests that are reads, 0..1.</summary>
    public Sourced? ReadRatio { get; init; }

    /// <summary>Peak load divided by normal load.</summary>
    public Sourced? PeakMultiplier { get; init; }

    /// <summary>How long a peak burst lasts, in seconds (the default with its reason where the problem is silent).</summary>
    public Sourced? BurstSeconds { get; init; }

    /// <summary>Concurrent connections, streams, sessions or users held open.</summary>
    public Sourced? ConcurrentConnections { get; init; }

    /// <summary>Every latency bound in the order stated, each with the requests it applies to.</summary>
    public IReadOnlyList<LatencyTarget> LatencyTargets { get; init; } = [];

    /// <summary>Availability as a fraction (99.99% → 0.9999).</summary>
    public Sourced? AvailabilityTarget { get; init; }

    /// <summary>Budget in USD per month.</summary>
    public Sourced? MonthlyBudget { get; init; }

    /// <summary>Recovery time objective in seconds (RTO: how long an outage may last); written only when stated.</summary>
    public Sourced? RecoveryTimeObjective { get; init; }

    /// <summary>Recovery point objective in seconds (RPO: how much recent data a failure may lose); written only when stated.</summary>
    public Sourced? RecoveryPointObjective { get; init; }

    /// <summary>Objectives stated as figures that are not graded as request targets.</summary>
    public IReadOnlyList<ServiceObjective> OtherObjectives { get; init; } = [];

    /// <summary>Relevant text that was not turned into a number; never guessed.</summary>
    public IReadOnlyList<UnparsedText> Unparsed { get; init; } = [];
}
