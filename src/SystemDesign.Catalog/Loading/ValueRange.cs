using System.Globalization;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// The values of a problem file the engine computes with, and the ranges it can use. Anything the loader accepts,
/// the engine grades: a value outside its range is a <see cref="CatalogFormatException"/> naming the file, the JSON
/// path and the range, never an exception from the engine later. The bounds sit well beyond the catalog's own values
/// (its largest rate is 2.7e8 req/s, its largest peak 167×) and well inside what the math holds without overflow.
/// docs/catalog.md lists them. The engine checks a hand-made <see cref="Problem"/> against the same ranges, so the
/// loader and the engine can never disagree on what is gradable.
/// </summary>
public sealed class ValueRange
{
    private ValueRange(double min, bool minIncluded, double max, string what, bool maxIncluded = true)
    {
        Min = min;
        MinIncluded = minIncluded;
        Max = max;
        MaxIncluded = maxIncluded;
        What = what;
    }

    /// <summary>A request rate in req/s.</summary>
    public static ValueRange RequestRate { get; } = new(0, true, 1e12, "a request rate in req/s");

    /// <summary>A fraction.</summary>
    public static ValueRange Fraction { get; } = new(0, true, 1, "a fraction");

    /// <summary>A client's share of the requests its role emits: above 0 (a client that sends nothing is not a client), at most all.</summary>
    public static ValueRange ClientShare { get; } = new(0, false, 1, "a client's share of its role's requests");

    /// <summary>A client's stated rate in req/s: above 0, like the design knob it stands for.</summary>
    public static ValueRange ClientRate { get; } = new(0, false, 1e12, "a client's request rate in req/s");

    /// <summary>A peak as a multiple of the target rate.</summary>
    public static ValueRange PeakMultiplier { get; } = new(1, true, 10_000, "a peak as a multiple of the target rate");

    /// <summary>A count of concurrent connections.</summary>
    public static ValueRange Connections { get; } = new(0, true, 1e12, "a count of concurrent connections");

    /// <summary>An availability: a probability above 0 (a component or target of 0 would mean always down).</summary>
    public static ValueRange Availability { get; } = new(0, false, 1, "an availability, a probability");

    /// <summary>A percentile strictly between 0 and 100 (the 100th of a latency distribution is unbounded).</summary>
    public static ValueRange Percentile { get; } = new(0, false, 100, "a percentile", maxIncluded: false);

    /// <summary>A latency in milliseconds.</summary>
    public static ValueRange LatencyMs { get; } = new(0, false, 1e9, "a latency in milliseconds");

    /// <summary>How long a burst lasts, in seconds (up to a day).</summary>
    public static ValueRange BurstSeconds { get; } = new(0, false, 86_400, "a burst length in seconds");

    /// <summary>A recovery objective (RTO or RPO) in seconds: above 0, at most a year.</summary>
    public static ValueRange RecoverySeconds { get; } = new(0, false, 31_536_000, "a recovery objective in seconds");

    /// <summary>A monthly budget in USD.</summary>
    public static ValueRange BudgetUsd { get; } = new(0, true, 1e15, "a monthly budget in USD");

    /// <summary>A capacity per instance.</summary>
    public static ValueRange Capacity { get; } = new(0, false, 1e12, "a capacity per instance");

    /// <summary>A service time in milliseconds.</summary>
    public static ValueRange ServiceTimeMs { get; } = new(0, false, 1e9, "a service time in milliseconds");

    /// <summary>An hourly cost in USD.</summary>
    public static ValueRange HourlyCostUsd { get; } = new(0, true, 1e9, "an hourly cost in USD");

    /// <summary>A mean time to repair, in hours (up to a year).</summary>
    public static ValueRange RepairTimeHours { get; } = new(0, false, 8760, "a repair time in hours");

    /// <summary>A usage price: USD per million requests routed through a component.</summary>
    public static ValueRange PricePerMillionRequests { get; } = new(0, true, 1e9, "a price in USD per million requests");

    /// <summary>A capacity headroom factor.</summary>
    public static ValueRange Headroom { get; } = new(1, true, 100, "a capacity headroom factor");

    /// <summary>Hours in a billing month.</summary>
    public static ValueRange HoursPerMonth { get; } = new(0, false, 744, "hours in a billing month");

    /// <summary>
    /// A count of instances, up to SD0015's bound (<c>Knobs.MaxInstances</c> in the design API, which the catalog does not
    /// reference; a test in the engine's tests holds the two equal).
    /// </summary>
    public static ValueRange MinimumCount { get; } = new(0, true, 1_000_000, "a count of instances");

    /// <summary>The lower bound.</summary>
    public double Min { get; }

    /// <summary>Whether <see cref="Min"/> itself is in the range.</summary>
    public bool MinIncluded { get; }

    /// <summary>The upper bound.</summary>
    public double Max { get; }

    /// <summary>Whether <see cref="Max"/> itself is in the range.</summary>
    public bool MaxIncluded { get; }

    /// <summary>What the value is, e.g. "a percentile".</summary>
    public string What { get; }

    /// <summary>The problem constants the engine reads (ComponentResolver), each with its range.</summary>
    /// <param name="key">A constant's key.</param>
    /// <returns>Its range, or null for a constant the engine does not read.</returns>
    public static ValueRange? ForConstant(string key) => key switch
    {
        "app_capacity_per_instance" or "db_read_capacity" or "db_write_capacity" or "consumer_rps_per_instance"
            or "websocket_capacity_per_instance" => Capacity,
        "cache_hit_rate" or "cdn_hit_rate" => Fraction,
        _ => null,
    };

    /// <summary>Whether <paramref name="value"/> is in the range (NaN never is).</summary>
    /// <param name="value">A value.</param>
    /// <returns>True when it is in the range.</returns>
    public bool Contains(double value) => (MinIncluded ? value >= Min : value > Min) && (MaxIncluded ? value <= Max : value < Max);

    /// <summary>"a peak as a multiple of the target rate in [1, 10,000]" — the expectation an error states.</summary>
    public string Expected => What + " in " + (MinIncluded ? "[" : "(") + Format(Min) + ", " + Format(Max) + (MaxIncluded ? "]" : ")");

    private static string Format(double value) =>
        value.ToString(value >= 1 ? "#,0.###" : "R", CultureInfo.InvariantCulture);
}
