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

    /// <summary>The instance count each component needs to meet every constraint at once, filled by the checks.</summary>
    public InstanceRequirements Requirements => requirements ??= new InstanceRequirements(Nodes.Length);

    private InstanceRequirements? requirements;

    public bool HasRate => Workload.RequestRps is { Value: > 0 };

    public double Peak => Workload.PeakMultiplier.Value;

    public double Load(int node) => Flow.Load(Graph, node);

    /// <summary>The reads and writes the node's instances share (<see cref="Load"/> without replication).</summary>
    public double Shared(int node) => Flow.Shared(Graph, node);

    /// <summary>The replication each instance applies (every instance applies every write of its primary).</summary>
    public double Applied(int node) => Nodes[node].Behaviour is Resolution.Behaviour.Source or Resolution.Behaviour.OffPath ? 0 : Flow.Replication[node];

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

    /// <summary>
    /// <see cref="Math.Headroom.MinimumInstances"/> for any load the flow can produce: a load that overflowed to +∞
    /// (a deep fan-out lattice doubles it per layer) needs more instances than any count, which saturates at
    /// <see cref="long.MaxValue"/> as the method documents; a load that is not a number needs none.
    /// </summary>
    public static long RequiredInstances(double load, double perInstanceCapacity, double headroom) =>
        double.IsPositiveInfinity(load) ? long.MaxValue
        : !(load > 0) ? 0
        : Math.Headroom.MinimumInstances(load, perInstanceCapacity, headroom);

    /// <summary>
    /// Instances × per-instance capacity, held at <see cref="double.MaxValue"/>: a design of 2³¹ instances of 1e300
    /// req/s each overflows to +∞, and +∞ ÷ +∞ (an overflowed load over it) would be NaN; a finite bound keeps
    /// every utilization a number or +∞ (unbounded).
    /// </summary>
    public static double Capacity(double perInstance, int instances) => System.Math.Min(perInstance * instances, double.MaxValue);

    /// <summary>
    /// The first <paramref name="max"/> items joined by <paramref name="separator"/>, then "and N more": one message
    /// names a bounded number of things, so a design's findings stay linear in its size.
    /// </summary>
    public static string Listed(IEnumerable<string> items, string separator, int max = 5)
    {
        var shown = new List<string>(max);
        var more = 0;
        foreach (var item in items)
        {
            if (shown.Count < max)
            {
                shown.Add(item);
            }
            else
            {
                more++;
            }
        }

        return string.Join(separator, shown) + (more > 0 ? " and " + Int(more) + " more" : string.Empty);
    }

    /// <summary>Neither NaN nor ±∞ (netstandard2.0 has no double.IsFinite).</summary>
    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>What a message says for +∞: a saturated queue's latency or backlog has no bound.</summary>
    public const string Unbounded = "unbounded";

    /// <summary>What a message says for NaN or −∞: a figure the engine could not compute (never a number).</summary>
    public const string NotComputed = "not computed";

    /// <summary>
    /// "1,200" — thousands separators, up to two decimals, invariant culture; <see cref="Unbounded"/> for +∞ and
    /// <see cref="NotComputed"/> for NaN or −∞, so no message ever shows "NaN" or "∞".
    /// </summary>
    public static string N(double value) =>
        double.IsPositiveInfinity(value) ? Unbounded
        : double.IsNaN(value) || double.IsNegativeInfinity(value) ? NotComputed
        : System.Math.Abs(value) >= Scientific ? value.ToString("0.###E+0", CultureInfo.InvariantCulture)
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>From here on a number is written "1.798E+308", not as 309 digits with separators.</summary>
    public const double Scientific = 1e15;

    /// <summary>"189.32 ms", or <see cref="Unbounded"/> for a saturated path (no unit after a named state).</summary>
    public static string Ms(double milliseconds) => IsFinite(milliseconds) ? N(milliseconds) + " ms" : N(milliseconds);

    /// <summary>
    /// "83.3%", "99.95%", "99.999999%": a fraction as a percentage, with enough decimals that a figure just
    /// below 1 never rounds to "100%" (one digit past the fraction's run of nines).
    /// </summary>
    public static string Percent(double fraction)
    {
        if (!IsFinite(fraction * 100))
        {
            return N(fraction * 100);
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
    public static string Price(double usd) =>
        IsFinite(usd) && System.Math.Abs(usd) < Scientific ? usd.ToString("#,0.####", CultureInfo.InvariantCulture) : N(usd);

    /// <summary>"$7,646.02"-style dollars for a message; a named state without the sign ("unbounded").</summary>
    public static string Usd(double usd) => IsFinite(usd) ? "$" + N(usd) : N(usd);
}
