using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver.Tests;

/// <summary>
/// The shard move (issue 11): a replica that must apply more writes than one instance can is cured by sharding its
/// primary (docs/engine.md, "Sharding"); the raise phase applies the engine's proposed shard count, the lower phase
/// keeps the fewest shards that still pass, and the draft says why.
/// </summary>
public sealed class ShardMoveTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.BuiltIn;

    [Fact]
    public void A_replica_behind_200000_writes_per_second_is_solved_by_sharding_its_primary()
    {
        // global-event-sourcing-system: Replicators write 200,000/s into Global Catalog; a Catalog Replica instance
        // carries 5,000 req/s (registry db_replica), so unsharded no count of replicas keeps up.
        var solution = Sizer.Solve(Catalog.Find("global-event-sourcing-system")!, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, solution.Status);
        var primary = solution.Parts.Single(p => p.Part.Name == "Global Catalog");
        var shards = (int)primary.Parameters[Knobs.Shards.Parameter!];
        var replica = solution.Parts.Single(p => p.Part.Name == "Catalog Replica");
        // Each replica instance holds one shard: 200,000 ÷ shards must leave it room, so at least 200,000 × 1.2 ÷ 5,000 = 48.
        Assert.InRange(shards, 49, replica.Instances);
        var why = Assert.Single(primary.ParameterWhy);
        Assert.StartsWith($"{shards} shards: 200,000 writes/s ÷ {shards} = ", why, StringComparison.Ordinal);
        Assert.Contains($"at {shards - 1}: SD", why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fewest_shards_are_kept_one_fewer_fails_or_warns()
    {
        var problem = Catalog.Find("global-event-sourcing-system")!;
        var solution = Sizer.Solve(problem, Catalog.Components);
        var shards = solution.Parts.Single(p => p.Part.Name == "Global Catalog").Parameters[Knobs.Shards.Parameter!];
        var fewer = new Architecture(problem.Id, solution.Parts.Select(p => new Component(p.Part.Name, p.Part.Type)
        {
            Instances = p.Instances,
            Parameters = p.Parameters.ToDictionary(kv => kv.Key, kv => p.Part.Name == "Global Catalog" && kv.Key == Knobs.Shards.Parameter ? shards - 1 : kv.Value),
        }), solution.Topology.Connections);

        var evaluation = Engine.Grader.Grade(problem, fewer, Catalog.Components);

        // One shard fewer leaves each replica instance more writes than its headroom allows: an error or SD2002.
        Assert.Contains(evaluation.Findings, f => f.Component == "Catalog Replica" && (f.Severity == Severity.Error || f.RuleId == Rules.BelowHeadroom.Id));
    }

    [Fact]
    public void The_draft_sets_the_shards_with_its_arithmetic()
    {
        var problem = Catalog.Find("global-event-sourcing-system")!;
        var text = DesignWriter.Write(problem, Sizer.Solve(problem, Catalog.Components));

        var line = text.Split('\n').Single(l => l.Contains("\"Global Catalog\")", StringComparison.Ordinal));
        Assert.Contains(".Parameter(\"shards\", ", line, StringComparison.Ordinal);
        var comment = text.Split('\n').TakeWhile(l => l != line).Last();
        Assert.Contains("writes/s for each replica instance to apply", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_the_reference_replicates_by_Raft_fails_over_in_3_s_and_meets_a_5_s_RTO()
    {
        // distributed-database: "Each region has 5-node Raft cluster for consensus", RTO 5 s; the engine's default 120 s
        // (an RDS standby) failed SD7015. YugabyteDB's documented leader election, about 3 s, is the figure.
        var solution = Sizer.Solve(Catalog.Find("distributed-database")!, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, solution.Status);
        foreach (var region in solution.Parts.Where(p => p.Part.Type == ComponentTypes.DbPrimary))
        {
            Assert.Equal(3, region.Parameters[ParameterNames.FailoverSeconds]);
            Assert.Contains(region.ParameterWhy, w => w.Contains("Raft leader election takes about 3 s", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_plain_primary_keeps_the_default_failover()
    {
        // tutorial-simple-blog's reference names no consensus: the move does not apply.
        var problem = Catalog.Find("tutorial-simple-blog")!;

        Assert.False(ConsensusFailover.Applies(problem, Catalog.Components, ComponentTypes.DbPrimary));
        Assert.True(ConsensusFailover.Applies(Catalog.Find("distributed-database")!, Catalog.Components, ComponentTypes.DbPrimary));
        Assert.False(ConsensusFailover.Applies(Catalog.Find("distributed-database")!, Catalog.Components, ComponentTypes.App));
    }
}
