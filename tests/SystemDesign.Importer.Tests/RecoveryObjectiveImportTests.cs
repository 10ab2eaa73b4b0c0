using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Recovery objectives (issue 12): RTO and RPO in seconds from a constant first, else the first line that bounds one;
/// a zero is not read; the catalog's four problems that state one carry it.
/// </summary>
public sealed class RecoveryObjectiveImportTests
{
    private static Workload Import(string label, string text, params (string Key, object Value)[] constants)
    {
        var list = TestConstants.Of(constants);
        return WorkloadNormalizer.Normalize(WorkloadParser.Parse("test-problem", [new NonFunctionalRequirement(label, text)], list, []), list);
    }

    [Theory]
    [InlineData("rto_seconds", 600.0, 600.0)]
    [InlineData("rto_minutes", 15.0, 900.0)]
    [InlineData("RTO_target_h", 1.0, 3600.0)]
    public void An_rto_constant_is_read_in_seconds(string key, double value, double seconds)
    {
        var w = Import("Availability", "99.99%", (key, value));

        Assert.Equal(seconds, w.RecoveryTimeObjective!.Value);
        Assert.StartsWith("constant " + key, w.RecoveryTimeObjective.Source, System.StringComparison.Ordinal);
        Assert.Null(w.RecoveryPointObjective);
    }

    [Theory]
    [InlineData("RPO < 5min, RTO < 1hr", 3600.0, 300.0)]
    [InlineData("99.999% with 5-second RTO", 5.0, null)]
    [InlineData("RPO of 15 minutes, RTO of 1 hour", 3600.0, 900.0)]
    [InlineData("Zero data loss: RPO = 0, RTO < 30s", 30.0, null)]
    public void Lines_bound_either_objective_by_name(string text, double? rto, double? rpo)
    {
        var w = Import("Availability", text);

        Assert.Equal(rto, w.RecoveryTimeObjective?.Value);
        Assert.Equal(rpo, w.RecoveryPointObjective?.Value);
        Assert.All(new[] { w.RecoveryTimeObjective, w.RecoveryPointObjective }.OfType<Sourced>(), v => Assert.Equal("NFR Availability: " + text, v.Source));
    }

    [Fact]
    public void A_constant_wins_over_a_line()
    {
        var w = Import("Availability", "RTO < 1hr", ("rto_seconds", 600.0));

        Assert.Equal(600, w.RecoveryTimeObjective!.Value);
    }

    [Fact]
    public void A_problem_that_states_neither_has_neither() =>
        Assert.Equal((null, null), (Import("Latency", "P99 < 200ms").RecoveryTimeObjective, Import("Latency", "P99 < 200ms").RecoveryPointObjective));

    [Fact]
    public void The_catalog_carries_the_four_stated_objectives()
    {
        // The imported problems: a case study states its objectives by hand, not through the import.
        var stated = ProblemCatalog.BuiltIn.Problems
            .Where(p => p.Category != Problem.CaseStudiesCategory)
            .Where(p => p.Workload.RecoveryTimeObjective is not null || p.Workload.RecoveryPointObjective is not null)
            .Select(p => (p.Id, p.Workload.RecoveryTimeObjective?.Value, p.Workload.RecoveryPointObjective?.Value))
            .OrderBy(x => x.Id, System.StringComparer.Ordinal);

        Assert.Equal(
            [("chat", null, 60.0), ("cross-region-failover", 600.0, 300.0), ("distributed-database", 5.0, null), ("multiregion-backup", 3600.0, 300.0)],
            stated);
    }
}
