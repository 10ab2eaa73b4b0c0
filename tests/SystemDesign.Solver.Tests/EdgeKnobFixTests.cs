using System;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver.Tests;

/// <summary>
/// The raise phase applies the call policies SD7004–SD7007 propose on their connection (Model.EdgeKnobs'
/// FixProperty), and the writer prints them with the finding they answer (docs/solver.md).
/// </summary>
public sealed class EdgeKnobFixTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.BuiltIn;

    /// <summary>
    /// seeds/001 §18: the reference topology's Order → Inventory → Pricing → Tax chain has no guard (SD7006). The solver
    /// puts a circuit breaker on the call the finding sits on, so the draft needs no #pragma for it.
    /// </summary>
    [Fact]
    public void The_cascading_chain_gets_a_circuit_breaker_instead_of_a_pragma()
    {
        var problem = Catalog.Find("cascading-service-failures")!;
        var solution = Sizer.Solve(problem, Catalog.Components);

        Assert.Equal(SolveStatus.Solved, solution.Status);
        Assert.DoesNotContain(solution.Evaluation!.Findings, f => f.RuleId == Rules.UnguardedCallChain.Id);
        var guarded = Assert.Single(solution.Topology.Connections, c => c.CircuitBreaker);
        Assert.Equal(("Pricing Service", "Tax Service"), (guarded.From, guarded.To));

        var text = DesignWriter.Write(problem, solution);
        Assert.DoesNotContain("#pragma warning disable SD7006", text, StringComparison.Ordinal);
        Assert.Contains("        // .CircuitBreaker() for SD7006: Order Service → Inventory Service → Pricing Service → Tax Service is a chain of 3", text, StringComparison.Ordinal);
        Assert.Contains("pricingService.ConnectsTo(taxService).CircuitBreaker();", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A design's own retries with no backoff and no key on a write that is stored (SD7005, SD7007): the solver adds
    /// both, and a budget that cannot finish inside the caller's timeout (SD7004) gets the timeout that fits.
    /// </summary>
    [Fact]
    public void A_designs_retries_get_backoff_a_key_and_a_timeout_that_fits()
    {
        var a = new ArchitectureBuilder("cascading-service-failures");
        var users = a.Component("client", "Users");
        var gateway = a.Component("lb", "Gateway");
        var orders = a.Component("app", "Orders");
        var payments = a.Component("app", "Payments");
        users.ConnectsTo(gateway);
        gateway.ConnectsTo(orders);
        orders.ConnectsTo(payments).Timeout(1000);
        var ledgerService = a.Component("app", "Ledger Service");
        payments.ConnectsTo(ledgerService).Timeout(800).Retries(2).CircuitBreaker();
        ledgerService.ConnectsTo(a.Component("db_primary", "Ledger"));

        var problem = Catalog.Find("cascading-service-failures")! with { Tiers = [] };
        var solution = Sizer.Solve(problem, Topology.FromArchitecture(a.Build()), Catalog.Components);

        var call = solution.Topology.Connections.Single(c => c.From == "Payments");
        Assert.Equal(333, call.TimeoutMs);
        Assert.True(call.IdempotencyKey);
        Assert.Equal(2, call.Retries);
        Assert.DoesNotContain(solution.Evaluation!.Findings, f => f.RuleId is "SD7004" or "SD7005" or "SD7006" or "SD7007");
        var text = DesignWriter.Write(problem, solution);
        Assert.Contains("payments.ConnectsTo(ledgerService).Timeout(333).Retries(2)", text, StringComparison.Ordinal);
        Assert.Contains(".CircuitBreaker().IdempotencyKey();", text, StringComparison.Ordinal);
        Assert.Contains("// .Timeout(333) for SD7004: Orders gives up on Payments after 1,000 ms", text, StringComparison.Ordinal);
    }
}
