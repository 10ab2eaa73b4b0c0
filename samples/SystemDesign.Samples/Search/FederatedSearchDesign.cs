// Drafted by `sysdesign solve federated-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Federated Multi-Source Search (federated-search).
/// Goal: Unify results from multiple sources.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,927/month.
/// </summary>
[Design("federated-search")]
public sealed class FederatedSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 8,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 8,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64 → 64
        var federationAPI = a.Component("app", "Federation API").Instances(64);
        // 8,000 req/s × 1.2 headroom ÷ 500 per instance = 20; tier T0 needs ≥ 3 search → 20
        var eSDocs = a.Component("search", "ES Docs").Instances(20);
        // 800 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 800 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var sQLDB = a.Component("db_primary", "SQL DB").Instances(2);
        // 8,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2; every constraint at once needs 3 (N+1: 8,000 ÷ 5,500 req/s below 100%, plus one instance to lose) → 3
        var s3Files = a.Component("object_store", "S3 Files").Instances(3);
        // 16,800 req/s × 1.2 headroom ÷ 1,000 per instance = 21 → 21
        var resultMerger = a.Component("worker", "Result Merger").Instances(21);

        users.ConnectsTo(lB);
        lB.ConnectsTo(federationAPI);
        federationAPI.ConnectsTo(eSDocs);
        federationAPI.ConnectsTo(sQLDB);
        federationAPI.ConnectsTo(s3Files);
        eSDocs.ConnectsTo(resultMerger);
        sQLDB.ConnectsTo(resultMerger);
        s3Files.ConnectsTo(resultMerger);
    }
}
