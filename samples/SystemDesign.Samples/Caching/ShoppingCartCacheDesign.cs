// Drafted by `sysdesign solve shopping-cart-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// E-commerce Shopping Cart Cache (shopping-cart-cache).
/// Goal: Handle 50k concurrent carts with &lt;20ms access time.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,804/month.
/// </summary>
[Design("shopping-cart-cache")]
public sealed class ShoppingCartCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var cartService = a.Component("app", "Cart Service").Instances(800);
        // 70,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisCarts = a.Component("cache", "Redis Carts").Instances(1).Parameter("hit_rate", 0.95);
        // 33,500 req/s × 1.2 headroom ÷ 1,000 per instance = 41; every constraint at once needs 101 (Redis Carts cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var cartDB = a.Component("db_primary", "Cart DB").Instances(101);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 30,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 5
        var syncQueue = a.Component("queue", "Sync Queue").Instances(5);

        shoppers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cartService);
        cartService.ConnectsTo(redisCarts);
        cartService.ConnectsTo(cartDB);
        cartService.ConnectsTo(syncQueue);
    }
}
