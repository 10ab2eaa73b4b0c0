using System.IO;
using System.Linq;
using System.Text.Json;
using SystemDesign.TestSupport;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// <c>sysdesign show</c> as approved files, text and JSON, for a tiered problem, tinyurl (two clients with roles,
/// per-class bounds) and an L6 problem (a bound no design can meet). Review a received file like code: every figure in it
/// comes from the engine (the palette's settled figures with their sources, the no-queueing floors).
/// </summary>
public sealed class ShowSnapshotTests
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "tests", "SystemDesign.Cli.Tests", "Snapshots");

    public static TheoryData<string> Problems => new() { "tutorial-simple-blog", "tinyurl", "l6-ai-infrastructure-1" };

    private static string Show(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(["show", .. args], output, error);
        Assert.True(exit == 0, error.ToString());
        return output.ToString();
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Show_text_matches_the_approved_file(string problem) =>
        Snapshot.Verify(Approved, "show-" + problem, "txt", Show(problem));

    [Theory]
    [MemberData(nameof(Problems))]
    public void Show_json_matches_the_approved_file(string problem) =>
        Snapshot.Verify(Approved, "show-" + problem, "json", Show(problem, "--format", "json"));

    [Fact]
    public void Palette_types_show_their_kind_alias_role_and_the_figures_the_engine_settles()
    {
        var tinyurl = Show("tinyurl");
        Assert.Contains("- redirect_client: kind client; alias of client; emits reads", tinyurl, System.StringComparison.Ordinal);
        Assert.Contains("- create_client: kind client; alias of client; emits writes", tinyurl, System.StringComparison.Ordinal);
        Assert.Contains("- stream: kind stream; also named kafka", tinyurl, System.StringComparison.Ordinal);

        // presto has no figures of its own: the engine settles it at its kind's (compute) 150 req/s default.
        var presto = ProblemWithPaletteType("presto");
        using var json = JsonDocument.Parse(Show(presto, "--format", "json"));
        var figures = json.RootElement.GetProperty("paletteFigures").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "presto");
        Assert.Equal("compute", figures.GetProperty("kind").GetString());
        Assert.Equal(150, figures.GetProperty("capacityRps").GetProperty("value").GetDouble());
    }

    [Fact]
    public void A_bound_below_the_fastest_one_hop_floor_is_named_with_the_numbers()
    {
        var text = Show("l6-ai-infrastructure-1");
        Assert.Contains("## Latency targets no design can meet", text, System.StringComparison.Ordinal);
        Assert.Contains("- P99 of reads < 0.001 ms: even the fastest path, one hop through", text, System.StringComparison.Ordinal);

        // tinyurl's bounds are all within reach: a cache answers a read in 0.01 ms.
        Assert.DoesNotContain("no design can meet", Show("tinyurl"), System.StringComparison.Ordinal);
    }

    private static string ProblemWithPaletteType(string type) =>
        SystemDesign.Catalog.ProblemCatalog.BuiltIn.Problems.First(p => p.Palette.Contains(type)).Id;
}

/// <summary><c>show</c> over the whole catalog: every problem's figures settle and print, in both formats.</summary>
public sealed class ShowCatalogTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Every_problem_shows_its_palette_figures_and_out_of_reach_targets()
    {
        var catalog = SystemDesign.Catalog.ProblemCatalog.BuiltIn;
        var unreachable = 0;
        foreach (var problem in catalog.Problems)
        {
            var figures = GradedFigures.Of(problem, catalog.Components);
            Assert.Equal(problem.Palette, figures.Palette.Select(p => p.Type));
            Assert.All(figures.Unreachable, u => Assert.True(u.FloorMs > u.TargetMs, problem.Id + ": " + u));
            unreachable += figures.Unreachable.Count > 0 ? 1 : 0;
            using var text = new StringWriter();
            ProblemText.Write(problem, figures, text);
            using var json = JsonDocument.Parse(CatalogJson.Problem(problem, figures));
            Assert.Equal(figures.Unreachable.Count, json.RootElement.GetProperty("unreachableLatencyTargets").GetArrayLength());
        }

        output.WriteLine($"{unreachable} of {catalog.Problems.Count} problems have a latency target no design of their palette can meet.");
    }
}
