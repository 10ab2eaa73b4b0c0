using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>SD0024 in the IDE: a claimed figure far from its type's default is marked on the knob's value.</summary>
public class ClaimedFigureAnalyzerTests
{
    [Fact]
    public Task A_capacity_claimed_far_past_the_default_is_marked_on_its_value() =>
        VerifyAsync(Designs.Blog("9", app: "a.App(\"App Servers\").CapacityPerInstance({|SD0024:1e12|})"), only: new[] { "SD0024" });

    [Fact]
    public Task A_capacity_within_ten_times_the_default_is_not_marked() =>
        VerifyAsync(Designs.Blog("9", app: "a.App(\"App Servers\").CapacityPerInstance(1500)"), only: new[] { "SD0024" });
}
