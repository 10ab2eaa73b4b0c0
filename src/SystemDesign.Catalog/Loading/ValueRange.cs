using System.Globalization;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// The values of a problem file the engine computes with, and the ranges it can use. Anything the loader accepts,
/// the engine grades: a value outside its range is a <see cref="CatalogFormatException"/> naming the file, the JSON
/// path and the range, never an exception from the engine later. The bounds sit well beyond the catalog's own values
/// (its largest rate is 2.7e8 req/s, its largest peak 167×) and well inside what the math holds without overflow.
/// docs/catalog.md lists them.
/// </summary>
internal sealed class ValueRange
{
    private ValueRange(double min, bool minIncluded, double max, string what)
    {
        Min = min;
        MinIncluded = minIncluded;
        Max = max;
        What = what;
    }

    public static ValueRange RequestRate { get; } = new(0, true, 1e12, "a request rate in req/s");

    public static ValueRange Fraction { get; } = new(0, true, 1, "a fraction");

    public static ValueRange PeakMultiplier { get; } = new(1, true, 10_000, "a peak as a multiple of the target rate");

    public static ValueRange Connections { get; } = new(0, true, 1e12, "a count of concurrent connections");

    public static ValueRange Percentile { get; } = new(0, false, 100, "a percentile");

    public static ValueRange LatencyMs { get; } = new(0, false, 1e9, "a latency in milliseconds");

    public static ValueRange BudgetUsd { get; } = new(0, true, 1e15, "a monthly budget in USD");

    public static ValueRange Capacity { get; } = new(0, false, 1e12, "a capacity per instance");

    public static ValueRange ServiceTimeMs { get; } = new(0, false, 1e9, "a service time in milliseconds");

    public static ValueRange HourlyCostUsd { get; } = new(0, true, 1e9, "an hourly cost in USD");

    public static ValueRange Headroom { get; } = new(1, true, 100, "a capacity headroom factor");

    public static ValueRange HoursPerMonth { get; } = new(0, false, 744, "hours in a billing month");

    public static ValueRange MinimumCount { get; } = new(0, true, 1_000_000, "a count of instances");

    public double Min { get; }

    public bool MinIncluded { get; }

    public double Max { get; }

    public string What { get; }

    /// <summary>The problem constants the engine reads (ComponentResolver), each with its range.</summary>
    public static ValueRange? ForConstant(string key) => key switch
    {
        "app_capacity_per_instance" or "db_read_capacity" or "db_write_capacity" or "consumer_rps_per_instance"
            or "websocket_capacity_per_instance" => Capacity,
        "cache_hit_rate" or "cdn_hit_rate" => Fraction,
        _ => null,
    };

    public bool Contains(double value) => (MinIncluded ? value >= Min : value > Min) && value <= Max;

    /// <summary>"a peak as a multiple of the target rate in [1, 10,000]" — the expectation an error states.</summary>
    public string Expected => What + " in " + (MinIncluded ? "[" : "(") + Format(Min) + ", " + Format(Max) + "]";

    private static string Format(double value) =>
        value.ToString(value >= 1 ? "#,0.###" : "R", CultureInfo.InvariantCulture);
}
