// Drafted by `sysdesign solve order-processing-stream` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // At the peak (10 × the target rate) P99 of writes from Customers goes from 62.94 ms to unbounded, over the 500 ms target; P99.9 of writes from Customers goes from 93.64 ms to unbounded, over the 1,000 ms target. Size the busiest hops on the path for the peak, not the target rate.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Order Processing Stream (order-processing-stream).
/// Goal: Build Amazon-scale order processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,299,442/month (budget $100,000,000).
/// </summary>
[Design("order-processing-stream")]
public sealed class OrderProcessingStreamDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("redirect_client", "Customers");
        // 120,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 14: SD2003 Load Balancer: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100.8% of 1,190,000 req/s; 15 instances carry the peak → 15
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(15);
        // 120,000 req/s × 1.2 headroom ÷ 150 per instance = 960; at 7999: SD2003 Order API: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100% of 1,199,850 req/s; 8,000 instances carry the peak → 8000
        var orderAPI = a.Component("app", "Order API").Instances(8000);
        // 120,000 req/s × 1.2 headroom ÷ 10,000 per instance = 15; at 119: SD2003 Order Events: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100.8% of 1,190,000 req/s; 120 instances carry the peak → 120
        var orderEvents = a.Component("stream", "Order Events").Instances(120).Parameter("partitions", 1692);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; tier T1 needs ≥ 10 worker; at 1199: SD2003 Inventory: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100.1% of 1,199,000 req/s; 1,200 instances carry the peak → 1200
        var inventory = a.Component("worker", "Inventory").Instances(1200);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; tier T1 needs ≥ 10 worker; at 1199: SD2003 Payment: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100.1% of 1,199,000 req/s; 1,200 instances carry the peak → 1200
        var payment = a.Component("worker", "Payment").Instances(1200);
        // 120,000 req/s × 1.2 headroom ÷ 1,000 per instance = 144; tier T1 needs ≥ 10 worker; at 1199: SD2003 Fulfillment: at peak (10 × 120,000 = 1,200,000 req/s) utilization is 100.1% of 1,199,000 req/s; 1,200 instances carry the peak → 1200
        var fulfillment = a.Component("worker", "Fulfillment").Instances(1200);
        // 360,000 req/s × 1.2 headroom ÷ 1,000 per instance = 432; at 3599: SD2003 Order DB: at peak (10 × 360,000 = 3,600,000 req/s) utilization is 100% of 3,599,000 req/s; 3,600 instances carry the peak → 3600
        var orderDB = a.Component("db_primary", "Order DB").Instances(3600);

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
