// Drafted by `sysdesign solve notification-fanout` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Notification Fan-out (notification-fanout).
/// Goal: Build Airbnb-style notification system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $38,145/month.
/// </summary>
[Design("notification-fanout")]
public sealed class NotificationFanoutDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var notificationAPI = a.Component("app", "Notification API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var fanoutStream = a.Component("stream", "Fanout Stream").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var fanoutWorker = a.Component("worker", "Fanout Worker").Instances(60);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 3
        var emailQueue = a.Component("queue", "Email Queue").Instances(3);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 3
        var pushQueue = a.Component("queue", "Push Queue").Instances(3);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 queue in all, across 3 components → 3
        var sMSQueue = a.Component("queue", "SMS Queue").Instances(3);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var deliveryWorkers = a.Component("worker", "Delivery Workers").Instances(60);

        services.ConnectsTo(notificationAPI);
        notificationAPI.ConnectsTo(fanoutStream);
        fanoutStream.ConnectsTo(fanoutWorker);
        fanoutWorker.ConnectsTo(emailQueue);
        fanoutWorker.ConnectsTo(pushQueue);
        fanoutWorker.ConnectsTo(sMSQueue);
        emailQueue.ConnectsTo(deliveryWorkers);
        pushQueue.ConnectsTo(deliveryWorkers);
        sMSQueue.ConnectsTo(deliveryWorkers);
    }
}
