using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Official.DesignAnalyzerTest;

namespace SystemDesign.Analyzers.Tests.Official;

/// <summary>
/// The DSL rules (SD0xxx) on Microsoft.CodeAnalysis.Testing: each on the call or argument that makes it. The same
/// cases as <see cref="DslTests"/>, which stays on the hand-written harness for what this framework does not do (see
/// Harness/AnalyzerHarness.cs: the exception check, diagnostics as text for the cache tests, shared compilations).
/// </summary>
public class DslRuleTests
{
    private static readonly string[] Dsl =
    {
        "SD0001", "SD0002", "SD0003", "SD0004", "SD0005", "SD0006", "SD0007", "SD0008", "SD0010", "SD0011", "SD0012",
        "SD0013", "SD0014", "SD0015", "SD0016", "SD0017", "SD0018",
    };

    [Fact]
    public Task Duplicate_name_is_marked_on_the_second_name() =>
        VerifyAsync(Designs.Blog(extra: "a.App({|SD0002:\"App Servers\"|});"), Dsl);

    [Fact]
    public Task Self_edge_and_repeated_edge_are_marked_on_the_edge_call() =>
        VerifyAsync(Designs.Blog(extra: "{|SD0005:app.Calls(app)|};\n        {|SD0006:lb.Calls(app)|};"), Dsl);

    [Fact]
    public Task Bad_weight_is_marked_on_the_weight() =>
        VerifyAsync(Designs.Blog(extra: "var cache = a.App(\"Side\").Instances(2);\n        lb.Calls(cache).Weight({|SD0013:-1|});"), Dsl);

    [Fact]
    public Task Bad_knob_values_are_marked_on_their_arguments() =>
        VerifyAsync(Designs.Blog(extra: """
            a.Worker("W").Instances({|SD0007:0|}).CapacityPerInstance(10).ServiceTime({|SD0008:-5|}).Availability({|SD0010:99.9|}).Zone({|SD0018:" "|});
                    a.Cache("C").HitRate({|SD0011:1.5|});
                    a.Stream("S").Partitions({|SD0012:0|});
                    a.WebSocket("WS").ConnectionsPerInstance({|SD0016:0|});
                    a.Component("cache", "K").Parameter("x", {|SD0017:double.NaN|}).Instances({|SD0015:2000000|});
            """), Dsl);

    /// <summary>An engine finding placed from its target and knob: the overloaded app's Instances argument.</summary>
    [Fact]
    public Task An_overloaded_component_is_marked_on_its_instances() =>
        VerifyAsync(Designs.Blog(appInstances: "{|SD2001:1|}"), "SD2001");
}
