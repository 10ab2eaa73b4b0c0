using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SystemDesign.Importer;

/// <summary>
/// Numbers as the export writes them: ASCII digits, within the range of the type that holds them. Every
/// number the importer reads passes through here first, so a digit from another script (Arabic-Indic '٣',
/// fullwidth '３', which .NET's <c>\d</c> matches but the invariant parsers reject) or a figure too large
/// for an int or a decimal becomes an error naming its line instead of an exception from a parser.
/// </summary>
public static partial class NumberText
{
    /// <summary>
    /// The most digits a figure in text the workload reads may have: 10¹⁸ times the largest multiplier
    /// (B, 10⁹) or hour (3.6 × 10⁶ ms) still fits a decimal (7.9 × 10²⁸). Numeric constants are doubles and
    /// exempt (molecule_count has 21 digits).
    /// </summary>
    public const int MaxDigits = 18;

    /// <summary>Parses digits matched by a <c>\d+</c> pattern (a problem, tier, hint number or a count).</summary>
    /// <exception cref="ImportException">Non-ASCII digits, or more than <see cref="int.MaxValue"/>.</exception>
    public static int WholeNumber(string digits, string? problem, int lineNumber, string what)
    {
        System.ArgumentNullException.ThrowIfNull(digits);
        if (ForeignDigit(digits) is { } foreign)
        {
            throw ImportException.AtLine(problem, lineNumber, $"{what} '{digits}' has {Describe(foreign)}, a digit from another script; expected ASCII digits 0-9");
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw ImportException.AtLine(problem, lineNumber, $"{what} {digits} is too large; expected a whole number from 0 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    /// <summary>
    /// Checks a line whose figures the workload reads (functional and non-functional requirements, text
    /// constants): ASCII digits only and no figure longer than <see cref="MaxDigits"/> digits.
    /// </summary>
    /// <exception cref="ImportException">The line breaks either rule; the message names the figure.</exception>
    public static void CheckFigures(string line, string? problem, int lineNumber)
    {
        System.ArgumentNullException.ThrowIfNull(line);
        if (ForeignDigit(line) is { } foreign)
        {
            throw ImportException.AtLine(problem, lineNumber, $"{Describe(foreign)} is a digit from another script; expected figures in ASCII digits 0-9");
        }

        foreach (Match m in Figure().Matches(line))
        {
            var digits = m.Value.Replace(",", string.Empty, System.StringComparison.Ordinal).TrimStart('0').Length;
            if (digits > MaxDigits)
            {
                throw ImportException.AtLine(problem, lineNumber, $"the figure {Shorten(m.Value)} has {digits.ToString(CultureInfo.InvariantCulture)} digits; expected at most {MaxDigits.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }

    /// <summary>The first decimal digit outside 0-9 in <paramref name="text"/>, if any.</summary>
    public static Rune? ForeignDigit(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        return text.EnumerateRunes().Where(rune => Rune.IsDigit(rune) && !(rune.Value is >= '0' and <= '9')).Select(rune => (Rune?)rune).FirstOrDefault();
    }

    private static string Describe(Rune rune) => "'" + rune + "' (U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) + ")";

    private static string Shorten(string figure) => figure.Length <= 40 ? figure : figure[..20] + "…" + figure[^10..];

    /// <summary>A run of digits, with the thousands separators the workload reads ("1,000,000").</summary>
    [GeneratedRegex(@"[0-9]+(?:,[0-9]{3})*", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
