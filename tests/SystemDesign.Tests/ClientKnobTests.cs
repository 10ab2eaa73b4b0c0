using System.Linq;
using SystemDesign.Model;

namespace SystemDesign.Tests;

/// <summary>
/// Issue 8, "who sends what": a client states its part of the workload as a share or a rate (Model.Knobs rows
/// WorkloadShare and RequestRate); the validator names a value out of range and a client that states both.
/// </summary>
public sealed class ClientKnobTests
{
    [Fact]
    public void A_share_above_one_is_SD0017_naming_the_range_and_an_example()
    {
        var a = new ArchitectureBuilder("p");
        a.Client("Mobile").WorkloadShare(70);

        var finding = Assert.Single(a.Build().Validate());

        Assert.Equal(Rules.InvalidParameter.Id, finding.RuleId);
        Assert.Equal(Knobs.WorkloadShare.Key, finding.Knob);
        Assert.Equal("'Mobile' has workload share 70; it must be (0, 1] (fraction of its role's requests), for example WorkloadShare(0.7). Fix the value, or remove the call to take the default.", finding.Message);
    }

    [Fact]
    public void A_rate_of_zero_is_SD0008()
    {
        var a = new ArchitectureBuilder("p");
        a.Component("analyst_client", "Analysts").RequestRate(0);

        var finding = Assert.Single(a.Build().Validate());

        Assert.Equal(Rules.NonPositiveKnob.Id, finding.RuleId);
        Assert.Equal(Knobs.RequestRate.Key, finding.Knob);
        Assert.Contains("RequestRate(0); it must be a positive, finite number of requests per second at the target rate, for example RequestRate(5000)", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_that_states_both_a_share_and_a_rate_is_SD0017()
    {
        var a = new ArchitectureBuilder("p");
        a.Client("Web").WorkloadShare(0.3).RequestRate(300);

        var finding = Assert.Single(a.Build().Validate());

        Assert.Equal(Rules.InvalidParameter.Id, finding.RuleId);
        Assert.Equal("'Web' states both WorkloadShare(0.3) and RequestRate(300); a client's part of the workload is one or the other. Keep the one the problem states and remove the other call.", finding.Message);
    }

    [Fact]
    public void Valid_parts_on_clients_are_silent_and_read_back()
    {
        var a = new ArchitectureBuilder("p");
        a.Client("Mobile").WorkloadShare(0.7);
        a.Component("redirect_client", "Readers").RequestRate(1200);

        var design = a.Build();

        Assert.Empty(design.Validate());
        Assert.Equal(0.7, design.Components.Single(c => c.Name == "Mobile").WorkloadShare);
        Assert.Equal(1200, design.Components.Single(c => c.Name == "Readers").RequestRate);
    }
}
