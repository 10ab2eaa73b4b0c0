using System.Linq;
using SystemDesign.Reports;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>
/// Printed is modelled (issue 9): the report shows the servers per instance and the service time the queue really uses,
/// not only the stated figure (the report printed 13.333 ms while the queue ran 3 servers of 15 ms).
/// </summary>
public sealed class PrintedIsModelledTests
{
    [Fact]
    public void A_capacity_constant_that_moves_the_server_count_is_printed_as_the_queue_runs_it()
    {
        // compute: 13.333 ms (registry); app_capacity_per_instance 200 → c = round(200 × 0.013333) = round(2.67) = 3,
        // each server 3 ÷ 200 req/s = 15 ms.
        var problem = Evaluation.Designs.Problem(rate: 1_000, constants: ("app_capacity_per_instance", 200));
        var a = new ArchitectureBuilder("test-problem");
        a.Client("Users").Calls(a.App("App").Instances(8));
        var e = Grader.Grade(problem, a.Build());

        var app = e.Components.Single(c => c.Name == "App");
        Assert.Equal(13.333, app.ServiceTimeMs!.Value);
        Assert.Equal(3, app.ServersPerInstance);
        Assert.Equal(15, app.ModelledServiceTimeMs!.Value, 9);

        var text = EvaluationReport.ToText(e);
        Assert.Contains("queue per instance: 3 servers of 15 ms ← engine: c = max(1, round(200 req/s × 13.333 ms)) = 3", text, System.StringComparison.Ordinal);
        Assert.Contains("queue per instance: 3 servers of 15 ms", EvaluationReport.ToMarkdown(e), System.StringComparison.Ordinal);
        Assert.Contains("\"serversPerInstance\": 3,", EvaluationReport.ToJson(e), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_figures_run_as_stated()
    {
        // compute's own 150 req/s at 13.333 ms: 2 servers of 13.333 ms, as docs/components.md's table says.
        var a = new ArchitectureBuilder("test-problem");
        a.Client("Users").Calls(a.App("App").Instances(8));
        var app = Grader.Grade(Evaluation.Designs.Problem(rate: 1_000), a.Build()).Components.Single(c => c.Name == "App");
        Assert.Equal(2, app.ServersPerInstance);
        Assert.Equal(2 * 1000 / 150.0, app.ModelledServiceTimeMs!.Value, 9);
    }
}
