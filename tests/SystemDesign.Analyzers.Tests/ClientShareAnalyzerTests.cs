using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// Issue 8's client parts at compile time: the interpreter reads WorkloadShare and RequestRate on a client placed by
/// type name, the engine's SD2009 comes back through the analyzer, on the knob's argument or on the placing call.
/// </summary>
public sealed class ClientShareAnalyzerTests
{
    private static readonly string[] Shares = { "SD2009" };

    [Fact]
    public Task A_rate_above_the_problems_is_marked_on_the_rate() =>
        // tutorial-simple-blog: 1,000 req/s at 90% reads; a reads client's 5,000 req/s is above its 900 reads/s.
        VerifyAsync(Designs.Blog("9", extra: "a.Component(\"redirect_client\", \"Bots\").RequestRate({|SD2009:5000|}).Calls(lb);"), only: Shares);

    [Fact]
    public Task Silent_analysts_beside_the_readers_are_marked_where_they_are_placed() =>
        VerifyAsync(Designs.Blog("9", extra: "{|SD2009:a.Component(\"analyst_client\", \"Analysts\")|}.Calls(lb);"), only: Shares);

    [Fact]
    public Task Analysts_that_state_their_rate_are_silent() =>
        VerifyAsync(Designs.Blog("9", extra: "a.Component(\"analyst_client\", \"Analysts\").RequestRate(90).Calls(lb);"), only: Shares);
}
