using System.Globalization;

namespace SystemDesign.Model;

/// <summary>
/// The number formatter of the design API's own messages (SD0xxx). The API references nothing, so it cannot use the
/// engine's <c>NumberText</c>; the two forms here are the same as that formatter's <c>Count</c> and <c>Raw</c>, and a
/// source scan (tests/SystemDesign.Tests/SourceScans) keeps every other format out of the API.
/// </summary>
internal static class ModelNumbers
{
    /// <summary>"1,000,000": a count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"0.5": the round-trip form, as C# would write the literal.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
