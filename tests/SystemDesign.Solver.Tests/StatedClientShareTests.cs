using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver.Tests;

/// <summary>
/// A reference client's stated share (catalog: <c>workloadShare</c>, set by setClientShare in catalog/overrides.json)
/// reaches the design the solver drafts as the client's knob, with its reason, and is never changed by the search.
/// </summary>
public sealed class StatedClientShareTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.BuiltIn;

    [Fact]
    public void Multi_protocol_gateway_s_clients_send_the_shares_its_constants_state()
    {
        var problem = Catalog.Find("multi-protocol-gateway")!;
        var solution = Sizer.Solve(problem, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, solution.Status);
        var shares = solution.Parts.Where(p => p.Part.Type == "client")
            .Select(p => (p.Part.Name, p.Parameters[ParameterNames.WorkloadShare])).ToArray();
        Assert.Equal([("REST Clients", 0.7), ("SOAP Clients", 0.2), ("GraphQL Clients", 0.1)], shares);

        var text = DesignWriter.Write(problem, solution);
        Assert.Contains("a.Component(\"client\", \"REST Clients\").Parameter(\"workload_share\", 0.7);", text, StringComparison.Ordinal);
        Assert.Contains("// workload_share 0.7: the part of the workload the problem states for this client (its reference solution)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_client_without_a_stated_share_gets_no_knob()
    {
        var topology = Topology.FromReference(Catalog.Find("realtime-indexing")!.ReferenceSolution!);
        Assert.All(topology.Parts, p => Assert.Empty(p.Stated));
        Assert.Equal("create_client", topology.Parts.Single(p => p.Name == "Writers").Type);
    }
}
