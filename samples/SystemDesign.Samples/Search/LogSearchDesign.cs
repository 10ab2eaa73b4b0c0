// Drafted by `sysdesign solve log-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // LB gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to LB) or remove it. (and 1 more)
#pragma warning disable SD7003 // Agents emits 100,000 reads/s and has no edge that sends them anywhere. Connect it to what serves them, e.g. Agents.Calls(...).
namespace SystemDesign.Samples.Search;

/// <summary>
/// Log Search &amp; Analytics (Splunk-like) (log-search).
/// Goal: Build Google-scale log analytics platform.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,842,218/month (budget $300,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M events/sec ingestion, 100k queries/sec), needs 1,000,001 instances of Parsers at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carr...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (Parsers among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows from c...
/// </summary>
[Design("log-search")]
public sealed class LogSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var agents = a.Component("redirect_client", "Agents");
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000; every constraint at once needs 100001 (the peak: 10 × 100,000,000 ÷ 10,000 req/s, below 100%) → 12000
        var kafka = a.Component("stream", "Kafka").Instances(12000).Parameter("partitions", 1000001);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%) → 1
        var parsers = a.Component("worker", "Parsers").Instances(1);
        // 50,000,000 req/s × 1.2 headroom ÷ 500 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 50,000,000 ÷ 500 req/s, below 100%); tier T1 needs ≥ 20 search in all, across 2 components → 1
        var eSHot7d = a.Component("search", "ES Hot (7d)").Instances(1);
        // 50,000,000 req/s × 1.2 headroom ÷ 500 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 50,000,000 ÷ 500 req/s, below 100%); tier T1 needs ≥ 20 search in all, across 2 components → 19
        var eSWarm30d = a.Component("search", "ES Warm (30d)").Instances(19);
        // 50,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 10910; every constraint at once needs 90910 (the peak: 10 × 50,000,000 ÷ 5,500 req/s, below 100%) → 1
        var s3Cold90d = a.Component("object_store", "S3 Cold (90d)").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var lB = a.Component("lb", "LB").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var queryAPI = a.Component("app", "Query API").Instances(1);

        agents.ConnectsTo(kafka);
        kafka.ConnectsTo(parsers);
        parsers.ConnectsTo(eSHot7d);
        parsers.ConnectsTo(eSWarm30d);
        eSWarm30d.ConnectsTo(s3Cold90d);
        lB.ConnectsTo(queryAPI);
        queryAPI.ConnectsTo(eSHot7d);
        queryAPI.ConnectsTo(eSWarm30d);
        queryAPI.ConnectsTo(s3Cold90d);
    }
}
