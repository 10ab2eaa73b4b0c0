// Drafted by `sysdesign solve order-processing-stream` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Order Processing Stream (order-processing-stream).
/// Goal: Build Amazon-scale order processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,341,813/month (budget $100,000,000).
/// </summary>
[Design("order-processing-stream")]
public sealed class OrderProcessingStreamDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("redirect_client", "Customers");
        // 120,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 15 (the peak: 10 × 120,000 ÷ 85,000 req/s, below 100%) → 15
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(15);
        // 120,000 req/s × 1.2 headroom ÷ 150 per instance = 960; every constraint at once needs 8530 (the latency targets at the peak (10 ×)) → 8530
        var orderAPI = a.Component("app", "Order API").Instances(8530);
        // 120,000 req/s × 1.2 headroom ÷ 10,000 per instance = 15; every constraint at once needs 136 (the latency targets at the peak (10 ×)) → 136
        var orderEvents = a.Component("stream", "Order Events").Instances(136).Parameter("partitions", 1201);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; every constraint at once needs 1201 (the peak: 10 × 120,000 ÷ 1,000 req/s, below 100%); tier T1 needs ≥ 10 worker in all, across 3 components → 1201
        var inventory = a.Component("worker", "Inventory").Instances(1201);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; every constraint at once needs 1201 (the peak: 10 × 120,000 ÷ 1,000 req/s, below 100%); tier T1 needs ≥ 10 worker in all, across 3 components → 1201
        var payment = a.Component("worker", "Payment").Instances(1201);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; every constraint at once needs 1201 (the peak: 10 × 120,000 ÷ 1,000 req/s, below 100%); tier T1 needs ≥ 10 worker in all, across 3 components → 1201
        var fulfillment = a.Component("worker", "Fulfillment").Instances(1201);
        // 360,000 req/s × 1.2 headroom ÷ 1,000 per instance = 432; every constraint at once needs 3601 (the peak: 10 × 360,000 ÷ 1,000 req/s, below 100%) → 3601
        var orderDB = a.Component("db_primary", "Order DB").Instances(3601);

        customers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(orderAPI);
        orderAPI.ConnectsTo(orderEvents);
        orderEvents.ConnectsTo(inventory);
        orderEvents.ConnectsTo(payment);
        orderEvents.ConnectsTo(fulfillment);
        inventory.ConnectsTo(orderDB);
        payment.ConnectsTo(orderDB);
        fulfillment.ConnectsTo(orderDB);
    }
}
