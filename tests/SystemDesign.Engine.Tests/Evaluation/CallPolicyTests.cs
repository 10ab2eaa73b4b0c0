using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// SD7004–SD7007, the call policies of the edges (docs/engine.md, "Timeouts and retries"), each on the case study it
/// comes from, with the design that fires the rule and the one-knob change that clears it. 1,000 req/s, half writes.
/// </summary>
public sealed class CallPolicyTests
{
    private static readonly Problem Workload = Designs.Problem(rate: 1000, readRatio: 0.5);

    /// <summary>seeds/001 §36, "API Gateway Timeout Paradox": a 30 s gateway over a 25 s backend that retries once.</summary>
    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void SD7004_a_gateway_timeout_shorter_than_the_backends_retry_budget(int retries, bool fires)
    {
        var e = Designs.Evaluate(Workload, Chain(b =>
        {
            b.Gateway.Calls(b.Orders).Timeout(30_000);
            b.Orders.Calls(b.Payments).Timeout(25_000).Retries(retries).Backoff().IdempotencyKey();
        }));

        var found = e.Findings(Rules.RetryBudgetExceeded.Id);
        Assert.Equal(fires ? 1 : 0, found.Length);
        if (fires)
        {
            Assert.Equal("Orders", found[0].Component);
            Assert.Equal(EdgeKnobs.Retries.Key, found[0].Knob);
            Assert.Contains("Gateway gives up on Orders after 30,000 ms, but Orders waits up to 25,000 ms × 2 attempts = 50,000 ms on Payments", found[0].Message, System.StringComparison.Ordinal);
            Assert.Contains("Timeout(15000)", found[0].Message, System.StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// seeds/002 §11 (retries with exponential backoff and jitter): Payments has one instance, so losing it fails
    /// every call (p = 1) and 3 immediate retries send 4× the calls: 500 req/s become 2,000 req/s.
    /// </summary>
    [Fact]
    public void SD7005_retries_without_backoff_on_a_call_that_can_fail()
    {
        var e = Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(3).IdempotencyKey(), paymentsInstances: 1));

        var finding = e.Single(Rules.RetriesWithoutBackoff.Id, "Orders");
        Assert.Contains("Payments has one instance, and losing it fails every call", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("the retries send ×4 the calls (1,000 req/s become 4,000 req/s), and ×4 when every call fails", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(3).Backoff().IdempotencyKey(), paymentsInstances: 1)).Findings(Rules.RetriesWithoutBackoff.Id));
    }

