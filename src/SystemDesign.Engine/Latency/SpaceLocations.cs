using System.Collections.Generic;

namespace SystemDesign.Engine.Latency;

/// <summary>
/// Placements off the Earth for <c>Region(...)</c> (issue 9, "light-time for space links"): the distance from the Earth a
/// signal crosses at the speed of light, from NASA's planetary fact sheets. The nearest distance, so the light-time is
/// a floor as the fibre figure is; a problem that states its own delay wins (<see cref="RegionDelays"/>).
/// </summary>
internal static class SpaceLocations
{
    /// <summary>The speed of light in vacuum, exact by the SI definition of the metre (BIPM, <i>The International System of Units</i>, 9th ed., 2019).</summary>
    public const double LightKmPerSecond = 299_792.458;

    private static readonly (string Name, double Km, string Source) Geostationary =
        ("geostationary orbit", 35_786, "altitude above the equator, NASA Earth Observatory, \"Catalog of Earth Satellite Orbits\"");

    private static readonly (string Name, double Km, string Source) Moon =
        ("the Moon", 363_300, "perigee, centre to centre, NASA Moon Fact Sheet");

    private static readonly (string Name, double Km, string Source) Mars =
        ("Mars", 54_600_000, "minimum distance from Earth, NASA Mars Fact Sheet");

    private static readonly Dictionary<string, (string Name, double Km, string Source)> Places =
        new(System.StringComparer.OrdinalIgnoreCase)
        {
            ["geo"] = Geostationary, ["geostationary"] = Geostationary, ["moon"] = Moon, ["luna"] = Moon, ["mars"] = Mars,
        };

    /// <summary>The place a region name stands for off the Earth, or null for a region on the Earth.</summary>
    public static (string Name, double Km, string Source)? Find(string region) =>
        Places.TryGetValue(region.Trim(), out var place) ? place : null;
}
