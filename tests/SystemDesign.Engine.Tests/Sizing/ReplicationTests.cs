using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>Replication is not shared (issue 9): every replica instance applies every write of its primary.</summary>
public sealed class ReplicationTests
{
    [Fact]
    public void Five_replica_instances_each_apply_every_write()
    {
        // 1,000 writes/s on the primary; five replica instances of 2,000 apply 1,000 each: 50%, not 1,000 ÷ 10,000 = 10%.
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0), PrimaryAndReplicas(replicas: 5, perInstance: 2000));

        var replica = e.Component("Replicas");
        Assert.Equal(5000, replica.OfferedRps, 9);
        Assert.Equal(0.5, replica.Utilization!.Value, 12);
    }

    [Fact]
    public void A_replicas_required_count_leaves_each_instance_room_for_its_share_of_reads()
    {
        // 900 reads/s shared, 100 writes/s applied by each instance of 150: n × 150 ≥ 1.2 × (900 + 100 n) gives
        // n ≥ 1,080 ÷ 30 = 36; one more instance adds 150 of capacity but also 100 of replication.
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9), PrimaryAndReplicas(replicas: 10, perInstance: 150));

        Assert.Equal(36, e.Component("Replicas").RequiredInstances);
        var sized = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9), PrimaryAndReplicas(replicas: 36, perInstance: 150));
        Assert.Empty(e.Findings(Rules.Overloaded.Id, "Primary"));
        Assert.Empty(sized.Findings(Rules.Overloaded.Id, "Replicas"));
        Assert.Empty(sized.Findings(Rules.BelowHeadroom.Id, "Replicas"));
        Assert.Equal((900 + (36 * 100)) / (36.0 * 150), sized.Component("Replicas").Utilization!.Value, 12);
    }

    private static Architecture PrimaryAndReplicas(int replicas, double perInstance)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(20).CapacityPerInstance(1000);
        var primary = a.DbPrimary("Primary").Instances(2).CapacityPerInstance(10_000);
        var replica = a.DbReplica("Replicas").Instances(replicas).CapacityPerInstance(perInstance);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
        return a.Build();
    }
}