    /// <summary>
    /// The failure share from the overload the engine already finds: 1,000 req/s on 2 × 600 req/s is not overloaded, but
    /// with one instance lost 600 req/s serve 1,000, failing 40%; 2 retries send 1 + 0.4 + 0.16 = ×1.56 the calls.
    /// Enough instances that none fails: no finding.
    /// </summary>
    [Fact]
    public void SD7005_takes_the_failure_share_from_the_instance_loss_scenario()
    {
        var e = Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(2).IdempotencyKey(), paymentsInstances: 2));

        var finding = e.Single(Rules.RetriesWithoutBackoff.Id, "Orders");
        Assert.Contains("Payments fails 40% of its calls with one instance lost (1,000 req/s against 600 req/s)", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("×1.56 the calls", finding.Message, System.StringComparison.Ordinal);
        Assert.Empty(Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(2).IdempotencyKey(), paymentsInstances: 4)).Findings(Rules.RetriesWithoutBackoff.Id));
    }

    /// <summary>A timeout shorter than the callee's tail is a failure share too: retries then multiply the calls a slow callee gets.</summary>
    [Fact]
    public void SD7005_a_timeout_below_the_callees_tail_can_fail()
    {
        var e = Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Timeout(1).Retries(2).IdempotencyKey(), paymentsInstances: 4));

        var finding = e.Single(Rules.RetriesWithoutBackoff.Id, "Orders");
        Assert.Contains("of Payments's answers take longer than Orders's 1 ms timeout", finding.Message, System.StringComparison.Ordinal);
    }

    /// <summary>seeds/001 §18, "Cascading Service Failures": Order → Inventory → Pricing → Tax, no timeout anywhere.</summary>
    [Fact]
    public void SD7006_a_chain_of_three_service_calls_with_no_guard()
    {
        var finding = Designs.Evaluate(Workload, Cascade(guard: null)).Single(Rules.UnguardedCallChain.Id);
        Assert.Equal("Pricing", finding.Component);
        Assert.StartsWith("Order → Inventory → Pricing → Tax is a chain of 3 synchronous service calls (more than 2)", finding.Message, System.StringComparison.Ordinal);

        Assert.Empty(Designs.Evaluate(Workload, Cascade(guard: e => e.Timeout(500))).Findings(Rules.UnguardedCallChain.Id));
        Assert.Empty(Designs.Evaluate(Workload, Cascade(guard: e => e.CircuitBreaker())).Findings(Rules.UnguardedCallChain.Id));
    }

    /// <summary>Two service calls in a row (a front service and its backend's backend) are left alone.</summary>
    [Fact]
    public void SD7006_two_service_calls_are_within_the_limit()
    {
        var a = new ArchitectureBuilder();
        var order = a.App("Order").Instances(10);
        var inventory = a.App("Inventory").Instances(10);
        var pricing = a.App("Pricing").Instances(10);
        a.Client("Users").Calls(order);
        order.Calls(inventory);
        inventory.Calls(pricing);
        Assert.Empty(Designs.Evaluate(Workload, a.Build()).Findings(Rules.UnguardedCallChain.Id));
    }

    /// <summary>
    /// seeds/001 §66 "Idempotency Key Design" and seeds/002 §6 (process_payment with an idempotency key): writes that
    /// are retried and end in the ledger double-charge without a key; reads may retry freely.
    /// </summary>
    [Fact]
    public void SD7007_retried_writes_that_reach_a_store_need_an_idempotency_key()
    {
        var e = Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(2).Backoff()));
        var finding = e.Single(Rules.RetriedWriteWithoutIdempotencyKey.Id);
        Assert.Equal("Orders", finding.Component);
        Assert.Equal(EdgeKnobs.Retries.Key, finding.Knob);
        Assert.StartsWith("Orders retries its writes to Payments up to 2 times, and they are stored", finding.Message, System.StringComparison.Ordinal);

        Assert.Empty(Designs.Evaluate(Workload, Chain(b => b.Orders.Calls(b.Payments).Retries(2).Backoff().IdempotencyKey())).Findings(Rules.RetriedWriteWithoutIdempotencyKey.Id));

        var reads = new ArchitectureBuilder();
        var app = reads.App("App").Instances(10);
        reads.Client("Users").Calls(app);
        app.Writes(reads.DbPrimary("Ledger").Instances(10).CapacityPerInstance(5000));
        app.Reads(reads.DbReplica("Replica").Instances(10).CapacityPerInstance(5000)).Retries(2).Backoff();
        Assert.Empty(Designs.Evaluate(Workload, reads.Build()).Findings(Rules.RetriedWriteWithoutIdempotencyKey.Id));
    }

    /// <summary>A design that sets no call policy gets none of the four (the snapshots hold every other figure).</summary>
    [Fact]
    public void Without_call_policies_none_of_the_four_fires()
    {
        var e = Designs.Evaluate(Workload, Chain(_ => { }, paymentsInstances: 1));
        Assert.DoesNotContain(e.Findings, f => f.RuleId is "SD7004" or "SD7005" or "SD7007");
    }

    /// <summary>Values SD0025 reports are graded without a hang, a crash or a figure that is not a number, and not judged again.</summary>
    [Theory]
    [InlineData(int.MaxValue, 250.0)]
    [InlineData(-5, double.NaN)]
    [InlineData(11, double.PositiveInfinity)]
    [InlineData(2, -1.0)]
    public void Hostile_policies_are_usage_findings_only(int retries, double timeout)
    {
        var e = Designs.Evaluate(Workload, Chain(
            b =>
            {
                b.Gateway.Calls(b.Orders).Timeout(timeout);
                b.Orders.Calls(b.Payments).Timeout(timeout).Retries(retries);
            },
            paymentsInstances: 1));

        Assert.NotEmpty(e.Findings(Rules.InvalidEdgeKnob.Id));
        Assert.Empty(e.Findings(Rules.RetryBudgetExceeded.Id));
        Assert.Empty(Designs.NonFiniteNumbers(e));
    }

    private sealed record Parts(ApiGatewayNode Gateway, AppNode Orders, AppNode Payments);

    /// <summary>Users → Gateway → Orders → Payments → Ledger (a primary); Payments 600 req/s per instance.</summary>
    private static Architecture Chain(System.Action<Parts> policies, int paymentsInstances = 10)
    {
        var a = new ArchitectureBuilder();
        var gateway = a.ApiGateway("Gateway").Instances(10);
        var orders = a.App("Orders").Instances(20).CapacityPerInstance(600);
        var payments = a.App("Payments").Instances(paymentsInstances).CapacityPerInstance(600).ServiceTime(5);
        var ledger = a.DbPrimary("Ledger").Instances(10).CapacityPerInstance(5000);
        a.Client("Users").Calls(gateway);
        var parts = new Parts(gateway, orders, payments);
        policies(parts);
        if (a.Build().Connections.All(c => c.From != "Gateway"))
        {
            gateway.Calls(orders);
        }

        if (a.Build().Connections.All(c => c.From != "Orders"))
        {
            orders.Calls(payments);
        }

        payments.Writes(ledger);
        return a.Build();
    }

    private static Architecture Cascade(System.Func<Edge, Edge>? guard)
    {
        var a = new ArchitectureBuilder();
        var order = a.App("Order").Instances(10);
        var inventory = a.App("Inventory").Instances(10);
        var pricing = a.App("Pricing").Instances(10);
        var tax = a.App("Tax").Instances(10);
        a.Client("Users").Calls(order);
        order.Calls(inventory);
        var middle = inventory.Calls(pricing);
        if (guard is not null)
        {
            guard(middle);
        }

        pricing.Calls(tax);
        return a.Build();
    }
}
