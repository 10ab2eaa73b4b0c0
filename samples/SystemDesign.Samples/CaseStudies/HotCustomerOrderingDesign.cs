// Drafted by `sysdesign solve hot-customer-ordering` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Per-Customer Ordering with a 1,000 Orders/s Customer (hot-customer-ordering).
/// Goal: Process 1,000 orders per second of one customer in order without one partition falling behind.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,467/month.
/// </summary>
[Design("hot-customer-ordering")]
public sealed class HotCustomerOrderingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("client", "Customers");
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8 → 8
        var orderAPI = a.Component("app", "Order API").Instances(8);
        // 1,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var orderStream = a.Component("stream", "Order Stream").Instances(2).Parameter("hot_key_share", 0.1).Parameter("partitions", 10);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var orderProcessors = a.Component("worker", "Order Processors").Instances(3);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var ordersDB = a.Component("db_primary", "Orders DB").Instances(3);

        customers.ConnectsTo(orderAPI);
        orderAPI.ConnectsTo(orderStream);
        orderStream.ConnectsTo(orderProcessors);
        orderProcessors.ConnectsTo(ordersDB);
    }
}
