using System.Globalization;

namespace SystemDesign.Catalog.Loading;

/// <summary>
/// How the catalog writes a number: culture-free, without binary floating-point artefacts; and the number formatter of
/// the catalog's own text (requirement descriptions, errors), of the generator and of the importer, which cannot see the
/// engine's <c>NumberText</c> (the generator runs in the compiler with the catalog alone). The forms match that
/// formatter's (its <c>Count</c>, <c>Raw</c> and <c>Decimals</c> are these); a source scan (tests/SystemDesign.Tests/SourceScans) keeps every other format out.
/// </summary>
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

    /// <summary>"1,000": a count with thousands separators.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1,000.25" (grouped) or "1000.25": at most <paramref name="maxDecimals"/> decimals, no trailing zeros.</summary>
    /// <param name="value">The number.</param>
    /// <param name="maxDecimals">The most decimals shown.</param>
    /// <param name="grouped">Whether thousands are separated.</param>
    /// <returns>The text.</returns>
    public static string Decimals(double value, int maxDecimals, bool grouped) =>
        value.ToString((grouped ? "#,0" : "0") + (maxDecimals > 0 ? "." + new string('#', maxDecimals) : string.Empty), CultureInfo.InvariantCulture);
}
