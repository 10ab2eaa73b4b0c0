using System.Globalization;
using SystemDesign.Reports;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// The reports must be byte-identical under any current culture: tr-TR (dotless i, "." thousands), de-DE
/// ("," decimals), ar-SA (Arabic digits and separators in some formats) and the invariant culture.
/// </summary>
public sealed class EvaluationReportCultureTests
{
    private static readonly string[] Cultures = { "tr-TR", "de-DE", "ar-SA", "" };

    [Theory]
    [MemberData(nameof(EvaluationReportSnapshotTests.Designs), MemberType = typeof(EvaluationReportSnapshotTests))]
    public void Every_format_is_byte_identical_under_every_culture(string design)
    {
        var evaluation = EvaluationReportSnapshotTests.Evaluate(design);
        string? text = null, markdown = null, json = null;
        foreach (string name in Cultures)
        {
            var (t, m, j) = UnderCulture(name, () =>
                (EvaluationReport.ToText(evaluation), EvaluationReport.ToMarkdown(evaluation), EvaluationReport.ToJson(evaluation)));
            Assert.Equal(text ??= t, t);
            Assert.Equal(markdown ??= m, m);
            Assert.Equal(json ??= j, j);
        }

        // Guard against the test passing vacuously: the output has numbers a culture would change.
        Assert.Contains("1,000", text, System.StringComparison.Ordinal);
        Assert.Contains("%", markdown, System.StringComparison.Ordinal);
        Assert.Contains(".", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_cultures_used_really_format_numbers_differently()
    {
        // If the runtime ran in invariant-globalization mode, every culture would format alike and the test above
        // would prove nothing.
        string german = UnderCulture("de-DE", () => 1234.5.ToString("N1", CultureInfo.CurrentCulture));
        Assert.NotEqual("1,234.5", german);
    }

    private static T UnderCulture<T>(string name, System.Func<T> render)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var culture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
