using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Every capacity-like constant of the catalog (issue 8: "producer_rps_per_instance, partition_rps,
/// cache_write_capacity, per-type limits...") has a meaning in the engine, the capacity per instance of a kind, or a
/// stated reason why not (<see cref="CapacityConstants"/>); a new one in neither table fails here.
/// </summary>
public sealed class CapacityConstantTests
{
    // Broader than any table: capacities, per-instance and per-node figures, limits and maxima.
    private static readonly Regex CapacityLike = new(@"capacity|per_instance|per_node|per_partition|partition_rps|per_server|per_shard|per_broker|throughput_per|limit|^max_", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_capacity_like_constant_of_the_catalog_has_a_meaning_or_a_reason()
    {
        var explained = CapacityConstants.ByKind.Values.SelectMany(k => k)
            .Append(CapacityConstants.WebsocketConnections)
            .Concat(CapacityConstants.NotCapacities.Keys)
            .Concat(CapacityConstants.Policies.Keys)
            .ToHashSet(System.StringComparer.Ordinal);

        var unexplained = ProblemCatalog.BuiltIn.Problems
            .SelectMany(p => p.Constants.Where(c => CapacityLike.IsMatch(c.Key) && !explained.Contains(c.Key)).Select(c => $"{p.Id}: {c.Key}"))
            .ToList();

        Assert.True(unexplained.Count == 0, "capacity-like constants with no meaning in the engine and no reason in CapacityConstants: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void Every_explained_constant_is_stated_by_some_problem()
    {
        // A table row no problem states is a stale explanation (a renamed constant would hide behind it).
        var stated = ProblemCatalog.BuiltIn.Problems.SelectMany(p => p.Constants.Select(c => c.Key)).ToHashSet(System.StringComparer.Ordinal);
        var rows = CapacityConstants.ByKind.Values.SelectMany(k => k).Concat(CapacityConstants.NotCapacities.Keys).Concat(CapacityConstants.Policies.Keys);

        Assert.All(rows, key => Assert.Contains(key, stated));
    }

    [Theory]
    [InlineData("ingestion", "Producers", 1200, "constant producer_rps_per_instance")]
    [InlineData("rate-limiter", "Redis", 60000, "constant cache_write_capacity")]
    [InlineData("rate-limiter", "Counter DB", 15000, "constant counter_db_capacity")]
    [InlineData("tutorial-advanced-chat", "Primary DB", 100000, "constant db_shard_capacity")]
    [InlineData("ingestion", "Consumers", 1000, "constant consumer_rps_per_instance")]
    public void A_per_type_constant_is_the_kinds_capacity_per_instance(string problem, string component, double capacity, string source)
    {
        var p = ProblemCatalog.BuiltIn.Find(problem)!;
        var design = new ArchitectureBuilder(problem);
        foreach (var c in p.ReferenceSolution!.Components.Where(c => c.Name == component))
        {
            design.Component(c.Type, c.Name);
        }

        var figure = Assert.Single(Grader.Grade(problem, design.Build()).Components).CapacityPerInstance;
        Assert.Equal(capacity, figure!.Value);
        Assert.Equal(source, figure.Source);
    }
}
