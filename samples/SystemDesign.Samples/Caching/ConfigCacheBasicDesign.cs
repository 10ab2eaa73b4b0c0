// Drafted by `sysdesign solve config-cache-basic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Change Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Change Stream) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Application Config Cache (config-cache-basic).
/// Goal: Serve configs in &lt;5ms with consistency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $69,683/month.
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
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 3
        var sharedCache = a.Component("cache", "Shared Cache").Instances(3);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24; every constraint at once needs 101 (Shared Cache cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var configDB = a.Component("db_primary", "Config DB").Instances(101);
        // one instance carries the load and no requirement asks for more → 1
        var changeStream = a.Component("stream", "Change Stream").Instances(1);

        services.ConnectsTo(configService);
        configService.ConnectsTo(sharedCache);
        configService.ConnectsTo(configDB);
        configService.ConnectsTo(changeStream);
        services.ConnectsTo(changeStream);
    }
}
