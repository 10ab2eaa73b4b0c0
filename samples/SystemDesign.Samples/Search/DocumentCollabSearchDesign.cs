// Drafted by `sysdesign solve document-collab-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Collaborative Document Search (Google Drive) (document-collab-search).
/// Goal: Find docs respecting access control.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $59,417/month.
/// </summary>
[Design("document-collab-search")]
public sealed class DocumentCollabSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 409 (the latency targets with ACL Cache cold) → 409
        var aPI = a.Component("app", "API").Instances(409);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var aCLCache = a.Component("cache", "ACL Cache").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120 → 120
        var docIndex = a.Component("search", "Doc Index").Instances(120);
        // 64,000 req/s × 1.2 headroom ÷ 1,000 per instance = 77; every constraint at once needs 114 (the latency targets with ACL Cache cold) → 114
        var permissions = a.Component("db_primary", "Permissions").Instances(114);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(aCLCache);
        aCLCache.ConnectsTo(permissions);
        aPI.ConnectsTo(docIndex);
        docIndex.ConnectsTo(permissions);
    }
}
