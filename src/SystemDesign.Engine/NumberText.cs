using System.Collections.Generic;
using System.Globalization;
using SystemDesign.Catalog.Loading;
using SystemDesign.Model;

namespace SystemDesign.Engine;

/// <summary>
/// Every number the engine and the reports print: finding messages, the text and Markdown reports and the test
/// runner's checklist. Invariant culture throughout; a figure that is not a number prints as a named state
/// (<see cref="Unbounded"/>, <see cref="NotComputed"/>), never "NaN" or "∞". One class so that a message and a
/// report never disagree on how a figure looks.
/// </summary>
/// <example><code>
/// NumberText.N(1200);            // "1,200"
/// NumberText.Ms(189.321);        // "189.32 ms"
/// NumberText.Number(0.8333, 1);  // "0.8"
/// NumberText.Money(7646.02);     // "$7,646.02"
/// </code></example>
public static class NumberText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>What a figure says for +∞: a saturated queue's latency or backlog has no bound.</summary>
    public const string Unbounded = "unbounded";

    /// <summary>What a figure says for NaN or −∞: a figure the engine could not compute (never a number).</summary>
    public const string NotComputed = "not computed";

    /// <summary>From here on a number is written "1.798E+308", not as 309 digits with separators.</summary>
    public const double Scientific = 1e15;

    /// <summary>Neither NaN nor ±∞ (netstandard2.0 has no double.IsFinite).</summary>
    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    /// <summary>
    /// "1,200" — thousands separators, up to two decimals; <see cref="Unbounded"/> for +∞ and
    /// <see cref="NotComputed"/> for NaN or −∞; scientific from <see cref="Scientific"/> on.
    /// </summary>
    public static string N(double value) =>
        double.IsPositiveInfinity(value) ? Unbounded
        : double.IsNaN(value) || double.IsNegativeInfinity(value) ? NotComputed
        : System.Math.Abs(value) >= Scientific ? value.ToString("0.###E+0", Invariant)
        : value.ToString("#,0.##", Invariant);

    /// <summary>"189.32 ms", or <see cref="Unbounded"/> for a saturated path (no unit after a named state).</summary>
    public static string Ms(double milliseconds) => IsFinite(milliseconds) ? N(milliseconds) + " ms" : N(milliseconds);

    /// <summary>
    /// "83.3%", "99.95%", "99.999999%": a fraction as a percentage, with enough decimals that a figure just
    /// below 1 never rounds to "100%" (one digit past the fraction's run of nines).
    /// </summary>
    public static string Percent(double fraction)
    {
        if (!IsFinite(fraction * 100))
        {
            return N(fraction * 100);
        }

        var decimals = fraction >= 0.9 && fraction < 0.99 ? 2 : 1;
        if (fraction >= 0.99 && fraction < 1)
        {
            // 1 − f = 1e-k needs k − 2 decimals of a percentage to show its nines, and one more to show what follows.
            decimals = (int)System.Math.Min(12, System.Math.Max(1, System.Math.Ceiling(-System.Math.Log10(1 - fraction)) - 1));
        }

        return (fraction * 100).ToString("#,0." + new string('#', decimals), Invariant) + "%";
    }

    /// <summary>"10,000" — a count with thousands separators.</summary>
    public static string Count(long value) => CatalogNumber.Count(value);

    /// <summary>"10000" — a count for a finding's properties: plain digits a code fix can paste into code.</summary>
    public static string Raw(long value) => value.ToString(Invariant);

    /// <summary>"0.5" — a figure for a finding's properties: the round-trip form, a literal a code fix can paste into code.</summary>
    public static string Raw(double value) => CatalogNumber.Exact(value);

    /// <summary>
    /// "0.5", "double.NaN": a value as C# would write it, so an error about an option or a figure quotes what the caller
    /// passed (the design API keeps its own twin, <c>ModelNumbers.Literal</c>: it references nothing).
    /// </summary>
    public static string Literal(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : Raw(value);

    /// <summary>
    /// "1,000.25" (grouped) or "1000.25": at most <paramref name="maxDecimals"/> decimals, no named states, for text
    /// that is not a finding's or a report's figure (the tool's tables and listings, a diagram's coordinates).
    /// </summary>
    public static string Decimals(double value, int maxDecimals, bool grouped) => CatalogNumber.Decimals(value, maxDecimals, grouped);

    /// <summary>"0.012": exactly <paramref name="decimals"/> decimals, for timings that line up in a log.</summary>
    public static string Fixed(double value, int decimals) =>
        value.ToString(decimals > 0 ? "0." + new string('0', decimals) : "0", Invariant);

    /// <summary>
    /// "99.9999%": a fraction as a percentage to the digits stated (decimal arithmetic, up to ten decimals), never rounded
    /// up to 100%; for restating a problem's figures as written.
    /// </summary>
    public static string ExactPercent(double fraction) => ((decimal)fraction * 100).ToString("0.##########", Invariant) + "%";

    /// <summary>"0.096" — a price per hour: up to four decimals, so the product in a message adds up.</summary>
    public static string Price(double usd) =>
        IsFinite(usd) && System.Math.Abs(usd) < Scientific ? usd.ToString("#,0.####", Invariant) : N(usd);

    /// <summary>"$7,646.02"-style dollars for a message; a named state without the sign ("unbounded").</summary>
    public static string Usd(double usd) => IsFinite(usd) ? "$" + N(usd) : N(usd);

    /// <summary>
    /// The first <paramref name="max"/> items joined by <paramref name="separator"/>, then "and N more": one message
    /// names a bounded number of things, so a design's findings stay linear in its size.
    /// </summary>
    public static string Listed(IEnumerable<string> items, string separator, int max = 5)
    {
        var shown = new List<string>(max);
        var more = 0;
        foreach (var item in items)
        {
            if (shown.Count < max)
            {
                shown.Add(item);
            }
            else
            {
                more++;
            }
        }

        return string.Join(separator, shown) + (more > 0 ? " and " + Count(more) + " more" : string.Empty);
    }

    /// <summary>
    /// "1,234.57" with at most <paramref name="maxDecimals"/> decimals, the reports' table figure; never "-0".
    /// Not a number: as <see cref="N"/>.
    /// </summary>
    public static string Number(double value, int maxDecimals)
    {
        if (!IsFinite(value) || System.Math.Abs(value) >= Scientific)
        {
            return N(value);
        }

        // A value that rounds to zero prints "0", not "-0".
        if (System.Math.Round(value, maxDecimals) == 0)
        {
            return "0";
        }

        string format = maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0";
        return value.ToString(format, Invariant);
    }

    /// <summary>A request rate in requests per second for a report, e.g. "1,000".</summary>
    public static string Rate(double rps) => Number(rps, 2);

    /// <summary>A ratio as a percentage with one decimal at most, as a report's table shows it: 0.8333 → "83.3%".</summary>
    public static string ShortPercent(double ratio) => Suffix(Number(ratio * 100, 1), ratio * 100, "%");

    /// <summary>US dollars with cents for a report, e.g. "$7,646.02".</summary>
    public static string Money(double usd)
    {
        if (!IsFinite(usd))
        {
            return Number(usd, 2);
        }

        if (System.Math.Round(usd, 2) == 0)
        {
            return "$0.00";
        }

        return usd < 0 ? "-$" + (-usd).ToString("#,##0.00", Invariant) : "$" + usd.ToString("#,##0.00", Invariant);
    }

    /// <summary>
    /// An availability as a percentage with enough decimals to show two significant digits of the
    /// unavailability, so that 0.99999999998 prints "99.999999998%" rather than a misleading "100%".
    /// </summary>
    public static string Availability(double availability)
    {
        if (double.IsNaN(availability) || availability >= 1 || availability <= 0)
        {
            return ShortPercent(availability);
        }

        double downPercent = (1 - availability) * 100;
        int decimals = (int)System.Math.Ceiling(-System.Math.Log10(downPercent)) + 2;
        decimals = System.Math.Max(1, System.Math.Min(12, decimals));
        return Number(availability * 100, decimals) + "%";
    }

    /// <summary>
    /// The arithmetic of a component's monthly cost as SD5001's message and the runner's cost lines print it:
    /// "3 × $0.096 × 730 h", and for kinds billed by use (a price per million requests, with a request rate)
    /// " + 120 req/s × 2,628,000 s × $0.6 per million requests" (docs/engine.md, "Cost").
    /// </summary>
    public static string MonthlyCostArithmetic(long instances, double hourlyUsd, double hoursPerMonth, double? loadRps, double? usdPerMillionRequests) =>
        $"{Count(instances)} × ${Price(hourlyUsd)} × {N(hoursPerMonth)} h"
        + (usdPerMillionRequests is { } price && loadRps is { } load
            ? $" + {N(load)} req/s × {N(Checks.CostCheck.SecondsPerHour * hoursPerMonth)} s × ${Price(price)} per million requests"
            : string.Empty);

    /// <summary>Downtime a year at this availability: "174.75 h", "5.26 min", "0.32 s" or "under 0.01 s".</summary>
    public static string DowntimePerYear(double availability)
    {
        double hours = (1 - availability) * Math.Availability.HoursPerYear;
        if (!IsFinite(hours))
        {
            return Number(hours, 2);
        }

        if (hours <= 0)
        {
            return "0 s";
        }

        if (hours >= 1)
        {
            return Number(hours, 2) + " h";
        }

        if (hours * 60 >= 1)
        {
            return Number(hours * 60, 2) + " min";
        }

        double seconds = hours * 3600;
        return seconds >= 0.01 ? Number(seconds, 2) + " s" : "under 0.01 s";
    }

    /// <summary>A knob's value as reports print it, by its row's <see cref="KnobFormat"/>: "150 req/s", "20 ms", "$0.0416/h".</summary>
    public static string KnobValue(KnobFormat format, double value) => format switch
    {
        KnobFormat.RequestRate => Rate(value) + " req/s",
        KnobFormat.Milliseconds => Number(value, 3) + " ms",
        KnobFormat.Probability => Availability(value),
        KnobFormat.DollarsPerHour => "$" + Number(value, 4) + "/h",
        KnobFormat.Percent => ShortPercent(value),
        KnobFormat.Hours => Number(value, 3) + " h",
        _ => Number(value, 2),
    };

    /// <summary>"P99" for 99, "P99.9" for 99.9.</summary>
    public static string Percentile(double percentile) => "P" + Number(percentile, 3);

    /// <summary>The peak multiplier as "×1.5".</summary>
    public static string Multiplier(double multiplier) => "×" + Number(multiplier, 2);

    // A unit follows a number, not a named state: "83.3%", but "unbounded".
    private static string Suffix(string text, double value, string unit) => IsFinite(value) ? text + unit : text;
}
