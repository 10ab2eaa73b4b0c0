// Drafted by `sysdesign solve email-queue-system` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Email Queue System (email-queue-system).
/// Goal: Build a reliable bulk email system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,347/month.
/// </summary>
[Design("email-queue-system")]
public sealed class EmailQueueSystemDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var applications = a.Component("redirect_client", "Applications");
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var emailAPI = a.Component("app", "Email API").Instances(80);
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1 → 1
        var priorityQueue = a.Component("queue", "Priority Queue").Instances(1);
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1 → 1
        var bulkQueue = a.Component("queue", "Bulk Queue").Instances(1);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var senderWorkers = a.Component("worker", "Sender Workers").Instances(3);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var statusDB = a.Component("db_primary", "Status DB").Instances(3);

        applications.ConnectsTo(emailAPI);
        emailAPI.ConnectsTo(priorityQueue);
        emailAPI.ConnectsTo(bulkQueue);
        priorityQueue.ConnectsTo(senderWorkers);
        bulkQueue.ConnectsTo(senderWorkers);
        senderWorkers.ConnectsTo(statusDB);
    }
}
