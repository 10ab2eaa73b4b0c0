// Drafted by `sysdesign solve config-management` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Update Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Update Queue) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Configuration Management Store (config-management).
/// Goal: Learn configuration versioning and distribution.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,463/month.
/// </summary>
[Design("config-management")]
public sealed class ConfigManagementDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var configAPI = a.Component("app", "Config API").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var configCache = a.Component("cache", "Config Cache").Instances(1);
        // 2,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 11 (Config Cache cold: 10,000 ÷ 1,000 req/s below 100%) → 11
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(11);
        // one instance carries the load and no requirement asks for more → 1
        var updateQueue = a.Component("queue", "Update Queue").Instances(1);

        services.ConnectsTo(lB);
        lB.ConnectsTo(configAPI);
        configAPI.ConnectsTo(configCache);
        configAPI.ConnectsTo(postgreSQL);
        configAPI.ConnectsTo(updateQueue);
    }
}
