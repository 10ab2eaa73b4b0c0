namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of cascading-service-failures, before the fix: Order → Inventory → Pricing → Tax, synchronous, unguarded.
/// </summary>
/// <remarks>
/// Seed 001, "### 18. Cascading Service Failures": a chain of 3 synchronous calls with no timeout or circuit breaker
/// (SD7006), so when Tax Service goes down every service above it holds its requests and all orders fail; and no
/// fallback for Pricing to answer from (tiers T1 and T2: SD1001, SD1003).
/// </remarks>
[Incident("cascading-service-failures", "SD1001", "SD1003", "SD7006")]
public sealed class CascadingServiceFailuresIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var shoppers = a.Client("Shoppers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var orders = a.App("Order Service").Instances(2);
        var inventory = a.App("Inventory Service").Instances(2);
        var pricing = a.App("Pricing Service").Instances(2);
        var tax = a.App("Tax Service").Instances(2);
        var ordersDb = a.DbPrimary("Orders DB").Instances(2);

        shoppers.Calls(lb);
        lb.Calls(orders);
        orders.Calls(inventory);
        inventory.Calls(pricing);
        pricing.Calls(tax);
        orders.Writes(ordersDb);
    }
}
