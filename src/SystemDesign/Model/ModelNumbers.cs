using System.Globalization;

namespace SystemDesign.Model;

/// <summary>
/// The number formatter of the design API's own messages (SD0xxx). The API references nothing, so it cannot use the
/// engine's <c>NumberText</c>; the forms here are the same as that formatter's <c>Count</c>, <c>Raw</c> and <c>Literal</c>, and a
/// source scan (tests/SystemDesign.Tests/SourceScans) keeps every other format out of the API.
/// </summary>
internal static class ModelNumbers
{
    /// <summary>"1,000,000": a count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"0.5": the round-trip form, as C# would write the literal.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The design's value as C# would write it, so a message quotes the call: "0.5", "-1", and for what is not a
    /// finite number the constant's name ("double.NaN", "double.PositiveInfinity") rather than "NaN" or "∞"
    /// (the engine's <c>NumberText.Literal</c>).
    /// </summary>
    public static string Literal(double value) =>
        double.IsNaN(value) ? "double.NaN"
        : double.IsPositiveInfinity(value) ? "double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "double.NegativeInfinity"
        : Exact(value);
}
