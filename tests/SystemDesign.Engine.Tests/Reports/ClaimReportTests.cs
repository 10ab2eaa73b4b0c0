using System.Linq;
using System.Text.Json;
using SystemDesign.Engine.Results;
using SystemDesign.Reports;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// Every report lists the claimed figures and says when a verdict rests on claims or placeholder figures (issue 9,
/// "Figures a grade can rest on"); the runner's failure text for a gate repeats it.
/// </summary>
public sealed class ClaimReportTests
{
    // The blog with two app servers claimed at 1e12 req/s each, and a primary claimed at Availability(1).
    private static Results.Evaluation Claimed()
    {
        var a = new ArchitectureBuilder(ReportDesigns.Blog);
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(2).CapacityPerInstance(1e12);
        var primary = a.DbPrimary("Primary DB").Instances(2).Availability(1);
        var replica = a.DbReplica("Read Replica").Instances(2).CapacityPerInstance(6000);
        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
        return Grader.Grade(ReportDesigns.Blog, a.Build());
    }

    [Fact]
    public void The_text_report_says_the_verdict_rests_on_claims_and_lists_every_claim()
    {
        var text = EvaluationReport.ToText(Claimed()).Replace("\n      ", " ", System.StringComparison.Ordinal).Replace("\n  ", " ", System.StringComparison.Ordinal);
        Assert.Contains("The verdict rests on 2 claimed figures far from the type's sourced default (SD0024): App Servers's capacity per instance, Primary DB's", text, System.StringComparison.Ordinal);
        Assert.Contains("CLAIMED AND PLACEHOLDER FIGURES", text, System.StringComparison.Ordinal);
        Assert.Contains("App Servers capacity per instance: 1,000,000,000,000 req/s stated, far (SD0024); default 150 req/s ← constant app_capacity_per_instance", text, System.StringComparison.Ordinal);
        Assert.Contains("Read Replica capacity per instance: 6,000 req/s stated, within 10×; default 5,000 req/s ← constant db_read_capacity", text, System.StringComparison.Ordinal);
        Assert.Contains("Primary DB instance availability: 100% stated, far (SD0024); default 99.5% ← registry db_primary:", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_has_the_claims_table()
    {
        var markdown = EvaluationReport.ToMarkdown(Claimed());
        Assert.Contains("The verdict rests on 2 claimed figures", markdown, System.StringComparison.Ordinal);
        Assert.Contains("## Claimed figures", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| App Servers | capacity per instance | 1,000,000,000,000 req/s | 150 req/s | far (SD0024) | constant app_capacity_per_instance |", markdown, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_carries_each_claim_with_its_default()
    {
        var evaluation = Claimed();
        using var document = JsonDocument.Parse(EvaluationReport.ToJson(evaluation));
        var root = document.RootElement;
        Assert.StartsWith("rests on 2 claimed figures", root.GetProperty("restsOn").GetString(), System.StringComparison.Ordinal);
        var claims = root.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(3, claims.Length);
        var app = claims.Single(c => c.GetProperty("component").GetString() == "App Servers");
        Assert.Equal(1e12, app.GetProperty("value").GetDouble());
        Assert.Equal("req/s", app.GetProperty("unit").GetString());
        Assert.Equal(150, app.GetProperty("default").GetProperty("value").GetDouble());
        Assert.True(app.GetProperty("farFromDefault").GetBoolean());
        Assert.Empty(root.GetProperty("placeholders").EnumerateArray());
    }

    [Fact]
    public void The_runners_gate_text_marks_a_grade_resting_on_claims()
    {
        var evaluation = Claimed();
        var capacity = evaluation.Gates.Single(g => g.Gate == Gate.Capacity);
        var text = ChecklistReport.Gate("PersonalBlog", evaluation, capacity);
        Assert.Contains("  ⚠ The grade rests on 2 claimed figures far from the type's sourced default (SD0024):", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_on_placeholder_figures_is_marked_in_every_format()
    {
        var a = new ArchitectureBuilder("l6-new-computing-1");
        var chip = a.Component("neuromorphic_chip", "Neuromorphic Chip").Instances(2);
        chip.Calls(a.Component("quantum_processor", "Quantum Processor").Instances(2).HourlyCost(2));
        var evaluation = Grader.Grade("l6-new-computing-1", a.Build());

        var quantum = evaluation.Placeholders.Single(p => p.Component == "Quantum Processor");
        Assert.Equal(["capacity per instance", "service time", "instance availability"], quantum.Figures); // the price is claimed
        Assert.Contains("placeholder figures (inherited, not measured for the type) of 2 components: Neuromorphic Chip (neuromorphic_chip), Quantum Processor (quantum_processor)", EvaluationReport.ToText(evaluation).Replace("\n  ", " ", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Contains("| Quantum Processor | `quantum_processor` | capacity per instance, service time, instance availability |", EvaluationReport.ToMarkdown(evaluation), System.StringComparison.Ordinal);
        using var document = JsonDocument.Parse(EvaluationReport.ToJson(evaluation));
        Assert.Equal(2, document.RootElement.GetProperty("placeholders").GetArrayLength());
        var gate = ChecklistReport.Gate("Design", evaluation, evaluation.Gates.Single(g => g.Gate == Gate.Capacity));
        Assert.Contains("⚠ The grade rests on placeholder figures", gate, System.StringComparison.Ordinal);
    }
}
