using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// The engine's contract (Grader's summary): "Never throws on a bad design: what is wrong becomes a finding."
/// Invalid knobs, degenerate graphs and huge designs must each complete with findings and sane numbers.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Problem Workload = Designs.Problem(
        rate: 1000, readRatio: 0.9, peak: 3, latency: [new LatencyTarget(99, 200, "test")], availability: 0.999, budget: 10_000, connections: 50_000);

    public static IEnumerable<object[]> BadNumbers() =>
        new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0, -1, double.Epsilon, 1e300 }.Select(v => new object[] { v });

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void Every_knob_set_to_a_bad_number_gives_findings_not_exceptions(double value)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB").CapacityPerInstance(value).ServiceTime(value).Availability(value).HourlyCost(value);
        var app = a.App("App").Instances(4).CapacityPerInstance(value).ServiceTime(value).Availability(value).HourlyCost(value).Parameter("x", value);
        var cache = a.Cache("Cache").HitRate(value).ServiceTime(value);
        var ws = a.WebSocket("WS").ServiceTime(value).CapacityPerInstance(value);
        var stream = a.Stream("Events").Parameter("partitions", value);
        var worker = a.Worker("Worker").CapacityPerInstance(value);
        var db = a.DbPrimary("DB").CapacityPerInstance(value).Availability(value);
        users.Calls(lb).Weight(value);
        lb.Calls(app).Weight(value);
        lb.Calls(ws);
        app.Reads(cache).Weight(value);
        app.Writes(db).Weight(value);
        app.Publishes(stream);
        worker.Consumes(stream).Weight(value);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.NotEmpty(e.Findings);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1)]
    [InlineData(1_000_001)]
    [InlineData(int.MaxValue)]
    public void Extreme_instance_counts_complete(int instances)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var app = a.App("App").Instances(instances);
        var stream = a.Stream("Events").Partitions(int.MaxValue);
        var db = a.DbPrimary("DB").Instances(instances);
        var worker = a.Worker("Worker").Instances(instances);
        users.Calls(app);
        app.ConnectsTo(db);
        app.Publishes(stream);
        worker.Consumes(stream);

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Empty(Designs.NonFiniteNumbers(e));
        Assert.True(double.IsFinite(e.MonthlyCostUsd));
        if (instances < 1)
        {
            Assert.NotEmpty(e.Findings(Rules.InvalidInstances.Id));
        }
    }

    [Fact]
    public void Self_dangling_duplicate_and_unknown_become_findings()
    {
        var components = new[]
        {
            new Component("Users", "client"),
            new Component("App", "app"),
            new Component("App", "db_primary"),
            new Component("Mystery", "no_such_type"),
            new Component(string.Empty, string.Empty),
            new Component(null!, null!),
        };
        var connections = new[]
        {
            new Connection("Users", "App", ConnectionKind.Calls),
            new Connection("App", "App", ConnectionKind.Calls),
            new Connection("App", "Nowhere", ConnectionKind.Writes),
            new Connection(null!, null!, ConnectionKind.Default),
            new Connection("App", "Mystery", (ConnectionKind)999),
            new Connection("Users", "App", ConnectionKind.Calls),
        };

        var e = Designs.Evaluate(Workload, new Architecture(null, components, connections));

        Assert.NotEmpty(e.Findings(Rules.SelfConnection.Id));
        Assert.NotEmpty(e.Findings(Rules.DanglingConnection.Id));
        Assert.NotEmpty(e.Findings(Rules.DuplicateName.Id));
        Assert.NotEmpty(e.Findings(Rules.UnknownComponentType.Id));
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void An_empty_design_fails_the_tiers_and_completes()
    {
        var e = Grader.Grade(Designs.Blog, new ArchitectureBuilder().Build());

        Assert.False(e.Passed);
        Assert.NotEmpty(e.Findings(Rules.MissingComponentType.Id));
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void A_chain_of_100000_components_completes()
    {
        var a = new ArchitectureBuilder();
        Node previous = a.Client("Users");
        for (var i = 0; i < 100_000; i++)
        {
            var next = a.App(Name(i)).Instances(10);
            previous.ConnectsTo(next);
            previous = next;
        }

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(100_001, e.Components.Count);
        Assert.Equal(1000, e.Component(Name(99_999)).OfferedRps, 9);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void A_fan_out_of_100000_components_completes()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB").Instances(100);
        users.Calls(lb);
        for (var i = 0; i < 100_000; i++)
        {
            lb.Calls(a.App(Name(i)));
        }

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(0.01, e.Component(Name(5)).OfferedRps, 9);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void Ten_thousand_clients_in_front_of_one_service_complete()
    {
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB");
        var app = a.App("App").Instances(10);
        lb.Calls(app);
        for (var i = 0; i < 10_000; i++)
        {
            a.Client("Client " + i.ToString(CultureInfo.InvariantCulture)).Calls(lb);
        }

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Equal(1000, e.Component("App").OfferedRps, 9);
        Assert.NotEmpty(e.Latency);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void A_dense_design_with_100000_edges_completes()
    {
        // 450 services, each calling every later one: 101,025 edges, and the load doubles at every step.
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var nodes = Enumerable.Range(0, 450).Select(i => a.App(Name(i))).ToArray();
        users.Calls(nodes[0]);
        for (var i = 0; i < nodes.Length; i++)
        {
            for (var j = i + 1; j < nodes.Length; j++)
            {
                nodes[i].Calls(nodes[j]);
            }
        }

        var design = a.Build(); // built once: a second Build of 101,025 edges only repeated the work
        var e = Designs.Evaluate(Workload, design);

        Assert.True(design.Connections.Count > 100_000);
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    [Fact]
    public void A_ladder_whose_load_overflows_a_double_completes()
    {
        // An app and a worker per layer, each calling both of the next layer (a service calls every kind of dependency
        // with its full traffic): the load doubles per layer, and 1,000 × 2^1100 overflows a double (and ∞ × a 0 miss rate would be NaN).
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        Node[] layer = [users];
        for (var i = 0; i < 1100; i++)
        {
            var app = a.App("App " + i.ToString(CultureInfo.InvariantCulture));
            var worker = a.Worker("Worker " + i.ToString(CultureInfo.InvariantCulture));
            foreach (var from in layer)
            {
                from.ConnectsTo(app);
                from.ConnectsTo(worker);
            }

            layer = [app, worker];
        }

        var e = Designs.Evaluate(Workload, a.Build());

        Assert.Empty(Designs.NonFiniteNumbers(e));
        Assert.True(e.Component("App 1099").OfferedRps > 1e300, "the load saturates at the largest double");
        Assert.False(e.Passed);
    }

    private static string Name(int i) => "S" + i.ToString(CultureInfo.InvariantCulture);
}
