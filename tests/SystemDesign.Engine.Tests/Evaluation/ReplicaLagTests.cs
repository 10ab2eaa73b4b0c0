using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A replica's lag is at least the one-way network from its primary's region (ITU-T G.114's 5 µs/km over the great
/// circle) or the lag the design states as measured (<c>ReplicationLag</c>), and the RPO bounds it (AWS, <i>Disaster
/// Recovery of Workloads on AWS</i>: "RPO is determined by replication lag"), with or without a request rate (issue 12).
/// </summary>
public sealed class ReplicaLagTests
{
    // N. Virginia to Singapore: 15,522 km of great circle at 5 µs/km.
    private const double VirginiaSingaporeSeconds = 0.0776098;

    private static Problem Catalog(string id) => ProblemCatalog.BuiltIn.Find(id)!;

    // multi-region-rpo-10s has no request rate and an RPO of 10 s (stated as its replication lag bound).
    private static Results.Evaluation RpoCase(System.Func<DatabaseNode, DatabaseNode> replica)
    {
        var a = new ArchitectureBuilder("multi-region-rpo-10s");
        var lb = a.LoadBalancer("Global LB").Instances(2);
        var apps = a.App("Regional Apps").Instances(2);
        var primary = a.DbPrimary("Primary").Instances(2).Region("us-east-1").FailoverTime(60);
        var replicas = replica(a.DbReplica("Cross-Region Replicas").Instances(2));
        a.Client("Users").Calls(lb);
        lb.Calls(apps);
        apps.Writes(primary);
        apps.Reads(replicas);
        primary.ReplicatesTo(replicas);
        return Designs.Evaluate(Catalog("multi-region-rpo-10s"), a.Build());
    }

    [Fact]
    public void Without_a_rate_a_replica_in_another_region_lags_by_the_network_and_meets_a_10_s_RPO()
    {
        var e = RpoCase(r => r.Region("ap-southeast-1"));

        var row = Assert.Single(e.Backlogs);
        Assert.Equal("Cross-Region Replicas", row.Component);
        Assert.Equal(VirginiaSingaporeSeconds, row.LagSeconds, 6);
        Assert.Equal(10, row.LagTargetSeconds);
        Assert.Contains("a write reaches it from Primary (us-east-1) in ap-southeast-1 77.61 ms later", row.Line, System.StringComparison.Ordinal);
        Assert.Empty(e.Findings(Rules.LagTargetMissed.Id));
    }

    [Fact]
    public void A_stated_lag_over_the_RPO_is_SD6005_and_no_instance_count_is_proposed()
    {
        // The seed's incident: the failover "lost 45 seconds of committed transactions".
        var e = RpoCase(r => r.Region("eu-west-1").ReplicationLag(45));

        var finding = e.Single(Rules.LagTargetMissed.Id, "Cross-Region Replicas");
        Assert.StartsWith("replication lag reaches 45 s against the 10 s target", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("Cross-Region Replicas.ReplicationLag(45)", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("No instance count helps", finding.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(finding.Properties, p => p.Key == "instances");
    }

    [Fact]
    public void A_replica_in_the_primary_s_region_with_no_stated_lag_has_nothing_to_report_without_a_rate()
    {
        Assert.Empty(RpoCase(r => r.Region("us-east-1")).Backlogs);
        Assert.Empty(RpoCase(r => r).Backlogs);
    }

    // cross-region-failover: a rate, RTO 600 s, RPO 300 s; the standby primary applies every replicated write.
    private static Results.Evaluation Failover(string? standbyRegion, double? statedLag = null)
    {
        var a = new ArchitectureBuilder("cross-region-failover");
        var dns = a.LoadBalancer("Global DNS").Instances(8);
        var primary = a.App("Primary Region").Instances(2108);
        var standby = a.App("Standby Region").Instances(2498);
        var primaryDb = a.DbPrimary("Primary DB").Instances(301).Region("us-east-1");
        // Every standby instance applies all 25,000 writes/s: one that keeps up with them, so the modelled lag is finite.
        var standbyDb = a.DbPrimary("Standby DB").Instances(2).CapacityPerInstance(50_000);
        if (standbyRegion is not null)
        {
            standbyDb.Region(standbyRegion);
        }

        if (statedLag is { } lag)
        {
            standbyDb.ReplicationLag(lag);
        }

        a.Client("Users").Calls(dns);
        dns.Calls(primary);
        dns.Calls(standby);
        primary.Writes(primaryDb);
        standby.Writes(standbyDb);
        primaryDb.ReplicatesTo(standbyDb);
        return Designs.Evaluate(Catalog("cross-region-failover"), a.Build());
    }

    [Fact]
    public void With_a_rate_the_network_adds_to_the_modelled_lag()
    {
        var local = Assert.Single(Failover("us-east-1").Backlogs, b => b.Component == "Standby DB");
        var remote = Assert.Single(Failover("ap-southeast-1").Backlogs, b => b.Component == "Standby DB");

        Assert.Equal(VirginiaSingaporeSeconds, remote.LagSeconds - local.LagSeconds, 6);
        Assert.Equal(local.LagSeconds, Assert.Single(Failover(null).Backlogs, b => b.Component == "Standby DB").LagSeconds);
    }

    [Fact]
    public void With_a_rate_a_stated_lag_over_the_RPO_is_SD6005()
    {
        var e = Failover("eu-west-1", statedLag: 400);

        var finding = e.Single(Rules.LagTargetMissed.Id, "Standby DB");
        Assert.StartsWith("replication lag reaches 6.67 min against the 5 min target (RPO, constant rpo_seconds: 300)", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("No instance count helps", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(Failover("eu-west-1", statedLag: 200).Findings(Rules.LagTargetMissed.Id));
    }
}
