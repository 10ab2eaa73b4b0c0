using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>What every check reads: the problem, the resolved design, its traffic, and the findings so far.</summary>
internal sealed class EvaluationContext
{
    public required Problem Problem { get; init; }

    public required Architecture Architecture { get; init; }

    public required ComponentRegistry Registry { get; init; }

    public required EngineOptions Options { get; init; }

    public required ResolvedComponent[] Nodes { get; init; }

    public required FlowGraph Graph { get; init; }

    /// <summary>Traffic at the target rate; all zero when the problem states no rate.</summary>
    public required TrafficFlow Flow { get; init; }

    public required WorkloadUsed Workload { get; init; }

    public required double Headroom { get; init; }

    public List<Finding> Findings { get; } = [];

    /// <summary>The components a request waits on (<see cref="AvailabilityCheck.OnSynchronousPath"/>), computed once.</summary>
    public bool[] SynchronousPath => synchronousPath ??= AvailabilityCheck.OnSynchronousPath(this);

    private bool[]? synchronousPath;

    public bool HasRate => Workload.RequestRps is { Value: > 0 };

    public double Peak => Workload.PeakMultiplier.Value;

    public double Load(int node) => Flow.Load(Graph, node);

    public void Add(Rule rule, string? component, string message, params (string Key, string Value)[] properties)
    {
        var finding = new Finding(rule, component, message);
        if (properties.Length > 0)
        {
            var dictionary = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var (key, value) in properties)
            {
                dictionary[key] = value;
            }

            finding = finding with { Properties = dictionary };
        }

        Findings.Add(finding);
    }

    /// <summary>"1,200" — thousands separators, up to two decimals, invariant culture.</summary>
    public static string N(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// "83.3%", "99.95%", "99.999999%": a fraction as a percentage, with enough decimals that a figure just
    /// below 1 never rounds to "100%" (one digit past the fraction's run of nines).
    /// </summary>
    public static string Percent(double fraction)
    {
        if (double.IsInfinity(fraction) || double.IsNaN(fraction))
        {
            return "∞";
        }

        var decimals = fraction >= 0.9 && fraction < 0.99 ? 2 : 1;
        if (fraction >= 0.99 && fraction < 1)
        {
            // 1 − f = 1e-k needs k − 2 decimals of a percentage to show its nines, and one more to show what follows.
            decimals = (int)System.Math.Min(12, System.Math.Max(1, System.Math.Ceiling(-System.Math.Log10(1 - fraction)) - 1));
        }

        return (fraction * 100).ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>"10,000" — a count with thousands separators.</summary>
    public static string Int(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"10000" — a count for <see cref="Finding.Properties"/>: plain digits a code fix can paste into code.</summary>
    public static string Raw(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"0.096" — a price per hour: up to four decimals, so the product in a message adds up.</summary>
    public static string Price(double usd) => usd.ToString("#,0.####", CultureInfo.InvariantCulture);
}
