using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>
/// Places off the Earth a signal crosses vacuum to reach (issue 9, "light-time for space links"): the distance from the
/// Earth, each with its source. The nearest distance, so the light-time is a floor as the fibre figure is. Used by
/// <c>Region(...)</c> placements and by the registry's link types that state <c>"crosses"</c> (docs/components.md).
/// </summary>
public static class SpacePlaces
{
    /// <summary>The speed of light in vacuum, exact by the SI definition of the metre (BIPM, <i>The International System of Units</i>, 9th ed., 2019).</summary>
    public const double LightKmPerSecond = 299_792.458;

    private static readonly SpacePlace LowEarthOrbit =
        new("low Earth orbit", 550, "altitude of Starlink's first shell, SpaceX's FCC modification SAT-MOD-20200417-00037 (2021)");

    private static readonly SpacePlace Geostationary =
        new("geostationary orbit", 35_786, "altitude above the equator, NASA Earth Observatory, \"Catalog of Earth Satellite Orbits\"");

    private static readonly SpacePlace Moon =
        new("the Moon", 363_300, "perigee, centre to centre, NASA Moon Fact Sheet");

    private static readonly SpacePlace Mars =
        new("Mars", 54_600_000, "minimum distance from Earth, NASA Mars Fact Sheet");

    private static readonly Dictionary<string, SpacePlace> Places =
        new(System.StringComparer.OrdinalIgnoreCase)
        {
            ["leo"] = LowEarthOrbit, ["geo"] = Geostationary, ["geostationary"] = Geostationary, ["moon"] = Moon, ["luna"] = Moon, ["mars"] = Mars,
        };

    /// <summary>The place a name stands for off the Earth ("geo", "leo", "moon", "mars"), or null for a place on the Earth.</summary>
    /// <param name="name">A region name or a link type's <c>"crosses"</c>.</param>
    /// <returns>The place, or null.</returns>
    public static SpacePlace? Find(string name) =>
        name is not null && Places.TryGetValue(name.Trim(), out var place) ? place : null;

    /// <summary>The names <see cref="Find"/> knows, for an error message.</summary>
    public static IEnumerable<string> Names => System.Linq.Enumerable.OrderBy(Places.Keys, k => k, System.StringComparer.Ordinal);
}

/// <summary>A place off the Earth.</summary>
/// <param name="Name">How a message names it ("geostationary orbit").</param>
/// <param name="Km">Its distance from the Earth, km.</param>
/// <param name="Source">Where the distance comes from.</param>
public sealed record SpacePlace(string Name, double Km, string Source)
{
    /// <summary>The one-way light-time from the Earth, in seconds: <see cref="Km"/> ÷ c.</summary>
    public double OneWaySeconds => Km / SpacePlaces.LightKmPerSecond;
}
