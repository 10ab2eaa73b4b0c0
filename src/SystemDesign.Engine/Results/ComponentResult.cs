using SystemDesign.Model;

namespace SystemDesign.Engine.Results;

/// <summary>Everything the engine worked out for one component of the design.</summary>
public sealed record ComponentResult
{
    /// <summary>The component's name in the design.</summary>
    public required string Name { get; init; }

    /// <summary>The type as written in the design.</summary>
    public required string Type { get; init; }

    /// <summary>The behaviour kind the type maps to (compute, cache, db_primary...).</summary>
    public required string Kind { get; init; }

    /// <summary>False for observability and other components requests never wait on.</summary>
    public required bool OnRequestPath { get; init; }

    /// <summary>Instances deployed.</summary>
    public required Figure Instances { get; init; }

    /// <summary>Requests per second one instance serves; null where capacity does not apply (clients, off-path components).</summary>
    public Figure? CapacityPerInstance { get; init; }

    /// <summary>Mean service time of one request in milliseconds; null where it does not apply.</summary>
    public Figure? ServiceTimeMs { get; init; }

    /// <summary>
    /// c, the servers (threads, cores) per instance the queue runs: max(1, round(capacity × service time)); null where
    /// no queue is modelled. docs/engine.md, section 4.
    /// </summary>
    public int? ServersPerInstance { get; init; }

    /// <summary>
    /// The service time the queue really uses, c ÷ capacity per instance, in ms: <see cref="ServiceTimeMs"/> rounded so
    /// that c servers give exactly the stated capacity (200 req/s at 13.333 ms → 3 servers of 15 ms); null where the
    /// component takes no time.
    /// </summary>
    public double? ModelledServiceTimeMs { get; init; }

    /// <summary>Availability of one instance.</summary>
    public required Figure InstanceAvailability { get; init; }

    /// <summary>Price of one instance per hour, USD.</summary>
    public required Figure HourlyCostUsd { get; init; }

    /// <summary>Hit rate for caches and CDNs; null otherwise.</summary>
    public Figure? HitRate { get; init; }

    /// <summary>Partitions for streams; null otherwise.</summary>
    public Figure? Partitions { get; init; }

    /// <summary>Shards a primary database splits its writes across; null on other kinds.</summary>
    public Figure? Shards { get; init; }

    /// <summary>Concurrent connections one instance holds, for connection-holding kinds; null otherwise.</summary>
    public Figure? ConnectionsPerInstance { get; init; }

    /// <summary>Requests per second offered at the target rate (reads + writes + replication applied).</summary>
    public double OfferedRps { get; init; }

    /// <summary>Reads per second offered at the target rate.</summary>
    public double ReadRps { get; init; }

    /// <summary>Writes (and published or consumed messages) per second offered at the target rate.</summary>
    public double WriteRps { get; init; }

    /// <summary>Total capacity, instances × per-instance capacity; null where capacity does not apply.</summary>
    public double? CapacityRps { get; init; }

    /// <summary>Offered load ÷ capacity at the target rate; null where capacity does not apply.</summary>
    public double? Utilization { get; init; }

    /// <summary>Offered load ÷ capacity at peak; null where capacity does not apply or the problem states no peak.</summary>
    public double? PeakUtilization { get; init; }

    /// <summary>
    /// The smallest instance count meeting every constraint at once (tier minimum, headroom, peak, N+1, connections,
    /// a cold cache in front, latency with one instance lost, availability); null where capacity does not apply, and
    /// null with <see cref="RequiredBecause"/> set where no count meets a constraint (each instance saturated by the
    /// writes every instance applies). Every finding that proposes a count proposes this one. At a design that keeps its
    /// latency targets it includes the fewest instances that still keep them (normal, one lost, a cache cold, the peak)
    /// with the other components as declared (the latency part is never above the declared count, and one fewer misses a
    /// target): a lowering pass can set a count to it, then grade again before lowering the next.
    /// </summary>
    public long? RequiredInstances { get; init; }

    /// <summary>The constraint that decides <see cref="RequiredInstances"/>, e.g. "20% headroom: 1.2 × 1,000 ÷ 150 req/s".</summary>
    public string? RequiredBecause { get; init; }

    /// <summary>Mean response time in ms (queueing + service) at the target rate; null where not modelled; +∞ when saturated.</summary>
    public double? MeanResponseMs { get; init; }

    /// <summary>99th percentile response time in ms at the target rate; null where not modelled; +∞ when saturated.</summary>
    public double? P99ResponseMs { get; init; }

    /// <summary>Availability of the component as a whole (k of n instances up, k = instances the load needs).</summary>
    public double ComponentAvailability { get; init; }

    /// <summary>USD per million requests routed through the component, for kinds billed by use (CDN, load balancer); null otherwise.</summary>
    public Figure? UsdPerMillionRequests { get; init; }

    /// <summary>Instances × hourly price × hours per month, plus requests a month × the price per request where billed by use; USD.</summary>
    public double MonthlyCostUsd { get; init; }

    /// <summary>
    /// The settled figure of a knob of <see cref="Knobs"/>, or null where it does not apply or the knob has no figure of
    /// its own (<see cref="Knob.ReportKey"/> is null). The one map from a knob's row to this record's properties, so the
    /// reports list the figures by the table.
    /// </summary>
    /// <param name="knob">A row of <see cref="Knobs"/>.</param>
    /// <returns>The figure, or null.</returns>
    public Figure? FigureOf(Knob knob) =>
        knob == Knobs.Instances ? Instances
        : knob == Knobs.CapacityPerInstance ? CapacityPerInstance
        : knob == Knobs.ServiceTime ? ServiceTimeMs
        : knob == Knobs.Availability ? InstanceAvailability
        : knob == Knobs.HourlyCost ? HourlyCostUsd
        : knob == Knobs.HitRate ? HitRate
        : knob == Knobs.Partitions ? Partitions
        : knob == Knobs.ConnectionsPerInstance ? ConnectionsPerInstance
        : knob == Knobs.Shards ? Shards
        : null;
}
