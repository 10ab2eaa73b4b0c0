using System.Globalization;
using System.Text.RegularExpressions;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>A constant's value as the export writes it; numbers are cleaned as the catalog writes them (<see cref="CatalogNumber"/>).</summary>
public static partial class Numbers
{
    /// <summary>
    /// Parses a constant's value (ASCII digits only: '٣' and '３' leave the value text): a plain number (thousands separators allowed only in the
    /// "1,000,000" form) becomes a double, true/false a bool, anything else stays a string.
    /// </summary>
    public static object ParseConstant(string text)
    {
        var value = text.Trim();
        return value switch
        {
            "true" => true,
            "false" => false,
            _ when PlainNumber().IsMatch(value) => CatalogNumber.Clean(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ when GroupedNumber().IsMatch(value) => CatalogNumber.Clean(double.Parse(value.Replace(",", string.Empty, System.StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => value,
        };
    }

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]+)?|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
