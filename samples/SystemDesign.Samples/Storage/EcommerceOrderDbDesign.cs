// Drafted by `sysdesign solve ecommerce-order-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Order Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Order Cache) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// E-commerce Order Database (ecommerce-order-db).
/// Goal: Learn database sharding patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $15,669/month.
/// </summary>
[Design("ecommerce-order-db")]
public sealed class EcommerceOrderDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("redirect_client", "Customers");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 169 (the latency targets with one instance lost); at 169: SD6004 Shard 1: losing one of 5 Shard 1 (50% → 62.5% busy): P95 of writes from Customers goes from 49.89 ms to 50.08 ms, over the 50 ms target → 170
        var orderService = a.Component("app", "Order Service").Instances(170);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 5 (the latency targets with one instance lost); tier T0 needs ≥ 4 db_primary in all, across 4 components → 5
        // 2 shards: 2,500 writes/s ÷ 2 = 1,250 writes/s for each replica instance to apply; at 1: SD2001 Order Read Replicas: 20,000 req/s offered, 4 × 5,000 = 20,000 req/s capacity (utilization 100%); no instance count carries it with the 20% headroom: each ins...
        var shard1 = a.Component("db_primary", "Shard 1").Instances(5).Parameter("shards", 2);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 5 (the latency targets with one instance lost); tier T0 needs ≥ 4 db_primary in all, across 4 components → 5
        // 3 shards: 2,500 writes/s ÷ 3 = 833 writes/s for each replica instance to apply; at 2: SD2002 Order Read Replicas: 16,666.67 req/s offered, 4 × 5,000 = 20,000 req/s capacity (utilization 83.3%), less than the 20% headroom; no instance count carries it...
        var shard2 = a.Component("db_primary", "Shard 2").Instances(5).Parameter("shards", 3);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 5 (the latency targets with one instance lost); tier T0 needs ≥ 4 db_primary in all, across 4 components → 5
        // 3 shards: 2,500 writes/s ÷ 3 = 833 writes/s for each replica instance to apply; at 2: SD2002 Order Read Replicas: 16,666.67 req/s offered, 4 × 5,000 = 20,000 req/s capacity (utilization 83.3%), less than the 20% headroom; no instance count carries it...
        var shard3 = a.Component("db_primary", "Shard 3").Instances(5).Parameter("shards", 3);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 5 (the latency targets with one instance lost); tier T0 needs ≥ 4 db_primary in all, across 4 components → 5
        // 3 shards: 2,500 writes/s ÷ 3 = 833 writes/s for each replica instance to apply; at 2: SD2002 Order Read Replicas: 16,666.67 req/s offered, 4 × 5,000 = 20,000 req/s capacity (utilization 83.3%), less than the 20% headroom; no instance count carries it...
        var shard4 = a.Component("db_primary", "Shard 4").Instances(5).Parameter("shards", 3);
        // one instance carries the load and no requirement asks for more → 1
        var orderCache = a.Component("cache", "Order Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose); at 3: SD6004 Shard 1: losing one of 5 Shard 1 (50% → 62.5% busy): P95 of writes from Customers goes from 49.82 ms to 50.01 ms, over the 50 ms...
        var eventQueue = a.Component("queue", "Event Queue").Instances(4);
        // 15,000 req/s × 1.2 headroom ÷ 5,000 per instance = 4 → 4
        var orderReadReplicas = a.Component("db_replica", "Order Read Replicas").Instances(4);

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
