namespace SystemDesign.Engine;

/// <summary>Settings of an evaluation; the defaults are the catalog's and are documented in docs/engine.md.</summary>
public sealed record EngineOptions
{
    /// <summary>The defaults.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Capacity must be at least this multiple of the load; null takes the registry's (1.2).</summary>
    public double? Headroom { get; init; }

    /// <summary>How long a peak burst lasts, for backlog and drain-time figures (seconds).</summary>
    public double BurstSeconds { get; init; } = 600;

    /// <summary>
    /// Largest design (in components) for which end-to-end latency percentiles are computed; above it,
    /// per-component figures only, and an info finding says so. Keeps huge designs linear-time.
    /// </summary>
    public int MaxComponentsForPathLatency { get; init; } = 2_000;

    /// <summary>
    /// Most components visited, summed over the distinct entry points, when computing end-to-end latency; the
    /// entries past it get no path figures and an info finding says so. Bounds the work for designs with many
    /// entry points in front of a large graph (clients with identical edges count once).
    /// </summary>
    public long MaxPathLatencyVisits { get; init; } = 200_000;

    /// <summary>
    /// Most components modelled, summed over the failure scenarios, when re-checking latency targets in them (each
    /// re-check models the whole design once); the scenarios past it keep their capacity and availability checks and
    /// an info finding says their latency was not re-checked. Bounds the scenarios' work for large designs.
    /// </summary>
    public long MaxScenarioLatencyWork { get; init; } = 20_000;
}
