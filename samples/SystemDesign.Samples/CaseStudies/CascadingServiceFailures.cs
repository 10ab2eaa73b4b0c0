// Hand-written (issue 12): it states the case's timeouts and retries, which the solver only adds where a finding proposes them; the solver drafts nothing beside it (SampleFiles.HandWritten). In the root namespace, like PersonalBlog, so the
// drafted-design checks (DraftedDesignsInStepTests, catalog/cheapest-designs.json) leave it alone.
namespace SystemDesign.Samples;

/// <summary>
/// cascading-service-failures, after the fix (seed 001, "### 18. Cascading Service Failures"): every call of the chain
/// Order → Inventory → Pricing → Tax has a timeout, shorter at each layer down so each fits in the one above (SD7004), and
/// a circuit breaker (SD7006). The timeouts are illustrative (the seed states none). When Tax is open, Pricing answers
/// from the tax rates a refresher keeps in a cache, off the request path.
/// </summary>
[Design("cascading-service-failures")]
public sealed class CascadingServiceFailures : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var shoppers = a.Client("Shoppers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var orders = a.App("Order Service").Instances(2);
        var inventory = a.App("Inventory Service").Instances(2);
        var pricing = a.App("Pricing Service").Instances(2);
        var tax = a.App("Tax Service").Instances(2);
        var rates = a.Cache("Rates Cache").Instances(2);
        var refresher = a.Worker("Rates Refresher").Instances(2);
        var ordersDb = a.DbPrimary("Orders DB").Instances(2);

        shoppers.Calls(lb);
        lb.Calls(orders);
        orders.Calls(inventory).Timeout(1_000).CircuitBreaker();
        inventory.Calls(pricing).Timeout(500).CircuitBreaker();
        pricing.Calls(tax).Timeout(250).CircuitBreaker();
        pricing.Reads(rates);
        refresher.Reads(tax);
        refresher.Writes(rates);
        orders.Writes(ordersDb);
    }
}
