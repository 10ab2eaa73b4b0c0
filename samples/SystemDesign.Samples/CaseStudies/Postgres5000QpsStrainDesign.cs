// Drafted by `sysdesign solve postgres-5000-qps-strain` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// PostgreSQL Strained at 5,000 Queries/s (postgres-5000-qps-strain).
/// Goal: Serve 5,000 queries per second at the 10 ms average latency of three months ago, within max_connections = 500.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,575/month.
/// </summary>
[Design("postgres-5000-qps-strain")]
public sealed class Postgres5000QpsStrainDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var applicationUsers = a.Component("client", "Application Users");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40 → 40
        var application = a.Component("app", "Application").Instances(40);
        // 4,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 500 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 500 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var primary = a.Component("db_primary", "Primary").Instances(2).Parameter("connection_limit", 500);
        // 900 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 900 ÷ 5,000 req/s below 100%, plus one instance to lose); tier T2 needs ≥ 2 db_replica → 2
        var replicas = a.Component("db_replica", "Replicas").Instances(2);

        applicationUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(application);
        application.ConnectsTo(queryCache);
        application.ConnectsTo(replicas);
        application.ConnectsTo(primary);
    }
}
