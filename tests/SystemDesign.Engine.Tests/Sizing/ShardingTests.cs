using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>
/// Sharding (issue 11), against the worked example of docs/engine.md, "Sharding": 40,000 req/s, half reads, so 20,000
/// writes/s on the primary and 20,000 reads/s on a replica of 5,000 req/s per instance, 20% headroom. Each shard takes
/// 1/S of the writes (Vitess and MongoDB hashed sharding; Kleppmann, DDIA ch. 6), and each replica instance holds
/// ⌈S ÷ R⌉ shards' copies.
/// </summary>
public sealed class ShardingTests
{
    private static readonly SystemDesign.Catalog.Problem HalfWrites = Designs.Problem(rate: 40_000, readRatio: 0.5);

    [Fact]
    public void Unsharded_every_replica_instance_applies_every_write_and_SD2001_proposes_ten_shards()
    {
        // 20,000 writes/s per instance against 5,000 of capacity: no count helps. The proposal: the first S with
        // n = 1.2 × 20,000 ÷ (5,000 − 1.2 × 20,000 ÷ S) ≤ S, i.e. 5,000 S ≥ 48,000, S = 10 (9 would need 11 instances).
        // The count at 10 shards is 11, not 10: losing one of 10 instances puts two shards' copies on one of the nine
        // (4,000 applied + 2,222 reads > 5,000), so N+1 asks one more (the sizing search grades the sharded design).
        var e = Designs.Evaluate(HalfWrites, PrimaryAndReplicas(shards: null, replicas: 20));

        Assert.Equal(20_000 + (20 * 20_000), e.Component("Replicas").OfferedRps, 9);
        var finding = Assert.Single(e.Findings(Rules.Overloaded.Id, "Replicas"));
        Assert.Equal("10", finding.Properties[Knobs.Shards.FixPropertyFor("Primary")!]);
        Assert.Equal("11", finding.Properties[Knobs.Instances.FixProperty!]);
        Assert.Contains("Primary.Shards(10)", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_proposed_shards_and_instances_pass_at_the_headroom_boundary()
    {
        // 10 shards, 10 instances: each applies 20,000 ÷ 10 = 2,000 and serves 20,000 ÷ 10 = 2,000 reads, 4,000 of
        // 5,000 = 80%, exactly what the 20% headroom allows (10 × 5,000 ≥ 1.2 × 40,000).
        var e = Designs.Evaluate(HalfWrites, PrimaryAndReplicas(shards: 10, replicas: 10));

        var replicas = e.Component("Replicas");
        Assert.Equal(20_000 + (10 * 2_000), replicas.OfferedRps, 9);
        Assert.Equal(0.8, replicas.Utilization!.Value, 12);
        // The headroom asks 10; N+1 asks 11: with one of 10 lost, one of the nine holds two shards' copies.
        Assert.Equal(11, replicas.RequiredInstances);
        Assert.Empty(e.Findings(Rules.Overloaded.Id, "Replicas"));
        Assert.Empty(e.Findings(Rules.BelowHeadroom.Id, "Replicas"));
        Assert.Equal(10, e.Component("Primary").Shards!.Value);
    }

    [Fact]
    public void More_replica_instances_than_shards_each_hold_one_shard()
    {
        // 8 shards over 16 instances: 2,500 writes/s applied each, 20,000 + 16 × 2,500 = 60,000 of 80,000 = 75%.
        var e = Designs.Evaluate(HalfWrites, PrimaryAndReplicas(shards: 8, replicas: 16));

        Assert.Equal(60_000, e.Component("Replicas").OfferedRps, 9);
        Assert.Equal(0.75, e.Component("Replicas").Utilization!.Value, 12);
    }

    [Fact]
    public void Fewer_replica_instances_than_shards_hold_several_shards_each()
    {
        // 8 shards over 4 instances: ⌈8 ÷ 4⌉ = 2 copies each, 2 × 2,500 = 5,000 writes/s applied, so 20,000 + 4 × 5,000.
        var e = Designs.Evaluate(HalfWrites, PrimaryAndReplicas(shards: 8, replicas: 4));

        Assert.Equal(40_000, e.Component("Replicas").OfferedRps, 9);
        Assert.NotEmpty(e.Findings(Rules.Overloaded.Id, "Replicas"));
    }

    [Fact]
    public void An_unsharded_primary_reports_one_shard_and_other_kinds_none()
    {
        var e = Designs.Evaluate(HalfWrites, PrimaryAndReplicas(shards: null, replicas: 20));

        Assert.Equal(1, e.Component("Primary").Shards!.Value);
        Assert.Null(e.Component("Replicas").Shards);
        Assert.Null(e.Component("App").Shards);
    }

    private static Architecture PrimaryAndReplicas(int? shards, int replicas)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(400).CapacityPerInstance(1000);
        var primary = a.DbPrimary("Primary").Instances(4).CapacityPerInstance(10_000);
        if (shards is { } s)
        {
            primary.Shards(s);
        }

        var replica = a.DbReplica("Replicas").Instances(replicas).CapacityPerInstance(5_000);
        a.Client("Users").Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
        return a.Build();
    }
}
