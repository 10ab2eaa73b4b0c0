// Drafted by `sysdesign solve job-queue-100k-per-minute` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Job Queue at 100K Jobs a Minute (job-queue-100k-per-minute).
/// Goal: Process 100,000 background jobs a minute at least once, with failed jobs kept in a dead-letter queue.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,789/month.
/// </summary>
[Design("job-queue-100k-per-minute")]
public sealed class JobQueue100kPerMinuteDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var producers = a.Component("client", "Producers");
        // 1,667 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 1,666.67 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 1,667 req/s × 1.2 headroom ÷ 150 per instance = 14 → 14
        var jobsAPI = a.Component("app", "Jobs API").Instances(14);
        // 1,667 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var jobQueue = a.Component("queue", "Job Queue").Instances(2);
        // 1,667 req/s × 1.2 headroom ÷ 1,000 per instance = 3; tier T2 needs ≥ 2 worker → 3
        var jobWorkers = a.Component("worker", "Job Workers").Instances(3);
        // 1,667 req/s × 1.2 headroom ÷ 1,000 per instance = 3 → 3
        var resultsDB = a.Component("db_primary", "Results DB").Instances(3);

        producers.ConnectsTo(lB);
        lB.ConnectsTo(jobsAPI);
        jobsAPI.ConnectsTo(jobQueue);
        jobQueue.ConnectsTo(jobWorkers);
        jobWorkers.ConnectsTo(resultsDB);
    }
}
