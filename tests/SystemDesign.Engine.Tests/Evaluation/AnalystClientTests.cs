using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 8, "who sends what": an analysts' client (<c>analyst_client</c>, role <see cref="ClientRole.Queries"/>) sends
/// the analytical queries, not the user traffic. 1,000 req/s: every figure below by hand.
/// </summary>
public sealed class AnalystClientTests
{
    // 100 queries/s and 900 events/s: cross-region-analytics' shape ("1M events/s write, 10k queries/s") at 1/1,010 scale.
    private static readonly Problem Events = Designs.Problem(rate: 1000, readRatio: 0.1);

    private static readonly Problem Users = Designs.Problem(rate: 1000, readRatio: 0.9, latency: [new LatencyTarget(99, 200, "test")]);

    /// <summary>Class: the analysts' role. Beside an event source, the analysts send every query and no event.</summary>
    [Fact]
    public void Analysts_send_the_queries_and_the_event_source_the_writes()
    {
        var a = new ArchitectureBuilder();
        a.Component("create_client", "Events").Calls(a.App("Ingest").Instances(20));
        a.Component("analyst_client", "Analysts").Calls(a.App("Query API").Instances(20));

        var e = Designs.Evaluate(Events, a.Build());

        Assert.Equal(100, e.Component("Query API").ReadRps, 9);
        Assert.Equal(0, e.Component("Query API").WriteRps, 9);
        Assert.Equal(900, e.Component("Ingest").WriteRps, 9);
        Assert.Equal(0, e.Component("Ingest").ReadRps, 9);
        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
    }

    /// <summary>
    /// Class: the analysts' role. Beside user clients that read, analysts that state no part send nothing (not half the
    /// user reads, as an even split by client did) and SD2009 says how to state it; nothing is timed for them.
    /// </summary>
    [Fact]
    public void Analysts_beside_users_take_none_of_the_user_reads_unless_they_state_a_part()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(20));
        a.Component("analyst_client", "Analysts").Calls(a.App("Query API").Instances(20));

        var e = Designs.Evaluate(Users, a.Build());

        Assert.Equal(900, e.Component("App").ReadRps, 9);
        Assert.Equal(100, e.Component("App").WriteRps, 9);
        Assert.Equal(0, e.Component("Query API").ReadRps, 9);
        var finding = e.Single(Rules.ClientSharesDoNotAddUp.Id, "Analysts");
        Assert.Equal("Analysts sends analytical queries, but the problem's 900 reads/s are also sent by user clients and Analysts states no part of them: it sends nothing, so its queries are not graded. State the queries per second the analysts send with Analysts.RequestRate(...), or their share of the reads with WorkloadShare(...).", finding.Message);
        Assert.DoesNotContain(e.Latency, l => l.Entry == "Analysts");
    }

    /// <summary>Class: the analysts' role with a stated rate. 90 queries/s of the 900 reads; the users send the other 810.</summary>
    [Fact]
    public void Analysts_with_a_stated_rate_send_it_and_the_users_the_rest()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(20));
        a.Component("analyst_client", "Analysts").RequestRate(90).Calls(a.App("Query API").Instances(20));

        var e = Designs.Evaluate(Users, a.Build());

        Assert.Equal(90, e.Component("Query API").ReadRps, 9);
        Assert.Equal(0, e.Component("Query API").WriteRps, 9);
        Assert.Equal(810, e.Component("App").ReadRps, 9);
        Assert.Equal(100, e.Component("App").WriteRps, 9);
        Assert.Empty(e.Findings(Rules.ClientSharesDoNotAddUp.Id));
        Assert.Contains(e.Latency, l => l.Entry == "Analysts");
    }

    /// <summary>Class: the analysts' role. Alone, they send the reads, never the writes: those come from no client (SD2009).</summary>
    [Fact]
    public void Analysts_alone_never_send_the_writes()
    {
        var a = new ArchitectureBuilder();
        a.Component("analyst_client", "Analysts").Calls(a.App("Query API").Instances(20));

        var e = Designs.Evaluate(Users, a.Build());

        Assert.Equal(900, e.Component("Query API").ReadRps, 9);
        Assert.Equal(0, e.Component("Query API").WriteRps, 9);
        var finding = e.Single(Rules.ClientSharesDoNotAddUp.Id, null);
        Assert.StartsWith("No client sends the workload's writes: the 100 writes/s the problem states come from no client", finding.Message, System.StringComparison.Ordinal);
    }

    /// <summary>Class: traffic that reaches nothing. Analysts with no edge drop their queries: SD7003, and SD2008 when nothing else is served.</summary>
    [Fact]
    public void Analysts_with_no_edge_drop_their_queries_and_say_so()
    {
        var a = new ArchitectureBuilder();
        a.Component("create_client", "Events").Calls(a.App("Ingest").Instances(20));
        a.Component("analyst_client", "Analysts");

        var e = Designs.Evaluate(Events, a.Build());

        Assert.Contains("emits 100 reads/s and has no edge", e.Single(Rules.TrafficDropped.Id, "Analysts").Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(e.Latency, l => l.Entry == "Analysts");
    }

    /// <summary>
    /// Class: the analysts' role in the catalog. The problems whose reference names its client for dashboards, analysts or
    /// reports; a new one fails here until its role is decided. Their dashboards' queries are the problem's reads, so an
    /// analysts' client in place of the reference's sends the same reads; a problem whose workload also holds writes
    /// (analytics-dashboard-cache: its "50k widget queries/sec" took the 90% read default) then names them (SD2009).
    /// </summary>
    [Fact]
    public void The_catalogs_dashboard_clients_send_the_same_reads_as_analysts()
    {
        var named = new Regex(@"analyst|dashboard|report|\bBI\b|business user", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var registry = ProblemCatalog.BuiltIn.Components;
        bool IsDashboardClient(ReferenceComponent c) => registry.Resolve(c.Type)?.Kind.Id == "client" && named.IsMatch(c.Name);
        var found = ProblemCatalog.BuiltIn.Problems
            .Where(p => p.ReferenceSolution?.Components.Any(IsDashboardClient) == true)
            .Select(p => p.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

        Assert.Equal(["analytics-dashboard-cache", "database-query-cache"], found);
        foreach (var id in found)
        {
            var problem = ProblemCatalog.BuiltIn.Find(id)!;
            var asAnalysts = problem with
            {
                ReferenceSolution = problem.ReferenceSolution! with
                {
                    Components = [.. problem.ReferenceSolution.Components.Select(c => IsDashboardClient(c) ? c with { Type = "analyst_client" } : c)],
                },
            };
            var before = Designs.Evaluate(problem, Designs.FromReference(problem));
            var after = Designs.Evaluate(problem, Designs.FromReference(asAnalysts));

            Assert.Equal(before.Components.Select(c => c.ReadRps), after.Components.Select(c => c.ReadRps));
            var writes = problem.Workload.RequestRate!.Value * (1 - problem.Workload.ReadRatio!.Value);
            Assert.Equal(writes > 0 ? 1 : 0, after.Findings(Rules.ClientSharesDoNotAddUp.Id).Length);
        }
    }
}
