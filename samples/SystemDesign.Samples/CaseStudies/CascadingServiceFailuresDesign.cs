// Drafted by `sysdesign solve cascading-service-failures` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7006 // Order Service → Inventory Service → Pricing Service → Tax Service is a chain of 3 synchronous service calls (more than 2) with no timeout or circuit breaker on any of them: when Tax Service slows down or fails, every service above it holds the request and fails with it (a cascading failure). Give...
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Cascading Service Failures (cascading-service-failures).
/// Goal: Keep taking orders when the last service of the call chain slows down or fails.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,037/month.
/// </summary>
[Design("cascading-service-failures")]
public sealed class CascadingServiceFailuresDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("client", "Shoppers");
        // at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // at 1: SD4002 Order Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA,... → 2
        var orderService = a.Component("app", "Order Service").Instances(2);
        // at 1: SD4002 Inventory Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 ... → 2
        var inventoryService = a.Component("app", "Inventory Service").Instances(2);
        // at 1: SD4002 Pricing Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SL... → 2
        var pricingService = a.Component("app", "Pricing Service").Instances(2);
        // at 1: SD4002 Tax Service is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, i... → 2
        var taxService = a.Component("app", "Tax Service").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var ratesCache = a.Component("cache", "Rates Cache").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var ratesRefresher = a.Component("worker", "Rates Refresher").Instances(1);
        // at 1: SD4002 Orders DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS S... → 2
        var ordersDB = a.Component("db_primary", "Orders DB").Instances(2);

        shoppers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(orderService);
        orderService.ConnectsTo(inventoryService);
        inventoryService.ConnectsTo(pricingService);
        pricingService.ConnectsTo(taxService);
        pricingService.ConnectsTo(ratesCache);
        ratesRefresher.ConnectsTo(taxService);
        ratesRefresher.ConnectsTo(ratesCache);
        orderService.ConnectsTo(ordersDB);
    }
}
