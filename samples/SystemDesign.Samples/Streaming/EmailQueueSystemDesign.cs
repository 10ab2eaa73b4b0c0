// Drafted by `sysdesign solve email-queue-system` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Email Queue System (email-queue-system).
/// Goal: Build a reliable bulk email system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,287/month.
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
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Priority Queue is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 S... → 2
        var priorityQueue = a.Component("queue", "Priority Queue").Instances(2);
        // 500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Bulk Queue is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry queue: AWS EC2 SLA, ... → 2
        var bulkQueue = a.Component("queue", "Bulk Queue").Instances(2);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2 → 2
        var senderWorkers = a.Component("worker", "Sender Workers").Instances(2);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2 → 2
        var statusDB = a.Component("db_primary", "Status DB").Instances(2);

        applications.ConnectsTo(emailAPI);
        emailAPI.ConnectsTo(priorityQueue);
        emailAPI.ConnectsTo(bulkQueue);
        priorityQueue.ConnectsTo(senderWorkers);
        bulkQueue.ConnectsTo(senderWorkers);
        senderWorkers.ConnectsTo(statusDB);
    }
}
