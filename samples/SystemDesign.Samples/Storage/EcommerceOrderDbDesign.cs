// Drafted by `sysdesign solve ecommerce-order-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Order Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Order Cache) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// E-commerce Order Database (ecommerce-order-db).
/// Goal: Learn database sharding patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $16,773/month.
/// </summary>
[Design("ecommerce-order-db")]
public sealed class EcommerceOrderDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("redirect_client", "Customers");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; at 196: SD6004 Shard 2: losing one of 4 Shard 2 (62.5% → 83.3% busy): P95 of writes from Customers goes from 48.69 ms to 50.02 ms, over the 50 ms target → 197
        var orderService = a.Component("app", "Order Service").Instances(197);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; tier T0 needs ≥ 4 db_primary; at 4: SD6004 Shard 1: losing one of 4 Shard 1 (62.5% → 83.3% busy): P95 of writes from Customers goes from 48.83 ms to 50.14 ms, over the 50 ms target → 5
        var shard1 = a.Component("db_primary", "Shard 1").Instances(5);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; tier T0 needs ≥ 4 db_primary → 4
        var shard2 = a.Component("db_primary", "Shard 2").Instances(4);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; tier T0 needs ≥ 4 db_primary → 4
        var shard3 = a.Component("db_primary", "Shard 3").Instances(4);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; tier T0 needs ≥ 4 db_primary → 4
        var shard4 = a.Component("db_primary", "Shard 4").Instances(4);
        // one instance carries the load and no requirement asks for more → 1
        var orderCache = a.Component("cache", "Order Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; at 2: SD6004 Event Queue: losing one of 2 Event Queue (50% → 100% busy): P95 of writes from Customers goes from 48.69 ms to unbounded, over the 50 ms target → 3
        var eventQueue = a.Component("queue", "Event Queue").Instances(3);
        // 10,000 req/s × 1.2 headroom ÷ 5,000 per instance = 3 → 3
        var orderReadReplicas = a.Component("db_replica", "Order Read Replicas").Instances(3);

        customers.ConnectsTo(lB);
        lB.ConnectsTo(orderService);
        orderService.ConnectsTo(shard1);
        orderService.ConnectsTo(shard2);
        orderService.ConnectsTo(shard3);
        orderService.ConnectsTo(shard4);
        orderService.ConnectsTo(orderCache);
        orderService.ConnectsTo(eventQueue);
        shard1.ConnectsTo(orderReadReplicas);
        shard2.ConnectsTo(orderReadReplicas);
        shard3.ConnectsTo(orderReadReplicas);
        shard4.ConnectsTo(orderReadReplicas);
        orderService.ConnectsTo(orderReadReplicas);
    }
}
