// Drafted by `sysdesign solve shopping-cart-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// E-commerce Shopping Cart Cache (shopping-cart-cache).
/// Goal: Handle 50k concurrent carts with &lt;20ms access time.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $69,589/month.
/// </summary>
[Design("shopping-cart-cache")]
public sealed class ShoppingCartCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 Load Balancer: losing one of 2 Load Balancer leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances surviv... → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var cartService = a.Component("app", "Cart Service").Instances(800);
        // 70,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisCarts = a.Component("cache", "Redis Carts").Instances(1).Parameter("hit_rate", 0.95);
        // 33,500 req/s × 1.2 headroom ÷ 1,000 per instance = 41; at 99: SD6002 If Redis Carts is lost or cold (hit rate 95% → 0), Cart DB goes from 33,500 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var cartDB = a.Component("db_primary", "Cart DB").Instances(100);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; at 4: SD6001 Sync Queue: losing one of 4 Sync Queue leaves 30,000 req/s for 30,000 req/s (100%), so 100% of requests are served while it lasts; 4 instances survive the lo... → 5
        var syncQueue = a.Component("queue", "Sync Queue").Instances(5);

        shoppers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cartService);
        cartService.ConnectsTo(redisCarts);
        cartService.ConnectsTo(cartDB);
        cartService.ConnectsTo(syncQueue);
    }
}
