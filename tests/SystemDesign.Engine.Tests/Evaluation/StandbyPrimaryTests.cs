namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 9, "Replication is not shared": a primary's standby (a db_primary fed by <c>ReplicatesTo</c>) serves none of
/// its callers' reads or writes and applies every write of its primary; its utilization says so. Before, a caller's
/// edge to it made it a second shard: the primary showed 25% and the standby 250 writes/s of its own besides.
/// </summary>
public sealed class StandbyPrimaryTests
{
    private static Results.Evaluation Grade(int standbyInstances)
    {
        // 1,000 req/s, half writes: 500 writes/s; 500 reads/s go to the read replica.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(20);
        var primary = a.DbPrimary("Primary").CapacityPerInstance(1_000);
        var standby = a.DbPrimary("Standby").Instances(standbyInstances).CapacityPerInstance(1_000);
        var replica = a.DbReplica("Replica").CapacityPerInstance(1_000);
        a.Client("Users").Calls(app);
        app.ConnectsTo(primary);
        app.ConnectsTo(standby); // the failover path
        app.ConnectsTo(replica);
        primary.ReplicatesTo(standby);
        primary.ReplicatesTo(replica);
        return Designs.Evaluate(Designs.Problem(rate: 1_000, readRatio: 0.5), a.Build());
    }

    [Fact]
    public void A_standby_primary_serves_none_and_applies_every_write()
    {
        var e = Grade(1);

        var primary = e.Component("Primary");
        Assert.Equal((0.0, 500.0, 0.5), (primary.ReadRps, primary.WriteRps, primary.Utilization!.Value));
        var standby = e.Component("Standby");
        Assert.Equal((0.0, 0.0, 500.0, 0.5), (standby.ReadRps, standby.WriteRps, standby.OfferedRps, standby.Utilization!.Value));
        var replica = e.Component("Replica");
        Assert.Equal((500.0, 1_000.0), (replica.ReadRps, replica.OfferedRps)); // its reads and the primary's 500 writes
    }

    [Fact]
    public void Every_instance_of_a_standby_applies_every_write()
    {
        var standby = Grade(3).Component("Standby");

        Assert.Equal((1_500.0, 0.5), (standby.OfferedRps, standby.Utilization!.Value)); // 3 × 500 against 3 × 1,000
    }
}

/// <summary>
/// Issue 9, "a standby primary as failover redundancy": the pair is down only for the failover or while both are
/// (docs/engine.md, "Availability"; worked example in <see cref="Math.StandbyAvailabilityTests"/>), so a one-instance
/// primary with a standby is no single point of failure.
/// </summary>
public sealed class StandbyAvailabilityEvaluationTests
{
    private static Results.Evaluation Grade(bool standby, double? failoverSeconds = null)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(20);
        var primary = a.DbPrimary("Primary").CapacityPerInstance(1_000);
        if (failoverSeconds is { } f)
        {
            primary.FailoverTime(f);
        }

        a.Client("Users").Calls(app);
        app.ConnectsTo(primary);
        if (standby)
        {
            var s = a.DbPrimary("Standby").CapacityPerInstance(1_000);
            app.ConnectsTo(s); // the failover path
            primary.ReplicatesTo(s);
        }

        return Designs.Evaluate(Designs.Problem(rate: 1_000, readRatio: 0.5), a.Build());
    }

    [Fact]
    public void A_primary_with_a_standby_is_the_pair_and_no_single_point_of_failure()
    {
        var with = Grade(standby: true);
        var without = Grade(standby: false);

        // 500 writes/s on 1,000 per instance: one instance of each needed; 0.995 each, 120 s failover, 360 s repair.
        Assert.Equal(0.995, without.Component("Primary").ComponentAvailability, 12);
        Assert.Equal(0.998316667, with.Component("Primary").ComponentAvailability, 9);
        Assert.NotEmpty(without.Findings(Model.Rules.SinglePointOfFailure.Id, "Primary"));
        Assert.Empty(with.Findings(Model.Rules.SinglePointOfFailure.Id, "Primary"));
        Assert.True(with.Availability > without.Availability);
    }

    [Fact]
    public void A_failover_slower_than_the_repair_is_no_cover()
    {
        var slow = Grade(standby: true, failoverSeconds: 900);

        Assert.Equal(0.995, slow.Component("Primary").ComponentAvailability, 12);
        Assert.NotEmpty(slow.Findings(Model.Rules.SinglePointOfFailure.Id, "Primary"));
    }
}
