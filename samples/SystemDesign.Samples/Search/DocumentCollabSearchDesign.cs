// Drafted by `sysdesign solve document-collab-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If ACL Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 145.65 ms to unbounded, over the 150 ms target; P95 of writes from Users goes from 148.43 ms to unbounded, over the 150 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Collaborative Document Search (Google Drive) (document-collab-search).
/// Goal: Find docs respecting access control.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $55,927/month.
/// </summary>
[Design("document-collab-search")]
public sealed class DocumentCollabSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var aPI = a.Component("app", "API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 1: SD6004 If ACL Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 145.65 ms to unbounded, over the 150 ms target; P95 of writes from Users g... → 2
        var aCLCache = a.Component("cache", "ACL Cache").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120 → 120
        var docIndex = a.Component("search", "Doc Index").Instances(120);
        // 64,000 req/s × 1.2 headroom ÷ 1,000 per instance = 77; at 99: SD6002 If ACL Cache is lost or cold (hit rate 80% → 0), Permissions goes from 64,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances carry it → 100
        var permissions = a.Component("db_primary", "Permissions").Instances(100);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(aCLCache);
        aCLCache.ConnectsTo(permissions);
        aPI.ConnectsTo(docIndex);
        docIndex.ConnectsTo(permissions);
    }
}
