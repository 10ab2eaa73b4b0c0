using System.Globalization;

namespace SystemDesign.Catalog.Loading;

/// <summary>How the catalog writes a number: culture-free, without binary floating-point artefacts.</summary>
public static class CatalogNumber
{
    /// <summary>
    /// Removes binary floating-point artefacts (0.32999999999999996 → 0.33, 0.1 + 0.2 → 0.3): rounds to 15 significant
    /// digits, the precision a double always holds exactly in decimal.
    /// </summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The nearest double to <paramref name="value"/> written with 15 significant digits.</returns>
    public static double Clean(double value) =>
        double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip text of the cleaned value, invariant culture (valid JSON); integers carry no ".0".</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The text a catalog file holds for it.</returns>
    public static string Format(double value) => Exact(Clean(value));

    /// <summary>Shortest round-trip text of the value as it is (not cleaned), invariant culture.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The text that reads back as exactly <paramref name="value"/>.</returns>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
