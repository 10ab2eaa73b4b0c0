using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Fuzz;

/// <summary>
/// Generators of hostile inputs for the engine: designs and problems whose figures are drawn from the edges of the
/// number line (0, −0, negatives, NaN, ±∞, ε, 1e300, double.MaxValue) as often as from sane values.
/// </summary>
internal static class HostileDesigns
{
    public static readonly double[] Extremes =
    [
        0, -0.0, -1, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 1e-300,
        1e300, double.MaxValue, 0.5, 1, 1.0000001, 0.999999, 1e9,
    ];

    private static readonly int[] ExtremeCounts = [0, -1, int.MinValue, 1, 2, 1_000_001, int.MaxValue];

    private static readonly string[] Types =
    [
        ComponentTypes.Client, ComponentTypes.LoadBalancer, ComponentTypes.ApiGateway, ComponentTypes.App, ComponentTypes.Worker,
        ComponentTypes.Cache, ComponentTypes.Cdn, ComponentTypes.DbPrimary, ComponentTypes.DbReplica, ComponentTypes.Queue,
        ComponentTypes.Stream, ComponentTypes.Search, ComponentTypes.ObjectStore, ComponentTypes.WebSocket, ComponentTypes.Monitoring,
        "no_such_type", string.Empty,
    ];

    /// <summary>A figure: absent, an extreme, or a sane value.</summary>
    public static readonly Gen<double?> Figure = Gen.Frequency(
        (2, Gen.Const((double?)null)),
        (5, Gen.OneOf(Extremes).Select(v => (double?)v)),
        (3, Gen.Double[0.001, 2000].Select(v => (double?)v)));

    /// <summary>A fraction-like figure (availability, hit rate, read ratio): absent, an extreme, or in [0, 1].</summary>
    public static readonly Gen<double?> Fraction = Gen.Frequency(
        (2, Gen.Const((double?)null)),
        (4, Gen.OneOf(Extremes).Select(v => (double?)v)),
        (4, Gen.Double[0, 1].Select(v => (double?)v)));

    public static readonly Gen<int?> Count = Gen.Frequency(
        (3, Gen.Const((int?)null)),
        (4, Gen.OneOf(ExtremeCounts).Select(v => (int?)v)),
        (3, Gen.Int[1, 20].Select(v => (int?)v)));

    private static readonly Gen<Component> ComponentGen =
        Gen.Select(Gen.OneOf(Types), Count, Figure, Figure, Fraction, Figure, Fraction, Figure)
            .Select(Gen.Select(Count, Gen.Bool), (k, extra) =>
            {
                var (type, instances, capacity, service, availability, cost, hit, partitions) = k;
                var parameters = new Dictionary<string, double>();
                if (hit is { } h)
                {
                    parameters[ParameterNames.HitRate] = h;
                }

                if (partitions is { } p)
                {
                    parameters[ParameterNames.Partitions] = p;
                }

                return new Component("?", type)
                {
                    Instances = instances,
                    CapacityPerInstance = capacity,
                    ServiceTimeMs = service,
                    Availability = availability,
                    HourlyCostUsd = cost,
                    Parameters = parameters,
                    ConnectionsPerInstance = extra.Item1,
                    Zone = extra.Item2 ? "us-east-1a" : null,
                };
            });

    /// <summary>A design of 1–14 components (names C0…, a few repeated) and random edges of every kind, self-loops included.</summary>
    public static readonly Gen<Architecture> Design =
        Gen.Int[1, 14].SelectMany(n =>
            Gen.Select(
                ComponentGen.Array[n],
                Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 6], Figure).Array[0, 3 * n],
                Gen.Int[0, 9].Array[n],
                (components, edges, duplicates) =>
                {
                    // One in ten components reuses an earlier name: duplicate names are part of the hostile set.
                    var named = components.Select((c, i) => c with { Name = "C" + (duplicates[i] == 0 && i > 0 ? i - 1 : i).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
                    var connections = edges.Select(e => new Connection(named[e.Item1].Name, named[e.Item2].Name, (ConnectionKind)e.Item3, e.Item4));
                    return new Architecture(null, named, connections);
                }));

    /// <summary>
    /// A problem whose workload figures are finite but extreme (0, negatives, ε, 1e300, double.MaxValue): a NaN or ±∞
    /// there is refused with an ArgumentOutOfRangeException (<see cref="ProblemAndOptionValidationTests"/>).
    /// </summary>
    public static readonly Gen<Problem> Problem =
        Gen.Select(Finite(Figure), Finite(Fraction), Finite(Figure), Gen.Select(Positive(Figure), Gen.OneOf<double?>(null, 50, 99, 99.999999, 1e-9)).Array[0, 2], Gen.OneOf<double?>(null, 1, 0.999, 0.5, double.Epsilon), Positive(Figure), Finite(Figure), Figure)
            .Select((rate, read, peak, latency, availability, budget, connections, capacity) => Designs.Problem(
                rate,
                read ?? 0.9,
                peak,
                [.. latency.Select(l => new LatencyTarget(l.Item2, l.Item1 ?? 200, "fuzz"))],
                availability,
                budget,
                connections,
                capacity is { } c ? [("app_capacity_per_instance", c), ("cache_hit_rate", c), ("db_read_capacity", c)] : []));

    private static Gen<double?> Finite(Gen<double?> gen) => gen.Select(v => v is { } d && !double.IsFinite(d) ? null : v);

    private static Gen<double?> Positive(Gen<double?> gen) => gen.Select(v => v is { } d && !(double.IsFinite(d) && d > 0) ? null : v);

    /// <summary>The catalog's tutorial problem half the time, so tiers and real constants are exercised too.</summary>
    public static readonly Gen<Problem> AnyProblem = Gen.Frequency(
        (1, Gen.Const(ProblemCatalog.BuiltIn.Find(Designs.Blog)!)),
        (3, Problem));
}
