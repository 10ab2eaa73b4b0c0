// Drafted by `sysdesign solve log-cost-explosion` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Log Aggregation Bill from $5K to $80K a Month (log-cost-explosion).
/// Goal: Ingest the logs of a 1,000 RPS service within the $5,000 a month the logging cost before it launched.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,083/month (budget $5,000).
/// </summary>
[Design("log-cost-explosion")]
public sealed class LogCostExplosionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8 → 8
        var newService = a.Component("app", "New Service").Instances(8);
        // 100 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 100 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var logStream = a.Component("stream", "Log Stream").Instances(2);
        // 100 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var logPipeline = a.Component("worker", "Log Pipeline").Instances(1);
        // 100 req/s × 1.2 headroom ÷ 500 per instance = 1 → 1
        var hotSearch = a.Component("search", "Hot Search").Instances(1);
        // 100 req/s × 1.2 headroom ÷ 5,500 per instance = 1 → 1
        var archive = a.Component("object_store", "Archive").Instances(1);

        users.ConnectsTo(newService);
        newService.ConnectsTo(logStream);
        logStream.ConnectsTo(logPipeline);
        logPipeline.ConnectsTo(hotSearch);
        logPipeline.ConnectsTo(archive);
    }
}
