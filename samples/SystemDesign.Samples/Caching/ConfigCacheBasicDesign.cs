// Drafted by `sysdesign solve config-cache-basic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Change Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Change Stream) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Application Config Cache (config-cache-basic).
/// Goal: Serve configs in &lt;5ms with consistency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $69,439/month.
/// </summary>
[Design("config-cache-basic")]
public sealed class ConfigCacheBasicDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var configService = a.Component("app", "Config Service").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var sharedCache = a.Component("cache", "Shared Cache").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24; at 99: SD6002 If Shared Cache is lost or cold (hit rate 80% → 0), Config DB goes from 20,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var configDB = a.Component("db_primary", "Config DB").Instances(100);
        // one instance carries the load and no requirement asks for more → 1
        var changeStream = a.Component("stream", "Change Stream").Instances(1);

        services.ConnectsTo(configService);
        configService.ConnectsTo(sharedCache);
        configService.ConnectsTo(configDB);
        configService.ConnectsTo(changeStream);
        services.ConnectsTo(changeStream);
    }
}
