// Drafted by `sysdesign solve basic-multi-region` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If GeoDNS is lost or cold (hit rate 80% → 0), P95 of reads from US Users goes from 23.59 ms to unbounded, over the 100 ms target; P95 of writes from US Users goes from 45.67 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Basic Multi-Region Setup (basic-multi-region).
/// Goal: Learn multi-region deployment basics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,164/month.
/// </summary>
[Design("basic-multi-region")]
public sealed class BasicMultiRegionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var uSUsers = a.Component("redirect_client", "US Users");
        // the workload's source: users outside the system, not sized or billed
        var eUUsers = a.Component("redirect_client", "EU Users");
        // 10,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD6004 If GeoDNS is lost or cold (hit rate 80% → 0), P95 of reads from US Users goes from 23.59 ms to unbounded, over the 100 ms target; P95 of writes from US Users... → 2
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        // 1,400 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 US LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Bal... → 2
        var uSLB = a.Component("lb", "US LB").Instances(2);
        // 1,400 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 EU LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Bal... → 2
        var eULB = a.Component("lb", "EU LB").Instances(2);
        // 1,400 req/s × 1.2 headroom ÷ 150 per instance = 12; tier T0 needs ≥ 2 app; at 33: SD6002 If GeoDNS is lost or cold (hit rate 80% → 0), US App goes from 1,400 to 5,000 req/s against 4,950 req/s capacity (101%); 34 instances carry it → 34
        var uSApp = a.Component("app", "US App").Instances(34);
        // 1,400 req/s × 1.2 headroom ÷ 150 per instance = 12; tier T0 needs ≥ 2 app; at 33: SD6002 If GeoDNS is lost or cold (hit rate 80% → 0), EU App goes from 1,400 to 5,000 req/s against 4,950 req/s capacity (101%); 34 instances carry it → 34
        var eUApp = a.Component("app", "EU App").Instances(34);
        // 1,400 req/s × 1.2 headroom ÷ 1,000 per instance = 2; tier T1 needs ≥ 2 db_primary; at 4: SD6002 If GeoDNS is lost or cold (hit rate 80% → 0), US DB goes from 1,400 to 5,000 req/s against 4,000 req/s capacity (125%); 5 instances carry it → 5
        var uSDB = a.Component("db_primary", "US DB").Instances(5);
        // 1,400 req/s × 1.2 headroom ÷ 5,000 per instance = 1; at 1: SD4002 EU DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_replica: AWS RDS SLA: ... → 2
        var eUDB = a.Component("db_replica", "EU DB").Instances(2);

        uSUsers.ConnectsTo(geoDNS);
        eUUsers.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(uSLB);
        geoDNS.ConnectsTo(eULB);
        uSLB.ConnectsTo(uSApp);
        eULB.ConnectsTo(eUApp);
        uSApp.ConnectsTo(uSDB);
        eUApp.ConnectsTo(eUDB);
        uSDB.ConnectsTo(eUDB);
    }
}
