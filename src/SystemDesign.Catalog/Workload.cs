using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>
/// The demand a problem puts on a design, normalised at import. Every figure says which NFR line or
/// constant it came from; what the importer could not read is kept in <see cref="Unparsed"/>.
/// </summary>
public sealed record Workload
{
    /// <summary>
    /// Target request rate in requests per second: the rate the engine grades. A rate the export states at peak
    /// is already divided by <see cref="PeakMultiplier"/> here (see <see cref="RequestRateStatedAtPeak"/>).
    /// </summary>
    public Sourced? RequestRate { get; init; }

    /// <summary>
    /// The figure as the export states it when it states it at peak ("1.2M orders/sec during Prime Day"), before the
    /// importer divided it by the peak multiplier; null when the rate is stated at normal load.
    /// </summary>
    public double? RequestRateStatedAtPeak { get; init; }

    /// <summary>
    /// The region, data centre, tenant or volume the export states the rate for ("10k requests/sec per region"); null
    /// for a rate of the whole system. With a <see cref="RateScope.Count"/>, <see cref="RequestRate"/> is already the
    /// total; without one it is the figure of one scope.
    /// </summary>
    public RateScope? RequestRateScope { get; init; }

    /// <summary>Fraction of requests that are reads (0..1); writes are the rest.</summary>
    public Sourced? ReadRatio { get; init; }

    /// <summary>Peak rate as a multiple of the target rate.</summary>
    public Sourced? PeakMultiplier { get; init; }

    /// <summary>
    /// How long a peak burst lasts, in seconds: the stated length ("2× bursts for five minutes", <c>burst_seconds</c>),
    /// or <see cref="WorkloadDefaults.BurstSeconds"/> with its reason where the problem is silent (docs/workload.md,
    /// "Burst length"). The backlog a burst leaves in a queue or stream is the rate above the consumers × this.
    /// </summary>
    public Sourced? BurstSeconds { get; init; }

    /// <summary>Concurrent connections the design must hold.</summary>
    public Sourced? ConcurrentConnections { get; init; }

    /// <summary>Latency targets by percentile.</summary>
    public IReadOnlyList<LatencyTarget> LatencyTargets { get; init; } = [];

    /// <summary>Availability target as a fraction, e.g. 0.999.</summary>
    public Sourced? AvailabilityTarget { get; init; }

    /// <summary>Monthly budget in USD.</summary>
    public Sourced? MonthlyBudget { get; init; }

    /// <summary>
    /// Recovery time objective in seconds (RTO: how long an outage may last): each database's failover time is graded
    /// against it (SD7015). From <c>rto_seconds</c> or a line such as "RTO &lt; 1hr"; null when not stated.
    /// </summary>
    public Sourced? RecoveryTimeObjective { get; init; }

    /// <summary>
    /// Recovery point objective in seconds (RPO: how much recent data a failure may lose): a replica's lag is graded
    /// against it as a replication lag bound (SD6005), and a written database with no replica misses it (SD7015).
    /// </summary>
    public Sourced? RecoveryPointObjective { get; init; }

    /// <summary>
    /// Objectives stated as figures that the engine does not grade as a request target: "99.9% GPU utilization",
    /// "99.99999% coverage", the subset in "99.999% for top titles, 99.99% overall". Shown as stated.
    /// </summary>
    public IReadOnlyList<ServiceObjective> OtherObjectives { get; init; } = [];

    /// <summary>NFR text the importer could not turn into a number, by field.</summary>
    public IReadOnlyList<UnparsedText> Unparsed { get; init; } = [];
}

/// <summary>The scope of a stated rate: "10k requests/sec per region" with <c>regions: 2</c>.</summary>
/// <param name="Name">"region", "data centre", "tenant" or "volume".</param>
/// <param name="PerScope">The rate of one scope, as stated.</param>
/// <param name="Count">How many the problem states, or null when it states no count.</param>
/// <param name="CountSource">The constant the count came from.</param>
public sealed record RateScope(string Name, double PerScope, double? Count, string? CountSource);

/// <summary>A number with the text or constant it was taken from.</summary>
public sealed record Sourced(double Value, string Source);

/// <summary>A latency target: the given percentile of response time must be under <paramref name="Milliseconds"/>.</summary>
/// <param name="Percentile">The percentile, e.g. 99 or 99.9; null when the NFR names none ("Flag check &lt; 5ms").</param>
/// <param name="Milliseconds">The bound in milliseconds.</param>
/// <param name="Source">The NFR text it came from.</param>
/// <param name="AppliesTo">
/// The requests it applies to, one of <see cref="LatencyClasses"/>; the engine grades <c>all</c>, <c>reads</c> and
/// <c>writes</c> bounds against those requests and shows the others as stated.
/// </param>
/// <param name="Clause">The words of the line that decided <paramref name="AppliesTo"/> ("for creates"), or empty.</param>
public sealed record LatencyTarget(double? Percentile, double Milliseconds, string Source, string AppliesTo = LatencyClasses.All, string Clause = "");

/// <summary>An objective stated as a figure that is not graded as a request target.</summary>
/// <param name="Kind">What it measures: "utilization", "coverage", "delivery rate", "availability of a subset"...</param>
/// <param name="Value">The figure, a fraction for a percentage (99.9% → 0.999).</param>
/// <param name="Clause">The words that say what it is about ("for top 1000 titles").</param>
/// <param name="Source">The NFR text it came from.</param>
public sealed record ServiceObjective(string Kind, double Value, string Clause, string Source);

/// <summary>Text of a workload field that could not be parsed.</summary>
public sealed record UnparsedText(string Field, string Text);
