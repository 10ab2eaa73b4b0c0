// Drafted by `sysdesign solve email-queue-system` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Email Queue System (email-queue-system).
/// Goal: Build a reliable bulk email system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,287/month.
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
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target) → 2
        var priorityQueue = a.Component("queue", "Priority Queue").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target) → 2
        var bulkQueue = a.Component("queue", "Bulk Queue").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var senderWorkers = a.Component("worker", "Sender Workers").Instances(12);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var statusDB = a.Component("db_primary", "Status DB").Instances(12);

        applications.ConnectsTo(emailAPI);
        emailAPI.ConnectsTo(priorityQueue);
        emailAPI.ConnectsTo(bulkQueue);
        priorityQueue.ConnectsTo(senderWorkers);
        bulkQueue.ConnectsTo(senderWorkers);
        senderWorkers.ConnectsTo(statusDB);
    }
}
