using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 8, "who sends what": each client emits the share of the workload its registry role implies, tiers keep an
/// alias's identity, and traffic a client cannot send anywhere is a finding. 1,000 req/s at 90% reads: 900 reads/s
/// and 100 writes/s, every figure below by hand.
/// </summary>
public sealed class ClientRoleTests
{
    private static readonly Problem Workload = Designs.Problem(rate: 1000, readRatio: 0.9);

    /// <summary>Class: client roles. The redirects' client sends every read, the creates' client every write.</summary>
    [Fact]
    public void A_redirect_client_sends_the_reads_and_a_create_client_the_writes()
    {
        var a = new ArchitectureBuilder();
        var redirects = a.Component("redirect_client", "Redirects");
        var creates = a.Component("create_client", "Creates");
        var readApp = a.App("Read App").Instances(10);
        var writeApp = a.App("Write App").Instances(10);
        redirects.Calls(readApp);
        creates.Calls(writeApp);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(900, e.Component("Read App").ReadRps, 9);
        Assert.Equal(0, e.Component("Read App").WriteRps, 9);
        Assert.Equal(0, e.Component("Write App").ReadRps, 9);
        Assert.Equal(100, e.Component("Write App").WriteRps, 9);
    }

    /// <summary>Class: client roles. Clients of one role share its class evenly; a plain client emits both classes.</summary>
    [Fact]
    public void Clients_that_emit_a_class_share_it_and_a_plain_client_emits_both()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var redirects = a.Component("redirect_client", "Redirects");
        var app = a.App("App").Instances(10);
        var other = a.App("Other App").Instances(10);
        users.Calls(app);
        redirects.Calls(other);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(450, e.Component("App").ReadRps, 9); // reads: Users and Redirects, 900 ÷ 2
        Assert.Equal(100, e.Component("App").WriteRps, 9); // writes: Users alone
        Assert.Equal(450, e.Component("Other App").ReadRps, 9);
        Assert.Equal(0, e.Component("Other App").WriteRps, 9);
    }

    /// <summary>
    /// Class: client roles. The export names its generic client redirect_client: alone, it sends the writes too,
    /// since no client's role includes them (208 of the 209 reference solutions that use it).
    /// </summary>
    [Fact]
    public void A_lone_redirect_client_sends_the_writes_no_other_client_emits()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Readers").Calls(a.App("App").Instances(10));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(900, e.Component("App").ReadRps, 9);
        Assert.Equal(100, e.Component("App").WriteRps, 9);
    }

    /// <summary>Class: traffic that reaches nothing. A client with no edge emits its share into nothing: SD7003.</summary>
    [Fact]
    public void A_client_with_no_edge_drops_its_share_and_says_so()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Redirects").Calls(a.App("App").Instances(10));
        a.Component("create_client", "Creates");

        var e = Designs.Evaluate(Workload, a.Build());

        var finding = e.Single(Rules.TrafficDropped.Id, "Creates");
        Assert.Contains("emits 100 writes/s and has no edge", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(e.Findings(Rules.TrafficDropped.Id, "Redirects"));
        Assert.Equal(0, e.Component("App").WriteRps, 9);
    }

    /// <summary>
    /// Class: traffic that reaches nothing. When no client's traffic reaches a component the design serves nothing:
    /// SD2008 fails the capacity gate, and no latency is computed for requests nothing carries (an empty starter design
    /// passed the capacity gate and a P99 target with a path of 0 ms).
    /// </summary>
    [Fact]
    public void A_design_that_serves_none_of_the_workload_fails_capacity_and_times_nothing()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users");
        a.App("App").Instances(10);

        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9, latency: [new LatencyTarget(99, 200, "test")]), a.Build());

        var finding = e.Single(Rules.NothingServed.Id, null);
        Assert.Equal("No component serves the workload: 1,000 req/s leave Users and reach nothing, so the design serves none of them. Connect each client to what serves its requests, e.g. Users.Calls(...).", finding.Message);
        Assert.Equal(GateStatus.Failed, e.Gates.Single(g => g.Gate == Gate.Capacity).Status);
        Assert.Empty(e.Latency);
        Assert.False(e.Passed);
    }

    /// <summary>Class: traffic that reaches nothing. One client's dropped share is SD7003, not SD2008: the rest is served.</summary>
    [Fact]
    public void A_design_that_serves_part_of_the_workload_is_not_SD2008()
    {
        var a = new ArchitectureBuilder();
        a.Component("redirect_client", "Redirects").Calls(a.App("App").Instances(10));
        a.Component("create_client", "Creates");

        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9, latency: [new LatencyTarget(99, 200, "test")]), a.Build());

        Assert.Empty(e.Findings(Rules.NothingServed.Id));
        // The creates reach nothing, so they are not timed (before: a 0 ms write path that met every target).
        Assert.NotEmpty(e.Latency);
        Assert.DoesNotContain(e.Latency, l => l.Entry == "Creates");
    }

    /// <summary>Class: traffic that reaches nothing. A client connected to its server drops nothing.</summary>
    [Fact]
    public void A_connected_client_drops_nothing()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(10));

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Empty(e.Findings(Rules.TrafficDropped.Id));
    }

    /// <summary>
    /// Class: aliases keep identity for tiers. "Must have connection from: create_client" is met by a create_client
    /// or a plain client, not by a redirect_client that shares the client behaviour; "client" is met by any alias.
    /// </summary>
    [Theory]
    [InlineData("create_client", "create_client", true)]
    [InlineData("client", "create_client", true)]
    [InlineData("redirect_client", "create_client", false)]
    [InlineData("redirect_client", "client", true)]
    [InlineData("create_client", "client", true)]
    public void A_tier_naming_an_alias_is_met_by_that_alias_or_its_canonical_type(string designed, string required, bool met)
    {
        var problem = Workload with { Tiers = [new Tier("T0", "Smoke", [new ConnectionFromRequirement(required)])] };
        var a = new ArchitectureBuilder();
        a.Component(designed, "Clients").Calls(a.App("App").Instances(10));

        var e = Designs.Evaluate(problem, a.Build());

        Assert.Equal(met, e.Tiers[0].Requirements[0].Passed);
        Assert.Equal(met ? 0 : 1, e.Findings(Rules.MissingConnection.Id).Length);
    }
}
