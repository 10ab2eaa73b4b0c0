// Drafted by `sysdesign solve pricing-engine-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Pre-compute gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Pre-compute) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Pricing Engine Cache (pricing-engine-cache).
/// Goal: Build Amazon-scale dynamic pricing engine.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $59,105,958/month (budget $300,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M pricing req/sec, 1B during Prime Day), needs 6,666,667 instances of Pricing API at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette ca...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (Pricing API among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows fr...
/// </summary>
[Design("pricing-engine-cache")]
public sealed class PricingEngineCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var customers = a.Component("redirect_client", "Customers");
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412; every constraint at once needs 11765 (the peak: 10 × 100,000,000 ÷ 85,000 req/s, below 100%) → 1412
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1412);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000; every constraint at once needs 6666667 (the peak: 10 × 100,000,000 ÷ 150 req/s, below 100%) → 800000
        var pricingAPI = a.Component("app", "Pricing API").Instances(800000);
        // 50,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 600; every constraint at once needs 5001 (the peak: 10 × 50,000,000 ÷ 100,000 req/s, below 100%) → 600
        var priceCache = a.Component("cache", "Price Cache").Instances(600).Parameter("hit_rate", 0.95);
        // 50,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 600; every constraint at once needs 5001 (the peak: 10 × 50,000,000 ÷ 100,000 req/s, below 100%) → 600
        var ruleCache = a.Component("cache", "Rule Cache").Instances(600).Parameter("hit_rate", 0.95);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000; every constraint at once needs 52501 (Price Cache cold: 52,500,000 ÷ 1,000 req/s below 100%) → 6000
        var pricingDB = a.Component("db_primary", "Pricing DB").Instances(6000);
        // one instance carries the load and no requirement asks for more → 1
        var preCompute = a.Component("worker", "Pre-compute").Instances(1);

        customers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(pricingAPI);
        pricingAPI.ConnectsTo(priceCache);
        pricingAPI.ConnectsTo(ruleCache);
        pricingAPI.ConnectsTo(pricingDB);
        preCompute.ConnectsTo(pricingDB);
        preCompute.ConnectsTo(priceCache);
    }
}
