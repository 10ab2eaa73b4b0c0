using System.Text;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog.Tests;

/// <summary>The reference solution's typed replication model (issue 7): read, written back, and refused when unknown.</summary>
public sealed class ReplicationClaimTests
{
    private const string Solution = """
        "referenceSolution": { "summary": "Each region has 5-node Raft cluster for consensus.", "components": [], "connections": [],
          "replication": { "model": "consensus", "source": "reference solution: \"Each region has 5-node Raft cluster for consensus\"" } },
        """;

    private static string WithSolution(string solution) =>
        ProblemReaderTests.MinimalProblem.Replace("\"referenceSolution\": null,", solution, System.StringComparison.Ordinal);

    [Fact]
    public void A_stated_model_is_read_with_its_source_and_written_back_to_the_same_bytes()
    {
        var problem = ProblemReader.Read(WithSolution(Solution), "tiny.json");

        Assert.Equal(new ReplicationClaim(ReplicationModel.Consensus, "reference solution: \"Each region has 5-node Raft cluster for consensus\""), problem.ReferenceSolution!.Replication);
        var written = ProblemWriter.Write(problem);
        Assert.Equal(problem.ReferenceSolution.Replication, ProblemReader.Read(Encoding.UTF8.GetString(written), "tiny.json").ReferenceSolution!.Replication);
        Assert.Contains("\"model\": \"consensus\"", Encoding.UTF8.GetString(written), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_that_states_none_has_none_and_writes_none()
    {
        var problem = ProblemReader.Read(WithSolution("\"referenceSolution\": { \"summary\": \"Raft.\", \"components\": [], \"connections\": [] },"), "tiny.json");

        // The summary's words are the importer's to read: the catalog takes only the typed field.
        Assert.Null(problem.ReferenceSolution!.Replication);
        Assert.DoesNotContain("replication", Encoding.UTF8.GetString(ProblemWriter.Write(problem)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_is_named_with_the_ones_there_are()
    {
        var e = Assert.Throws<CatalogFormatException>(() => ProblemReader.Read(WithSolution(Solution.Replace("\"consensus\"", "\"raft\"", System.StringComparison.Ordinal)), "tiny.json"));

        Assert.Equal("$.referenceSolution.replication.model", e.Path);
        Assert.Contains("one of consensus", e.Message, System.StringComparison.Ordinal);
    }
}
