using System.Text.Json;
using SystemDesign.Reports;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>Evaluations with little in them or extreme numbers still render in every format.</summary>
public sealed class EvaluationReportEdgeCaseTests
{
    public static TheoryData<string> Cases => new() { "unknown-problem", "empty-design", "extreme-knobs" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_format_renders_and_the_json_parses(string name)
    {
        var evaluation = name switch
        {
            "unknown-problem" => Grader.Grade("no-such-problem", new ArchitectureBuilder("no-such-problem").Build()),
            "empty-design" => Grader.Grade(ReportDesigns.Blog, new ArchitectureBuilder(ReportDesigns.Blog).Build()),
            _ => Grader.Grade(ReportDesigns.Blog, Extreme()),
        };

        string text = EvaluationReport.ToText(evaluation);
        string markdown = EvaluationReport.ToMarkdown(evaluation);
        string json = EvaluationReport.ToJson(evaluation);

        Assert.Contains(evaluation.Passed ? "PASSED" : "FAILED", text, System.StringComparison.Ordinal);
        Assert.EndsWith("\n", markdown, System.StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(evaluation.Findings.Count, document.RootElement.GetProperty("findings").GetArrayLength());
        foreach (var finding in evaluation.Findings)
        {
            Assert.Contains(finding.RuleId, text, System.StringComparison.Ordinal);
        }
    }

    private static Architecture Extreme()
    {
        var a = new ArchitectureBuilder(ReportDesigns.Blog);
        var c = a.Client("Readers | \"quoted\" *bold*");

        // Large but valid knobs; the DB is saturated so latencies are infinite. (Knobs that make the engine need more than
        // int.MaxValue instances make Evaluate itself throw today.)
        var app = a.App("App").Instances(1_000_000).CapacityPerInstance(1e300);
        var db = a.DbPrimary("DB").CapacityPerInstance(0.5);
        c.Calls(app);
        app.Writes(db);
        return a.Build();
    }
}
