using System;
using System.Globalization;

namespace SystemDesign.Engine;

/// <summary>Settings of an evaluation; the defaults are the catalog's and are documented in docs/engine.md.</summary>
public sealed record EngineOptions
{
    /// <summary>The defaults.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>Capacity must be at least this multiple of the load, finite and ≥ 1 (1 = no margin); null takes the registry's (1.2).</summary>
    public double? Headroom { get; init; }

    /// <summary>
    /// How long a peak burst lasts, for the backlog, drain-time and lag figures (seconds): finite and &gt; 0; null takes
    /// the problem's (<see cref="SystemDesign.Catalog.Workload.BurstSeconds"/>, its default where the problem is silent).
    /// </summary>
    public double? BurstSeconds { get; init; }

    /// <summary>
    /// Largest design (in components) for which end-to-end latency percentiles are computed; above it,
    /// per-component figures only, and an info finding says so. Keeps huge designs linear-time. ≥ 0; 0 turns
    /// end-to-end latency off (the info finding still says so).
    /// </summary>
    public int MaxComponentsForPathLatency { get; init; } = 2_000;

    /// <summary>
    /// Most components visited, summed over the distinct entry points, when computing end-to-end latency; the
    /// entries past it get no path figures and an info finding says so. Bounds the work for designs with many
    /// entry points in front of a large graph (clients with identical edges count once). ≥ 1.
    /// </summary>
    public long MaxPathLatencyVisits { get; init; } = 200_000;

    /// <summary>
    /// Most components modelled, summed over the failure scenarios, when re-checking latency targets in them (each
    /// re-check models the whole design once); the scenarios past it keep their capacity and availability checks and
    /// an info finding says their latency was not re-checked. Bounds the scenarios' work for large designs. ≥ 1.
    /// </summary>
    public long MaxScenarioLatencyWork { get; init; } = 20_000;

    /// <summary>
    /// Most components modelled by the probe that finds, at a design meeting its latency targets, the smallest count of
    /// each component that still meets them (docs/engine.md, "Required instances"; each re-check models the whole design
    /// once). Past it the probe stops, and a component it did not finish gets the smallest count known to meet the
    /// targets, at worst its declared one, with the constraint saying so. Bounds the analyzer's work per edit. ≥ 0; 0
    /// turns the probe off (the required count is then the other constraints' alone).
    /// </summary>
    public long MaxLatencyProbeWork { get; init; } = 2_000;

    /// <summary>
    /// Throws when an option is outside its range, naming the option, its value and the valid range: an evaluation
    /// never runs silently on settings it would have to ignore or that make its figures meaningless.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    internal void Validate()
    {
        if (Headroom is { } headroom && !(headroom >= 1 && !double.IsInfinity(headroom)))
        {
            throw Invalid(nameof(Headroom), headroom, "a finite number ≥ 1 (1.2 = capacity at least 120% of the load), or null for the registry's");
        }

        if (BurstSeconds is { } burst && !(burst > 0 && !double.IsInfinity(burst)))
        {
            throw Invalid(nameof(BurstSeconds), burst, "a finite number of seconds > 0 (300 = a five-minute burst), or null for the problem's");
        }

        if (MaxComponentsForPathLatency < 0)
        {
            throw Invalid(nameof(MaxComponentsForPathLatency), MaxComponentsForPathLatency, "a component count ≥ 0 (0 turns end-to-end latency off)");
        }

        if (MaxPathLatencyVisits < 1)
        {
            throw Invalid(nameof(MaxPathLatencyVisits), MaxPathLatencyVisits, "a visit count ≥ 1 (default 200,000)");
        }

        if (MaxScenarioLatencyWork < 1)
        {
            throw Invalid(nameof(MaxScenarioLatencyWork), MaxScenarioLatencyWork, "a component count ≥ 1 (default 20,000)");
        }

        if (MaxLatencyProbeWork < 0)
        {
            throw Invalid(nameof(MaxLatencyProbeWork), MaxLatencyProbeWork, "a component count ≥ 0 (default 2,000; 0 turns the probe off)");
        }
    }

    private static ArgumentOutOfRangeException Invalid(string option, object value, string range) =>
        new(option, value, string.Format(CultureInfo.InvariantCulture, "EngineOptions.{0} is {1}; it must be {2}.", option, Format(value), range));

    private static string Format(object value) => value switch
    {
        double d => NumberText.Literal(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
