using System.IO;
using static System.StringComparison;

namespace SystemDesign.Cli.Tests;

/// <summary><c>sysdesign solve</c>, run in-process as a user would type it.</summary>
public sealed class SolveCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Solve_prints_a_design_ready_to_paste_with_the_arithmetic()
    {
        var (exit, output, _) = Run("solve", "tutorial-simple-blog");

        Assert.Equal(0, exit);
        Assert.Contains("[Design(\"tutorial-simple-blog\")]", output, Ordinal);
        Assert.Contains("public sealed class TutorialSimpleBlogDesign : IDesign", output, Ordinal);
        Assert.Contains("// 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8;", output, Ordinal);
        Assert.Contains("var appServers = a.Component(\"app\", \"App Servers\").Instances(9);", output, Ordinal);
        Assert.Contains("loadBalancer.ConnectsTo(appServers);", output, Ordinal);
    }

    [Fact]
    public void Solve_as_json_gives_status_counts_and_reasons()
    {
        var (exit, output, _) = Run("solve", "tutorial-simple-blog", "--format", "json");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("solved", json.RootElement.GetProperty("status").GetString());
        Assert.Contains(json.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("name").GetString() == "App Servers" && c.GetProperty("instances").GetInt32() == 9);
    }

    [Fact]
    public void The_last_backlog_the_solver_could_not_cure_is_solved_by_sizing_the_consumer()
    {
        // l5-devprod-google-ci was the CLI's infeasible example (SD2005: 1,157.41 msg/s against Build Orchestrator's
        // 1 × 1,000): its queue dropped the workload's reads that SD2005 counted. Every message now reaches the consumer,
        // so the solver sizes it; every catalog problem solves (docs/catalog.md), and exit 1 with the reasons is
        // --budget-first's below (an infeasible solve prints them the same way).
        var (exit, output, error) = Run("solve", "l5-devprod-google-ci");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("a.Component(\"build_orchestrator\", \"Build Orchestrator\").Instances(3)", output, Ordinal);
    }

    [Fact]
    public void Budget_first_prints_a_design_within_the_budget_and_the_gates_it_gives_up()
    {
        var (exit, output, error) = Run("solve", "oauth2-gateway", "--budget-first");

        Assert.Equal(1, exit);
        Assert.Contains("[Design(\"oauth2-gateway\")]", output, Ordinal);
        Assert.Contains("Counts lowered to fit the budget", output, Ordinal);
        Assert.Contains("budget first: the cheapest passing design found costs $", error, Ordinal);
        Assert.Contains("over the $500,000 budget", error, Ordinal);
    }

    [Theory]
    [InlineData(new[] { "solve" }, "'solve' takes one problem id")]
    [InlineData(new[] { "solve", "tutorial-simple-blog", "--format", "yaml" }, "unknown format 'yaml'. Formats: csharp, json.")]
    [InlineData(new[] { "solve", "tutorial-simple-blog", "--all" }, "'solve --all' takes no problem id")]
    [InlineData(new[] { "solve", "--all", "--budget-first" }, "--budget-first sizes one problem")]
    public void Bad_usage_says_what_to_type(string[] args, string message)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, Ordinal);
    }

    [Fact]
    public void An_unknown_id_suggests_near_ones()
    {
        var (exit, _, error) = Run("solve", "tutorial-simple-blgo");

        Assert.Equal(2, exit);
        Assert.Contains("Did you mean: tutorial-simple-blog", error, Ordinal);
    }
}
