using System.Globalization;
using System.Text.RegularExpressions;

namespace SystemDesign.Importer;

/// <summary>Number handling shared by the parser and the writer: culture-free, artefact-free.</summary>
public static partial class Numbers
{
    /// <summary>
    /// Removes binary floating-point artefacts (0.32999999999999996 → 0.33): rounds to 15 significant
    /// digits, the precision a double always holds exactly in decimal.
    /// </summary>
    public static double Clean(double value) =>
        double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip text of the cleaned value, invariant culture (valid JSON).</summary>
    public static string Format(double value) => Clean(value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a constant's value (ASCII digits only: '٣' and '３' leave the value text): a plain number (thousands separators allowed only in the
    /// "1,000,000" form) becomes a double, true/false a bool, anything else stays a string.
    /// </summary>
    public static object ParseConstant(string text)
    {
        var value = text.Trim();
        if (string.Equals(value, "true", System.StringComparison.Ordinal))
        {
            return true;
        }

        if (string.Equals(value, "false", System.StringComparison.Ordinal))
        {
            return false;
        }

        if (PlainNumber().IsMatch(value))
        {
            return Clean(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (GroupedNumber().IsMatch(value))
        {
            return Clean(double.Parse(value.Replace(",", string.Empty, System.StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return value;
    }

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
