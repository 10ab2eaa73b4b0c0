using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// The network time between two <c>Region(...)</c>s (docs/engine.md, "Network between regions"): the problem's own
/// figure where it states one (constant <c>cross_region_latency_ms</c>, a call's round trip); else, for two regions of
/// known location, the great-circle distance at ITU-T G.114's 5 µs per km of optical fibre; else a default distance.
/// One-way: the time a write takes to reach a replica; a call waits for the round trip, twice that.
/// </summary>
internal sealed class RegionDelays
{
    /// <summary>ITU-T Recommendation G.114 (05/2003), "One-way transmission time": planning value for optical fibre systems.</summary>
    public const double FibreSecondsPerKm = 5e-6;

    /// <summary>The mean radius of the Earth, R₁ of the IUGG (Moritz, "Geodetic Reference System 1980").</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// The distance assumed between regions the table does not place: 5,000 km, the order of the two commonest
    /// cross-region pairs, US coast to coast (N. Virginia–Oregon, 3,500 km) and transatlantic (N. Virginia–Ireland, 5,450 km).
    /// </summary>
    public const double DefaultDistanceKm = 5000;

    /// <summary>The problem constant that states the network time between regions, as a round trip in ms.</summary>
    public const string ProblemConstant = "cross_region_latency_ms";

    private readonly Sourced? stated;

    private RegionDelays(Sourced? stated) => this.stated = stated;

    /// <summary>No network time anywhere: for paths that need none (tests, and a model with no problem).</summary>
    public static RegionDelays None { get; } = new(new Sourced(0, "none"));

    /// <summary>The delays a problem grades with: its own stated figure, or the geography.</summary>
    public static RegionDelays For(Problem problem) =>
        new(problem.NumberConstant(ProblemConstant) is { } ms && ms > 0 && !double.IsInfinity(ms)
            ? new Sourced(ms / 2000, $"constant {ProblemConstant} = {NumberText.N(ms)} ms, a round trip")
            : null);

    /// <summary>True when two placements are in different regions (both named, and not the same name).</summary>
    public static bool Differ(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && !string.Equals(a!.Trim(), b!.Trim(), System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The one-way network time in seconds from region <paramref name="a"/> to <paramref name="b"/>, with its source; 0 within a region.</summary>
    public Sourced OneWay(string? a, string? b)
    {
        if (!Differ(a, b))
        {
            return new Sourced(0, "same region");
        }

        if (stated is not null)
        {
            return stated;
        }

        // Off the Earth, radio and laser links cross vacuum at c; relayed through the ground stations on Earth.
        var (bodyA, bodyB) = (SpacePlaces.Find(a!), SpacePlaces.Find(b!));
        if (bodyA is not null || bodyB is not null)
        {
            var km = (bodyA?.Km ?? 0) + (bodyB?.Km ?? 0);
            var named = string.Join(" + ", new[] { bodyA, bodyB }.Where(x => x is not null).Select(x => Named(x!)));
            return new Sourced(km / SpacePlaces.LightKmPerSecond, $"light-time: {named} ÷ c = 299,792.458 km/s");
        }

        var (from, to) = (Locate(a!), Locate(b!));
        if (from is { } x && to is { } y)
        {
            var km = GreatCircleKm(x.Lat, x.Lon, y.Lat, y.Lon);
            return new Sourced(km * FibreSecondsPerKm,
                $"{x.City}–{y.City} {NumberText.N(System.Math.Round(km))} km great circle × 5 µs/km in fibre (ITU-T G.114)");
        }

        return new Sourced(DefaultDistanceKm * FibreSecondsPerKm,
            $"default: {a!.Trim()} or {b!.Trim()} is not a region the engine can place, so {NumberText.N(DefaultDistanceKm)} km × 5 µs/km in fibre (ITU-T G.114)");
    }

    /// <summary>
    /// The light-time a call through a link that crosses to <paramref name="place"/> waits one way (docs/components.md,
    /// "Space links"): as far as to a component placed in <c>Region(place)</c>, the same figure from the same table.
    /// </summary>
    public static Sourced LinkOneWay(SpacePlace place) =>
        new(place.OneWaySeconds, $"light-time: {Named(place)} ÷ c = 299,792.458 km/s");

    private static string Named(SpacePlace place) => place.Name + " " + NumberText.N(place.Km) + " km (" + place.Source + ")";

    /// <summary>The haversine distance on a sphere of the Earth's mean radius (R. W. Sinnott, Sky &amp; Telescope 68 (1984) 159).</summary>
    public static double GreatCircleKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double toRadians = System.Math.PI / 180;
        var dLat = (lat2 - lat1) * toRadians;
        var dLon = (lon2 - lon1) * toRadians;
        var h = (System.Math.Sin(dLat / 2) * System.Math.Sin(dLat / 2))
            + (System.Math.Cos(lat1 * toRadians) * System.Math.Cos(lat2 * toRadians) * System.Math.Sin(dLon / 2) * System.Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * System.Math.Asin(System.Math.Min(1, System.Math.Sqrt(h)));
    }

    private static (string City, double Lat, double Lon)? Locate(string region) =>
        RegionLocations.Cities.TryGetValue(region.Trim(), out var city) ? city : null;
}
