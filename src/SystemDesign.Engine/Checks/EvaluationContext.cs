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

    public bool HasRate => Workload.RequestRps is { Value: > 0 };

    public double Peak => Workload.PeakMultiplier.Value;

    public double Load(int node) => Flow.Load(Graph, node);

    public void Add(string ruleId, Severity severity, string? component, string message, params (string Key, string Value)[] properties)
    {
        var finding = new Finding(ruleId, severity, component, message);
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
    public static string N(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"83%" / "99.95%" — a fraction as a percentage.</summary>
    public static string Percent(double fraction) =>
        double.IsInfinity(fraction) ? "∞" : (fraction * 100).ToString(fraction >= 0.99 && fraction < 1 ? "0.###" : "#,0.#", CultureInfo.InvariantCulture) + "%";

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
